"""Attachments stored encrypted inside the vault, in 1 MiB chunks.

``attachments`` holds the metadata (owner register/record/field, name, size, SHA-256,
media type, who/when); ``attachment_chunks`` holds the bytes, so a 100 MB file is never one
allocation, neither when added nor when read back. Nothing is written to a temp file: reading
is a stream over the chunks (:class:`AttachmentReader`), and "save as" streams into
:func:`desktop.fsutil.atomic_writer` at the user's chosen path, checking the SHA-256 on the way.

Functions here take a connection and run inside the caller's transaction; the service does
role checks and auditing.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import os
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from desktop import settings
from desktop.errors import DaichoError, NotFound, ValidationError
from desktop.fsutil import read_error_message
from desktop.i18n import tr
from desktop.registers.model import CTX
from desktop.timeutil import now_iso

CHUNK = 1024 * 1024

settings.declare("registers.attachment_max_mb", int, 100,
                 tr("Settings", "添付ファイルの上限サイズ（MB）"), minimum=1, maximum=2048)


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    register: str
    record_id: int
    field: str
    name: str
    size: int
    sha256: str
    media_type: str
    added_at: str
    added_by: str | None

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf"

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


_COLS = "id, register, record_id, field, name, size, sha256, media_type, added_at, added_by"


def _info(row) -> AttachmentInfo:
    info = AttachmentInfo(*tuple(row))
    name = safe_file_name(info.name)  # rows stored before names were checked
    return info if name == info.name else replace(info, name=name)


# -- names ----------------------------------------------------------------------------------

MAX_NAME_BYTES = 255  # the limit of ext4, APFS, NTFS (in its own units) for one name
FALLBACK_NAME = "attachment"
_SEPARATORS = re.compile(r"[/\\]")
# bidirectional embeddings/overrides/isolates and marks: "報告\u202Efdp.exe" shows as "報告exe.pdf"
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_WINDOWS_FORBIDDEN = str.maketrans({c: "_" for c in '<>:"|?*'})
_WINDOWS_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                               *(f"LPT{i}" for i in range(1, 10))})
_MAX_EXT_BYTES = 32


def safe_file_name(name: str | None, fallback: str = FALLBACK_NAME) -> str:
    """The one place an attachment's name is made safe, when it is accepted and whenever it is
    read back to be shown or offered as a file name.

    Keeps the base name only (the part after the last ``/`` or ``\\``, so no ``..`` or other
    path components survive), drops control characters (NUL included) and bidirectional
    controls (U+202A–U+202E, U+2066–U+2069, LRM/RLM/ALM), replaces the characters Windows
    forbids in names with ``_``, strips leading/trailing dots and spaces (hidden files, names
    Windows cannot create), prefixes Windows device names (``CON.txt`` → ``_CON.txt``), and
    cuts the name to 255 *bytes* of UTF-8 keeping the extension. An empty result becomes
    ``fallback``."""
    text = unicodedata.normalize("NFC", str(name or ""))
    text = _SEPARATORS.split(text)[-1]
    text = "".join(ch for ch in text if ch not in _BIDI and unicodedata.category(ch) != "Cc")
    text = text.translate(_WINDOWS_FORBIDDEN).strip(" .")
    if not text:
        return fallback
    if text.split(".", 1)[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        text = "_" + text
    return _cut_to_bytes(text, MAX_NAME_BYTES) or fallback


def _cut_to_bytes(name: str, limit: int) -> str:
    if len(name.encode("utf-8")) <= limit:
        return name
    stem, ext = os.path.splitext(name)
    if len(ext.encode("utf-8")) > _MAX_EXT_BYTES:
        stem, ext = name, ""
    room = limit - len(ext.encode("utf-8"))
    # a character cut in half is dropped ("ignore" discards the incomplete tail sequence)
    cut = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(" .")
    return cut + ext if cut else ""


class HashCancelled(DaichoError):
    """The user stopped the hashing of a file (nothing was stored)."""

    code = "cancelled"


def digest_stream(fh: BinaryIO, chunk: int = CHUNK, *, progress=None, total: int = 0) -> tuple[int, str]:
    """Size and SHA-256 of a stream, read in chunks (never held whole). ``progress(done,
    total) -> bool`` is called after each chunk; False stops with :class:`HashCancelled`."""
    h = hashlib.sha256()
    size = 0
    while True:
        block = fh.read(chunk)
        if not block:
            break
        h.update(block)
        size += len(block)
        if progress is not None and progress(size, max(total, size)) is False:
            raise HashCancelled(tr(CTX, "計算を中止しました。"))
    return size, h.hexdigest()


def digest_file(path: Path | str, *, progress=None) -> tuple[int, str]:
    """Size and SHA-256 of a file, streamed from where it is (no copy is made); see
    :func:`digest_stream` for ``progress``."""
    try:
        total = os.stat(path).st_size
        with open(path, "rb") as fh:
            return digest_stream(fh, progress=progress, total=total)
    except OSError as exc:
        raise DaichoError(read_error_message(exc, path)) from None


def max_bytes(conn) -> int:
    return int(settings.get(conn, "registers.attachment_max_mb")) * 1024 * 1024


def add(conn, register: str, record_id: int, field: str, source: Path | str | BinaryIO,
        *, name: str | None = None, user: str | None = None) -> AttachmentInfo:
    """Store a file (path or binary stream) as an attachment; returns its metadata."""
    limit = max_bytes(conn)
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        name = name or path.name
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise DaichoError(read_error_message(exc, path)) from None
        if size > limit:
            raise ValidationError(_too_big(name, limit), {field: _too_big(name, limit)})
        try:
            fh = open(path, "rb")  # noqa: SIM115 - closed below; only open() errors are the file's
        except OSError as exc:
            raise DaichoError(read_error_message(exc, path)) from None
        with fh:
            return _store(conn, register, record_id, field, fh, name, user, limit)
    if not name:
        name = getattr(source, "name", None)
        name = name if isinstance(name, str) else None
    return _store(conn, register, record_id, field, source, name, user, limit)


def _too_big(name: str, limit: int) -> str:
    return tr(CTX, "「{name}」は上限（{mb} MB）を超えるため添付できません。").format(
        name=name, mb=limit // (1024 * 1024))


def _store(conn, register, record_id, field, fh, name, user, limit) -> AttachmentInfo:
    name = safe_file_name(name)
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    added_at = now_iso()
    cur = conn.execute(
        "INSERT INTO attachments (register, record_id, field, name, size, sha256, media_type,"
        " added_at, added_by) VALUES (?, ?, ?, ?, 0, '', ?, ?, ?)",
        (register, record_id, field, name, media_type, added_at, user),
    )
    att_id = cur.lastrowid
    h = hashlib.sha256()
    size = 0
    seq = 0
    while True:
        block = fh.read(CHUNK)
        if not block:
            break
        size += len(block)
        if size > limit:
            raise ValidationError(_too_big(name, limit), {field: _too_big(name, limit)})
        h.update(block)
        conn.execute("INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
                     (att_id, seq, bytes(block)))
        seq += 1
    digest = h.hexdigest()
    conn.execute("UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?", (size, digest, att_id))
    return AttachmentInfo(att_id, register, record_id, field, name, size, digest, media_type,
                          added_at, user)


def get(conn, att_id: int) -> AttachmentInfo:
    row = conn.execute(f"SELECT {_COLS} FROM attachments WHERE id = ?", (att_id,)).fetchone()
    if row is None:
        raise NotFound(tr(CTX, "添付ファイルが見つかりません（ID {id}）。").format(id=att_id))
    return _info(row)


def list_for(conn, register: str, record_id: int, field: str | None = None) -> list[AttachmentInfo]:
    sql = f"SELECT {_COLS} FROM attachments WHERE register = ? AND record_id = ?"
    params: list = [register, record_id]
    if field:
        sql += " AND field = ?"
        params.append(field)
    return [_info(r) for r in conn.execute(sql + " ORDER BY id", params)]


def remove(conn, att_id: int) -> AttachmentInfo:
    info = get(conn, att_id)
    conn.execute("DELETE FROM attachment_chunks WHERE attachment_id = ?", (att_id,))
    conn.execute("DELETE FROM attachments WHERE id = ?", (att_id,))
    return info


def remove_all(conn, register: str, record_id: int) -> list[AttachmentInfo]:
    infos = list_for(conn, register, record_id)
    for info in infos:
        remove(conn, info.id)
    return infos


class AttachmentReader(io.RawIOBase):
    """A read-only, seekable stream over an attachment's chunks (one chunk in memory)."""

    def __init__(self, conn, info: AttachmentInfo) -> None:
        super().__init__()
        self._conn = conn
        self.info = info
        self._pos = 0
        self._chunk_no = -1
        self._chunk = b""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.info.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def _load(self, no: int) -> bytes:
        if no != self._chunk_no:
            row = self._conn.execute(
                "SELECT data FROM attachment_chunks WHERE attachment_id = ? AND seq = ?",
                (self.info.id, no)).fetchone()
            self._chunk = bytes(row[0]) if row else b""
            self._chunk_no = no
        return self._chunk

    def readinto(self, buffer) -> int:
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self.info.size:
            no, offset = divmod(self._pos, CHUNK)
            chunk = self._load(no)
            if offset >= len(chunk):
                break
            n = min(len(view) - done, len(chunk) - offset)
            view[done:done + n] = chunk[offset:offset + n]
            done += n
            self._pos += n
        return done

    def readall(self) -> bytes:
        parts = []
        while self._pos < self.info.size:
            no, offset = divmod(self._pos, CHUNK)
            chunk = self._load(no)
            if offset >= len(chunk):
                break
            parts.append(chunk[offset:])
            self._pos += len(chunk) - offset
        return b"".join(parts)


def open_reader(conn, att_id: int) -> io.BufferedReader:
    info = get(conn, att_id)
    reader = io.BufferedReader(AttachmentReader(conn, info), buffer_size=CHUNK)
    reader.info = info  # type: ignore[attr-defined]
    return reader


def read_bytes(conn, att_id: int) -> bytes:
    return AttachmentReader(conn, get(conn, att_id)).readall()


def save_as(conn, att_id: int, dest: Path | str) -> AttachmentInfo:
    """Write the attachment to ``dest`` atomically, checking its SHA-256 while writing."""
    from desktop.fsutil import atomic_writer

    info = get(conn, att_id)
    h = hashlib.sha256()
    cur = conn.execute("SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
                       (att_id,))
    with atomic_writer(dest) as out:
        while True:
            row = cur.fetchone()
            if row is None:
                break
            block = bytes(row[0])
            h.update(block)
            out.write(block)
        if h.hexdigest() != info.sha256:
            raise DaichoError(tr(CTX, "添付ファイル「{name}」の内容が記録されたSHA-256と一致しません。保存を中止しました。").format(
                name=info.name))
    return info

"""The backup file format, its errors, and how to open one.

A backup is a standard SQLCipher 4 database keyed with the backup passphrase through
SQLCipher 4's default key derivation (PBKDF2-HMAC-SHA512, 256,000 iterations, 4096-byte
pages, HMAC-SHA512 per page). Anyone with the passphrase can open it with a SQLCipher-4
compatible tool. Inside:

- every table of the vault, as ``sqlcipher_export`` copies them (schema, rows, BLOBs);
- ``backup_manifest`` (key TEXT, value TEXT JSON): format, format_version, app_version,
  schema_version, created_at, created_by, vault_id, host, binding, counts (rows per table),
  audit_head (seq, MAC hex);
- ``backup_keyslots`` (kind, id, data JSON): what a restore needs to give every user back
  their password without knowing it — each user's public key and password-wrapped private
  key (Argon2id parameters included), each registered terminal's public key, the recovery
  public key. Never a sealed share, never the vault's database key.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3

from desktop.errors import DaichoError
from desktop.fsutil import io_error_message
from desktop.i18n import tr

FORMAT = "itaku-daicho-backup"
FORMAT_VERSION = 1
MANIFEST_TABLE = "backup_manifest"
KEYSLOTS_TABLE = "backup_keyslots"
#: tables that belong to the backup file, not to the vault
OWN_TABLES = (MANIFEST_TABLE, KEYSLOTS_TABLE)
PAGE_SIZE = 4096  # SQLCipher 4 default
SUFFIX = ".daicho-backup"

_RAW_KEY = re.compile(r"^\s*x'[0-9a-fA-F]*'\s*$")


# --- errors ---------------------------------------------------------------------------------


class BackupError(DaichoError):
    code = "backup"


class BackupCancelled(BackupError):
    code = "cancelled"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("Backup", "キャンセルしました。途中のファイルは残していません。"))


class WrongPassphraseOrDamaged(BackupError):
    """Page 1 does not authenticate: SQLCipher cannot tell which of the two it is."""

    code = "wrong-passphrase-or-damaged"


class WrongPassphrase(BackupError):
    """Page 1 does not authenticate, and the file is byte-for-byte the one recorded."""

    code = "wrong-passphrase"


class BackupDamaged(BackupError):
    """A check failed; ``check`` says which: page-auth, integrity, manifest, counts, audit-chain,
    keyslots, changed (SHA-256 differs from the recorded one)."""

    code = "damaged"

    def __init__(self, message: str, check: str) -> None:
        super().__init__(message)
        self.check = check


class BackupTruncated(BackupError):
    code = "truncated"


class NotABackup(BackupError):
    code = "not-a-backup"


class BackupTooNew(BackupError):
    code = "too-new"


# --- helpers --------------------------------------------------------------------------------


def check_passphrase_shape(passphrase: str) -> None:
    """Refuse what SQLCipher would not treat as a passphrase (a raw ``x'…'`` key)."""
    if not passphrase:
        raise DaichoError(tr("Backup", "バックアップのパスフレーズを入力してください。"))
    if _RAW_KEY.match(passphrase):
        raise DaichoError(tr("Backup", "x'…' の形のパスフレーズは使えません（SQLCipher が生の鍵として扱うため）。"))
    if "\x00" in passphrase:
        raise DaichoError(tr("Backup", "パスフレーズに使えない文字が含まれています。"))


def quiet_sqlcipher(conn) -> None:
    """Damaged files are expected here: keep SQLCipher's own log off stderr."""
    with contextlib.suppress(sqlcipher3.Error):
        conn.execute("PRAGMA cipher_log_level = NONE")


def connect_backup(path: Path | str, passphrase: str, *, readonly: bool = True,
                   derived: bytes | None = None) -> sqlcipher3.Connection:
    """A connection keyed with the passphrase (the key is checked on first read, not here).

    ``derived`` (from :func:`derive_key`) skips SQLCipher's own PBKDF2 run: the same key,
    given raw with the file's salt, so several connections cost one derivation.
    """
    uri = f"file:{Path(path)}?mode=ro" if readonly else f"file:{Path(path)}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    quiet_sqlcipher(conn)
    conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files (see vault.open_database)
    if derived is not None:
        conn.execute(f"PRAGMA key = \"x'{derived.hex()}'\"")
    else:
        conn.execute("PRAGMA key = " + sql_quote(passphrase))
    return conn


#: SQLCipher 4's default key derivation (what ``PRAGMA key = 'passphrase'`` does)
KDF_ITERATIONS = 256_000


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """PBKDF2-HMAC-SHA512 as SQLCipher 4 does it; returns key ‖ salt for a raw ``x'…'`` key."""
    import hashlib

    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32) + salt


def display_time(iso: str | None) -> str:
    """A stored timestamp as people read it in messages: ``2025-04-01 09:30`` (local time; 和暦
    in the GUI when its reader uses it, :func:`desktop.calendar.set_message_calendar`)."""
    if not iso:
        return "?"
    try:
        from desktop.calendar import moment_text
        from desktop.timeutil import parse_iso

        return moment_text(parse_iso(str(iso)))
    except (TypeError, ValueError):
        return str(iso)


def sql_quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def read_manifest(conn, schema: str = "main") -> dict:
    rows = conn.execute(f"SELECT key, value FROM {schema}.{MANIFEST_TABLE}").fetchall()
    return {k: json.loads(v) for k, v in rows}


def read_keyslots(conn, schema: str = "main") -> dict:
    slots: dict = {"user": {}, "terminal": {}, "recovery": {}}
    for kind, ident, data in conn.execute(f"SELECT kind, id, data FROM {schema}.{KEYSLOTS_TABLE}"):
        slots.setdefault(kind, {})[ident] = json.loads(data)
    return slots


def vault_tables(conn, schema: str = "main") -> list[str]:
    """Every table with storage, as sqlcipher_export copies them (FTS shadow tables too)."""
    rows = conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND rootpage > 0"
        " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
    ).fetchall()
    return [r[0] for r in rows if r[0] not in OWN_TABLES]


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def count_rows(conn, tables: list[str], schema: str = "main") -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {schema}.{quote_ident(t)}").fetchone()[0] for t in tables}


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fsync_file(path)


def sqlite_error_message(exc: Exception, path: Path | str) -> str:
    """A clear message for an SQLite error while writing a file."""
    text = str(exc).lower()
    if "full" in text:
        return tr("Backup", "ディスクの空き容量が不足しているため書き込めませんでした: {path}").format(path=path)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return tr("Backup", "書き込めませんでした（読み取り専用の場所か、権限がありません）: {path}").format(path=path)
    if "interrupt" in text:
        return tr("Backup", "中断しました。")
    return tr("Backup", "書き込み中にエラーが発生しました: {path}（{reason}）").format(path=path, reason=exc)


def fault_point(name: str) -> None:
    """Crash here when ``DAICHO_BACKUP_FAULT`` names this point (crash-safety tests only)."""
    if os.environ.get("DAICHO_BACKUP_FAULT") == name:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


class GrowthProgress:
    """A SQLite progress handler for ``sqlcipher_export`` (which has no progress callback of
    its own): reports how far the file being written has grown, at most every ``interval``
    seconds, and asks SQLite to stop (returns 1) once ``progress`` returns False."""

    def __init__(self, path: Path, progress: Callable[[int, int], object] | None, *,
                 total: int = 0, interval: float = 0.05) -> None:
        self.path = path
        self.progress = progress
        self.total = total
        self.interval = interval
        self.cancelled = False
        self._last = 0.0

    def __call__(self) -> int:
        if self.progress is None:
            return 0
        t = time.monotonic()
        if t - self._last < self.interval:
            return 0
        self._last = t
        try:
            done = os.stat(self.path).st_size
        except OSError:
            done = 0
        if self.progress(min(done, self.total), self.total) is False:
            self.cancelled = True
            return 1
        return 0


class Phases:
    """Wall time per phase, added into ``out`` (the benchmark prints the breakdown);
    ``with phases("name"): …``. With ``out=None`` it measures nothing."""

    def __init__(self, out: dict[str, float] | None) -> None:
        self.out = out

    @contextlib.contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            if self.out is not None:
                self.out[name] = self.out.get(name, 0.0) + time.perf_counter() - started


def temp_beside(target: Path, suffix: str) -> Path:
    """An empty hidden temp file in the target's folder (so the final rename is atomic)."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise DaichoError(io_error_message(exc, target)) from None
    return Path(name)

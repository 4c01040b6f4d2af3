"""Atomic file writes: temp file in the target folder, fsync, rename.

Used for every file a user depends on: key-slot files, exports, submittals, backups.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.errors import DaichoError
from desktop.i18n import tr


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def os_error_reason(exc: OSError) -> str:
    """What went wrong, in Japanese, from the error number alone (the one place OS errors
    are classified: full disk, quota, read-only medium, permissions, …)."""
    code = exc.errno
    if code == errno.ENOSPC:
        return tr("fsutil", "ディスクの空き容量が不足しています")
    if code == getattr(errno, "EDQUOT", None):
        return tr("fsutil", "ディスク使用量の上限（クォータ）に達しています")
    if code == errno.EROFS:
        return tr("fsutil", "読み取り専用の場所です（書き込み禁止の媒体、または読み取り専用で接続されたドライブ）")
    if code in (errno.EACCES, errno.EPERM):
        return tr("fsutil", "この場所に書き込む（または読み取る）権限がありません")
    if code == errno.ENOENT:
        return tr("fsutil", "フォルダーまたはファイルが見つかりません")
    if code == errno.EISDIR:
        return tr("fsutil", "ファイルではなくフォルダーが指定されています")
    if code == errno.ENAMETOOLONG:
        return tr("fsutil", "ファイル名またはパスが長すぎます")
    if code == errno.EIO:
        return tr("fsutil", "ディスクの読み書きでエラーが発生しました（媒体の故障や取り外しの可能性があります）")
    return tr("fsutil", "OSのエラー {code}").format(code=code) if code else exc.__class__.__name__


def io_error_message(exc: OSError, path: Path | str) -> str:
    """A clear Japanese message for a failed write (disk full, read-only, …)."""
    return tr("fsutil", "ファイルを書き込めませんでした: {path}（{reason}）").format(
        path=path, reason=os_error_reason(exc))


def read_error_message(exc: OSError, path: Path | str) -> str:
    """A clear Japanese message for a failed read."""
    return tr("fsutil", "ファイルを読み取れません: {path}（{reason}）").format(
        path=path, reason=os_error_reason(exc))


def read_source(source: Path | str | bytes | bytearray, name: str | None, unnamed: str) -> tuple[bytes, str]:
    """An import's bytes and the name its messages use: ``source`` is a file (its name) or the
    bytes themselves (``unnamed``, e.g. ``"(CSV)"``); a failed read raises :class:`DaichoError`
    with a clear message."""
    if isinstance(source, bytes | bytearray):
        return bytes(source), name or unnamed
    path = Path(source)
    try:
        return path.read_bytes(), name or path.name
    except OSError as exc:
        raise DaichoError(read_error_message(exc, path)) from None


def _probe_folder(folder: Path) -> int | None:
    """Why ``folder`` cannot take a new file, as an errno (None when it looks writable)."""
    try:
        st = os.statvfs(folder) if hasattr(os, "statvfs") else None
    except OSError:
        st = None
    if st is not None and st.f_flag & getattr(os, "ST_RDONLY", 1):
        return errno.EROFS
    if not os.access(folder, os.W_OK):
        return errno.EACCES
    if st is not None and st.f_bavail == 0:
        return errno.ENOSPC
    return None


_SQLITE_STORAGE = frozenset({"SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_FULL", "SQLITE_IOERR",
                             "SQLITE_PERM"})


def storage_problem(exc: BaseException, path: Path | str) -> str | None:
    """A Japanese message when a database error on ``path`` comes from the file system
    (read-only folder or medium, no permission, full disk) rather than from the file's
    content, so that it is not reported as a wrong key or a damaged file; None otherwise.

    SQLite only says "unable to open database file" when it cannot create its ``-wal`` /
    ``-shm`` / journal beside the database, so the folder is examined to name the cause."""
    if isinstance(exc, OSError):
        return io_error_message(exc, path)
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    base = name.split("_")[0:2]
    if "_".join(base) not in _SQLITE_STORAGE:
        return None
    folder = Path(path).parent
    if name.startswith("SQLITE_FULL"):
        code: int | None = errno.ENOSPC
    else:
        code = _probe_folder(folder)
    if code is None:
        return None
    return tr("fsutil", "台帳ファイルのあるフォルダーに書き込めないため開けません: {path}（{reason}）").format(
        path=folder, reason=os_error_reason(OSError(code, os.strerror(code))))


@contextlib.contextmanager
def atomic_writer(path: Path | str, suffix: str = ".part") -> Iterator[BinaryIO]:
    """Yield a binary file object; on clean exit it replaces ``path`` atomically.

    On any exception the temp file is removed and ``path`` is left untouched. ``OSError``
    is turned into :class:`DaichoError` with a clear message.
    """
    path = Path(path)
    folder = path.parent
    try:
        # mkstemp creates the file 0600 (owner only) whatever the umask; the rename keeps it
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=folder)
    except OSError as exc:
        raise DaichoError(io_error_message(exc, path)) from None
    tmp_path = Path(tmp)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_path, path)
        _fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise DaichoError(io_error_message(exc, path)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    with atomic_writer(path) as fh:
        fh.write(data)

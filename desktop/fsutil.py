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


def io_error_message(exc: OSError, path: Path | str) -> str:
    """A clear Japanese message for a failed write (disk full, read-only, …)."""
    if exc.errno == errno.ENOSPC:
        return tr("fsutil", "ディスクの空き容量が不足しているため書き込めませんでした: {path}").format(path=path)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return tr("fsutil", "書き込む権限がありません（読み取り専用の場所の可能性があります）: {path}").format(path=path)
    if exc.errno == getattr(errno, "EDQUOT", None):
        return tr("fsutil", "ディスク使用量の上限に達したため書き込めませんでした: {path}").format(path=path)
    return tr("fsutil", "ファイルを書き込めませんでした: {path}（{reason}）").format(
        path=path, reason=exc.strerror or exc.__class__.__name__
    )


@contextlib.contextmanager
def atomic_writer(path: Path | str, suffix: str = ".part") -> Iterator[BinaryIO]:
    """Yield a binary file object; on clean exit it replaces ``path`` atomically.

    On any exception the temp file is removed and ``path`` is left untouched. ``OSError``
    is turned into :class:`DaichoError` with a clear message.
    """
    path = Path(path)
    folder = path.parent
    try:
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

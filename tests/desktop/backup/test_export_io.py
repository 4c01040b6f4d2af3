"""The export's I/O helpers: early writeback while SQLite writes, the SHA-256 computed
alongside the final fsync. Errors in either fail the export and leave no file behind."""

from __future__ import annotations

import errno
import hashlib
import os
import threading

import pytest

from desktop.backup import create_backup_file, verify_backup
from desktop.backup import export as ex
from desktop.errors import DaichoError
from tests.desktop.backup.conftest import PASSPHRASE, add_attachments


@pytest.fixture
def mb_vault(vault):
    add_attachments(vault, sizes=[1_000_000] * 6)
    return vault


def _helper_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("backup-")]


def test_hash_is_the_final_file_and_writeback_runs_during_export(mb_vault, tmp_path, monkeypatch):
    monkeypatch.setattr(ex, "WRITEBACK_BYTES", 1 << 20)
    monkeypatch.setattr(ex, "WRITEBACK_POLL_SECONDS", 0.001)
    sync = getattr(os, "fdatasync", os.fsync)
    synced: list[int] = []

    def counting(fd):
        synced.append(os.fstat(fd).st_size)
        return sync(fd)

    monkeypatch.setattr(os, "fdatasync" if hasattr(os, "fdatasync") else "fsync", counting)
    timings: dict[str, float] = {}
    result = create_backup_file(mb_vault, tmp_path / "b.daicho-backup", PASSPHRASE, timings=timings)
    data = result.path.read_bytes()
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.size == len(data) > 6_000_000
    assert synced and min(synced) < result.size   # flushed while the file was still growing
    assert {"export", "manifest + commit", "fsync", "fsync + hash", "rename"} <= set(timings)
    assert _helper_threads() == []
    verify_backup(result.path, PASSPHRASE)


def test_writeback_error_fails_the_export(mb_vault, tmp_path, monkeypatch):
    """A write error seen by the helper is not reported again to the final fsync's
    descriptor (Linux reports it once): the export must still fail."""
    monkeypatch.setattr(ex, "WRITEBACK_BYTES", 1 << 20)
    monkeypatch.setattr(ex, "WRITEBACK_POLL_SECONDS", 0.001)
    main = threading.get_ident()

    def failing(fd):
        if threading.get_ident() != main:
            raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fdatasync" if hasattr(os, "fdatasync") else "fsync", failing)
    target = tmp_path / "out" / "b.daicho-backup"
    with pytest.raises(DaichoError) as exc:
        create_backup_file(mb_vault, target, PASSPHRASE)
    assert "ディスクの読み書きでエラーが発生しました" in str(exc.value)   # EIO, in words (desktop.fsutil)
    assert list(target.parent.iterdir()) == []
    assert _helper_threads() == []


def test_hash_error_fails_the_export(mb_vault, tmp_path, monkeypatch):
    def failing(path):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(ex, "_sha256", failing)
    target = tmp_path / "out" / "b.daicho-backup"
    with pytest.raises(DaichoError):
        create_backup_file(mb_vault, target, PASSPHRASE)
    assert list(target.parent.iterdir()) == []
    assert _helper_threads() == []


def test_final_fsync_error_waits_for_the_hash_and_cleans_up(mb_vault, tmp_path, monkeypatch):
    from desktop.backup import format as fmt

    def failing(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fmt, "fsync_file", failing)
    target = tmp_path / "out" / "b.daicho-backup"
    with pytest.raises(DaichoError) as exc:
        create_backup_file(mb_vault, target, PASSPHRASE)
    assert "空き容量" in str(exc.value)
    assert list(target.parent.iterdir()) == []
    assert _helper_threads() == []


def test_sha256_helper_matches_hashlib(tmp_path):
    p = tmp_path / "f"
    p.write_bytes(os.urandom((1 << 20) * 2 + 12345))
    assert ex._sha256(p) == hashlib.sha256(p.read_bytes()).hexdigest()
    p.write_bytes(b"")
    assert ex._sha256(p) == hashlib.sha256(b"").hexdigest()

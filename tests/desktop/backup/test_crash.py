"""A process killed (SIGKILL) during export or restore, a full disk, a read-only target:
no half backup, and the vault still opens and verifies."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.backup import export_backup, restore_backup, verify_backup
from desktop.errors import DaichoError
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.desktop.backup.conftest import PASSPHRASE, add_attachments

pytestmark = pytest.mark.crash

ROOT = Path(__file__).resolve().parents[3]


def _cli(args, stdin: str, env_extra: dict | None = None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env_extra or {})}
    proc = subprocess.Popen([sys.executable, "-m", "desktop.cli.main", *map(str, args)], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(stdin.encode())
    proc.stdin.close()
    return proc


def _wait_for(pattern_dir: Path, glob: str, min_size: int, proc, timeout: float = 30) -> bool:
    end = time.time() + timeout
    while time.time() < end and proc.poll() is None:
        for p in pattern_dir.glob(glob):
            with contextlib.suppress(OSError):
                if p.stat().st_size >= min_size:
                    return True
        time.sleep(0.005)
    return False


def _vault_ok(path: Path) -> dict:
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        assert v.verify_audit().ok
        assert v.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {r[0] for r in v.conn.execute("SELECT name FROM test_attachments")}
    finally:
        v.close()


@pytest.fixture
def big_vault(vault):
    """~24 MB of attachments, so that an export takes long enough to be killed mid-way."""
    add_attachments(vault, sizes=[1_000_000] * 24)
    path = vault.path
    vault.close()
    return path


def test_sigkill_during_export(big_vault, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "b.daicho-backup"
    proc = _cli(["--vault", big_vault, "--user", ADMIN_ID, "--password-stdin", "backup", "export", target],
                f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n")
    assert _wait_for(out, ".*.part", 2_000_000, proc), proc.communicate()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not target.exists()
    leftovers = list(out.iterdir())
    assert all(p.name.startswith(".b.daicho-backup.") and p.name.endswith(".part") for p in leftovers)
    for p in leftovers:   # a leftover is hidden, and is not accepted as a backup
        with pytest.raises(DaichoError):
            verify_backup(p, PASSPHRASE)
    assert _vault_ok(big_vault)
    assert list(out.iterdir()) == []   # the next open of the vault removed it


def test_killed_export_leaves_no_part_after_the_next_start(big_vault, tmp_path):
    """Killed at a fixed point (the encrypted copy written, manifest not yet): the .part in
    the destination is removed by the next start, wherever the destination was."""
    out = tmp_path / "usb"
    out.mkdir()
    target = out / "b.daicho-backup"
    proc = _cli(["--vault", big_vault, "--user", ADMIN_ID, "--password-stdin", "backup", "export", target],
                f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n", {"DAICHO_BACKUP_FAULT": "export-after-copy"})
    proc.wait(60)
    assert proc.returncode == -signal.SIGKILL
    parts = list(out.glob(".b.daicho-backup.*.part"))
    assert len(parts) == 1 and parts[0].stat().st_size > 1_000_000
    assert list(big_vault.parent.glob(f".{big_vault.name}.pending-*"))
    code = _cli(["--vault", big_vault, "--user", ADMIN_ID, "--password-stdin", "user", "list"],
                f"{ADMIN_PASSWORD}\n").wait(60)   # the next start
    assert code == 0
    assert list(out.iterdir()) == []
    assert not list(big_vault.parent.glob(f".{big_vault.name}.pending-*"))
    assert _vault_ok(big_vault)


def test_sigkill_just_before_rename(big_vault, tmp_path):
    target = tmp_path / "b.daicho-backup"
    proc = _cli(["--vault", big_vault, "--user", ADMIN_ID, "--password-stdin", "backup", "export", target],
                f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n", {"DAICHO_BACKUP_FAULT": "export-before-rename"})
    proc.wait(60)
    assert proc.returncode == -signal.SIGKILL
    assert not target.exists()
    assert _vault_ok(big_vault)
    assert list(tmp_path.glob(".b.daicho-backup.*")) == []


def _backup_then_change(path: Path, tmp_path: Path) -> Path:
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        result = export_backup(v, tmp_path / "b.daicho-backup", PASSPHRASE)
        with v.transaction() as conn:
            conn.execute("INSERT INTO test_attachments (name, data) VALUES ('after-backup', x'00')")
    finally:
        v.close()
    return result.path


@pytest.mark.parametrize("point", ["restore-after-staged-keys", "restore-after-swap", "while-copying"])
def test_sigkill_during_replace(big_vault, tmp_path, point):
    backup = _backup_then_change(big_vault, tmp_path)
    args = ["backup", "restore", backup, "--to", big_vault, "--replace", "--user", ADMIN_ID]
    stdin = f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n{ADMIN_PASSWORD}\n"
    if point == "while-copying":
        proc = _cli(args, stdin)
        assert _wait_for(big_vault.parent, ".*.restoring", 2_000_000, proc), proc.communicate()
        proc.send_signal(signal.SIGKILL)
    else:
        proc = _cli(args, stdin, {"DAICHO_BACKUP_FAULT": point})
    proc.wait(60)
    assert proc.returncode == -signal.SIGKILL
    names = _vault_ok(big_vault)   # the vault opens whichever file is in place …
    if point == "restore-after-swap":
        assert "after-backup" not in names   # … the restored one
    else:
        assert "after-backup" in names       # … or the original, untouched
    # and a new attempt completes
    res = restore_backup(backup, PASSPHRASE, big_vault, replace=True, user_id=ADMIN_ID, password=ADMIN_PASSWORD,
                         live_user_id=ADMIN_ID, live_password=ADMIN_PASSWORD)
    assert "after-backup" not in _vault_ok(res.path)


def test_sigkill_restore_to_new_path(big_vault, tmp_path):
    backup = _backup_then_change(big_vault, tmp_path)
    target = tmp_path / "new" / "daicho.vault"
    proc = _cli(["backup", "restore", backup, "--to", target, "--user", ADMIN_ID],
                f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n", {"DAICHO_BACKUP_FAULT": "restore-after-keys"})
    proc.wait(60)
    assert proc.returncode == -signal.SIGKILL
    assert not target.exists()
    res = restore_backup(backup, PASSPHRASE, target, user_id=ADMIN_ID, password=ADMIN_PASSWORD)
    assert "after-backup" not in _vault_ok(res.path)
    assert "after-backup" in _vault_ok(big_vault)


@contextlib.contextmanager
def _tmpfs(path: Path, options: str):
    path.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({r.stderr.decode().strip()})")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def test_disk_full(big_vault, tmp_path):
    backup = _backup_then_change(big_vault, tmp_path)
    with _tmpfs(tmp_path / "full", "size=2m") as small:
        v = unlock(big_vault, ADMIN_ID, ADMIN_PASSWORD)
        try:
            with pytest.raises(DaichoError) as exc:
                export_backup(v, small / "b.daicho-backup", PASSPHRASE)
            assert "空き容量" in str(exc.value)
        finally:
            v.close()
        assert list(small.iterdir()) == []
        with pytest.raises(DaichoError) as exc:
            restore_backup(backup, PASSPHRASE, small / "v.vault", user_id=ADMIN_ID, password=ADMIN_PASSWORD)
        assert "空き容量" in str(exc.value)
        assert [p.name for p in small.iterdir() if not p.name.endswith(".lock")] == []
    assert "after-backup" in _vault_ok(big_vault)


def test_read_only_target(vault, tmp_path):
    add_attachments(vault)
    with _tmpfs(tmp_path / "ro", "ro,size=1m") as ro:
        with pytest.raises(DaichoError) as exc:
            export_backup(vault, ro / "b.daicho-backup", PASSPHRASE)
        assert "読み取り専用" in str(exc.value) or "権限" in str(exc.value)
    assert vault.verify_audit().ok

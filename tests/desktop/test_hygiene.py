"""Process hygiene (issue 8, item 8): no core dumps, owner-only files, no leftover temp files."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop import hygiene
from desktop.fsutil import atomic_write_bytes
from desktop.vault.lockfile import WriterLock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process and file modes")


def _python(code: str, **env_extra) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **env_extra}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)


@linux_only
def test_harden_process_no_core_dump_not_dumpable_umask(tmp_path):
    """In a fresh process: core limit 0 (soft and hard), not dumpable, umask 077; before it,
    the same process was dumpable (so the check can fail)."""
    res = _python("""
        import json, os, resource
        from desktop import hygiene
        before = hygiene.is_dumpable()
        applied = hygiene.harden_process()
        umask = os.umask(0o077)
        print(json.dumps({"before": before, "applied": applied, "core": resource.getrlimit(resource.RLIMIT_CORE),
                          "dumpable": hygiene.is_dumpable(), "umask": umask,
                          "again": hygiene.harden_process()}))
    """)
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["before"] is True
    assert out["applied"] == ["umask", "rlimit-core", "not-dumpable"] == out["again"]
    assert out["core"] == [0, 0]
    assert out["dumpable"] is False
    assert out["umask"] == 0o077


@linux_only
def test_cli_entry_hardens_the_process(tmp_path):
    """``daicho`` itself calls harden_process() first (a usage error still ran it)."""
    res = _python("""
        import io, json, resource
        from desktop import hygiene
        from desktop.cli.main import main
        code = main(["--help-not-an-option"], stdin=io.StringIO(), stdout=io.StringIO(), stderr=io.StringIO())
        core = resource.getrlimit(resource.RLIMIT_CORE)
        print(json.dumps({"code": code, "core": core, "dumpable": hygiene.is_dumpable()}))
    """)
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out == {"code": 2, "core": [0, 0], "dumpable": False}


@linux_only
def test_every_file_in_the_vault_folder_is_owner_only(tmp_path):
    """After creating a vault, writing records and exporting a backup into the vault's folder
    from a hardened process, every file there is 0600 (vault, -wal, -shm, .lock, .keys,
    backup)."""
    folder = tmp_path / "office"
    res = _python(f"""
        import os
        from desktop import hygiene
        hygiene.harden_process()
        from desktop.backup import export_backup
        from desktop.vault import crypto
        from desktop.vault.vault import create_vault
        from tests.conftest import OFFICE
        vault, _rk = create_vault({str(folder / 'daicho.vault')!r}, office=OFFICE, admin_id={ADMIN_ID!r},
                                  admin_name="管理 太郎", admin_password={ADMIN_PASSWORD!r}, binding=False,
                                  kdf=crypto.TEST_KDF)
        with vault.transaction() as conn:
            conn.execute("CREATE TABLE t (x)")
            conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
        export_backup(vault, {str(folder / 'b.daicho-backup')!r}, "Noto-Peninsula-Wind-7294")
        names = sorted(os.listdir({str(folder)!r}))
        print("\\n".join(names))
        vault.close()
    """)
    assert res.returncode == 0, res.stderr
    names = set(res.stdout.split())
    assert {"daicho.vault", "daicho.vault-wal", "daicho.vault-shm", "daicho.vault.lock", "daicho.vault.keys",
            "b.daicho-backup"} <= names
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert modes and all(m == 0o600 for m in modes.values()), {k: oct(v) for k, v in modes.items()}


@linux_only
def test_opening_a_vault_tightens_files_an_older_version_left_world_readable(vault):
    path = vault.path
    vault.close()
    for p in (path, Path(f"{path}.keys"), Path(f"{path}.lock")):
        os.chmod(p, 0o644)
    lock = WriterLock(path)
    lock.acquire()
    try:
        for p in (path, Path(f"{path}.keys"), Path(f"{path}.lock")):
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    finally:
        lock.release()


@linux_only
def test_atomic_writes_are_owner_only_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        atomic_write_bytes(tmp_path / "x.bin", b"secret")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "x.bin").stat().st_mode) == 0o600


def test_leftovers_of_killed_writes_are_removed_when_the_vault_is_next_opened(vault, tmp_path):
    folder = vault.path.parent
    name = vault.path.name
    vault.close()
    dest = tmp_path / "usb"
    dest.mkdir()
    leftovers = [
        folder / f".{name}.ab12cd34.restoring",
        folder / f".{name}.ab12cd34.restoring-journal",
        folder / f"{name}.before-restore-20260101-101010.part",
        folder / f"{name}.before-restore-20260101-101010.keys.part",
    ]
    kept = [
        folder / f".{name}.keys.zz99yy88.part",          # a key-file write: only when old
        folder / ".other.vault.ab12cd34.part",           # another vault's temp file
        folder / f"{name}.before-restore-20260101-101010",  # a finished safety copy
        dest / ".b.daicho-backup.qq11ww22.part",         # not registered as pending
    ]
    for p in leftovers + kept:
        p.write_bytes(b"x")
    with hygiene.pending_temp(folder / name, dest, ".c.daicho-backup.", ".part") as marker:
        part = dest / ".c.daicho-backup.k3j4h5g6.part"
        part.write_bytes(b"encrypted")
        assert marker is not None and marker.exists()
        os.link(marker, folder / (marker.name + "x"))   # as if the process died here
    lock = WriterLock(folder / name)
    lock.acquire()
    lock.release()
    assert not any(p.exists() for p in leftovers)
    assert not part.exists() and not (folder / (marker.name + "x")).exists()
    assert all(p.exists() for p in kept)
    old = kept[0]
    os.utime(old, (1_000_000, 1_000_000))
    lock.acquire()
    lock.release()
    assert not old.exists()


def test_harden_process_never_fails(monkeypatch):
    monkeypatch.setattr(hygiene, "_applied", None)
    monkeypatch.setattr(hygiene, "_prctl", lambda *a: (_ for _ in ()).throw(OSError("no libc")))
    monkeypatch.setattr(os, "umask", lambda *_a: (_ for _ in ()).throw(OSError("nope")))
    if os.name == "posix":
        import resource

        monkeypatch.setattr(resource, "setrlimit", lambda *_a: (_ for _ in ()).throw(ValueError("nope")))
    assert hygiene.harden_process() == []


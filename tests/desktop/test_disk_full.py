"""A full disk gives a clear Japanese message and loses nothing: the vault itself filling up
mid-write, a CSV export and a submittal saved to a full volume. Uses a small tmpfs (needs
root, as `make test` runs in CI); skipped where mounting is not possible."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest

from desktop.errors import DaichoError
from desktop.registers import RegisterService
from desktop.submittals import service as submittals
from desktop.vault import crypto
from desktop.vault.vault import create_vault, unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD, OFFICE
from tests.desktop.submittals.records import seed

pytestmark = pytest.mark.crash


@contextlib.contextmanager
def tmpfs(path: Path, size: str):
    path.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({r.stderr.decode().strip()})")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _fill(folder: Path) -> None:
    """Leave (almost) no free space on the volume."""
    with open(folder / "filler", "wb") as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()


def test_vault_on_a_full_disk_keeps_every_committed_record(tmp_path):
    with tmpfs(tmp_path / "disk", "8m") as disk:
        path = disk / "daicho.vault"
        vault, _ = create_vault(path, office=OFFICE, admin_id=ADMIN_ID, admin_name="管理 太郎",
                                admin_password=ADMIN_PASSWORD, binding=False, kdf=crypto.TEST_KDF)
        svc = RegisterService(vault)
        first = svc.create("staff", {"name": "山田 太郎", "affiliation": "運用課"})
        _fill(disk)
        with pytest.raises(DaichoError) as exc:
            for i in range(2000):  # large records until the disk refuses
                svc.create("staff", {"name": f"職員{i}", "note": "記" * 1900})
        assert "空き容量" in str(exc.value) or "ディスク" in str(exc.value)
        # free the space: everything committed before the failure is still there and intact
        os.unlink(disk / "filler")
        assert svc.get("staff", first)["name"] == "山田 太郎"
        svc.create("staff", {"name": "空き容量確保後"})
        vault.close()
        again = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
        try:
            assert again.verify_audit().ok
            names = {r.values["name"] for r in RegisterService(again).page("staff", None, limit=3000).rows}
            assert {"山田 太郎", "空き容量確保後"} <= names
        finally:
            again.close()


def test_csv_export_and_submittal_to_a_full_disk(vault, tmp_path):
    seed(vault, exchanges=40)
    svc = RegisterService(vault)
    with tmpfs(tmp_path / "usb", "64k") as usb:
        _fill(usb)
        with pytest.raises(DaichoError) as exc:
            svc.export_csv("exchanges", usb / "exchanges.csv")
        assert "空き容量" in str(exc.value)
        with pytest.raises(DaichoError) as exc:
            submittals.issue(vault, "exchange-record",
                             {"period": (dt.date(2025, 4, 1), dt.date(2026, 3, 31))}, out=usb / "r.pdf",
                             confirmed=True)  # the pre-issue check's findings confirmed
        assert "空き容量" in str(exc.value)
        assert sorted(p.name for p in usb.iterdir()) == ["filler"]  # no partial files
    # nothing was recorded as issued, and the vault is fine
    assert submittals_history_count(vault) == 0
    assert vault.verify_audit().ok


def submittals_history_count(vault) -> int:
    from desktop.submittals import history

    return len(history.list_history(vault.conn))

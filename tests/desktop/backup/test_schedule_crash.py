"""SIGKILL during a scheduled backup and during rotation (issue 18): no partial backup under
a backup's name, no verified backup lost, and the next run reports and recovers."""

from __future__ import annotations

import datetime as dt
import signal

import pytest

from desktop.backup import rotation, schedule, verify_backup
from desktop.errors import DaichoError
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.desktop.backup.conftest import PASSPHRASE, add_attachments
from tests.desktop.backup.test_crash import _cli, _wait_for

pytestmark = pytest.mark.crash

START = dt.datetime(2026, 1, 1, 19, 0)


@pytest.fixture
def setup(vault, tmp_path):
    """A ~24 MB vault with a daily schedule into ``dest`` and two verified backups there."""
    dest = tmp_path / "usb"
    dest.mkdir()
    add_attachments(vault, sizes=[1_000_000] * 24)
    schedule.set_schedule(vault, mode="daily", time="00:00", folder=str(dest), keep_daily=5, keep_weekly=0,
                          keep_monthly=0)
    schedule.set_passphrase(vault, PASSPHRASE)
    made = [schedule.run_scheduled(vault, now=START + dt.timedelta(days=i), force=True) for i in range(2)]
    assert [o.result for o in made] == ["ok", "ok"]
    path = vault.path
    vault.close()
    return path, dest, [o.path.name for o in made]


def _args(vault_path, *rest):
    return ["--vault", vault_path, "--user", ADMIN_ID, "--password-stdin", "backup", *rest]


def _visible(dest):
    return sorted(p.name for p in dest.iterdir() if not p.name.startswith("."))


def test_sigkill_during_a_scheduled_backup(setup):
    vault_path, dest, before = setup
    proc = _cli(_args(vault_path, "run-scheduled", "--force"), f"{ADMIN_PASSWORD}\n")
    assert _wait_for(dest, ".*.part", 2_000_000, proc), proc.communicate()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _visible(dest) == before                       # no partial file under a backup's name
    for p in dest.iterdir():
        if p.name.startswith("."):
            assert p.name.endswith(".part")
            with pytest.raises(DaichoError):
                verify_backup(p, PASSPHRASE)
    for name in before:
        verify_backup(dest / name, PASSPHRASE)
    v = unlock(vault_path, ADMIN_ID, ADMIN_PASSWORD)      # opening removes the registered leftover
    try:
        assert not [p for p in dest.iterdir() if p.name.endswith(".part")]
        schedule.notice_interrupted(v)
        state = schedule.load_state(v.conn)
        assert state.last_result == "interrupted" and state.failed
        again = schedule.run_scheduled(v, force=True)
        assert again.result == "ok" and len(_visible(dest)) == 3
        assert v.verify_audit().ok
    finally:
        v.close()


def test_sigkill_after_writing_before_recording(setup):
    """Killed between the rename and the verification: the complete file is not in the
    vault's list of made and verified backups, so rotation never deletes it."""
    vault_path, dest, before = setup
    proc = _cli(_args(vault_path, "run-scheduled", "--force"), f"{ADMIN_PASSWORD}\n",
                {"DAICHO_BACKUP_FAULT": "scheduled-after-write"})
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    orphan = sorted(set(_visible(dest)) - set(before))
    assert len(orphan) == 1
    v = unlock(vault_path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        schedule.set_schedule(v, keep_daily=0)
        result = rotation.rotate(v)
        assert orphan[0] not in result.deleted and (dest / orphan[0]).exists()
        assert schedule.load_state(v.conn).last_result == "running"
    finally:
        v.close()


def test_sigkill_during_rotation(setup):
    vault_path, dest, before = setup
    v = unlock(vault_path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        for i in range(2, 5):
            assert schedule.run_scheduled(v, now=START + dt.timedelta(days=i), force=True).result == "ok"
        schedule.set_schedule(v, keep_daily=1)
    finally:
        v.close()
    five = _visible(dest)
    assert len(five) == 5
    proc = _cli(_args(vault_path, "rotate"), f"{ADMIN_PASSWORD}\n", {"DAICHO_BACKUP_FAULT": "rotate-after-delete"})
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    left = _visible(dest)
    assert len(left) == 4 and five[-1] in left             # one deleted, the newest verified kept
    for name in left:
        verify_backup(dest / name, PASSPHRASE)
    v = unlock(vault_path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        result = rotation.rotate(v)                         # the next rotation finishes the job
        assert _visible(dest) == [five[-1]]
        assert set(result.deleted) | set(result.plan.gone) == set(five[:-1])
        assert [m.name for m in schedule.load_state(v.conn).made] == [five[-1]]
        assert v.verify_audit().ok
    finally:
        v.close()

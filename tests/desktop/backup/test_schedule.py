"""Scheduled backups (issue 18): configuration, the kept passphrase, when a backup is due, and
each fault (destination missing, full, read-only, removed mid-write, a same-named file that
is not ours, a backup that does not verify, cancel) — a clear message, no partial file."""

from __future__ import annotations

import datetime as dt
import errno
import json
import shutil
import tempfile
from pathlib import Path

import pytest

from desktop.backup import format as fmt
from desktop.backup import list_history, schedule, verify_backup
from desktop.errors import PermissionDenied, ValidationError
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_PASSWORD
from tests.desktop.backup.conftest import OFFICER_ID, OFFICER_PASSWORD, PASSPHRASE, add_attachments, add_officer

NOW = dt.datetime(2026, 11, 20, 19, 0)


@pytest.fixture
def dest(tmp_path):
    d = tmp_path / "usb"
    d.mkdir()
    return d


@pytest.fixture
def scheduled(vault, dest):
    add_attachments(vault)
    schedule.set_schedule(vault, mode="daily", time="18:00", folder=str(dest))
    schedule.set_passphrase(vault, PASSPHRASE)
    return vault


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _state(vault) -> schedule.ScheduleState:
    return schedule.load_state(vault.conn)


# -- configuration and the kept passphrase ---------------------------------------------------

def test_set_schedule_validates_and_audits(vault, dest):
    for kwargs, field in (({"mode": "hourly"}, "mode"), ({"time": "25:00"}, "time"), ({"time": "6pm"}, "time"),
                          ({"folder": "relative/dir"}, "folder"), ({"mode": "daily"}, "folder")):
        with pytest.raises(ValidationError) as err:
            schedule.set_schedule(vault, **kwargs)
        assert field in err.value.errors
    assert schedule.load_config(vault.conn).mode == "off"
    changed = schedule.set_schedule(vault, mode="weekly", time="7:05", weekday=0, folder=str(dest), keep_daily=3)
    assert changed["backup.schedule.time"] == "07:05"
    config = schedule.load_config(vault.conn)
    assert (config.mode, config.time, config.weekday, config.folder, config.keep_daily) == (
        "weekly", (7, 5), 0, str(dest), 3)
    assert "月曜日 07:05" in config.describe()
    row = vault.conn.execute("SELECT details FROM audit_log WHERE action = 'settings.update' ORDER BY seq DESC").fetchone()
    assert "backup.schedule.mode" in row[0]


def test_only_administrators_configure(vault, dest, reopen):
    add_officer(vault)
    officer = reopen(vault, OFFICER_ID, OFFICER_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            schedule.set_schedule(officer, mode="daily", folder=str(dest))
        with pytest.raises(PermissionDenied):
            schedule.set_passphrase(officer, PASSPHRASE)
    finally:
        officer.close()


def test_passphrase_is_kept_inside_the_encrypted_database_only(vault, dest, tmp_path):
    schedule.set_schedule(vault, mode="logout", folder=str(dest))
    schedule.set_passphrase(vault, PASSPHRASE)
    assert schedule.has_passphrase(vault.conn)
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # no file beside the vault (database, WAL, key slots, markers) holds it in plaintext
    for p in vault.path.parent.rglob("*"):
        if p.is_file():
            assert PASSPHRASE.encode() not in p.read_bytes(), p
    # settings and the audit trail never show it; the change is audited
    from desktop import settings

    assert all(PASSPHRASE not in json.dumps(v) for v in settings.get_many(vault.conn, "").values())
    rows = vault.conn.execute("SELECT action, details FROM audit_log ORDER BY seq").fetchall()
    assert all(PASSPHRASE not in str(r[1]) for r in rows)
    assert ("backup.schedule.passphrase", {"change": "set"}) in [(r[0], json.loads(r[1])) for r in rows]
    schedule.set_passphrase(vault, "Hakusan-Snow-Bridge-4412")
    schedule.set_passphrase(vault, None)
    changes = [json.loads(r[0])["change"] for r in vault.conn.execute(
        "SELECT details FROM audit_log WHERE action = 'backup.schedule.passphrase' ORDER BY seq")]
    assert changes == ["set", "replaced", "cleared"]
    assert not schedule.has_passphrase(vault.conn)


def test_passphrase_rules_weak_or_login_password(vault):
    for bad in ("password", ADMIN_PASSWORD):
        with pytest.raises(ValidationError):
            schedule.set_passphrase(vault, bad)
    assert not schedule.has_passphrase(vault.conn)


# -- when ------------------------------------------------------------------------------------

def _cfg(mode, **kw):
    return schedule.ScheduleConfig(mode=mode, folder="/media/usb", **kw)


def test_daily_due_after_the_time_until_a_backup_succeeds():
    cfg = _cfg("daily", time=(18, 0))
    empty = schedule.ScheduleState()
    assert schedule.is_due(cfg, empty, dt.datetime(2026, 11, 20, 17, 59))   # yesterday's time has passed
    done_today = schedule.ScheduleState(last_ok_at="2026-11-20T18:01:00", last_attempt_at="2026-11-20T18:00:30",
                                        last_result="ok")
    assert schedule.is_due(cfg, empty, dt.datetime(2026, 11, 20, 18, 0))
    assert not schedule.is_due(cfg, done_today, dt.datetime(2026, 11, 20, 23, 0))
    assert not schedule.is_due(cfg, done_today, dt.datetime(2026, 11, 21, 17, 59))
    assert schedule.is_due(cfg, done_today, dt.datetime(2026, 11, 21, 18, 0))
    # a failure waits for the next time; a missing destination is tried at every check
    failed = schedule.ScheduleState(last_attempt_at="2026-11-20T18:00:10", last_result="failed")
    missing = schedule.ScheduleState(last_attempt_at="2026-11-20T18:00:10", last_result="missing")
    assert not schedule.is_due(cfg, failed, dt.datetime(2026, 11, 20, 18, 5))
    assert schedule.is_due(cfg, missing, dt.datetime(2026, 11, 20, 18, 5))


def test_weekly_logout_and_off():
    cfg = _cfg("weekly", time=(9, 30), weekday=0)     # Monday 09:30
    last_week = schedule.ScheduleState(last_ok_at="2026-11-16T09:31:00", last_attempt_at="2026-11-16T09:30:00",
                                       last_result="ok")
    assert not schedule.is_due(cfg, last_week, dt.datetime(2026, 11, 22, 23, 0))   # Sunday
    assert schedule.is_due(cfg, last_week, dt.datetime(2026, 11, 23, 9, 30))       # Monday
    logout = _cfg("logout")
    assert not schedule.is_due(logout, schedule.ScheduleState(), NOW)
    assert schedule.is_due(logout, schedule.ScheduleState(), NOW, event="logout")
    assert not schedule.is_due(_cfg("off"), schedule.ScheduleState(), NOW, event="logout")
    assert not schedule.is_due(schedule.ScheduleConfig(mode="daily"), schedule.ScheduleState(), NOW)  # no folder


def test_names_carry_vault_and_terminal(vault):
    name = schedule.file_name(vault, NOW)
    v, t = schedule.name_parts(vault)
    assert name == f"daicho-{v}-{t}-20261120-190000.daicho-backup"
    assert schedule.parse_name(name) == (v, t, NOW)
    assert schedule.parse_name("daicho-backup-20261120-190000.daicho-backup") is None


# -- running -------------------------------------------------------------------------------

def test_run_writes_verifies_records_and_is_then_not_due(scheduled, dest):
    outcome = schedule.run_scheduled(scheduled, now=NOW)
    assert outcome.result == "ok", outcome.message
    assert _files(dest) == [schedule.file_name(scheduled, NOW)]
    info = verify_backup(outcome.path, PASSPHRASE)
    assert info.counts["test_attachments"] == 8
    state = _state(scheduled)
    assert state.last_result == "ok" and not state.failed and state.made[0].verified
    assert [e.sha256 for e in list_history(scheduled.conn)] == [state.made[0].sha256]
    actions = [r[0] for r in scheduled.conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    assert actions[-2:] == ["backup.export", "backup.verify"]
    assert schedule.run_scheduled(scheduled, now=NOW + dt.timedelta(hours=1)) is None
    line, failed = schedule.status_line(scheduled.conn)
    assert "最終成功" in line and not failed


def test_destination_missing_is_reported_once_and_retried(scheduled, dest, tmp_path):
    shutil.rmtree(dest)
    first = schedule.run_scheduled(scheduled, now=NOW)
    assert first.result == "missing" and "見つかりません" in first.message and str(dest) in first.message
    with pytest.raises(schedule.DestinationMissing) as err:
        schedule.prepare(scheduled, NOW)
    assert not err.value.already_reported
    schedule.mark_missing_reported(scheduled)
    with pytest.raises(schedule.DestinationMissing) as err:
        schedule.prepare(scheduled, NOW)
    assert err.value.already_reported          # the app says it once
    assert not _state(scheduled).failed        # not the red banner: nothing failed
    dest.mkdir()                               # the USB stick is back: the next check runs
    again = schedule.run_scheduled(scheduled, now=NOW + dt.timedelta(minutes=1))
    assert again.result == "ok"
    assert not _state(scheduled).missing_reported


def test_destination_full_leaves_no_file(scheduled, dest, monkeypatch):
    assert schedule.run_scheduled(scheduled, now=NOW).result == "ok"
    before = _files(dest)

    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fmt, "fsync_file", full)
    outcome = schedule.run_scheduled(scheduled, now=NOW + dt.timedelta(days=1))
    assert outcome.result == "failed" and "空き容量" in outcome.message
    assert _files(dest) == before              # no partial file, the verified one kept
    state = _state(scheduled)
    assert state.failed and state.last_ok_at and len(state.made) == 1
    assert "backup.scheduled_failed" in [r[0] for r in scheduled.conn.execute("SELECT action FROM audit_log")]


def test_read_only_destination(scheduled, dest, monkeypatch):
    real = tempfile.mkstemp

    def read_only(*args, **kw):
        if Path(kw.get("dir") or "") == dest:
            raise OSError(errno.EROFS, "Read-only file system")
        return real(*args, **kw)

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    outcome = schedule.run_scheduled(scheduled, now=NOW)
    assert outcome.result == "failed" and "読み取り専用" in outcome.message
    assert _files(dest) == []


def test_destination_removed_mid_write(scheduled, dest):
    seen = []

    def unplug(done, total):
        if not seen:
            seen.append(done)
            shutil.rmtree(dest)     # the stick is pulled …
            dest.mkdir()            # … and another (empty) one appears at the same path
        return True

    outcome = schedule.run_scheduled(scheduled, now=NOW, progress=unplug)
    assert outcome.result == "failed" and "見つかりません" in outcome.message
    assert _files(dest) == []


def test_same_named_file_that_is_not_ours_is_left_alone(scheduled, dest):
    target = dest / schedule.file_name(scheduled, NOW)
    target.write_bytes(b"someone else's file")
    outcome = schedule.run_scheduled(scheduled, now=NOW)
    assert outcome.result == "failed" and "同じ名前" in outcome.message
    assert target.read_bytes() == b"someone else's file"
    assert _files(dest) == [target.name]


def test_same_named_file_appearing_during_the_export_is_not_replaced(scheduled, dest):
    target = dest / schedule.file_name(scheduled, NOW)

    def appear(done, total):
        if not target.exists():
            target.write_bytes(b"theirs")
        return True

    outcome = schedule.run_scheduled(scheduled, now=NOW, progress=appear)
    assert outcome.result == "failed" and "同じ名前" in outcome.message
    assert target.read_bytes() == b"theirs" and _files(dest) == [target.name]


def test_backup_that_does_not_verify_raises_the_banner_and_is_kept(scheduled, dest, monkeypatch):
    real = schedule.create_backup_file

    def damaged(*args, **kw):
        result = real(*args, **kw)
        with open(result.path, "r+b") as fh:   # a bad sector on the stick
            fh.seek(result.size // 2)
            byte = fh.read(1)
            fh.seek(result.size // 2)
            fh.write(bytes([byte[0] ^ 0xFF]))
        return result

    monkeypatch.setattr(schedule, "create_backup_file", damaged)
    outcome = schedule.run_scheduled(scheduled, now=NOW)
    assert outcome.result == "unverified" and "検証できませんでした" in outcome.message
    state = _state(scheduled)
    assert state.failed and not state.made[0].verified and not state.last_ok_at
    line, failed = schedule.status_line(scheduled.conn)
    assert failed and "検証できませんでした" in line
    assert "backup.verify_failed" in [r[0] for r in scheduled.conn.execute("SELECT action FROM audit_log")]
    assert _files(dest) == [outcome.path.name]   # kept (never rotated away), for inspection


def test_cancel_leaves_no_file(scheduled, dest):
    outcome = schedule.run_scheduled(scheduled, now=NOW, progress=lambda d, t: False)
    assert outcome.result == "cancelled" and _files(dest) == []
    assert not _state(scheduled).failed


def test_cancel_during_verification_removes_the_written_file(scheduled, dest):
    def stop_in_verify(done, total):
        return done < 80   # the export reports 0–80, the verification 80–100

    outcome = schedule.run_scheduled(scheduled, now=NOW, progress=stop_in_verify)
    assert outcome.result == "cancelled" and _files(dest) == []


def test_a_backup_left_running_by_a_dead_process_is_reported(scheduled, reopen):
    schedule.prepare(scheduled, NOW)            # marked running … and the process dies here
    vault = reopen(scheduled)
    try:
        schedule.notice_interrupted(vault)
        state = _state(vault)
        assert state.last_result == "interrupted" and state.failed and "中断" in state.message
    finally:
        vault.close()


def test_officer_runs_a_scheduled_backup(scheduled, dest, reopen):
    add_officer(scheduled)
    officer = reopen(scheduled, OFFICER_ID, OFFICER_PASSWORD)
    try:
        from desktop.accounts.service import AccountService

        AccountService(officer).change_own_password(OFFICER_PASSWORD, "Wajima-Lacquer-Morning-51")
        outcome = schedule.run_scheduled(officer, now=NOW)
        assert outcome.result == "ok", outcome.message
    finally:
        officer.close()


def test_restored_copy_opens_with_user_password(scheduled, dest, tmp_path):
    """The passphrase row travels inside the backup (encrypted under that same passphrase)."""
    from desktop.backup import restore_backup
    from tests.conftest import ADMIN_ID

    outcome = schedule.run_scheduled(scheduled, now=NOW)
    restored = restore_backup(outcome.path, PASSPHRASE, tmp_path / "r" / "d.vault", user_id=ADMIN_ID,
                              password=ADMIN_PASSWORD)
    v = unlock(restored.path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        assert schedule.has_passphrase(v.conn)
    finally:
        v.close()


def test_two_of_our_backups_in_the_same_second_get_two_names(scheduled, dest):
    first = schedule.run_scheduled(scheduled, now=NOW, force=True)
    second = schedule.run_scheduled(scheduled, now=NOW, force=True)
    assert first.result == second.result == "ok", (first.message, second.message)
    assert first.path != second.path  # (rotation then keeps the newer one of the day)
    assert second.path.name in _files(dest)

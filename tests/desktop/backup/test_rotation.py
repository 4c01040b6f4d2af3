"""Rotation (issue 18): grandfather-father-son over verified backups this app made; never a
file that is not ours (other PC, other vault, same name but other content, unverified), never
fewer than one verified backup; a dry run deletes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.backup import rotation, schedule, verify_backup
from tests.conftest import OFFICE
from tests.desktop.backup.conftest import PASSPHRASE

START = dt.datetime(2026, 1, 1, 19, 0)


@pytest.fixture
def dest(tmp_path):
    d = tmp_path / "nas"
    d.mkdir()
    return d


def _configure(vault, dest, **keep):
    schedule.set_schedule(vault, mode="daily", time="18:00", folder=str(dest), **keep)
    schedule.set_passphrase(vault, PASSPHRASE)


def _made(vault) -> list[str]:
    return sorted(m.name for m in schedule.load_state(vault.conn).made)


def _names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_select_keep_grandfather_father_son():
    days = [START + dt.timedelta(days=i) for i in range(120)]          # Jan 1 .. Apr 30, daily
    cands = [rotation.Candidate(d.strftime("%Y%m%d"), d, None) for d in days]
    keep = rotation.select_keep(cands, daily=7, weekly=4, monthly=3)
    newest = days[-1]
    daily = {d.strftime("%Y%m%d") for d in days[-7:]}
    assert daily <= keep
    # one per ISO week for the last 4 weeks, one per month for the last 3 months: the newest of each
    weeks = {}
    months = {}
    for d in days:
        weeks[d.isocalendar()[:2]] = d.strftime("%Y%m%d")
        months[(d.year, d.month)] = d.strftime("%Y%m%d")
    assert set(list(weeks.values())[-4:]) <= keep
    assert set(list(months.values())[-3:]) <= keep
    assert keep == daily | set(list(weeks.values())[-4:]) | set(list(months.values())[-3:])
    assert newest.strftime("%Y%m%d") in keep
    # all zero: the newest is still kept
    assert rotation.select_keep(cands, 0, 0, 0) == {newest.strftime("%Y%m%d")}
    assert rotation.select_keep([], 3, 3, 3) == set()


def test_rotation_keeps_gfs_and_deletes_only_verified_own_files(vault, dest):
    _configure(vault, dest, keep_daily=2, keep_weekly=0, keep_monthly=0)
    outcomes = [schedule.run_scheduled(vault, now=START + dt.timedelta(days=i), force=True) for i in range(4)]
    assert [o.result for o in outcomes] == ["ok"] * 4
    assert [len(o.deleted) for o in outcomes] == [0, 0, 1, 1]
    expected = sorted(o.path.name for o in outcomes[-2:])
    assert _names(dest) == expected and _made(vault) == expected
    entry = vault.conn.execute(
        "SELECT details FROM audit_log WHERE action = 'backup.rotate' ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert outcomes[1].path.name in entry
    for name in expected:
        verify_backup(dest / name, PASSPHRASE)


def test_dry_run_deletes_nothing(vault, dest):
    _configure(vault, dest, keep_daily=5)
    for i in range(3):
        schedule.run_scheduled(vault, now=START + dt.timedelta(days=i), force=True)
    schedule.set_schedule(vault, keep_daily=1, keep_weekly=0, keep_monthly=0)
    before = _names(dest)
    result = rotation.rotate(vault, dry_run=True)
    assert len(result.plan.keep) == 1 and len(result.plan.delete) == 2 and not result.deleted
    assert _names(dest) == before
    assert len(rotation.rotate(vault).deleted) == 2 and len(_names(dest)) == 1


def test_never_fewer_than_one_verified_backup(vault, dest):
    _configure(vault, dest, keep_daily=0, keep_weekly=0, keep_monthly=0)
    for i in range(3):
        assert schedule.run_scheduled(vault, now=START + dt.timedelta(days=i), force=True).result == "ok"
    names = _names(dest)
    assert len(names) == 1 and names == _made(vault)
    verify_backup(dest / names[0], PASSPHRASE)


def test_files_that_are_not_ours_are_never_deleted(vault, dest):
    _configure(vault, dest, keep_daily=1, keep_weekly=0, keep_monthly=0)
    first = schedule.run_scheduled(vault, now=START, force=True)
    # someone replaces our file with other content under the same name
    (dest / first.path.name).write_bytes(b"not the backup we wrote")
    # a file that merely looks like ours (never made by this vault)
    v, t = schedule.name_parts(vault)
    lookalike = dest / f"daicho-{v}-{t}-20251231-190000.daicho-backup"
    lookalike.write_bytes(b"lookalike")
    # an unrelated file and a manual export
    (dest / "notes.txt").write_text("keep me")
    second = schedule.run_scheduled(vault, now=START + dt.timedelta(days=1), force=True)
    assert second.result == "ok" and second.deleted == []
    assert (dest / first.path.name).read_bytes() == b"not the backup we wrote"
    assert lookalike.exists() and (dest / "notes.txt").exists()
    skipped = rotation.rotate(vault).skipped
    assert [name for name, _ in skipped] == [first.path.name] and "内容が異なる" in skipped[0][1]


def test_unverified_backups_are_never_deleted(vault, dest, monkeypatch):
    _configure(vault, dest, keep_daily=1, keep_weekly=0, keep_monthly=0)
    real_verify = __import__("desktop.backup.verify", fromlist=["verify_backup"]).verify_backup
    calls = []

    def flaky(path, passphrase, **kw):
        calls.append(path)
        if len(calls) == 1:
            from desktop.backup.format import BackupDamaged

            raise BackupDamaged("bad sector", "page-auth")
        return real_verify(path, passphrase, **kw)

    monkeypatch.setattr("desktop.backup.verify.verify_backup", flaky)
    bad = schedule.run_scheduled(vault, now=START, force=True)
    assert bad.result == "unverified"
    for i in (1, 2):
        assert schedule.run_scheduled(vault, now=START + dt.timedelta(days=i), force=True).result == "ok"
    assert bad.path.exists()
    plan = rotation.plan_rotation(vault)
    assert [n for n, _ in plan.untouched] == [bad.path.name]


def test_two_pcs_and_two_vaults_share_a_folder(make_vault, dest, tmp_path, monkeypatch):
    a, _ = make_vault(path=tmp_path / "a" / "daicho.vault")
    b, _ = make_vault(path=tmp_path / "b" / "daicho.vault", office={**OFFICE, "name": "別の事業者"})
    for v in (a, b):
        _configure(v, dest, keep_daily=0, keep_weekly=0, keep_monthly=0)
    # the same moment: names differ by vault ID
    made_a = [schedule.run_scheduled(a, now=START + dt.timedelta(days=i), force=True).path.name for i in range(2)]
    made_b = [schedule.run_scheduled(b, now=START + dt.timedelta(days=i), force=True).path.name for i in range(2)]
    assert set(made_a).isdisjoint(made_b)
    assert _names(dest) == sorted([made_a[-1], made_b[-1]])
    # the same vault from a second PC (another terminal label): each PC rotates only its own files
    monkeypatch.setattr(schedule, "this_host_name", lambda: "reception-pc")
    other = schedule.run_scheduled(a, now=START + dt.timedelta(days=5), force=True)
    assert "receptionpc" in other.path.name and other.deleted == []
    assert _names(dest) == sorted([made_a[-1], made_b[-1], other.path.name])

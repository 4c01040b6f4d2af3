"""``daicho backup schedule|run-scheduled|rotate`` and ``daicho vault copies`` (issue 18), in process."""

from __future__ import annotations

import io

import pytest

from desktop.backup import schedule
from desktop.cli.main import main
from desktop.vault import migrations
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.desktop.backup.conftest import PASSPHRASE


def run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def vault_path(vault):
    path = vault.path
    vault.close()
    return path


def _as_admin(vault_path, *args):
    return ["--vault", vault_path, "--user", ADMIN_ID, "--password-stdin", *args]


def test_schedule_set_show_run_and_rotate(vault_path, tmp_path):
    dest = tmp_path / "usb"
    dest.mkdir()
    code, out, err = run(_as_admin(vault_path, "backup", "schedule", "set", "--mode", "daily", "--time", "00:00",
                                   "--folder", dest, "--keep-daily", "1", "--keep-weekly", "0", "--keep-monthly", "0",
                                   "--passphrase-stdin"), f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n")
    assert code == 0, err
    assert "backup.schedule.mode\tdaily" in out and "パスフレーズを設定しました" in out
    assert PASSPHRASE not in out + err

    code, out, err = run(_as_admin(vault_path, "backup", "schedule", "show"), f"{ADMIN_PASSWORD}\n")
    assert code == 0 and "mode\tdaily" in out and "passphrase\tset" in out and PASSPHRASE not in out

    code, out, err = run(_as_admin(vault_path, "backup", "run-scheduled"), f"{ADMIN_PASSWORD}\n")
    assert code == 0, err
    first = out.splitlines()[0]
    assert first.startswith(str(dest)) and dest.joinpath(first.rsplit("/", 1)[-1]).exists()
    code, out, err = run(_as_admin(vault_path, "backup", "run-scheduled"), f"{ADMIN_PASSWORD}\n")
    assert code == 3 and "時刻ではありません" in out           # already done today
    code, out, err = run(_as_admin(vault_path, "backup", "run-scheduled", "--force"), f"{ADMIN_PASSWORD}\n")
    assert code == 0, err
    assert len(list(dest.iterdir())) == 1                        # rotation kept the newest

    code, out, err = run(_as_admin(vault_path, "backup", "rotate", "--dry-run"), f"{ADMIN_PASSWORD}\n")
    assert code == 0 and out.startswith("KEEP\t") and "DELETE" not in out


def test_run_scheduled_exit_codes_not_due_missing_and_usage(vault_path, tmp_path):
    code, out, err = run(_as_admin(vault_path, "backup", "run-scheduled"), f"{ADMIN_PASSWORD}\n")
    assert code == 3                                             # not configured: never due
    dest = tmp_path / "usb"
    code, _out, err = run(_as_admin(vault_path, "backup", "schedule", "set", "--mode", "logout", "--folder", dest,
                                    "--passphrase-stdin"), f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n")
    assert code == 0, err
    code, out, err = run(_as_admin(vault_path, "backup", "run-scheduled"), f"{ADMIN_PASSWORD}\n")
    assert code == 3                                             # "at logout" is never due from here
    code, out, err = run(_as_admin(vault_path, "backup", "run-scheduled", "--force"), f"{ADMIN_PASSWORD}\n")
    assert code == 1 and "見つかりません" in err                   # the stick is not plugged in
    code, out, err = run(_as_admin(vault_path, "backup", "schedule", "set", "--mode", "sometimes"),
                         f"{ADMIN_PASSWORD}\n")
    assert code == 2
    code, out, err = run(_as_admin(vault_path, "backup", "schedule", "set", "--time", "7pm"), f"{ADMIN_PASSWORD}\n")
    assert code != 0 and "HH:MM" in err
    code, out, err = run(_as_admin(vault_path, "backup", "schedule", "set"), f"{ADMIN_PASSWORD}\n")
    assert code != 0 and "変更する項目" in err


def test_schedule_set_refuses_the_login_password(vault_path, tmp_path):
    code, out, err = run(_as_admin(vault_path, "backup", "schedule", "set", "--mode", "daily", "--folder", tmp_path,
                                   "--passphrase-stdin"), f"{ADMIN_PASSWORD}\n{ADMIN_PASSWORD}\n")
    assert code != 0
    v = unlock(vault_path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        assert not schedule.has_passphrase(v.conn) and schedule.load_config(v.conn).mode == "off"
    finally:
        v.close()


def test_vault_copies_list_and_delete(vault_path):
    v = unlock(vault_path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        pre = migrations.backup_before_migration(v.conn, v.path, 4)
    finally:
        v.close()
    code, out, err = run(_as_admin(vault_path, "vault", "copies", "list"), f"{ADMIN_PASSWORD}\n")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("KIND\tCREATED\tSIZE") and len(lines) == 2
    assert lines[1].startswith("pre-migration\t") and pre.name in lines[1] and "スキーマ 4" in lines[1]
    code, out, err = run(_as_admin(vault_path, "vault", "copies", "list", "--older-than", "30"), f"{ADMIN_PASSWORD}\n")
    assert len(out.splitlines()) == 1
    code, out, err = run(_as_admin(vault_path, "vault", "copies", "delete"), f"{ADMIN_PASSWORD}\n")
    assert code != 0 and "指定してください" in err
    code, out, err = run(_as_admin(vault_path, "vault", "copies", "delete", "no-such-copy"), f"{ADMIN_PASSWORD}\n")
    assert code != 0 and "見つかりません" in err and pre.exists()
    code, out, err = run(_as_admin(vault_path, "vault", "copies", "delete", pre.name), f"{ADMIN_PASSWORD}\n")
    assert code == 0 and not pre.exists() and pre.name in out

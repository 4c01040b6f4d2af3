"""``daicho`` init, verify, user, terminal, audit export, settings: exit codes and streams."""

from __future__ import annotations

import csv
import io
import re

import pytest

from desktop.vault import crypto
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD, MemoryKeyring
from tests.foundation import OFFICER_INITIAL, OFFICER_PASSWORD, as_admin, run_cli

RECOVERY = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}\n$")


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch):
    monkeypatch.setattr(crypto, "tune_kdf", lambda *a, **k: crypto.TEST_KDF)


@pytest.fixture
def secure_keyring(monkeypatch):
    """Pretend this PC has a secure OS keyring (an in-memory one)."""
    from desktop.vault import terminal

    backend = MemoryKeyring()
    monkeypatch.setattr(terminal, "_secure_backends", lambda: [backend])
    return backend


@pytest.fixture
def cli_vault(tmp_path):
    path = tmp_path / "office" / "daicho.vault"
    rc, out, err = run_cli(["init", "--office-name", "株式会社テスト", "--admin", ADMIN_ID, "--admin-name", "管理 太郎",
                            "--office-address", "金沢市", "--representative", "代表 山田", "--contract", "保守",
                            "--no-terminal-binding"], ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err
    assert RECOVERY.match(out)
    return path, out.strip()


def test_init_prints_only_the_recovery_key(cli_vault):
    path, recovery = cli_vault
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    assert v.setting("office.name") == "株式会社テスト"
    assert v.setting("office.representative") == "代表 山田"
    assert v.session.display_name == "管理 太郎"
    actions = [r[0] for r in v.conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    assert "terminal.binding_disabled" in actions
    v.close()


def test_init_with_binding_on_a_pc_with_a_keyring(tmp_path, secure_keyring):
    path = tmp_path / "v" / "daicho.vault"
    rc, out, err = run_cli(["init", "--office-name", "X", "--admin", ADMIN_ID], ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err
    assert RECOVERY.match(out)
    assert secure_keyring.values  # the terminal identity went to the keyring
    rc, out, _ = run_cli(as_admin("terminal", "list"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0 and "*" in out


def test_init_refuses_existing_vault_and_weak_password(cli_vault, tmp_path):
    path, _ = cli_vault
    rc, out, err = run_cli(["init", "--office-name", "X", "--admin", "a2", "--no-terminal-binding"],
                           ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 1 and out == ""
    other = tmp_path / "other.vault"
    rc, out, err = run_cli(["init", "--office-name", "X", "--admin", "a2", "--no-terminal-binding"],
                           "short\n", vault_path=other)
    assert rc == 1 and "文字以上" in err and out == ""
    assert not other.exists()


def test_usage_errors_exit_2(cli_vault):
    path, _ = cli_vault
    assert run_cli([], vault_path=path)[0] == 2
    assert run_cli(["user"], vault_path=path)[0] == 2
    assert run_cli(["user", "add", "x", "--role", "boss", "--name", "X"], vault_path=path)[0] == 2
    # secrets are never accepted on the command line
    assert run_cli(["--password", ADMIN_PASSWORD, "verify"], vault_path=path)[0] == 2
    assert run_cli(["init", "--office-name", "X", "--admin", "a", "--admin-password", "x"], vault_path=path)[0] == 2
    # missing --user / --password-stdin / stdin line
    assert run_cli(["verify"], vault_path=path)[0] == 2
    assert run_cli(["--user", ADMIN_ID, "verify"], vault_path=path)[0] == 2
    assert run_cli(as_admin("verify"), "", vault_path=path)[0] == 2


def test_verify(cli_vault):
    path, _ = cli_vault
    rc, out, err = run_cli(as_admin("verify"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0 and "問題は見つかりませんでした" in out and err == ""
    rc, out, err = run_cli(as_admin("verify"), "wrong-password\n", vault_path=path)
    assert rc == 1 and "パスワードが違います" in err


def test_verify_works_while_the_vault_is_open_elsewhere(cli_vault):
    path, _ = cli_vault
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        rc, out, err = run_cli(as_admin("verify"), ADMIN_PASSWORD + "\n", vault_path=path)
        assert rc == 0, err
        rc, out, err = run_cli(as_admin("user", "list"), ADMIN_PASSWORD + "\n", vault_path=path)
        assert rc == 1 and "別のウィンドウ" in err
    finally:
        v.close()


def test_user_lifecycle(cli_vault):
    path, _ = cli_vault
    rc, _, err = run_cli(as_admin("user", "add", "suzuki", "--name", "鈴木 花子", "--role", "officer"),
                         f"{ADMIN_PASSWORD}\n{OFFICER_INITIAL}\n", vault_path=path)
    assert rc == 0, err
    rc, out, _ = run_cli(as_admin("user", "list"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0 and "suzuki" in out and "鈴木 花子" in out and "must-change-password" in out
    officer = ["--user", "suzuki", "--password-stdin"]
    # with the initial password only reading and changing it are allowed
    rc, _, err = run_cli(officer + ["settings", "set", "office.phone", "076"], OFFICER_INITIAL + "\n", vault_path=path)
    assert rc == 1 and "パスワードを変更" in err
    rc, _, err = run_cli(officer + ["user", "passwd"], f"{OFFICER_INITIAL}\n{OFFICER_PASSWORD}\n", vault_path=path)
    assert rc == 0, err
    rc, out, _ = run_cli(officer + ["settings", "get", "office.name"], OFFICER_PASSWORD + "\n", vault_path=path)
    assert rc == 0 and out.strip() == "株式会社テスト"
    # officers are not administrators
    rc, _, err = run_cli(officer + ["user", "list"], OFFICER_PASSWORD + "\n", vault_path=path)
    assert rc == 1 and "管理者" in err
    rc, _, err = run_cli(officer + ["settings", "set", "office.phone", "076"], OFFICER_PASSWORD + "\n", vault_path=path)
    assert rc == 1
    # disable / enable
    assert run_cli(as_admin("user", "disable", "suzuki"), ADMIN_PASSWORD + "\n", vault_path=path)[0] == 0
    rc, _, err = run_cli(officer + ["settings", "get", "office.name"], OFFICER_PASSWORD + "\n", vault_path=path)
    assert rc == 1 and "無効" in err
    assert run_cli(as_admin("user", "enable", "suzuki"), ADMIN_PASSWORD + "\n", vault_path=path)[0] == 0
    # administrator reset: admin password, then the new initial one
    new_initial = "Kaga-Yuzen-Silk-Dye-5"
    rc, _, err = run_cli(as_admin("user", "passwd", "suzuki"), f"{ADMIN_PASSWORD}\n{new_initial}\n", vault_path=path)
    assert rc == 0, err
    v = unlock(path, "suzuki", new_initial)
    assert v.session.must_change_password
    v.close()
    # delete
    rc, _, err = run_cli(as_admin("user", "delete", "suzuki"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err
    rc, _, err = run_cli(officer + ["settings", "get", "office.name"], new_initial + "\n", vault_path=path)
    assert rc == 1
    rc, out, _ = run_cli(as_admin("user", "list", "--all"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert "deleted" in out
    rc, _, err = run_cli(as_admin("user", "disable", "nobody"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 1 and "見つかりません" in err


def test_user_add_rejects_a_weak_initial_password(cli_vault):
    path, _ = cli_vault
    rc, _, err = run_cli(as_admin("user", "add", "suzuki", "--name", "鈴木", "--role", "viewer"),
                         f"{ADMIN_PASSWORD}\npassword\n", vault_path=path)
    assert rc == 1 and "このパスワードは使えません" in err


def test_terminal_register_with_recovery_key_and_remove(tmp_path, secure_keyring, monkeypatch):
    from desktop.vault import terminal

    path = tmp_path / "v" / "daicho.vault"
    rc, out, err = run_cli(["init", "--office-name", "X", "--admin", ADMIN_ID], ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err
    recovery = out.strip()
    first_pc = secure_keyring
    second_pc = MemoryKeyring()
    monkeypatch.setattr(terminal, "_secure_backends", lambda: [second_pc])
    rc, _, err = run_cli(as_admin("verify"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 1 and "登録されていません" in err
    rc, _, err = run_cli(as_admin("terminal", "register", "--recovery-key-stdin"),
                         f"{ADMIN_PASSWORD}\nAAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH\n", vault_path=path)
    assert rc == 1 and "リカバリーキー" in err
    rc, out, err = run_cli(as_admin("terminal", "register", "--recovery-key-stdin", "--name", "経理PC"),
                           f"{ADMIN_PASSWORD}\n{recovery}\n", vault_path=path)
    assert rc == 0, err
    second_id = out.strip()
    rc, out, err = run_cli(as_admin("terminal", "list"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0 and "経理PC" in out and len(out.strip().splitlines()) == 3
    # back on the first PC, remove the second
    monkeypatch.setattr(terminal, "_secure_backends", lambda: [first_pc])
    rc, _, err = run_cli(as_admin("terminal", "remove", second_id), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err
    monkeypatch.setattr(terminal, "_secure_backends", lambda: [second_pc])
    rc, _, err = run_cli(as_admin("verify"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 1 and "登録されていません" in err


def test_terminal_register_needs_the_recovery_flag(cli_vault):
    path, _ = cli_vault
    assert run_cli(as_admin("terminal", "register"), ADMIN_PASSWORD + "\n", vault_path=path)[0] == 2


def test_audit_export_csv(cli_vault, tmp_path):
    path, _ = cli_vault
    out_file = tmp_path / "exports" / "audit.csv"
    out_file.parent.mkdir()
    rc, _, err = run_cli(as_admin("audit", "export", "--format", "csv", "--out", str(out_file)),
                         ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err
    raw = out_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["seq", "at", "actor", "action", "entity", "entity_id", "details"]
    assert [r[3] for r in rows[1:]][:1] == ["vault.create"]
    assert any(r[3] == "audit.export" for r in rows[1:])
    assert "株式会社テスト" in raw.decode("utf-8-sig")
    assert [p.name for p in out_file.parent.iterdir()] == ["audit.csv"]  # no temp file left
    # to stdout
    rc, out, _ = run_cli(as_admin("audit", "export"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0 and out.startswith("\ufeffseq,at,actor")
    # only administrators
    run_cli(as_admin("user", "add", "yamada", "--name", "山田", "--role", "viewer"),
            f"{ADMIN_PASSWORD}\n{OFFICER_INITIAL}\n", vault_path=path)
    rc, _, err = run_cli(["--user", "yamada", "--password-stdin", "audit", "export"], OFFICER_INITIAL + "\n",
                         vault_path=path)
    assert rc == 1


def test_settings(cli_vault):
    path, _ = cli_vault
    rc, out, _ = run_cli(as_admin("settings", "list"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0 and "policy.min_length\t12" in out
    rc, _, err = run_cli(as_admin("settings", "set", "policy.max_age_days", "30"), ADMIN_PASSWORD + "\n",
                         vault_path=path)
    assert rc == 0, err
    rc, out, _ = run_cli(as_admin("settings", "get", "policy.max_age_days"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert out.strip() == "30"
    rc, _, err = run_cli(as_admin("settings", "set", "policy.min_length", "3"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 1
    rc, _, err = run_cli(as_admin("settings", "get", "no.such"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 1
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    row = v.conn.execute("SELECT details FROM audit_log WHERE action = 'settings.update'").fetchone()
    assert '"before":{"policy.max_age_days":90}' in row[0]
    v.close()


def test_lockout_via_cli(cli_vault):
    path, _ = cli_vault
    for _ in range(5):
        rc, _, err = run_cli(as_admin("verify"), "wrong-password\n", vault_path=path)
        assert rc == 1
    rc, _, err = run_cli(as_admin("verify"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 1 and "ロック" in err


def test_vault_path_from_environment(cli_vault, monkeypatch):
    path, _ = cli_vault
    monkeypatch.setenv("DAICHO_VAULT", str(path))
    rc, out, err = run_cli(as_admin("verify"), ADMIN_PASSWORD + "\n")
    assert rc == 0, err


def test_missing_vault(tmp_path):
    rc, _, err = run_cli(as_admin("verify"), ADMIN_PASSWORD + "\n", vault_path=tmp_path / "none.vault")
    assert rc == 1 and "見つかりません" in err

"""``daicho user unlock ID``, the lock shown by ``user list``, and ``daicho audit unverified``."""

from __future__ import annotations

import pytest

from desktop.vault import crypto
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.desktop.audit.test_unverified import FORGED, inject_unverified
from tests.foundation import OFFICER_INITIAL, OFFICER_PASSWORD, as_admin, run_cli


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch):
    monkeypatch.setattr(crypto, "tune_kdf", lambda *a, **k: crypto.TEST_KDF)


@pytest.fixture
def cli_vault(tmp_path):
    path = tmp_path / "office" / "daicho.vault"
    rc, _, err = run_cli(["init", "--office-name", "株式会社テスト", "--admin", ADMIN_ID, "--no-terminal-binding"],
                         ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err
    rc, _, err = run_cli(as_admin("user", "add", "tanaka", "--name", "田中 一郎", "--role", "officer"),
                         f"{ADMIN_PASSWORD}\n{OFFICER_INITIAL}\n", vault_path=path)
    assert rc == 0, err
    return path


def _lock_tanaka(path):
    for _ in range(5):
        rc, _, _ = run_cli(["--user", "tanaka", "--password-stdin", "verify"], "wrong-password\n", vault_path=path)
        assert rc == 1
    rc, _, err = run_cli(["--user", "tanaka", "--password-stdin", "user", "list"], OFFICER_INITIAL + "\n",
                         vault_path=path)
    assert rc == 1 and "ロック" in err


def test_user_unlock(cli_vault):
    path = cli_vault
    _lock_tanaka(path)
    rc, out, err = run_cli(as_admin("user", "list"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err
    line = next(ln for ln in out.splitlines() if ln.startswith("tanaka"))
    assert "locked-until=" in line
    rc, _, err = run_cli(as_admin("user", "unlock", "tanaka"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err
    assert "ロックを解除しました" in err
    rc, out, _ = run_cli(as_admin("user", "list"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert "locked-until=" not in out
    # tanaka gets in at once (must change the initial password: any command that only reads)
    v = unlock(path, "tanaka", OFFICER_INITIAL)
    v.close()
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    assert v.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'user.unlock'").fetchone()[0] == 1
    v.close()


def test_user_unlock_errors(cli_vault):
    path = cli_vault
    rc, _, err = run_cli(as_admin("user", "unlock", "tanaka"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 1 and "ロックされていません" in err
    rc, _, err = run_cli(as_admin("user", "unlock", "nobody"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 1 and "見つかりません" in err
    rc, _, err = run_cli(as_admin("user", "unlock"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 2


def test_audit_unverified(cli_vault):
    path = cli_vault
    rc, out, err = run_cli(as_admin("audit", "unverified"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0 and out == "" and "ありません" in err
    inject_unverified(path, {**FORGED, "user_id": "ad\tmin"})
    rc, out, err = run_cli(as_admin("audit", "unverified"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err
    assert "未検証のイベント 1 件" in err and "監査ログには含まれません" in err
    header, row = out.splitlines()
    assert header.split("\t")[:4] == ["ID", "RECORDED_AT", "EVENT", "USER"]
    cells = row.split("\t")
    # a TAB written into the file is shown escaped: the columns stay put
    assert cells[1:4] == ["2026-11-30T09:00:00+09:00", "auth.failure", "ad\\x09min"]
    assert len(cells) == 6


def test_audit_unverified_is_for_administrators(cli_vault):
    path = cli_vault
    rc, _, err = run_cli(["--user", "tanaka", "--password-stdin", "user", "passwd"],
                         f"{OFFICER_INITIAL}\n{OFFICER_PASSWORD}\n", vault_path=path)
    assert rc == 0, err
    inject_unverified(path, FORGED)
    rc, out, err = run_cli(["--user", "tanaka", "--password-stdin", "audit", "unverified"], OFFICER_PASSWORD + "\n",
                           vault_path=path)
    assert rc == 1 and "管理者" in err and out == ""

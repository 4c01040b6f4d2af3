"""``daicho backup …`` end to end (in process), and the README's apsw-sqlite3mc snippet."""

from __future__ import annotations

import io
import json

import pytest

from desktop.cli.main import main
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.desktop.backup.conftest import PASSPHRASE, add_attachments


def run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def vault_path(vault):
    add_attachments(vault)
    path = vault.path
    vault.close()
    return path


def test_export_verify_restore_history(vault_path, tmp_path):
    out_file = tmp_path / "out" / "b.daicho-backup"
    code, out, err = run(["--vault", vault_path, "--user", ADMIN_ID, "--password-stdin", "backup", "export", out_file],
                         f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n")
    assert code == 0, err
    assert out.splitlines()[0] == str(out_file) and out_file.exists()

    code, out, err = run(["backup", "verify", out_file], f"{PASSPHRASE}\n")
    assert code == 0, err
    assert "問題は見つかりませんでした" in out

    code, out, err = run(["backup", "verify", out_file], "Wrong-Passphrase-Here-99\n")
    assert code == 1 and "パスフレーズが違うか" in err
    # with the vault's history the two cases are told apart
    code, out, err = run(["--vault", vault_path, "--user", ADMIN_ID, "--password-stdin", "backup", "verify", out_file],
                         f"{ADMIN_PASSWORD}\nWrong-Passphrase-Here-99\n")
    assert code == 1 and "パスフレーズが違います" in err and "変更されていません" in err

    target = tmp_path / "restored" / "daicho.vault"
    code, out, err = run(["backup", "restore", out_file, "--to", target, "--user", ADMIN_ID],
                         f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n")
    assert code == 0, err
    assert out.strip() == str(target)
    unlock(target, ADMIN_ID, ADMIN_PASSWORD).close()

    code, out, err = run(["--vault", vault_path, "--user", ADMIN_ID, "--password-stdin", "backup", "history"],
                         f"{ADMIN_PASSWORD}\n")
    assert code == 0 and "export" in out and str(out_file) in out
    code, out, err = run(["--vault", vault_path, "--user", ADMIN_ID, "--password-stdin", "backup", "status"],
                         f"{ADMIN_PASSWORD}\n")
    assert code == 0 and "最終バックアップ" in out


def test_export_refuses_weak_or_reused_passphrase(vault_path, tmp_path):
    base = ["--vault", vault_path, "--user", ADMIN_ID, "--password-stdin", "backup", "export", tmp_path / "b.bk"]
    code, _out, err = run(base, f"{ADMIN_PASSWORD}\npassword\n")
    assert code == 1 and "このパスワードは使えません" in err
    code, _out, err = run(base, f"{ADMIN_PASSWORD}\n{ADMIN_PASSWORD}\n")
    assert code == 1 and "ログインパスワードと別" in err
    assert not (tmp_path / "b.bk").exists()


def test_restore_usage_and_replace(vault_path, tmp_path):
    out_file = tmp_path / "b.daicho-backup"
    assert run(["--vault", vault_path, "--user", ADMIN_ID, "--password-stdin", "backup", "export", out_file],
               f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n")[0] == 0
    code, _out, err = run(["backup", "restore", out_file, "--to", tmp_path / "x.vault"], f"{PASSPHRASE}\n")
    assert code == 2
    code, _out, err = run(["backup", "restore", out_file, "--to", vault_path, "--user", ADMIN_ID],
                          f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n")
    assert code == 1 and "--replace" in err
    code, _out, err = run(["backup", "restore", out_file, "--to", vault_path, "--replace", "--user", ADMIN_ID],
                          f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n")
    assert code == 2 and "現在の台帳の管理者のパスワード" in err   # the live administrator's line is missing
    code, _out, err = run(["backup", "restore", out_file, "--to", vault_path, "--replace", "--user", ADMIN_ID],
                          f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n{ADMIN_PASSWORD}\n")
    assert code == 0, err
    assert "安全コピー" in err
    v = unlock(vault_path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        assert v.verify_audit().ok
    finally:
        v.close()


def test_independent_sqlcipher4_implementation_opens_a_backup(vault_path, tmp_path):
    """SQLite3 Multiple Ciphers reads a backup with the PRAGMAs documented in the README."""
    apsw = pytest.importorskip("apsw")
    out_file = tmp_path / "b.daicho-backup"
    assert run(["--vault", vault_path, "--user", ADMIN_ID, "--password-stdin", "backup", "export", out_file],
               f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n")[0] == 0
    conn = apsw.Connection(str(out_file), flags=apsw.SQLITE_OPEN_READONLY)
    conn.execute("PRAGMA cipher = 'sqlcipher'")
    conn.execute("PRAGMA legacy = 4")
    conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
    manifest = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM backup_manifest")}
    assert manifest["format"] == "itaku-daicho-backup"
    for table, n in manifest["counts"].items():
        assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == n
    assert list(conn.execute("PRAGMA integrity_check")) == [("ok",)]
    v = unlock(vault_path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        ours = v.conn.execute("SELECT id, data FROM test_attachments ORDER BY id").fetchall()
    finally:
        v.close()
    theirs = list(conn.execute("SELECT id, data FROM test_attachments ORDER BY id"))
    assert [(r[0], r[1]) for r in ours] == theirs
    conn.close()

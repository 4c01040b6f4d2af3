"""``daicho registers | list | export | import`` in process."""

from __future__ import annotations

import io

import pytest

from desktop.cli.main import main
from desktop.registers.service import RegisterService
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD

from .conftest import create_samples


def run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def vault_path(vault):
    create_samples(RegisterService(vault))
    path = vault.path
    vault.close()
    return path


def auth(path):
    return ["--vault", path, "--user", ADMIN_ID, "--password-stdin"]


def test_registers_lists_slugs():
    code, out, _ = run(["registers"])
    assert code == 0
    for slug in ("structure", "staff", "equipment", "equipment-checks", "maintenance", "exchanges",
                 "training-plans", "training-sessions", "runbooks", "incidents"):
        assert slug in out
    assert "データ交換" in out


def test_list_table_and_csv(vault_path):
    code, out, err = run([*auth(vault_path), "list", "staff", "--search", "山田"], ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert "山田 太郎" in out and "1件を表示" in out
    code, out, err = run([*auth(vault_path), "list", "exchanges", "--format", "csv"], ADMIN_PASSWORD + "\n")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("ID,交換日時,交換予定日,相手方") and "石川県 情報政策課" in lines[1]
    code, _, err = run([*auth(vault_path), "list", "nope"], ADMIN_PASSWORD + "\n")
    assert code == 1 and "nope" in err


def test_export_then_import(vault_path, tmp_path):
    out_file = tmp_path / "staff.csv"
    code, out, err = run([*auth(vault_path), "export", "staff", "--out", out_file, "--encoding", "cp932"],
                         ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert "1件を書き出しました" in out
    assert out_file.read_bytes().decode("cp932").startswith("氏名,")
    good = tmp_path / "new.csv"
    good.write_text("氏名,所属\n佐藤 花子,総務部\n鈴木 一郎,開発部\n", encoding="utf-8-sig")
    code, out, err = run([*auth(vault_path), "import", "staff", good, "--dry-run"], ADMIN_PASSWORD + "\n")
    assert code == 0 and "2件を取り込めます" in out
    code, out, err = run([*auth(vault_path), "import", "staff", good], ADMIN_PASSWORD + "\n")
    assert code == 0 and "2件を取り込みました" in out
    code, out, _ = run([*auth(vault_path), "list", "staff"], ADMIN_PASSWORD + "\n")
    assert "佐藤 花子" in out and "3件を表示" in out


def test_import_errors_go_to_stderr_with_exit_1(vault_path, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("氏名,従事開始日,色\n,2025-02-30,赤\n", encoding="utf-8")
    code, out, err = run([*auth(vault_path), "import", "staff", bad], ADMIN_PASSWORD + "\n")
    assert code == 1
    assert "1行目「色」" in err
    bad.write_text("氏名,従事開始日\n,2025-02-30\n", encoding="utf-8")
    code, out, err = run([*auth(vault_path), "import", "staff", bad], ADMIN_PASSWORD + "\n")
    assert code == 1
    assert "2行目「氏名」: 氏名を入力してください。" in err and "2行目「従事開始日」" in err

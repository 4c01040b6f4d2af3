"""``daicho list permissions`` / ``list media-events`` / ``due`` and CSV import of the issue-10
registers with references by name (媒体 by 管理番号, 許可 by 件名, staff by 氏名)."""

from __future__ import annotations

import io
import json

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
    svc = RegisterService(vault)
    ids = create_samples(svc)
    # a media event with no permission: it must show in the due list with its clause
    svc.create("media-events", {"medium": ids["media"], "kind": "take_out", "at": "2025-06-20 10:00:00",
                                "person": ids["staff"], "purpose": "許可なしの持出し（試験）"})
    path = vault.path
    vault.close()
    return path


def auth(path):
    return ["--vault", path, "--user", ADMIN_ID, "--password-stdin"]


def test_list_permissions_and_media_events(vault_path):
    code, out, err = run([*auth(vault_path), "list", "permissions"], ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert "住民記録データのUSBメモリによる県庁" in out and "情政第845号" in out and "1件を表示" in out
    code, out, err = run([*auth(vault_path), "list", "media-events", "--format", "csv"], ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert "MD-001" in out and "許可なしの持出し（試験）" in out and "許可なし" in out


def test_A3_2_2_media_event_without_permission_is_in_the_due_list_with_its_clause(vault_path):  # noqa: N802
    code, out, err = run([*auth(vault_path), "due", "--format", "json"], ADMIN_PASSWORD + "\n")
    assert code in (0, 3), err
    rows = json.loads(out)
    mine = [r for r in rows if r["register"] == "media-events" and r["code"] == "coverage.none"]
    assert mine and all("A3-2-2" in (r["clause"] or "") for r in mine)


def test_csv_import_resolves_names_or_names_row_and_column(vault_path, tmp_path):
    good = tmp_path / "events.csv"
    good.write_text("媒体,区分,日時,実施者,目的・内容,許可の記録\n"
                    "MD-001,複製,2025-06-15 10:00:00,山田 太郎,集計データの複製,住民記録データのUSBメモリによる県庁への運搬\n",
                    encoding="utf-8-sig")
    code, out, err = run([*auth(vault_path), "import", "media-events", good], ADMIN_PASSWORD + "\n")
    assert code == 0 and "1件を取り込みました" in out, err
    code, out, _ = run([*auth(vault_path), "list", "media-events", "--search", "集計データの複製", "--format", "csv"],
                       ADMIN_PASSWORD + "\n")
    assert "許可あり" in out  # the coverage was computed on import
    bad = tmp_path / "bad.csv"
    bad.write_text("媒体,区分,日時,実施者,目的・内容,許可の記録\n"
                   "MD-404,複製,2025-06-15 10:00:00,山田 太郎,x,存在しない許可\n", encoding="utf-8-sig")
    code, out, err = run([*auth(vault_path), "import", "media-events", bad], ADMIN_PASSWORD + "\n")
    assert code == 1
    assert "2行目「媒体」" in err and "2行目「許可の記録」" in err

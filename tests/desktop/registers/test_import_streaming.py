"""Large imports are not held in memory (issue 16, performance): past ``KEEP_RECORDS`` valid
rows the preview only counts them and the commit reads the file again — checked to be the
same file, all or nothing. Tested with a small window so that the second reading happens."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from desktop.errors import DaichoError
from desktop.registers import examples, import_types
from desktop.registers.service import RegisterService


@pytest.fixture
def small_window(monkeypatch):
    monkeypatch.setattr(import_types, "KEEP_RECORDS", 3)


@pytest.fixture
def checks(vault):
    svc = RegisterService(vault)
    staff = svc.create("staff", examples.values("staff", {}))
    eq = svc.create("equipment", examples.values("equipment", {"staff": staff}))
    return svc, eq


def _csv(n: int, asset: str) -> bytes:
    lines = ["対象機器,確認日,確認者,結果"] + [
        f"{asset},{(dt.date(2024, 1, 1) + dt.timedelta(days=i)).isoformat()},山田 太郎,所在を確認" for i in range(n)]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def _xlsx(n: int, asset: str) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "点検"
    ws.append(["対象機器", "確認日", "確認者", "結果"])
    for i in range(n):
        ws.append([asset, dt.date(2024, 1, 1) + dt.timedelta(days=i), "山田 太郎", "所在を確認"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_file_larger_than_the_window_is_counted_then_read_again_at_the_commit(checks, small_window, tmp_path, fmt):
    svc, eq = checks
    asset = svc.get("equipment", eq)["asset_no"]
    path = tmp_path / f"c.{fmt}"
    path.write_bytes(_csv(10, asset) if fmt == "csv" else _xlsx(10, asset))
    svc.create("equipment-checks", {"equipment": eq, "checked_on": dt.date(2024, 1, 5), "checked_by": 1,
                                    "result": "found"})
    preview = svc.preview_import("equipment-checks", path)
    assert preview.ok, preview.issue_lines()
    assert len(preview.records) == 10 and len(preview.records.kept) == 3 and preview.records.spilled
    assert preview.duplicates == [4] and preview.duplicate_lines == [6]
    ids = svc.commit_import(preview)
    assert len(ids) == 9
    dates = sorted(r[0] for r in svc.conn.execute("SELECT checked_on FROM equipment_checks"))
    assert dates == [(dt.date(2024, 1, 1) + dt.timedelta(days=i)).isoformat() for i in range(10)]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_file_changed_after_the_preview_is_refused_and_nothing_is_written(checks, small_window, tmp_path, fmt):
    svc, eq = checks
    asset = svc.get("equipment", eq)["asset_no"]
    path = tmp_path / f"c.{fmt}"
    path.write_bytes(_csv(10, asset) if fmt == "csv" else _xlsx(10, asset))
    preview = svc.preview_import("equipment-checks", path)
    assert preview.ok and preview.records.spilled
    path.write_bytes(_csv(11, asset) if fmt == "csv" else _xlsx(11, asset))
    with pytest.raises(DaichoError, match="プレビューの後に"):
        svc.commit_import(preview)
    assert svc.count("equipment-checks").value == 0


def test_a_small_file_is_kept_whole(checks, tmp_path):
    svc, eq = checks
    asset = svc.get("equipment", eq)["asset_no"]
    preview = svc.preview_import("equipment-checks", _csv(5, asset), name="c.csv")
    assert not preview.records.spilled and len(preview.records.kept) == 5

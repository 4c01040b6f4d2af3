"""RegisterTableModel without any window: paging from both ends and walking to the middle,
sorting and searching in SQL — always compared with a brute-force expectation computed in
Python from every record."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from PySide6.QtCore import Qt

from desktop.registers.listing import ListQuery
from ui.registers import table_model as tm
from ui.registers.source import RegisterSource

N = 640
WORDS = ["山田", "保守", "情報政策課", "金沢", "能登", "加賀", "ｶﾅ", "交換", "白山"]


def _csv(n: int) -> bytes:
    base = dt.datetime(2025, 4, 1, 9, 0)
    lines = ["相手方,送受の別,交換方法,保存領域,交換データの内容,交換予定日,交換日時,実施者"]
    for i in range(n):
        w1, w2 = WORDS[i % len(WORDS)], WORDS[(i * 7 + 3) % len(WORDS)]
        planned = (base + dt.timedelta(days=i % 97)).date().isoformat()
        at = "" if i % 3 == 0 else (base + dt.timedelta(hours=(i * 37) % 5000)).strftime("%Y-%m-%d %H:%M:%S")
        who = "" if not at else "山田 太郎"
        lines.append(f"{w1}市役所{i % 13},{'送付（提供）' if i % 2 else '受領'},LGWAN,領域{i % 5},{w2}データ{i},{planned},{at},{who}")
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


@pytest.fixture
def filled(svc):
    svc.create("staff", {"name": "山田 太郎"})
    preview = svc.preview_import("exchanges", _csv(N), name="seed.csv")
    assert preview.ok, preview.issue_lines()[:3]
    svc.commit_import(preview)
    records = [svc.get("exchanges", i) for i in range(1, N + 1)]
    return records


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(tm, "PAGE", 50)
    monkeypatch.setattr(tm, "WALK", 120)
    monkeypatch.setattr(tm, "CACHE_BLOCKS", 4)


def _expected(svc, records, q: ListQuery) -> list[int]:
    reg = svc.register("exchanges")
    name, desc = (q.sort, bool(q.descending)) if q.sort else reg.default_sort
    f = reg.field(name)
    rows = records
    if q.search:
        term = unicodedata.normalize("NFKC", q.search).lower()
        rows = [r for r in rows if any(r.get(c) and term in unicodedata.normalize("NFKC", r[c]).lower()
                                       for c in reg.search_fields)]
    if q.status:
        rows = [r for r in rows if r["status"] in q.status]

    def key(r):
        v = r.get(name)
        if v is None:
            v = -9e18 if f.kind.value in ("number", "yesno") else ""
        elif isinstance(v, dt.datetime):
            v = v.isoformat(timespec="seconds")
        elif isinstance(v, dt.date):
            v = v.isoformat()
        return (v, r["id"])

    return [r["id"] for r in sorted(rows, key=key, reverse=desc)]


def _ids(model) -> list[int]:
    model.finish_walks()
    out = []
    for row in range(model.rowCount()):
        rid = model.data(model.index(row, 0), tm.RECORD_ID_ROLE)
        if rid is None:  # a far block: walk to it, then ask again
            model.finish_walks()
            rid = model.data(model.index(row, 0), tm.RECORD_ID_ROLE)
        out.append(rid)
    return out


def _model(svc, q=ListQuery()):
    model = tm.RegisterTableModel(RegisterSource(svc, "exchanges"), svc.register("exchanges"), calendar="western")
    if q != ListQuery():
        model.set_query(q)
    return model


def test_rows_in_default_order_match_brute_force(svc, filled, small_pages):
    model = _model(svc)
    assert model.rowCount() == N and model.exact
    assert model.columnCount() == len(svc.register("exchanges").list_columns)
    assert _ids(model) == _expected(svc, filled, ListQuery())


def test_open_and_jump_to_the_end_cost_one_page_each(svc, filled, small_pages):
    model = _model(svc)
    model.data(model.index(0, 0))
    assert model.queries == 1
    last = model.rowCount() - 1
    rid = model.data(model.index(last, 0), tm.RECORD_ID_ROLE)
    assert model.queries == 2      # from the end, no walking
    assert rid == _expected(svc, filled, ListQuery())[-1]
    # the block just above the last one: fetched before the known key, still no walk
    model.data(model.index(last - 60, 0))
    assert model.queries == 3 and not model.is_walking()


def test_middle_row_walks_then_matches(svc, filled, small_pages):
    model = _model(svc)
    middle = N // 2 + 7
    assert model.data(model.index(middle, 0)) == "…"          # placeholder while walking
    assert model.data(model.index(middle, 0), tm.LOADED_ROLE) is False
    assert model.is_walking()
    model.finish_walks()
    expected = _expected(svc, filled, ListQuery())
    assert model.data(model.index(middle, 0), tm.RECORD_ID_ROLE) == expected[middle]
    # memory stays bounded: only CACHE_BLOCKS blocks of rows are kept
    _ids(model)
    assert len(model._blocks) <= tm.CACHE_BLOCKS


@pytest.mark.parametrize("column,order", [
    ("counterpart", Qt.SortOrder.AscendingOrder), ("counterpart", Qt.SortOrder.DescendingOrder),
    ("planned_on", Qt.SortOrder.AscendingOrder), ("exchanged_at", Qt.SortOrder.AscendingOrder),
    ("direction", Qt.SortOrder.DescendingOrder),
])
def test_sort_by_header_matches_brute_force(svc, filled, small_pages, column, order):
    model = _model(svc)
    model.sort(model.column_index(column), order)
    assert model.sort_column() == (model.column_index(column), order)
    q = ListQuery(sort=column, descending=order == Qt.SortOrder.DescendingOrder)
    assert _ids(model) == _expected(svc, filled, q)


@pytest.mark.parametrize("term", ["山田", "保守", "情報政策", "能登データ1", "ｶﾅ", "カナ", "市役所12", "該当なし"])
def test_search_matches_brute_force(svc, filled, small_pages, term):
    q = ListQuery(search=term)
    model = _model(svc, q)
    expected = _expected(svc, filled, q)
    ids = _ids(model)
    if model.exact:
        assert model.rowCount() == len(expected)
    assert ids == expected


def test_status_filter_and_search_together(svc, filled, small_pages):
    q = ListQuery(search="加賀", status=("scheduled",))
    model = _model(svc, q)
    assert _ids(model) == _expected(svc, filled, q)


def test_cells_show_what_the_user_reads(svc, filled):
    model = _model(svc)
    col = model.column_index("direction")
    texts = {model.data(model.index(r, col)) for r in range(20)}
    assert texts <= {"送付（提供）", "受領"}
    model.calendar = "wareki"
    row = next(r for r in range(40) if model.data(model.index(r, model.column_index("exchanged_at")), tm.RAW_VALUE_ROLE))
    assert model.data(model.index(row, model.column_index("exchanged_at"))).startswith("令和")
    raw = model.data(model.index(row, model.column_index("planned_on")), tm.RAW_VALUE_ROLE)
    assert isinstance(raw, dt.date)
    assert model.headerData(col, Qt.Orientation.Horizontal) == "送受の別"


def test_flagged_rows_are_highlighted(svc, filled):
    """Exchanges done long ago without a confirmed deletion are overdue: red icon + tooltip."""
    model = _model(svc)
    levels = {}
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        rid = model.data(index, tm.RECORD_ID_ROLE)       # fetches the row's page
        levels[rid] = model.data(index, tm.FLAG_LEVEL_ROLE)
    overdue = {i.record_id for i in svc.due_items() if i.register == "exchanges" and i.overdue}
    assert overdue and {rid for rid, lv in levels.items() if lv == "overdue"} == overdue
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0), tm.FLAG_LEVEL_ROLE) == "overdue")
    assert model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert "削除" in model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)




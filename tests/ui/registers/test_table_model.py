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


def test_middle_row_jumps_then_matches(svc, filled, small_pages):
    model = _model(svc)
    model.data(model.index(0, 0))
    middle = N // 2 + 7
    assert model.data(model.index(middle, 0)) == "…"          # placeholder for a moment
    assert model.data(model.index(middle, 0), tm.LOADED_ROLE) is False
    assert model.is_walking()
    before = model.queries
    model.finish_walks()
    # one key_at (OFFSET over the sort index) + one page, however far the row is
    assert model.queries - before == 2
    expected = _expected(svc, filled, ListQuery())
    assert model.data(model.index(middle, 0), tm.RECORD_ID_ROLE) == expected[middle]
    # memory stays bounded: only CACHE_BLOCKS blocks of rows are kept
    _ids(model)
    assert len(model._blocks) <= tm.CACHE_BLOCKS


@pytest.mark.parametrize("q", [ListQuery(), ListQuery(sort="counterpart", descending=False),
                               ListQuery(search="山田"), ListQuery(status=("exchanged",))])
def test_far_jumps_from_any_side_land_on_the_right_rows(svc, filled, small_pages, q):
    """Jumps count from the nearest known key or end: check rows near the end, then near
    known keys, against the brute-force order."""
    model = _model(svc, q)
    expected = _expected(svc, filled, q)
    assert model.exact and model.rowCount() == len(expected)
    n = len(expected)
    for row in (n - 130, n // 3, n // 3 + 170, 120, n // 2):
        if not 0 <= row < n:
            continue
        model.data(model.index(row, 0))
        model.finish_walks()
        assert model.data(model.index(row, 0), tm.RECORD_ID_ROLE) == expected[row], row


def test_a_drag_only_jumps_to_where_it_stops(svc, filled, small_pages):
    """The scrollbar dragged across many blocks: only the last one asked is fetched; the ones
    passed on the way are forgotten (they ask again if they are still on screen)."""
    model = _model(svc)
    model.data(model.index(0, 0))
    for row in range(120, 600, 50):
        assert model.data(model.index(row, 0)) == "…"          # painted on the way
    before = model.queries
    model.finish_walks()
    # key_at + the block where it stopped + the block just above (now one keyset page away)
    assert model.queries - before == 3
    assert model.data(model.index(570, 0), tm.LOADED_ROLE) is True
    assert model.data(model.index(520, 0), tm.LOADED_ROLE) is True
    assert not any(model.data(model.index(r, 0), tm.LOADED_ROLE) for r in range(120, 480, 50))
    assert not model.is_walking()


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


def test_flagged_rows_are_highlighted(qapp, svc, filled):  # the flag icon is a QPixmap: needs the app
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





@pytest.fixture
def estimate(monkeypatch):
    """A 4-character search over the "walk" plan: its count is only an estimate (the trigram
    candidates are a superset), so the model grows from the top instead of knowing N."""
    from desktop.registers import listing

    monkeypatch.setattr(listing, "SMALL", 3)
    # as in a big register: the candidates are a small share, so they are walked, not scanned
    monkeypatch.setattr(listing, "total_rows", lambda conn, reg: 1_000_000)
    return ListQuery(search="市役所1")


@pytest.mark.parametrize("direction", ["up", "down"])
def test_end_of_an_estimated_list_in_one_query_then_the_gap_fills(svc, filled, small_pages, estimate, direction):
    model = _model(svc, estimate)
    expected = _expected(svc, filled, estimate)
    assert not model.exact and model.rowCount() < len(expected)
    before = model.queries
    assert model.load_tail()
    assert model.queries - before == 1                       # the last page, nothing else
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0), tm.RECORD_ID_ROLE) == expected[-1]
    gap = model.gap_row()
    assert gap is not None and model.data(model.index(gap, 0)) == "…"
    assert "スクロール" in model.data(model.index(gap, 1))
    grew = []
    model.tail_grew.connect(grew.append)
    while model.has_gap():
        model.fill_gap(direction)
    assert model.exact and model.rowCount() == len(expected)
    assert bool(grew) == (direction == "up")
    assert _ids(model) == expected


def test_end_of_an_estimated_list_already_loaded_is_just_the_last_row(svc, filled, small_pages, estimate):
    model = _model(svc, estimate)
    while model.canFetchMore():
        model.fetchMore()
    n = model.rowCount()
    assert model.load_tail() and model.rowCount() == n and not model.has_gap()


def test_estimated_list_keeps_growing_past_the_block_cache(svc, filled, small_pages, estimate, monkeypatch):
    """fetchMore after the first blocks were evicted from the cache still adds rows."""
    monkeypatch.setattr(tm, "CACHE_BLOCKS", 2)
    model = _model(svc, estimate)
    expected = _expected(svc, filled, estimate)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == len(expected) > tm.CACHE_BLOCKS * tm.PAGE

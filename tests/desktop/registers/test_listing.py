"""Keyset paging, SQL sort, filters and search compared with a brute-force Python filter."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

import pytest

from desktop.registers import listing
from desktop.registers.listing import ListQuery
from desktop.registers.values import to_db

from .conftest import create_samples

WORDS = ["山田", "保守", "住民記録", "税務", "バックアップ", "ログ", "ｶﾀｶﾅ", "ABC", "設定ファイル", "差分",
         "月次", "福祉", "林", "山田太郎", "保守センター", "の", "データ"]


def _csv(rows) -> bytes:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["交換予定日", "相手方", "送受の別", "交換方法", "保存領域", "交換データの内容", "交換日時", "実施者", "中止"])
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A vault with 300 exchanges of random text (built once for the module)."""
    from desktop.registers.service import RegisterService
    from desktop.vault import crypto
    from desktop.vault.vault import create_vault

    path = tmp_path_factory.mktemp("listing") / "v.vault"
    vault, _ = create_vault(path, office={"name": "x"}, admin_id="admin", admin_name="管理",
                            admin_password="Kanazawa-Castle-2026!", binding=False, kdf=crypto.TEST_KDF)
    svc = RegisterService(vault, today=lambda: dt.date(2025, 7, 1))
    create_samples(svc)
    rnd = random.Random(7)
    rows = []
    for _ in range(300):
        text = "".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 4)))
        done = rnd.random() < 0.7
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randint(0, 500))
        rows.append([day.isoformat(), rnd.choice(["山田情報サービス", "保守センター", "林システム", "ABC電算"]),
                     rnd.choice(["送付（提供）", "受領"]), rnd.choice(["SFTP", "LGWAN", "VPN"]),
                     rnd.choice(["共有フォルダA", "SFTP受信領域"]), text,
                     f"{day.isoformat()} {rnd.randint(8, 18):02d}:00" if done else "",
                     "山田 太郎" if done else "", "はい" if rnd.random() < 0.05 else "いいえ"])
    preview = svc.preview_import("exchanges", _csv(rows))
    assert preview.ok, preview.issue_lines()[:5]
    svc.commit_import(preview)
    yield svc
    vault.close()


def _norm(s):
    return unicodedata.normalize("NFKC", s).lower()


def _brute(svc, q: ListQuery) -> list[int]:
    reg = svc.register("exchanges")
    sort, desc = reg.default_sort
    if q.sort:
        sort, desc = q.sort, bool(q.descending)
    rows = []
    for r in svc.conn.execute("SELECT * FROM exchanges"):
        if q.search.strip():
            term = _norm(q.search.strip())
            if not any(r[c] and term in _norm(r[c]) for c in reg.search_fields):
                continue
        if q.status and r["status"] not in q.status:
            continue
        if any(r[name] != value for name, value in q.equals):
            continue
        if q.date_from and (r["exchanged_at"] is None or r["exchanged_at"][:10] < q.date_from.isoformat()):
            continue
        if q.date_to and (r["exchanged_at"] is None or r["exchanged_at"][:10] > q.date_to.isoformat()):
            continue
        rows.append((r[sort] if r[sort] is not None else "", r["id"]))
    rows.sort(reverse=desc)
    return [i for _, i in rows]


def _walk_forward(svc, q, size=7):
    ids, after = [], None
    while True:
        pg = svc.page("exchanges", q, after=after, limit=size)
        ids += [r.id for r in pg.rows]
        if not pg.has_after:
            return ids
        after = pg.last_key


def _walk_backward(svc, q, size=9):
    pg = svc.last_page("exchanges", q, limit=size)
    ids = [r.id for r in pg.rows]
    while pg.has_before:
        pg = svc.page("exchanges", q, before=pg.first_key, limit=size)
        ids = [r.id for r in pg.rows] + ids
    return ids


QUERIES = [
    ListQuery(),
    ListQuery(sort="counterpart"),
    ListQuery(sort="planned_on", descending=False),
    ListQuery(sort="method", descending=True),
    ListQuery(search="山田"),
    ListQuery(search="保守"),
    ListQuery(search="住民記録"),
    ListQuery(search="山田太郎保守"),
    ListQuery(search="カタカナ"),   # NFKC: matches ｶﾀｶﾅ
    ListQuery(search="abc"),        # case-insensitive
    ListQuery(search="の"),         # one character: scanned, still correct
    ListQuery(search="存在しない語"),
    ListQuery(search="山田", sort="content", status=("exchanged",)),
    ListQuery(status=("scheduled", "cancelled")),
    ListQuery(date_from=dt.date(2024, 6, 1), date_to=dt.date(2024, 12, 31)),
    ListQuery(search="差分", date_from=dt.date(2024, 3, 1), sort="planned_on"),
    ListQuery(status=("scheduled",), date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31)),
    ListQuery(status=("exchanged",), date_to=dt.date(2024, 8, 1), search="山田"),
    ListQuery(equals=(("direction", "send"),), sort="counterpart", descending=True),
    ListQuery(equals=(("direction", "send"),), status=("exchanged", "deleted"), search="保守"),
]


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: repr(q)[9:60])
@pytest.mark.parametrize("small", [listing.SMALL, 3])
def test_paging_sort_search_match_brute_force(big, q, small, monkeypatch):
    monkeypatch.setattr(listing, "SMALL", small)  # 3 forces the "walk"/"scan" plans
    expected = _brute(big, q)
    assert _walk_forward(big, q) == expected
    assert _walk_backward(big, q) == expected
    count = big.count("exchanges", q)
    if count.exact:
        assert count.value == len(expected)
    else:
        assert count.value >= len(expected)


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: repr(q)[9:60])
@pytest.mark.parametrize("small", [listing.SMALL, 3])
def test_key_at_any_position_from_any_anchor(big, q, small, monkeypatch):
    """key_at(n) is the key of row n, counted from the top, from the bottom, or from a known
    key either way; paging after it continues exactly where the brute-force order does."""
    monkeypatch.setattr(listing, "SMALL", small)
    expected = _brute(big, q)
    n = len(expected)
    assert big.key_at("exchanges", q, n) is None
    assert big.key_at("exchanges", q, 0, from_end=True) == (None if not n else big.last_page("exchanges", q, limit=1).rows[0].key)
    for pos in sorted({p for p in (0, 1, n // 3, n // 2, n - 2, n - 1) if 0 <= p < n}):
        key = big.key_at("exchanges", q, pos)
        assert key is not None and key[1] == expected[pos]
        assert big.key_at("exchanges", q, n - 1 - pos, from_end=True) == key
        pg = big.page("exchanges", q, after=key, limit=5)
        assert [r.id for r in pg.rows] == expected[pos + 1:pos + 6]
        if pos >= 3:   # relative to a known key: 2 rows after row pos-3 is row pos
            anchor = big.key_at("exchanges", q, pos - 3)
            assert big.key_at("exchanges", q, 2, after=anchor) == key
        if pos + 3 < n:
            anchor = big.key_at("exchanges", q, pos + 3)
            assert big.key_at("exchanges", q, 2, before=anchor) == key


def test_key_at_reads_only_the_sort_index(big, monkeypatch):
    """The OFFSET steps over index entries, never table rows (that is what makes a far jump in
    a million rows cheap) — also for a 2-character search, whose candidate set is exact."""
    monkeypatch.setattr(listing, "SMALL", 3)   # the "walk" plan, as for many search hits
    plans = []
    big.conn.set_trace_callback(lambda sql: plans.append(sql) if "OFFSET" in sql and "EXPLAIN" not in sql else None)
    try:
        for q in (ListQuery(), ListQuery(sort="counterpart"), ListQuery(search="差分")):
            big.key_at("exchanges", q, 5)
    finally:
        big.conn.set_trace_callback(None)
    assert len(plans) == 3
    for sql in plans:
        assert "dk_contains" not in sql
        steps = [r[3] for r in big.conn.execute("EXPLAIN QUERY PLAN " + sql)]
        scans = [d for d in steps if d.startswith("SCAN t ")]
        assert scans and all("USING COVERING INDEX exchanges_sort_" in d for d in scans), steps


@pytest.mark.parametrize("q", [ListQuery(), ListQuery(sort="counterpart", descending=False),
                               ListQuery(status=("exchanged",))], ids=["default", "counterpart", "status"])
def test_a_page_after_a_key_seeks_instead_of_walking(big, q):
    """Keyset paging is only cheap in the middle of a big list if SQLite seeks to the key:
    the plan must be a SEARCH on the sort index (a row value over an expression index is
    not used as a range, and would make every page in the middle of a million rows cost a
    walk from the end)."""
    key = big.key_at("exchanges", q, big.count("exchanges", q).value // 2)
    seen = []
    big.conn.set_trace_callback(lambda sql: seen.append(sql) if "LIMIT" in sql and "OFFSET" not in sql else None)
    try:
        big.page("exchanges", q, after=key, limit=5)
        big.page("exchanges", q, before=key, limit=5)
    finally:
        big.conn.set_trace_callback(None)
    assert len(seen) == 2
    for sql in seen:
        steps = [r[3] for r in big.conn.execute("EXPLAIN QUERY PLAN " + sql)]
        assert any(d.startswith("SEARCH t USING") and "<expr>" in d for d in steps), steps


def test_two_character_japanese_terms_are_exact_counts(big):
    for term in ("山田", "保守", "記録"):
        q = ListQuery(search=term)
        count = big.count("exchanges", q)
        assert count.exact and count.value == len(_brute(big, q))


def test_pages_jump_to_end_and_seek(big):
    q = ListQuery(sort="planned_on", descending=False)
    expected = _brute(big, q)
    last = big.last_page("exchanges", q, limit=20)
    assert [r.id for r in last.rows] == expected[-20:] and not last.has_after and last.has_before
    first = big.page("exchanges", q, limit=20)
    assert [r.id for r in first.rows] == expected[:20] and not first.has_before
    key = big.seek_key("exchanges", q, dt.date(2024, 7, 1))
    pg = big.page("exchanges", q, after=key, limit=5)
    rows = big.conn.execute("SELECT id FROM exchanges WHERE planned_on >= '2024-07-01' ORDER BY planned_on, id LIMIT 5")
    assert [r.id for r in pg.rows] == [r[0] for r in rows]


def test_display_rows(big):
    pg = big.page("exchanges", ListQuery(search="山田", status=("exchanged",)), limit=3)
    texts = big.display_rows("exchanges", pg.rows)
    assert texts[0]["status"] == "交換済" and texts[0]["direction"] in ("送付（提供）", "受領")
    assert big.ref_options("staff", "山田") == [(1, "山田 太郎")]


def test_unsortable_column_refused(big):
    from desktop.errors import ValidationError

    with pytest.raises(ValidationError):
        big.page("exchanges", ListQuery(sort="note"))
    assert to_db

"""Scale check (slow): 20,000 exchanges imported through CSV; paging and search stay correct
and use the index plans. Timings are measured by bench/bench_registers.py, not here."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from desktop.registers.listing import ListQuery
from desktop.registers.service import RegisterService

pytestmark = pytest.mark.slow


def test_twenty_thousand_rows(vault):
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    import bench_registers as b

    svc = RegisterService(vault, today=lambda: dt.date(2025, 7, 1))
    staff = b.add_staff(svc)
    rows = b.generate(20_000, list(staff.values()), seed=5)
    preview = svc.preview_import("exchanges", b.to_csv(rows, {v: k for k, v in staff.items()}))
    assert preview.ok
    ids = svc.commit_import(preview)
    assert len(ids) == 20_000 and svc.count("exchanges").value == 20_000
    for term, plan in (("保守", "walk"), ("山田", "small"), ("議事録の年金", "small")):
        q = ListQuery(search=term)
        expected = sorted(((r["exchanged_at"] or dt.datetime.min.replace(tzinfo=dt.UTC)).isoformat()
                           if r["exchanged_at"] else "", i) for i, r in zip(ids, rows, strict=True)
                          if term in r["counterpart"] or term in r["content"] or term in r["storage_area"])
        page = svc.page("exchanges", q, limit=50)
        assert page.plan == plan
        assert [r.id for r in page.rows] == [i for _, i in reversed(expected)][:50]
        assert svc.count("exchanges", q).value >= len(expected)
    last = svc.last_page("exchanges", limit=10)
    assert not last.has_after and len(last.rows) == 10
    q = ListQuery(status=("scheduled",))
    page = svc.page("exchanges", q, limit=20)
    assert all(r.values["status"] == "scheduled" for r in page.rows)
    assert svc.count("exchanges", q).value == sum(1 for r in rows if r["status"] == "scheduled")

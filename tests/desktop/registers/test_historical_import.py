"""Historical data (issue 16 item 6): exchanges imported without the time their schedule was
recorded keep it unknown — not the import time, which would flag every old exchange as made
without a schedule (A12-5)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from desktop.registers import examples
from desktop.registers.service import RegisterService


def test_A12_5_imported_exchange_without_schedule_time_is_unknown_not_a_violation(vault, tmp_path):  # noqa: N802
    svc = RegisterService(vault)
    ids = examples.store(svc)
    both = [i for i in ids["exchanges"]
            if svc.get("exchanges", i)["planned_on"] is not None and svc.get("exchanges", i)["exchanged_at"] is not None]
    if not both:  # make one: scheduled, then exchanged
        rec = svc.get("exchanges", ids["exchanges"][0])
        svc.update("exchanges", rec["id"], {**rec, "planned_on": rec["planned_on"] or rec["exchanged_at"].date(),
                                             "exchanged_at": rec["exchanged_at"] or dt.datetime(2025, 6, 2, 10, 0).astimezone()})
        both = [rec["id"]]
    exchange_id = both[0]
    path = tmp_path / "x.csv"
    svc.export_csv("exchanges", path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    label = svc.register("exchanges").field("scheduled_at").label_ja
    col = rows[0].index(label)
    order = [int(r[0]) for r in svc.conn.execute("SELECT id FROM exchanges ORDER BY id")]
    line = order.index(exchange_id) + 1
    kept = [[c for i, c in enumerate(r) if i != col] for r in (rows[0], rows[line])]  # header + that exchange
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(kept)
    preview = svc.preview_import("exchanges", buf.getvalue().encode("utf-8-sig"), name="old.csv")
    assert preview.ok, preview.issue_lines()
    [new_id] = svc.commit_import(preview, include_duplicates=True)
    stored = svc.get("exchanges", new_id)
    assert stored["scheduled_at"] is None
    codes = {f.code for f in svc.flags("exchanges", new_id)}
    assert "exchange.no_schedule" not in codes
    assert "exchange.schedule_unknown" in codes


def test_A12_5_a_new_exchange_entered_by_hand_still_records_its_schedule_time(vault):  # noqa: N802
    svc = RegisterService(vault)
    ids = examples.store(svc)
    rec = svc.get("exchanges", ids["exchanges"][0])
    assert rec["scheduled_at"] is not None

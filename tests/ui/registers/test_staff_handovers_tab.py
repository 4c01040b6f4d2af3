# ruff: noqa: N802 - test names carry the clause IDs as written
"""A17-6: the staff register's handovers live in the handovers register; the person's detail
pane lists them (given and taken) in its 引継記録 tab."""

from __future__ import annotations

import datetime as dt


def test_A17_6_staff_detail_lists_the_persons_handovers(open_view, svc, seeded):
    hid = svc.create("handovers", {"from_staff": seeded["yamada"], "to_staff": seeded["suzuki"],
                                   "handed_on": dt.date(2025, 10, 1), "role": "データ交換担当",
                                   "items": "月次の交換日程"})
    view = open_view("staff")
    assert view.select_record(seeded["yamada"])
    view.show_current_detail()
    tab = view.extras.handovers
    texts = [tab.item(i).text() for i in range(tab.count())]
    assert len(texts) == 1 and "鈴木 花子へ引継" in texts[0] and "データ交換担当" in texts[0] and "確認未了" in texts[0]
    assert tab.item(0).data(0x0100) == hid
    assert view.select_record(seeded["suzuki"])
    view.show_current_detail()
    assert "山田 太郎から受継" in view.extras.handovers.item(0).text()

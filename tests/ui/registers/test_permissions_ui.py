"""許可・了解の申請 in the GUI: the detail pane lists the acts recorded under the permission with
their coverage result and shows the derived status (期間満了)."""

from __future__ import annotations

import datetime as dt

from desktop.registers import examples


def test_permission_detail_lists_its_acts_and_the_derived_status(qtbot, svc, open_view):
    ids = examples.store(svc, first_only=True)
    pid = ids["permissions"][0]
    late = svc.create("media-events", {**examples.values("media-events", {k: v[0] for k, v in ids.items()}),
                                       "at": dt.datetime(2025, 10, 2, 10).astimezone(), "purpose": "期間後の複製"})
    view = open_view("permissions")
    extras = view.extras
    extras.record_shown(pid)
    texts = [extras.acts.item(i).text() for i in range(extras.acts.count())]
    assert any("期間後の複製" in t and "期間外" in t for t in texts)
    assert any("許可あり" in t for t in texts)
    assert extras.acts.item(0).data(0x0100) == ("media-events", late)  # newest first
    assert "期間満了" in extras.status_line.text()  # granted until 2025-09-30, today is later
    extras.record_shown(None)
    assert extras.acts.count() == 0 and extras.status_line.isHidden()

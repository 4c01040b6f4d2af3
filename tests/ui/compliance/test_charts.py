"""The dashboard's 90-day duty chart leaves room above its tallest bar for the value label
(issue 13: the top label, e.g. "31", was clipped at the top edge)."""

from __future__ import annotations

import datetime as dt

from desktop.compliance.duties import Duty
from tests.ui.registers.test_date_entry import shot
from ui.compliance.charts import DutyTimelineChart


def _duties(today: dt.date) -> list[Duty]:
    out = [Duty(today - dt.timedelta(days=3), "超過", "", "register", overdue=True) for _ in range(4)]
    out += [Duty(today + dt.timedelta(days=9), "第2週", "", "register") for _ in range(31)]
    out += [Duty(today + dt.timedelta(days=40), "第6週", "", "register") for _ in range(7)]
    return out


def test_top_value_label_has_headroom(qtbot):
    today = dt.date(2026, 12, 1)
    chart = DutyTimelineChart()
    qtbot.addWidget(chart)
    chart.resize(560, chart.sizeHint().height())
    chart.set_duties(_duties(today), today)
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.weeks[1] == 31 and chart.overdue == 4
    assert chart.value_top() >= 2          # the "31" starts inside the widget, with a margin
    image = chart.grab().toImage()
    # the top rows of pixels stay background: nothing is drawn against the top edge
    bg = image.pixelColor(1, 0)
    assert all(image.pixelColor(x, 0) == bg for x in range(image.width()))
    shot(chart, "dashboard_duty_chart_headroom")


def test_dashboard_charts_in_place(qtbot, main_window):
    """The dashboard with its charts, as the user sees it (screenshot)."""
    home = main_window.sections["home"].widget
    qtbot.waitUntil(lambda: home.state.ready, timeout=5000)
    today = home.state.today
    home.duty_chart.set_duties(_duties(today), today)
    main_window.resize(1280, 1000)
    assert home.duty_chart.value_top() >= 2
    shot(main_window, "dashboard_with_charts")

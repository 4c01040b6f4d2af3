"""年度 reads 令和8年度（2026年度） under 和暦, 2026年度 under 西暦, FY2026 in English — in the
helper and on the submittals screen."""

from __future__ import annotations

import pytest

from ui.widgets import dates


@pytest.fixture
def english():
    dates.set_language("en")
    yield
    dates.set_language("ja")


def test_fiscal_year_text_in_japanese():
    assert dates.fiscal_year_text(2026) == "令和8年度（2026年度）"
    assert dates.fiscal_year_text(2019) == "令和元年度（2019年度）"
    assert dates.fiscal_year_text(2026, "western") == "2026年度"


def test_fiscal_year_text_in_english(english):
    assert dates.fiscal_year_text(2026) == "FY2026"


def test_submittals_fiscal_year_in_english(qtbot, vault, english):
    from ui.context import AppContext
    from ui.submittals.section import SubmittalsView

    view = SubmittalsView(AppContext(vault))
    qtbot.addWidget(view)
    view.fiscal_year.setValue(2026)
    assert view.fy_label.text().startswith("FY2026")
    assert "2026-04-01" in view.fy_label.text() and "令和" not in view.fy_label.text()

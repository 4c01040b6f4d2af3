from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.submittals.wareki import (
    fiscal_year,
    fiscal_year_label,
    fiscal_year_range,
    format_date,
    to_wareki,
)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (dt.date(1873, 1, 1), "明治6年1月1日"),
        (dt.date(1912, 7, 29), "明治45年7月29日"),
        (dt.date(1912, 7, 30), "大正元年7月30日"),
        (dt.date(1913, 1, 1), "大正2年1月1日"),
        (dt.date(1926, 12, 24), "大正15年12月24日"),
        (dt.date(1926, 12, 25), "昭和元年12月25日"),
        (dt.date(1927, 1, 1), "昭和2年1月1日"),
        (dt.date(1989, 1, 7), "昭和64年1月7日"),
        (dt.date(1989, 1, 8), "平成元年1月8日"),
        (dt.date(1990, 1, 1), "平成2年1月1日"),
        (dt.date(2019, 4, 30), "平成31年4月30日"),
        (dt.date(2019, 5, 1), "令和元年5月1日"),
        (dt.date(2020, 1, 1), "令和2年1月1日"),
        (dt.date(2025, 4, 1), "令和7年4月1日"),
    ],
)
def test_era_boundaries(date, expected):
    assert to_wareki(date) == expected


def test_datetime_is_accepted():
    assert to_wareki(dt.datetime(2019, 5, 1, 0, 0, 1)) == "令和元年5月1日"


def test_styles():
    d = dt.date(2025, 4, 1)
    assert to_wareki(d, style="zenkaku") == "令和７年４月１日"
    assert to_wareki(dt.date(2019, 5, 1), style="zenkaku") == "令和元年５月１日"
    assert to_wareki(d, style="abbr") == "R7.4.1"
    assert to_wareki(dt.date(2019, 5, 1), style="abbr") == "R1.5.1"
    with pytest.raises(ValueError):
        to_wareki(d, style="roman")  # type: ignore[arg-type]


def test_before_gregorian_adoption_is_refused():
    with pytest.raises(ValueError):
        to_wareki(dt.date(1872, 12, 31))
    with pytest.raises(ValueError):
        to_wareki(dt.date(1800, 1, 1))


def test_format_date():
    d = dt.date(2025, 4, 1)
    assert format_date(d) == "令和7年4月1日"
    assert format_date(d, "wareki") == "令和7年4月1日"
    assert format_date(d, "western") == "2025年4月1日"
    with pytest.raises(ValueError):
        format_date(d, "julian")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("date", "fy"),
    [
        (dt.date(2025, 3, 31), 2024),
        (dt.date(2025, 4, 1), 2025),
        (dt.date(2025, 12, 31), 2025),
        (dt.date(2026, 1, 1), 2025),
    ],
)
def test_fiscal_year(date, fy):
    assert fiscal_year(date) == fy


@pytest.mark.parametrize(
    ("fy", "label"),
    [
        (2025, "令和7年度"),
        (2020, "令和2年度"),
        (2019, "令和元年度"),  # started in Heisei 31, officially named 令和元年度
        (2018, "平成30年度"),
        (1989, "平成元年度"),
        (1988, "昭和63年度"),
        (1926, "大正15年度"),
    ],
)
def test_fiscal_year_label(fy, label):
    assert fiscal_year_label(fy) == label


def test_fiscal_year_label_western_and_range():
    assert fiscal_year_label(2025, "western") == "2025年度"
    assert fiscal_year_range(2025) == (dt.date(2025, 4, 1), dt.date(2026, 3, 31))


# An independent implementation: era starts written as text, the era year counted by
# walking New Year's days rather than by subtracting years.
_ERA_STARTS = """
明治 1868-10-23
大正 1912-07-30
昭和 1926-12-25
平成 1989-01-08
令和 2019-05-01
"""


def _reference(d: dt.date) -> tuple[str, int]:
    eras = [
        (line.split()[0], dt.date.fromisoformat(line.split()[1]))
        for line in _ERA_STARTS.strip().splitlines()
    ]
    name, start = [(n, s) for n, s in eras if s <= d][-1]
    year = 1
    jan1 = dt.date(start.year + 1, 1, 1)
    while jan1 <= d:
        year += 1
        jan1 = dt.date(jan1.year + 1, 1, 1)
    return name, year


@given(st.dates(min_value=dt.date(1873, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_matches_reference(d):
    name, year = _reference(d)
    m = re.fullmatch(r"(明治|大正|昭和|平成|令和)(元|\d+)年(\d+)月(\d+)日", to_wareki(d))
    assert m is not None
    assert m.group(1) == name
    assert (1 if m.group(2) == "元" else int(m.group(2))) == year
    assert m.group(2) != "1"
    assert (int(m.group(3)), int(m.group(4))) == (d.month, d.day)


@given(st.dates(min_value=dt.date(1873, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_fiscal_year_contains_date(d):
    start, end = fiscal_year_range(fiscal_year(d))
    assert start <= d <= end

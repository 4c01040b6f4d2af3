"""desktop.calendar: 和暦 formatting and parsing (era ranges), fiscal years; the one calendar
module below registers and submittals."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.calendar import (
    ERAS,
    WarekiError,
    fiscal_year,
    fiscal_year_label,
    fiscal_year_range,
    format_date,
    parse_wareki,
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
明治 1868-01-25
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


# -- parsing: era ranges (issue 8, input) ---------------------------------------------------------

def _refused(text: str) -> str:
    with pytest.raises(WarekiError) as exc:
        parse_wareki(text)
    return str(exc.value)


def test_wareki_reiwa_zero_refused():
    # was 2018-05-01: 令和 + 0 years
    reason = _refused("令和0年5月1日")
    assert "令和0年という年はありません" in reason and "令和元年" in reason
    _refused("R0.5.1")
    _refused("平成0年1月8日")


@pytest.mark.parametrize("text", ["平成32年1月1日", "平成99年4月1日", "H32.4.1", "昭和65年1月1日",
                                  "大正16年1月1日", "明治46年1月1日"])
def test_wareki_heisei_32_and_later_refused(text):
    # 平成99年 was 2087
    reason = _refused(text)
    assert "までです" in reason
    if text.startswith("平成"):
        assert reason == "平成は平成31年4月30日（2019年4月30日）までです。"


def test_wareki_reiwa_gannen_april_30_refused():
    reason = _refused("令和元年4月30日")
    assert reason == "令和は令和元年5月1日（2019年5月1日）からです。"
    _refused("令和1年1月1日")
    _refused("R1.4.30")
    assert parse_wareki("平成31年4月30日") == dt.date(2019, 4, 30)


@pytest.mark.parametrize(
    ("era", "first", "last_of_previous"),
    [
        ("令和", dt.date(2019, 5, 1), "平成31年4月30日"),
        ("平成", dt.date(1989, 1, 8), "昭和64年1月7日"),
        ("昭和", dt.date(1926, 12, 25), "大正15年12月24日"),
        ("大正", dt.date(1912, 7, 30), "明治45年7月29日"),
    ],
)
def test_wareki_gannen_start_dates(era, first, last_of_previous):
    assert parse_wareki(f"{era}元年{first.month}月{first.day}日") == first
    assert parse_wareki(f"{era}1年{first.month}月{first.day}日") == first
    day_before = first - dt.timedelta(days=1)
    assert "からです" in _refused(f"{era}元年{day_before.month}月{day_before.day}日")
    assert parse_wareki(last_of_previous) == day_before
    # the previous era's next day belongs to the new era
    prev = last_of_previous[:2]
    year = last_of_previous[2:].split("年")[0]
    assert "までです" in _refused(f"{prev}{year}年{first.month}月{first.day}日")


def test_wareki_era_table_start_dates():
    assert {e.name: e.start for e in ERAS} == {
        "令和": dt.date(2019, 5, 1), "平成": dt.date(1989, 1, 8), "昭和": dt.date(1926, 12, 25),
        "大正": dt.date(1912, 7, 30), "明治": dt.date(1868, 1, 25)}
    for newer, older in zip(ERAS, ERAS[1:], strict=False):
        assert older.end == newer.start - dt.timedelta(days=1)


def test_wareki_before_gregorian_adoption_refused():
    assert "1873年" in _refused("明治5年12月2日")
    assert "からです" in _refused("明治元年1月1日")
    assert parse_wareki("明治6年1月1日") == dt.date(1873, 1, 1)


def test_wareki_day_that_does_not_exist_refused():
    assert "という日はありません" in _refused("令和7年2月29日")
    assert parse_wareki("令和6年2月29日") == dt.date(2024, 2, 29)
    _refused("令和7年13月1日")


def test_wareki_written_forms():
    d = dt.date(2025, 4, 1)
    for text in ("令和7年4月1日", "令和 7 年 4 月 1 日", "令和７年４月１日", "R7.4.1", "r7/4/1", "令和7年4月1"):
        assert parse_wareki(text) == d, text
    with pytest.raises(ValueError):
        parse_wareki("2025-04-01")  # not 和暦 at all


@given(st.dates(min_value=dt.date(1873, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_wareki_parse_inverts_every_style(d):
    for style in ("kanji", "zenkaku", "abbr"):
        assert parse_wareki(to_wareki(d, style=style)) == d


def test_register_date_cell_gives_the_wareki_reason():
    from desktop.registers.definitions import get
    from desktop.registers.values import FieldError, coerce

    f = get("staff").field("badge_issued_on")
    with pytest.raises(FieldError) as exc:
        coerce(f, "令和元年4月30日")
    assert f.label in str(exc.value) and "2019年5月1日" in str(exc.value)
    assert coerce(f, "令和元年5月1日") == dt.date(2019, 5, 1)


def test_calendar_module_is_below_registers_and_submittals():
    """One calendar module: it imports neither feature package, both import it, and no other
    module keeps its own era table."""
    import ast
    from pathlib import Path

    import desktop

    root = Path(desktop.__file__).parent
    tree = ast.parse((root / "calendar.py").read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not {m for m in imported if m and m.startswith(("desktop.registers", "desktop.submittals"))}
    assert not (root / "submittals" / "wareki.py").exists()
    offenders = []
    for path in [*root.rglob("*.py"), *(root.parent / "ui").rglob("*.py")]:
        if path.name == "calendar.py" and path.parent == root:
            continue
        text = path.read_text(encoding="utf-8")
        if "2019, 5, 1" in text or "1989, 1, 8" in text or '"令和": 2018' in text:
            offenders.append(str(path.relative_to(root.parent)))
    assert offenders == []

"""Japanese era dates (和暦) and fiscal years (年度).

Submittals to the prefecture are dated in the Japanese era: ``令和7年4月1日``. The first
year of an era is written ``元年`` (``令和元年5月1日``).

Only dates from 1873-01-01 (Meiji 6, when Japan adopted the Gregorian calendar) are
supported; earlier dates raise :class:`ValueError`, because a Gregorian date before that day
does not correspond to how the date was written in Japan.

The fiscal year (年度) runs from 1 April to 31 March and is named after the calendar year
in which it starts: 2025-04-01 … 2026-03-31 is FY2025, ``令和7年度``.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Literal

WarekiStyle = Literal["kanji", "zenkaku", "abbr"]
Calendar = Literal["wareki", "western"]

GREGORIAN_START = _dt.date(1873, 1, 1)


@dataclass(frozen=True, slots=True)
class Era:
    name: str  # 令和
    letter: str  # R
    start: _dt.date  # first day of the era (Gregorian)


# Newest first, so lookup stops at the first era that has started.
ERAS: tuple[Era, ...] = (
    Era("令和", "R", _dt.date(2019, 5, 1)),
    Era("平成", "H", _dt.date(1989, 1, 8)),
    Era("昭和", "S", _dt.date(1926, 12, 25)),
    Era("大正", "T", _dt.date(1912, 7, 30)),
    Era("明治", "M", _dt.date(1868, 10, 23)),
)

_ZENKAKU = str.maketrans("0123456789", "０１２３４５６７８９")


def _as_date(value: _dt.date) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    raise TypeError(f"expected a date, got {type(value).__name__}")


def era_of(date: _dt.date) -> tuple[Era, int]:
    """The era in effect on ``date`` and the year within it (1 for 元年)."""
    d = _as_date(date)
    if d < GREGORIAN_START:
        raise ValueError(f"dates before {GREGORIAN_START.isoformat()} are not supported: {d}")
    for era in ERAS:
        if d >= era.start:
            return era, d.year - era.start.year + 1
    raise ValueError(f"no era for {d}")  # pragma: no cover - GREGORIAN_START is in Meiji


def _year_text(year: int, *, zenkaku: bool) -> str:
    text = "元" if year == 1 else str(year)
    return text.translate(_ZENKAKU) if zenkaku else text


def to_wareki(date: _dt.date, *, style: WarekiStyle = "kanji") -> str:
    """Format ``date`` in the Japanese era.

    ``kanji``: ``令和7年4月1日`` (``令和元年5月1日`` in the first year);
    ``zenkaku``: the same with full-width digits, ``令和７年４月１日``;
    ``abbr``: ``R7.4.1`` (digits, never 元).
    """
    d = _as_date(date)
    era, year = era_of(d)
    if style == "abbr":
        return f"{era.letter}{year}.{d.month}.{d.day}"
    if style not in ("kanji", "zenkaku"):
        raise ValueError(f"unknown wareki style: {style!r}")
    zenkaku = style == "zenkaku"
    text = f"{era.name}{_year_text(year, zenkaku=False)}年{d.month}月{d.day}日"
    return text.translate(_ZENKAKU) if zenkaku else text


def format_date(
    date: _dt.date, calendar: Calendar = "wareki", *, style: WarekiStyle = "kanji"
) -> str:
    """``令和7年4月1日`` (wareki) or ``2025年4月1日`` (western)."""
    d = _as_date(date)
    if calendar == "wareki":
        return to_wareki(d, style=style)
    if calendar == "western":
        text = f"{d.year}年{d.month}月{d.day}日"
        return text.translate(_ZENKAKU) if style == "zenkaku" else text
    raise ValueError(f"unknown calendar: {calendar!r}")


def fiscal_year(date: _dt.date) -> int:
    """The fiscal year (年度, April–March) containing ``date``, by its starting year."""
    d = _as_date(date)
    return d.year if d.month >= 4 else d.year - 1


# Fiscal years named after an era that began after their 1 April. FY2019 started in Heisei 31,
# but the government named it 令和元年度 (the era change was announced in advance).
_FY_ERA_OVERRIDES = {2019: "令和"}


def fiscal_year_range(fy: int) -> tuple[_dt.date, _dt.date]:
    """First and last day of fiscal year ``fy``."""
    return _dt.date(fy, 4, 1), _dt.date(fy + 1, 3, 31)


def fiscal_year_label(fy: int, calendar: Calendar = "wareki") -> str:
    """``令和7年度`` (wareki) or ``2025年度`` (western) for fiscal year ``fy``."""
    if calendar == "western":
        return f"{fy}年度"
    if calendar != "wareki":
        raise ValueError(f"unknown calendar: {calendar!r}")
    start, _ = fiscal_year_range(fy)
    override = _FY_ERA_OVERRIDES.get(fy)
    if override is not None:
        era = next(e for e in ERAS if e.name == override)
        year = fy - era.start.year + 1
    else:
        era, year = era_of(start)
    return f"{era.name}{_year_text(year, zenkaku=False)}年度"

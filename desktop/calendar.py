"""Japanese era dates (和暦) and fiscal years (年度): formatting and parsing, in one place.

Registers (date cells, the list's 和暦 display, training plans' 年度) and submittals (the
document date, 令和7年度) both build on this module; it imports nothing from either.

Submittals to the prefecture are dated in the Japanese era: ``令和7年4月1日``. The first
year of an era is written ``元年`` (``令和元年5月1日``).

Era boundaries (Gregorian first day; the previous era ends the day before):

====  ==========  =======================================================================
令和  2019-05-01  平成31年4月30日 is the last day of 平成
平成  1989-01-08  昭和64年1月7日 is the last day of 昭和
昭和  1926-12-25  大正15年12月24日 is the last day of 大正
大正  1912-07-30  明治45年7月29日 is the last day of 明治
明治  1868-01-25  the era was proclaimed on 1868-10-23 but applied from the first day of
                  that lunisolar year (慶応4年1月1日 = 1868-01-25)
====  ==========  =======================================================================

Only dates from 1873-01-01 (明治6年1月1日, when Japan adopted the Gregorian calendar) are
supported; earlier dates raise :class:`ValueError`, because a Gregorian date before that day
does not correspond to how the date was written in Japan (明治5年12月2日 was followed by
明治6年1月1日).

:func:`parse_wareki` checks those ranges: ``令和0年``, ``令和元年4月30日`` (still 平成),
``平成32年`` (平成 ended in its 31st year) and ``明治5年`` are refused with a Japanese reason
(:class:`WarekiError`, a :class:`ValueError`).

The fiscal year (年度) runs from 1 April to 31 March and is named after the calendar year
in which it starts: 2025-04-01 … 2026-03-31 is FY2025, ``令和7年度``.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Literal

from desktop.i18n import tr

WarekiStyle = Literal["kanji", "zenkaku", "abbr"]
Calendar = Literal["wareki", "western"]

GREGORIAN_START = _dt.date(1873, 1, 1)
CTX = "Calendar"


@dataclass(frozen=True, slots=True)
class Era:
    name: str  # 令和
    letter: str  # R
    start: _dt.date  # first day of the era (Gregorian)
    end: _dt.date | None = None  # last day (None for the current era)


# Newest first, so lookup stops at the first era that has started.
ERAS: tuple[Era, ...] = (
    Era("令和", "R", _dt.date(2019, 5, 1)),
    Era("平成", "H", _dt.date(1989, 1, 8), _dt.date(2019, 4, 30)),
    Era("昭和", "S", _dt.date(1926, 12, 25), _dt.date(1989, 1, 7)),
    Era("大正", "T", _dt.date(1912, 7, 30), _dt.date(1926, 12, 24)),
    Era("明治", "M", _dt.date(1868, 1, 25), _dt.date(1912, 7, 29)),
)
_BY_NAME = {e.name: e for e in ERAS} | {e.letter: e for e in ERAS}

_ZENKAKU = str.maketrans("0123456789", "０１２３４５６７８９")


class WarekiError(ValueError):
    """A 和暦 date that does not exist; ``str(err)`` is the Japanese reason."""


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


#: how core messages shown to a person write a moment (backup status, verify results):
#: "iso" (2026-12-01 09:30; the command line and logs), or, set by the GUI for its reader,
#: "wareki" (令和8年12月1日 09:30) or "western" (2026年12月1日 09:30)
_message_calendar = "iso"


def set_message_calendar(calendar: str) -> None:
    """The GUI sets the reader's calendar (the ``display.calendar`` setting in Japanese,
    ``"iso"`` in English); the command line keeps ISO."""
    global _message_calendar
    if calendar not in ("iso", "wareki", "western"):
        raise ValueError(f"unknown calendar: {calendar!r}")
    _message_calendar = calendar


def moment_text(value: _dt.datetime) -> str:
    """A local moment for a message, in the calendar :func:`set_message_calendar` chose."""
    local = value.astimezone() if value.tzinfo else value
    clock = local.strftime("%H:%M")
    if _message_calendar == "iso":
        return f"{local.date().isoformat()} {clock}"
    try:
        return f"{format_date(local.date(), _message_calendar)} {clock}"  # type: ignore[arg-type]
    except ValueError:      # before 明治6年: ISO
        return f"{local.date().isoformat()} {clock}"


def days_ago_text(days: int) -> str:
    """「今日」「昨日」「3 日前」 (English through the translation)."""
    if days <= 0:
        return tr("Calendar", "今日")
    if days == 1:
        return tr("Calendar", "昨日")
    return tr("Calendar", "{n} 日前").format(n=days)


# -- parsing ----------------------------------------------------------------------------------

# 令和7年4月1日, 令和元年5月1日, R7.4.1, r7/4/1, 令和７年４月１日 (\d matches full-width digits)
_WAREKI = re.compile(
    r"^(令和|平成|昭和|大正|明治|[RHSTMrhstm])\s*(\d{1,3}|元)\s*[年./]\s*(\d{1,2})\s*[月./]\s*(\d{1,2})\s*日?$")


def looks_like_wareki(text: str) -> bool:
    """Whether ``text`` is written as a 和暦 date (valid or not)."""
    return _WAREKI.match(text.strip()) is not None


def _jp(d: _dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _ended(era: Era) -> str:
    assert era.end is not None
    return tr(CTX, "{era}は{era}{last}年{month}月{day}日（{end}）までです。").format(
        era=era.name, last=era.end.year - era.start.year + 1, month=era.end.month, day=era.end.day,
        end=_jp(era.end))


def parse_wareki(text: str) -> _dt.date:
    """``令和7年4月1日`` / ``令和元年5月1日`` / ``R7.4.1`` → the Gregorian date.

    Raises :class:`WarekiError` (Japanese reason) for a year 0, a day before the era began
    (``令和元年4月30日``), a year or day after it ended (``平成32年``, ``昭和64年1月8日``),
    a day that does not exist (``令和7年2月30日``) or a date before 1873; plain
    :class:`ValueError` when ``text`` is not a 和暦 date at all.
    """
    m = _WAREKI.match(text.strip())
    if not m:
        raise ValueError("not a wareki date")
    era = _BY_NAME[m[1].upper() if len(m[1]) == 1 else m[1]]
    year = 1 if m[2] == "元" else int(m[2])
    month, day = int(m[3]), int(m[4])
    if year < 1:
        raise WarekiError(tr(CTX, "{era}{year}年という年はありません（最初の年は{era}元年です）。").format(
            era=era.name, year=year))
    if era.end is not None and year > era.end.year - era.start.year + 1:
        raise WarekiError(_ended(era))
    gregorian_year = era.start.year + year - 1
    try:
        d = _dt.date(gregorian_year, month, day)
    except ValueError:
        raise WarekiError(tr(CTX, "{era}{year}年{month}月{day}日という日はありません。").format(
            era=era.name, year=_year_text(year, zenkaku=False), month=month, day=day)) from None
    if d < era.start:
        raise WarekiError(tr(CTX, "{era}は{era}元年{month}月{day}日（{start}）からです。").format(
            era=era.name, start=_jp(era.start), month=era.start.month, day=era.start.day))
    if era.end is not None and d > era.end:
        raise WarekiError(_ended(era))
    if d < GREGORIAN_START:
        raise WarekiError(tr(CTX, "明治6年（1873年）1月1日より前の日付は扱えません（太陽暦の採用前）。"))
    return d


# -- fiscal years -------------------------------------------------------------------------------

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
        era = _BY_NAME[override]
        year = fy - era.start.year + 1
    else:
        era, year = era_of(start)
    return f"{era.name}{_year_text(year, zenkaku=False)}年度"

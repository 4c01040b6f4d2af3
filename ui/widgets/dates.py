"""Dates and times as the user reads them: 和暦 or 西暦 (vault setting ``display.calendar``)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from desktop.i18n import tr
from desktop.timeutil import parse_iso

_language = "ja"


def set_language(language: str) -> None:
    """The UI language: English shows ISO dates (2025-04-01 09:30) whatever the calendar."""
    global _language
    _language = language


def language() -> str:
    """The UI language set by :func:`set_language` (``"ja"`` or ``"en"``)."""
    return _language


def format_timestamp(iso: str | None, calendar: str = "wareki", *, seconds: bool = False) -> str:
    if not iso:
        return ""
    try:
        value = parse_iso(iso)
    except ValueError:
        return iso
    clock = value.strftime("%H:%M:%S" if seconds else "%H:%M")
    if _language == "en":
        return f"{value.date().isoformat()} {clock}"
    try:
        from desktop.calendar import format_date

        day = format_date(value.date(), "wareki" if calendar == "wareki" else "western")
    except ValueError:
        day = value.date().isoformat()
    return f"{day} {clock}"


def format_day(iso: str | None, calendar: str = "wareki") -> str:
    return format_timestamp(iso, calendar).rsplit(" ", 1)[0] if iso else ""


# -- typed dates ------------------------------------------------------------------------------

#: eras offered next to a date field for short years (8/4/1 with 令和 chosen); "" is 西暦
ERA_CHOICES = ("令和", "平成", "昭和", "")
_SHORT_YEAR = re.compile(r"^(\d{1,2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_FULL_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_WITH_TIME = re.compile(r"^(.*?)[\sT]+(\d{1,2})\s*[:時]\s*(\d{1,2})\s*分?$")
_WEEKDAYS_JA = "月火水木金土日"
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _examples() -> str:
    return tr("DateInput", "例: 令和8年4月1日、R8.4.1、2026/4/1")


def read_date(text: str, era: str = "") -> dt.date | None:
    """What the user typed in a date field → the date (None for an empty field).

    Accepts 2026-04-01, 2026/4/1, 2026年4月1日, 和暦 (令和8年4月1日, R8.4.1, 令和元年5月1日) and
    full-width digits (２０２６／４／１). A year of one or two digits (8/4/1) is read in ``era``
    (令和, 平成, 昭和); without an era it is refused. A day that does not exist (2026/02/30,
    令和8年2月30日) raises :class:`ValueError` whose text is the Japanese reason — the date is
    never moved to another day.
    """
    from desktop.calendar import WarekiError, looks_like_wareki, parse_wareki
    from desktop.registers.values import parse_date

    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return None
    short = _SHORT_YEAR.match(text)
    if short:
        if not era:
            raise ValueError(tr("DateInput", "年が{year}と短いため読めません。"
                                             "西暦4桁で入力するか、元号を選んでください。").format(year=short[1]))
        text = f"{era}{short[1]}年{short[2]}月{short[3]}日"
    if looks_like_wareki(text):
        try:
            return parse_wareki(text)
        except WarekiError as exc:
            raise ValueError(str(exc)) from None
    full = _FULL_DATE.match(text)
    if full:
        y, m, d = (int(x) for x in full.groups())
        try:
            return dt.date(y, m, d)
        except ValueError:
            raise ValueError(tr("DateInput", "{y}年{m}月{d}日という日はありません。").format(y=y, m=m, d=d)) from None
    try:
        value = parse_date(text)
    except ValueError:
        raise ValueError(tr("DateInput", "日付として読めません（{examples}）。").format(examples=_examples())) from None
    if value.year < 1:  # pragma: no cover - dt.date refuses it already
        raise ValueError(text)
    return value


def read_datetime(text: str, era: str = "") -> dt.datetime | None:
    """A date as :func:`read_date` plus a time (令和8年4月1日 13:30, 2026/4/1 9:05) → a naive
    local date-time; a missing or impossible time is refused with the reason."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return None
    m = _WITH_TIME.match(text)
    if not m:
        read_date(text, era)   # a bad date says so first
        raise ValueError(tr("DateInput", "時刻も入力してください（例: 令和8年4月1日 13:30）。"))
    day = read_date(m[1], era)
    hour, minute = int(m[2]), int(m[3])
    if hour > 23 or minute > 59:
        raise ValueError(tr("DateInput", "{h}時{m}分という時刻はありません。").format(h=hour, m=minute))
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def date_text(value: dt.date, calendar: str = "wareki") -> str:
    """How a date field shows its date: 令和8年4月1日 (和暦), 2026/04/01 (西暦), 2026-04-01 (English)."""
    if _language == "en":
        return value.isoformat()
    if calendar == "wareki":
        try:
            from desktop.calendar import format_date

            return format_date(value, "wareki")
        except ValueError:
            pass
    return value.strftime("%Y/%m/%d")


def weekday_text(value: dt.date) -> str:
    """（水） or (Wed)."""
    if _language == "en":
        return f"({_WEEKDAYS_EN[value.weekday()]})"
    return f"（{_WEEKDAYS_JA[value.weekday()]}）"


def fiscal_year_text(fy: int, calendar: str = "wareki") -> str:
    """A fiscal year as a Japanese reader reads it: 令和8年度（2026年度） under 和暦, 2026年度
    under 西暦, FY2026 in English."""
    from desktop.calendar import fiscal_year_label

    if _language == "en":
        return f"FY{fy}"
    if calendar == "wareki":
        try:
            return f"{fiscal_year_label(fy, 'wareki')}（{fy}年度）"
        except ValueError:
            pass
    return f"{fy}年度"


_ISO_IN_TEXT = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def dates_in_text(text: str, calendar: str = "wareki") -> str:
    """A record title or message with its ISO dates (``2026-04-01``, as declarations build
    titles) written the way the user reads dates: 令和8年4月1日 under 和暦 in Japanese; unchanged
    under 西暦 or in English."""
    if not text or _language == "en" or calendar != "wareki":
        return text

    def one(m: re.Match) -> str:
        try:
            from desktop.calendar import format_date

            return format_date(dt.date(int(m[1]), int(m[2]), int(m[3])), "wareki")
        except ValueError:
            return m[0]
    return _ISO_IN_TEXT.sub(one, text)

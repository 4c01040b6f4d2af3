"""Small helpers shared by the form modules: dates, periods, sizes, the contract phrase."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.calendar import Calendar, format_date, to_wareki

DASH = "—"


def date_text(d: dt.date | None, calendar: Calendar) -> str:
    """令和7年4月1日 / 2025年4月1日 ('' for None)."""
    if d is None:
        return ""
    if isinstance(d, dt.datetime):
        d = d.date()
    return format_date(d, calendar)


def short_date(d: dt.date | None, calendar: Calendar) -> str:
    """For dense tables: R7.4.1 / 2025/4/1."""
    if d is None:
        return ""
    if isinstance(d, dt.datetime):
        d = d.date()
    if calendar == "wareki":
        return to_wareki(d, style="abbr")
    return f"{d.year}/{d.month}/{d.day}"


def _local(value: dt.datetime) -> dt.datetime:
    # Times print as recorded (with the offset they were stored with), never converted to
    # this computer's zone: the same record must print the same on every PC.
    return value


def datetime_text(value: dt.datetime | dt.date | None, calendar: Calendar) -> str:
    """令和7年4月1日 9時05分 ('' for None; a date shows without a time)."""
    if value is None:
        return ""
    if not isinstance(value, dt.datetime):
        return date_text(value, calendar)
    value = _local(value)
    return f"{format_date(value.date(), calendar)} {value.hour}時{value.minute:02d}分"


def short_datetime(value: dt.datetime | dt.date | None, calendar: Calendar) -> str:
    """R7.4.1 10:30 (for tables)."""
    if value is None:
        return ""
    if not isinstance(value, dt.datetime):
        return short_date(value, calendar)
    value = _local(value)
    return f"{short_date(value.date(), calendar)} {value:%H:%M}"


def period_text(start: dt.date | None, end: dt.date | None, calendar: Calendar) -> str:
    """令和7年4月1日から令和7年6月30日まで."""
    return f"{date_text(start, calendar)}から{date_text(end, calendar)}まで"


def size_text(size: Any) -> str:
    """12,345,678 バイト ('' when unknown)."""
    if size is None or size == "":
        return ""
    try:
        return f"{int(size):,} バイト"
    except (TypeError, ValueError):
        return str(size)


def hash_text(digest: str | None) -> str:
    """A SHA-256 in groups of eight (wraps cleanly in a narrow cell)."""
    if not digest:
        return ""
    d = digest.strip().lower()
    return " ".join(d[i : i + 8] for i in range(0, len(d), 8))


def text(value: Any, default: str = "") -> str:
    if value is None:
        return default
    s = str(value).strip()
    return s if s else default


def contract_phrase(contract: str) -> str:
    """「〇〇業務委託」 — or 委託業務 when the contract is not set."""
    contract = (contract or "").strip()
    return f"「{contract}」" if contract else "委託業務"


def join(values: Any, sep: str = "、") -> str:
    return sep.join(str(v) for v in values if v not in (None, ""))


def numbers_text(numbers: list[int], limit: int = 10) -> str:
    """1, 5, 9 … — row numbers for a pre-issue finding (the first ``limit``, then ほか)."""
    shown = ", ".join(str(n) for n in numbers[:limit])
    return shown + (f" ほか{len(numbers) - limit}件" if len(numbers) > limit else "")

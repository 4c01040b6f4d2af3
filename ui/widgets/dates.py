"""Dates and times as the user reads them: 和暦 or 西暦 (vault setting ``display.calendar``)."""

from __future__ import annotations

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

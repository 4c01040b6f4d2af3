"""Small helpers shared by the register definitions: rule predicates, shared choice lists."""

from __future__ import annotations

import datetime as dt

from desktop.registers.model import Example, Kind, choices
from desktop.registers.model import Field as F  # noqa: N817 - short name keeps declarations readable
from desktop.registers.model import example_ref as ref

__all__ = ["F", "Kind", "Example", "ref", "at", "ROLE_CHOICES", "INCIDENT_TYPES", "not_before", "both_or_neither", "requires",
           "day", "add_months", "note_field"]

#: roles in the management structure (管理体制); runbook steps take their responsible role here
ROLE_CHOICES = choices(
    ("security_officer", "情報セキュリティ責任者", "Information security officer"),
    ("manager", "業務責任者", "Project manager"),
    ("administrator", "システム管理者", "System administrator"),
    ("staff", "担当者", "Staff member"),
    ("failure_contact", "障害時連絡先", "Contact for failures"),
    ("incident_contact", "事故時連絡窓口", "Contact for security incidents"),
    ("maintenance", "保守責任者", "Maintenance lead"),
    ("trainer", "教育担当者", "Training lead"),
    ("other", "その他", "Other"),
)

INCIDENT_TYPES = choices(
    ("leak", "情報漏えい", "Information leak"),
    ("malware", "ウイルス感染", "Malware infection"),
    ("intrusion", "不正アクセス", "Unauthorised access"),
    ("failure", "機器障害", "Equipment failure"),
    ("media_loss", "媒体紛失", "Loss of media"),
    ("tampering", "改ざん", "Tampering"),
    ("other", "その他", "Other"),
)


def day(value) -> dt.date | None:
    """The date part of a date or date-time (None stays None)."""
    if value is None:
        return None
    return value.date() if isinstance(value, dt.datetime) else value


def not_before(later: str, earlier: str):
    """Rule predicate: ``later`` is empty, ``earlier`` is empty, or later ≥ earlier."""
    def check(v: dict) -> bool:
        a, b = v.get(later), v.get(earlier)
        if a is None or b is None:
            return True
        if isinstance(a, dt.datetime) != isinstance(b, dt.datetime):
            return day(a) >= day(b)
        return a >= b
    return check


def both_or_neither(a: str, b: str):
    def check(v: dict) -> bool:
        return (v.get(a) in (None, "")) == (v.get(b) in (None, ""))
    return check


def requires(field: str, other: str):
    """Rule predicate: when ``field`` has a value, ``other`` must too."""
    def check(v: dict) -> bool:
        return v.get(field) in (None, "", False, []) or v.get(other) not in (None, "", [])
    return check


def at(y: int, m: int, d: int, hh: int = 9, mm: int = 0) -> dt.datetime:
    """A local, aware date-time (for example records)."""
    return dt.datetime(y, m, d, hh, mm).astimezone()


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    import calendar

    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def note_field() -> F:
    return F("note", Kind.LONGTEXT, "備考", "Notes")

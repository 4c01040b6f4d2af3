"""管理体制 (structure) beside the generic register: the revision in effect on a date, and a
new revision copied from an old one (the old one stays as it was)."""

from __future__ import annotations

import datetime as dt

from desktop.registers.definitions import structure

SLUG = "structure"


def as_of(svc, date: dt.date) -> dict | None:
    """The revision in effect on ``date`` (with ``effective_to``), or None before the first."""
    return structure.as_of(svc.conn, date)


def revise(svc, base_id: int, effective_from: dt.date, changes: dict | None = None) -> int:
    """Create a new revision from ``base_id`` effective from ``effective_from``, with
    ``changes`` applied (members are copied; give ``members`` to replace them)."""
    base = svc.get(SLUG, base_id)
    values = {f.name: base.get(f.name) for f in svc.register(SLUG).fields}
    values["members"] = [{k: v for k, v in m.items() if k != "id"} for m in base.get("members") or []]
    values["effective_from"] = effective_from
    values["change_reason"] = None
    values.update(changes or {})
    return svc.create(SLUG, values)

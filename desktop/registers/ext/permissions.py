"""許可・了解の申請 (permissions) beside the generic register: the acts recorded under one
permission (every act register declared with :func:`desktop.registers.coverage.declare_act`)
with the result of the coverage rule for each, and the status as an officer reads it
(期間満了 derived from the period)."""

from __future__ import annotations

import datetime as dt

from desktop.registers import coverage
from desktop.registers.definitions import permissions


def acts_for(svc, permission_id: int, *, limit: int = 200) -> list[dict]:
    """``[{"register", "register_label", "id", "title", "date", "coverage", "coverage_label"}]`` of
    the acts linking the permission, newest first (read by the acts' permission index)."""
    labels = {c.value: c.label for c in coverage.COVERAGE_CHOICES}
    out = []
    for spec in coverage.act_specs():
        reg = svc.register(spec.slug)
        rows = svc.conn.execute(
            f"SELECT id, {spec.date_column}, {spec.coverage_field} FROM {spec.table}"
            f" WHERE {spec.permission_field} = ? ORDER BY id DESC LIMIT ?", (permission_id, limit)).fetchall()
        for rid, when, code in rows:
            out.append({"register": spec.slug, "register_label": reg.label, "id": rid,
                        "title": svc.title(spec.slug, rid), "date": coverage._to_date(when),
                        "coverage": code, "coverage_label": labels.get(code, code or "")})
    out.sort(key=lambda a: (a["date"] or dt.date.min, a["id"]), reverse=True)
    return out[:limit]


def status_text(svc, permission_id: int) -> str:
    """許可 / 申請中 / … or 期間満了 (derived: granted and the period has ended)."""
    return permissions.status_text(svc.get("permissions", permission_id), svc.today())

"""引継記録 (handovers) beside the generic register: a person's handovers, given and taken —
what the staff register shows where its handover sub-list used to be (A17-6)."""

from __future__ import annotations

import datetime as dt


def for_staff(svc, staff_id: int) -> list[dict]:
    """Handovers from or to the person, newest first:
    ``[{"id", "handed_on", "role", "given": bool, "other": name or None, "confirmed": bool}]``."""
    rows = svc.conn.execute(
        "SELECT h.id, h.handed_on, h.role, h.from_staff = ?, o.name,"
        "       h.from_confirmed_on IS NOT NULL AND h.to_confirmed_on IS NOT NULL"
        " FROM handovers h LEFT JOIN staff o ON o.id = CASE WHEN h.from_staff = ? THEN h.to_staff ELSE h.from_staff END"
        " WHERE h.from_staff = ? OR h.to_staff = ? ORDER BY h.handed_on DESC, h.id DESC",
        (staff_id, staff_id, staff_id, staff_id)).fetchall()
    return [{"id": r[0], "handed_on": dt.date.fromisoformat(r[1]), "role": r[2] or "", "given": bool(r[3]),
             "other": r[4], "confirmed": bool(r[5])} for r in rows]

"""教育実施記録 (training-sessions) beside the generic register: a person's training history
and who has had no training in a fiscal year (A17-5)."""

from __future__ import annotations

import datetime as dt

from desktop.registers.definitions import training_sessions


def history_for(svc, staff_id: int) -> list[dict]:
    """The sessions a person attended, newest first: ``[{"id", "held_on", "title", "trainer"}]``."""
    return [{"id": r[0], "held_on": dt.date.fromisoformat(r[1]), "title": r[2], "trainer": r[3]}
            for r in svc.conn.execute(
                "SELECT s.id, s.held_on, s.title, s.trainer FROM training_sessions s"
                " JOIN training_sessions_attendees a ON a.owner_id = s.id WHERE a.ref_id = ?"
                " ORDER BY s.held_on DESC, s.id DESC", (staff_id,))]


def untrained_staff(svc, fiscal_year: int) -> list[tuple[int, str]]:
    """``[(staff id, name)]`` active in the fiscal year (April–March) without any session."""
    return training_sessions.untrained_staff(svc.conn, fiscal_year)

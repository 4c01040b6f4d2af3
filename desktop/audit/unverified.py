"""What the app cannot vouch for and an administrator checks by eye.

* Events found in the key-slot file without a valid MAC (``unverified_events``): anyone able
  to edit that file could have written them, so they never enter the audit chain; they are
  listed apart, as unverified.
* The first administrator's signing-key fingerprint: every role grant is replayed back to that
  key, so it is compared by hand with the one printed on the recovery sheet.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.protocols import VaultLike


@dataclass(frozen=True)
class UnverifiedEvent:
    id: int
    recorded_at: str
    event: str
    user_id: str | None
    details: dict
    imported_at: str


def list_unverified(vault: VaultLike, *, limit: int = 1000) -> list[UnverifiedEvent]:
    """Unverified events, newest first (administrators only)."""
    vault.session.require_admin()
    rows = vault.conn.execute(
        "SELECT id, recorded_at, event, user_id, details, imported_at FROM unverified_events"
        " ORDER BY id DESC LIMIT ?", (int(limit),)).fetchall()
    events = []
    for r in rows:
        try:
            details = json.loads(r[4])
        except (TypeError, ValueError):
            details = {"raw": str(r[4])}
        events.append(UnverifiedEvent(int(r[0]), str(r[1]), str(r[2]), r[3],
                                      details if isinstance(details, dict) else {"raw": details}, str(r[5])))
    return events


def first_admin_fingerprint(vault: VaultLike) -> str | None:
    """The first administrator's signing-key fingerprint (``1A2B 3C4D …``), None when the
    trail predates signatures."""
    from desktop.audit.verification import first_admin_fingerprint as from_trail

    return from_trail(vault.conn)

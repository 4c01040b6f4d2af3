"""ウイルス対策・パッチ適用状況 (endpoint-checks) beside the generic register: an infection
found at a check becomes an incident (A20-1) — the incident record is created from the check
and linked back to it, in the register service's audited writes."""

from __future__ import annotations

import datetime as dt

from desktop.errors import DaichoError
from desktop.i18n import tr

SLUG = "endpoint-checks"
CTX = "EndpointChecks"


def needs_incident(rec: dict) -> bool:
    """True when the check found an infection and no incident is linked yet."""
    return rec.get("scan_result") == "infected" and rec.get("incident") is None


def incident_values(svc, record_id: int) -> dict:
    """What the new incident record starts with (title, type, detection time, affected system)."""
    rec = svc.get(SLUG, record_id)
    asset = svc.title("equipment", rec["equipment"])
    day = rec.get("last_scan_on") or rec["checked_on"]
    detected = dt.datetime.combine(day, dt.time(9, 0)).astimezone()
    return {
        "title": tr(CTX, "ウイルス検出（{asset}）").format(asset=asset),
        "incident_type": "malware",
        "detected_at": detected,
        "affected_systems": asset,
        "status": "open",
        "note": tr(CTX, "ウイルス対策・パッチ適用状況の確認（{day}）で検出").format(day=rec["checked_on"].isoformat()),
    }


def open_incident(svc, record_id: int, changes: dict | None = None) -> int:
    """Create the incident for an infection found at check ``record_id`` and link it to the
    check; returns the incident's id. Refused when the check found nothing or already has one."""
    svc.session.require_write()
    rec = svc.get(SLUG, record_id)
    if not needs_incident(rec):
        raise DaichoError(tr(CTX, "この確認ではウイルスが検出されていないか、既に事故記録が作成されています。"))
    values = {**incident_values(svc, record_id), **(changes or {})}
    incident_id = svc.create("incidents", values)
    svc.update(SLUG, record_id, {"incident": incident_id})
    return incident_id

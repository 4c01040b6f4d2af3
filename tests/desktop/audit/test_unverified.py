"""Events written into the key file without authentication reach ``unverified_events`` and
are listed to administrators only, never as trail entries; the first administrator's
signing-key fingerprint is available for comparison with the recovery sheet."""

from __future__ import annotations

import re

import pytest

from desktop.audit import trail
from desktop.audit.unverified import first_admin_fingerprint, list_unverified
from desktop.errors import PermissionDenied
from desktop.vault.keyfile import KeyFile, keyfile_path
from tests.foundation import OFFICER_ID, OFFICER_PASSWORD, add_officer


def inject_unverified(path, *events):
    """Write events into the state's unauthenticated bucket, as anyone editing the file could."""
    kpath = keyfile_path(path)
    kf = KeyFile.load(kpath)
    kf.state.setdefault("unauthenticated", []).extend(events)
    kf.save(kpath)


FORGED = {"at": "2026-11-30T09:00:00+09:00", "event": "auth.failure", "user_id": "admin",
          "host": "pc-x", "reason": "password"}


def test_unverified_events_listed_apart_from_the_trail(vault, reopen):
    v = add_officer(vault, reopen)
    path = v.path
    v.close()
    inject_unverified(path, FORGED, {"at": "2026-11-30T09:01:00+09:00", "event": "auth.login", "user_id": None})
    v = reopen(path)
    events = list_unverified(v)
    assert [e.event for e in events] == ["auth.login", "auth.failure"]  # newest first
    assert events[1].user_id == "admin" and events[1].details == {"host": "pc-x", "reason": "password"}
    assert events[1].recorded_at == "2026-11-30T09:00:00+09:00"
    assert not [e for e in trail.query(v.conn, actions=["auth.failure"]) if e.at.startswith("2026-11-30T09:00")]
    assert next(trail.query(v.conn, actions=["auth.unverified_events"])).details == {"count": 2}
    v = reopen(v, OFFICER_ID, OFFICER_PASSWORD)
    with pytest.raises(PermissionDenied):
        list_unverified(v)
    v.close()


def test_no_unverified_events(vault):
    assert list_unverified(vault) == []


def test_first_admin_fingerprint(vault):
    fp = first_admin_fingerprint(vault)
    assert fp and re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4})+", fp), fp

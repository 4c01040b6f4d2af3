# ruff: noqa: N802 - test names carry the clause IDs (A11-1-4 …) as written
"""App users linked to their staff record (A11-1-4): administrators only, audited, checked."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.accounts.service import AccountService
from desktop.accounts.session import Session
from desktop.audit import trail
from desktop.errors import PermissionDenied, ValidationError
from desktop.registers.service import RegisterService


def _staff(vault, name="鈴木 花子"):
    return RegisterService(vault).create("staff", {"name": name, "started_on": dt.date(2025, 4, 1)})


def test_A11_1_4_link_and_unlink_staff_is_audited(vault):
    accounts = AccountService(vault)
    sid = _staff(vault)
    accounts.create_user("suzuki", "鈴木 花子", "officer", "Hakusan-Peak-2702!")
    accounts.link_staff("suzuki", sid)
    assert accounts.staff_links() == {"suzuki": sid}
    accounts.link_staff("suzuki", sid)  # unchanged: no second entry
    accounts.link_staff("suzuki", None)
    assert accounts.staff_links() == {}
    entries = list(trail.query(vault.conn, actions=["user.link_staff"]))
    assert [(e.details["before"]["staff_id"], e.details["after"]["staff_id"]) for e in reversed(entries)] == [
        (None, sid), (sid, None)]
    assert vault.verify_audit().ok


def test_A11_1_4_link_to_missing_staff_is_refused(vault):
    accounts = AccountService(vault)
    accounts.create_user("suzuki", "鈴木 花子", "officer", "Hakusan-Peak-2702!")
    with pytest.raises(ValidationError) as err:
        accounts.link_staff("suzuki", 999)
    assert "staff_id" in err.value.errors
    assert accounts.staff_links() == {}


def test_A11_1_4_only_administrators_link_staff(vault):
    accounts = AccountService(vault)
    sid = _staff(vault)
    saved = vault.session
    vault.session = Session("officer", "担当 者", "officer")
    try:
        with pytest.raises(PermissionDenied):
            accounts.link_staff("admin", sid)
    finally:
        vault.session = saved
    assert accounts.staff_links() == {}

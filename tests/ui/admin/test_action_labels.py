"""Every action a realistic session writes into the audit trail has a readable label in the
audit-log viewer (no raw codes like "register.update" shown to the officer)."""

from __future__ import annotations

import datetime as dt

from desktop.accounts.service import AccountService
from desktop.backup import export_backup
from desktop.registers import RegisterService
from desktop.settings.service import update_settings
from desktop.submittals import service as submittals
from tests.desktop.submittals.records import seed
from ui.admin.audit_log import ACTION_LABELS


def test_every_action_of_a_session_has_a_label(vault, tmp_path):
    seeded = seed(vault, exchanges=5)
    svc = RegisterService(vault)
    staff_id = svc.page("staff", None, limit=1).rows[0].id
    svc.update("staff", staff_id, {"affiliation": "更新後の所属"})
    svc.export_csv("staff", tmp_path / "staff.csv")
    update_settings(vault, {"session.idle_lock_minutes": 5})
    AccountService(vault).create_user("tanaka", "田中 一郎", "officer", "Noto-Peninsula-Ferry-77")
    submittals.issue(vault, "staff-roster", {"as_of": dt.date(2026, 3, 31)}, out=tmp_path / "r.pdf")
    export_backup(vault, tmp_path / "b.daicho-backup", "Hakusan-Snow-Bridge-4412")
    assert seeded is not None
    actions = {r[0] for r in vault.conn.execute("SELECT DISTINCT action FROM audit_log")}
    assert {"register.create", "register.update", "register.export", "submittal.issue", "backup.export"} <= actions
    missing = sorted(a for a in actions if a not in ACTION_LABELS)
    assert not missing, missing

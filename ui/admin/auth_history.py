"""認証履歴 (A10-5 オ): the audit viewer preset to authentication events."""

from __future__ import annotations

from desktop.i18n import tr
from ui.admin.audit_log import AuditLogView
from ui.sections import Section


def make_section(ctx) -> Section | None:
    if not ctx.session.is_admin:
        return None
    view = AuditLogView(ctx, preset="auth", title=tr("AuditLog", "認証履歴"))
    view.setObjectName("authHistoryView")
    return Section("admin.auth_history", tr("AuditLog", "認証履歴"), view, group=tr("MainWindow", "管理"))

"""Reading the audit trail for the GUI's viewer and dashboard (no SQL in ``ui/``).

Administrators review the whole trail (A11-6, A19-1); every user may see their own last
login. Verification goes through :meth:`desktop.vault.Vault.verify_audit`, which also checks
the head mirrored in the key-slot file.
"""

from __future__ import annotations

from desktop.audit import trail
from desktop.protocols import OpenVault


class AuditService:
    def __init__(self, vault: OpenVault) -> None:
        self.vault = vault

    def query(self, *, actor: str | None = None, actions: list[str] | None = None,
              action_prefix: str | None = None, since: str | None = None,
              until: str | None = None, limit: int = 200,
              before_seq: int | None = None) -> list[trail.Entry]:
        """One page of entries, newest first (administrators only)."""
        self.vault.session.require_admin()
        return list(trail.query(self.vault.conn, actor=actor, actions=actions,
                                action_prefix=action_prefix, since=since, until=until, limit=limit,
                                before_seq=before_seq))

    def actors(self) -> list[str]:
        self.vault.session.require_admin()
        rows = self.vault.conn.execute(
            "SELECT DISTINCT actor FROM audit_log WHERE actor IS NOT NULL ORDER BY actor").fetchall()
        return [r[0] for r in rows]

    def actions(self) -> list[str]:
        self.vault.session.require_admin()
        rows = self.vault.conn.execute(
            "SELECT DISTINCT action FROM audit_log ORDER BY action").fetchall()
        return [r[0] for r in rows]

    def verify(self) -> trail.ChainReport:
        self.vault.session.require_admin()
        return self.vault.verify_audit()

    def last_login(self, user_id: str) -> str | None:
        """When ``user_id`` logged in before the current session (ISO time), if ever."""
        rows = list(trail.query(self.vault.conn, actor=user_id,
                                actions=["auth.login", "auth.login_recovery"], limit=2))
        return rows[1].at if len(rows) > 1 else None

    def recent_failures(self, user_id: str, since: str | None) -> int:
        """Failed logins for ``user_id`` since ``since`` (shown to the user on the dashboard)."""
        return sum(1 for _ in trail.query(self.vault.conn, actor=user_id, actions=["auth.failure"],
                                          since=since, limit=1000))


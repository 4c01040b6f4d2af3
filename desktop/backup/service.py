"""What the GUI calls: the backup features of one open vault, behind one small object."""

from __future__ import annotations

import datetime as dt

from desktop.accounts import policy as pw
from desktop.backup import export, history, passphrase


class BackupService:
    def __init__(self, vault) -> None:
        self.vault = vault

    def history(self, limit: int = 1000) -> list[history.HistoryEntry]:
        return history.list_history(self.vault.conn, limit=limit)

    def status(self, today: dt.date | None = None):
        return history.backup_status(self.vault.conn, today or dt.date.today())

    def status_text(self, today: dt.date | None = None) -> str:
        return history.backup_status_text(self.vault.conn, today or dt.date.today())

    def policy(self) -> pw.Policy:
        return pw.Policy.from_vault(self.vault.conn)

    def check_passphrase(self, passphrase: str) -> None:
        """Strength only (fast, GUI thread); the export also refuses a login password."""
        export.check_passphrase(passphrase, self.policy(), user_id=self.vault.session.user_id)

    def generate_passphrase(self) -> str:
        return passphrase.new_passphrase(self.policy(), user_id=self.vault.session.user_id)

    def passphrase_sheet(self, generated: str, *, backup_name: str = "") -> bytes:
        """The printable 保管票 of a generated passphrase (PDF bytes; not recorded anywhere)."""
        from desktop import settings
        from desktop.submittals.forms.passphrase_sheet import render_passphrase_sheet

        return render_passphrase_sheet(office_name=str(settings.get(self.vault.conn, "office.name") or ""),
                                       passphrase=generated, created_at=dt.date.today(), backup_name=backup_name)

    def create_file(self, target, passphrase: str, progress=None) -> export.ExportResult:
        """Thread-safe part (worker thread)."""
        return export.create_backup_file(self.vault, target, passphrase, progress=progress)

    def record(self, result: export.ExportResult) -> int:
        """Vault-thread part."""
        return export.record_backup(self.vault, result)

    def audit_restore_elsewhere(self, result, backup_path) -> None:
        """A restore into another file, done while this vault is open: note it here too."""
        self.vault.audit("backup.restore_elsewhere", entity="backup", details={
            "backup": str(backup_path), "to": str(result.path), "via": result.via,
            "backup_created_at": result.backup_created_at,
        })

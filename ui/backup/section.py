"""The "バックアップ" section: last backup / reminder, history, and the export, verify and
restore actions. Also :func:`status_widget_text` for the dashboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.backup import copies, schedule
from desktop.backup.service import BackupService
from desktop.i18n import tr
from ui.sections import Section
from ui.widgets import tones
from ui.widgets.a11y import name_inputs
from ui.widgets.dates import format_timestamp


class HistoryModel(QAbstractTableModel):
    KIND, AT, USER, SIZE, SHA256, PATH = range(6)
    HEADERS = (tr("Backup", "種別"), tr("Backup", "日時"), tr("Backup", "実行者"), tr("Backup", "サイズ"),
               "SHA-256", tr("Backup", "場所"))
    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self.calendar = "wareki"
        self.names: dict[str, str] = {}

    def set_rows(self, rows: list, *, calendar: str = "wareki", names: dict[str, str] | None = None) -> None:
        """``calendar``: the ``display.calendar`` setting; ``names``: user ID -> name."""
        self.beginResetModel()
        self.rows = list(rows)
        self.calendar = calendar
        self.names = names or {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        if role == self.EntryRole:
            return e
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == self.KIND:
                return tr("Backup", "作成") if e.kind == "export" else tr("Backup", "復元")
            if col == self.AT:
                return format_timestamp(e.at, self.calendar)
            if col == self.USER:
                if not e.user_id:
                    return tr("Backup", "（リカバリーキー）")
                name = self.names.get(e.user_id)
                return f"{name}（{e.user_id}）" if name else e.user_id
            if col == self.SIZE:
                return f"{e.size / 1_000_000:,.1f} MB"
            if col == self.SHA256:
                return e.sha256[:16] + "…"
            if col == self.PATH:
                return e.path
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.SHA256:
            return e.sha256
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.AT:
            return format_timestamp(e.at, self.calendar, seconds=True)
        return None


def status_widget_text(vault, today: dt.date | None = None) -> tuple[str, bool]:
    """(one line for the dashboard, overdue)."""
    service = BackupService(vault)
    _last, overdue = service.status(today)
    return service.status_text(today), overdue


class BackupView(QWidget):
    def __init__(self, ctx, *, runner=None) -> None:
        super().__init__()
        self.setObjectName("backupView")
        self.ctx = ctx
        self.runner = runner
        self.status = QLabel()
        self.status.setObjectName("backupReminder")
        self.status.setWordWrap(True)
        session = ctx.vault.session
        self.export_button = QPushButton(tr("Backup", "バックアップを作成…"))
        self.export_button.setObjectName("backupExportButton")
        self.export_button.setEnabled(session.can_write)
        self.restore_button = QPushButton(tr("Backup", "検証・復元…"))
        self.restore_button.setObjectName("backupRestoreButton")
        self.restore_button.setEnabled(session.is_admin)
        self.export_button.clicked.connect(self.open_export)
        self.restore_button.clicked.connect(self.open_restore)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setObjectName("backupHistory")
        self.table.setAccessibleName(tr("Backup", "バックアップの履歴"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(HistoryModel.PATH, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        # scheduled backups and the rollback copies beside the vault (issue 18)
        self.schedule_status = QLabel()
        self.schedule_status.setObjectName("scheduleStatusLine")
        self.schedule_status.setWordWrap(True)
        self.schedule_button = QPushButton(tr("Backup", "定期バックアップの設定…"))
        self.schedule_button.setObjectName("backupScheduleButton")
        self.schedule_button.setEnabled(session.is_admin)
        self.schedule_button.clicked.connect(self.open_schedule)
        self.run_now_button = QPushButton(tr("Backup", "定期バックアップを今すぐ実行"))
        self.run_now_button.setObjectName("backupRunNowButton")
        self.run_now_button.clicked.connect(self.run_now)
        self.copies_button = QPushButton(tr("Backup", "台帳の退避コピー…"))
        self.copies_button.setObjectName("rollbackCopiesButton")
        self.copies_button.setEnabled(session.is_admin)
        self.copies_button.clicked.connect(self.open_copies)
        self.copies_note = QLabel()
        self.copies_note.setObjectName("rollbackCopiesNote")
        self.copies_note.setWordWrap(True)
        scheduled = QHBoxLayout()
        scheduled.addWidget(self.schedule_button)
        scheduled.addWidget(self.run_now_button)
        scheduled.addWidget(self.copies_button)
        scheduled.addStretch(1)
        hint = QLabel(tr("Backup", "バックアップは1つの暗号化ファイルです。パスフレーズがあれば別のPCでも復元できます。登録済みの媒体に保存してください。"))
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addLayout(buttons)
        lay.addWidget(hint)
        lay.addWidget(self.schedule_status)
        lay.addLayout(scheduled)
        lay.addWidget(self.copies_note)
        lay.addWidget(QLabel(tr("Backup", "履歴")))
        lay.addWidget(self.table, 1)
        self.refresh()
        ctx.data_changed.connect(lambda what: self.refresh() if what in ("backup", "settings") else None)
        name_inputs(self)

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        vault = self.ctx.vault
        if vault is None or vault.conn is None:
            return
        text, overdue = status_widget_text(vault)
        self.status.setText(("⚠ " if overdue else "") + text)
        self.status.setStyleSheet(tones.text_style("error", bold=True) if overdue else "")
        self.model.set_rows(BackupService(vault).history(), calendar=vault.setting("display.calendar"),
                            names=self._names(vault))
        line, failed = schedule.status_line(vault.conn)
        self.schedule_status.setText(("⚠ " if failed else "") + tr("Backup", "定期バックアップ: ") + line)
        self.schedule_status.setStyleSheet(tones.text_style("error", bold=True) if failed else "")
        configured = schedule.load_config(vault.conn).enabled and schedule.has_passphrase(vault.conn)
        self.run_now_button.setEnabled(vault.session.can_write and configured and self._scheduler() is not None)
        old = copies.offered_for_deletion(vault) if vault.session.is_admin else []
        self.copies_note.setVisible(bool(old))
        self.copies_note.setText(tr("Backup", "{days} 日以上前の台帳の退避コピーが {n} 件あります。不要なら「台帳の退避コピー」から削除してください。").format(
            days=vault.setting(copies.OFFER_DAYS_KEY), n=len(old)))
        self.copies_note.setStyleSheet(tones.text_style("warn"))

    @staticmethod
    def _names(vault) -> dict[str, str]:
        from desktop.accounts.service import AccountService

        try:
            return {u.user_id: u.display_name for u in AccountService(vault).list_users(include_deleted=True)}
        except Exception:  # noqa: BLE001 - names are a courtesy; the ID is always shown
            return {}

    def _scheduler(self):
        return getattr(self.ctx.parent(), "backup_scheduler", None)

    def open_schedule(self):
        from ui.backup.schedule_dialog import ScheduleDialog

        dialog = ScheduleDialog(self.ctx.vault, runner=self.runner, parent=self)
        dialog.saved.connect(lambda: self.ctx.data_changed.emit("backup"))
        dialog.open()
        return dialog

    def open_copies(self):
        from ui.backup.copies_dialog import CopiesDialog

        dialog = CopiesDialog(self.ctx.vault, parent=self)
        dialog.changed.connect(lambda: self.ctx.data_changed.emit("backup"))
        dialog.open()
        return dialog

    def run_now(self) -> bool:
        scheduler = self._scheduler()
        return bool(scheduler is not None and scheduler.start("manual"))

    def open_export(self):
        from ui.backup.export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx.vault, runner=self.runner, parent=self)
        dialog.exported.connect(lambda _r: self.ctx.data_changed.emit("backup"))
        dialog.open()
        return dialog

    def open_restore(self):
        from ui.backup.restore_wizard import RestoreWizard

        window = self.ctx.parent()
        shutdown = getattr(window, "shutdown", None)
        logout = getattr(window, "request_logout", None)
        wizard = RestoreWizard(
            self.ctx.vault, runner=self.runner, parent=self,
            close_current=shutdown if callable(shutdown) and callable(logout) else None,
            after_replace=logout if callable(logout) else None,
        )
        wizard.restored.connect(lambda _r: self.refresh())
        wizard.open()
        return wizard


def make_section(ctx) -> Section | None:
    if ctx.vault.session.role not in ("admin", "officer"):
        return None
    return Section("backup", tr("Backup", "バックアップ"), BackupView(ctx), group=tr("MainWindow", "管理"))

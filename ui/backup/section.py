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

from desktop.backup.service import BackupService
from desktop.i18n import tr
from ui.sections import Section


class HistoryModel(QAbstractTableModel):
    KIND, AT, USER, SIZE, SHA256, PATH = range(6)
    HEADERS = (tr("Backup", "種別"), tr("Backup", "日時"), tr("Backup", "実行者"), tr("Backup", "サイズ"),
               "SHA-256", tr("Backup", "場所"))
    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
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
                return e.at.replace("T", " ")[:19]
            if col == self.USER:
                return e.user_id or tr("Backup", "（リカバリーキー）")
            if col == self.SIZE:
                return f"{e.size / 1_000_000:,.1f} MB"
            if col == self.SHA256:
                return e.sha256[:16] + "…"
            if col == self.PATH:
                return e.path
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.SHA256:
            return e.sha256
        return None


def status_widget_text(vault, today: dt.date | None = None) -> tuple[str, bool]:
    """(one line for the dashboard, overdue) — e.g. for ui/home.py."""
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
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(HistoryModel.PATH, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        hint = QLabel(tr("Backup", "バックアップは1つの暗号化ファイルです。パスフレーズがあれば別のPCでも復元できます。登録済みの媒体に保存してください。"))
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addLayout(buttons)
        lay.addWidget(hint)
        lay.addWidget(QLabel(tr("Backup", "履歴")))
        lay.addWidget(self.table, 1)
        self.refresh()
        ctx.data_changed.connect(lambda what: self.refresh() if what in ("backup", "settings") else None)

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        vault = self.ctx.vault
        if vault is None or vault.conn is None:
            return
        text, overdue = status_widget_text(vault)
        self.status.setText(("⚠ " if overdue else "") + text)
        self.status.setStyleSheet("color: #b71c1c; font-weight: bold;" if overdue else "")
        self.model.set_rows(BackupService(vault).history())

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

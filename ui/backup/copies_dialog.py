"""The administrator's list of rollback copies beside the vault (pre-migration, before-restore):
date, size, why, former users whose key slot they still hold; delete (audited); select those
older than N days."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from desktop.backup import copies
from desktop.errors import DaichoError
from desktop.i18n import tr
from ui.widgets import messages, tones
from ui.widgets.a11y import name_inputs


class CopiesModel(QAbstractTableModel):
    CREATED, KIND, SIZE, FORMER, NAME = range(5)
    HEADERS = (tr("Backup", "作成日時"), tr("Backup", "理由"), tr("Backup", "サイズ"),
               tr("Backup", "削除済みユーザーのキー"), tr("Backup", "ファイル"))
    CopyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[copies.RollbackCopy, str]] = []

    def set_rows(self, rows: list[tuple[copies.RollbackCopy, str]]) -> None:
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
        copy, former = self.rows[index.row()]
        if role == self.CopyRole:
            return copy
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CREATED:
                return copy.created_at.strftime("%Y-%m-%d %H:%M")
            if col == self.KIND:
                return copy.reason()
            if col == self.SIZE:
                return f"{copy.size / 1_000_000:,.1f} MB"
            if col == self.FORMER:
                return former or "—"
            if col == self.NAME:
                return copy.name
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME:
            return str(copy.path)
        return None


class CopiesDialog(QDialog):
    changed = Signal()

    def __init__(self, vault, *, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("rollbackCopiesDialog")
        self.setWindowTitle(tr("Backup", "台帳の退避コピー"))
        self.resize(980, 380)
        self.vault = vault
        intro = QLabel(tr("Backup", "スキーマの更新前と、復元で置き換える前に、台帳の控えを自動で残しています。"
                                    "控えには当時のユーザーのキーが残るため、削除したユーザーも以前のパスワードで開けます。"
                                    "不要になった控えは削除してください（監査ログに記録されます）。"))
        intro.setWordWrap(True)
        self.model = CopiesModel(self)
        self.table = QTableView()
        self.table.setObjectName("rollbackCopies")
        self.table.setAccessibleName(tr("Backup", "台帳の退避コピーの一覧"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in (CopiesModel.CREATED, CopiesModel.SIZE, CopiesModel.FORMER, CopiesModel.NAME):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CopiesModel.KIND, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.days = QSpinBox()
        self.days.setObjectName("copiesOlderDays")
        self.days.setAccessibleName(tr("Backup", "選択する控えの経過日数"))
        self.days.setRange(0, 3650)
        self.days.setValue(vault.setting(copies.OFFER_DAYS_KEY))
        self.days.setSuffix(tr("Backup", " 日"))
        self.select_old = QPushButton(tr("Backup", "これより古いものを選択"))
        self.select_old.clicked.connect(self.select_older)
        self.delete_button = QPushButton(tr("Backup", "選択した控えを削除…"))
        self.delete_button.setObjectName("deleteCopiesButton")
        self.delete_button.clicked.connect(self.delete_selected)
        close = QPushButton(tr("Backup", "閉じる"))
        close.clicked.connect(self.accept)
        self.status = QLabel()
        self.status.setObjectName("copiesStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.days)
        row.addWidget(self.select_old)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        lay.addLayout(row)
        self.refresh()
        name_inputs(self)

    def refresh(self) -> None:
        live = set(self.vault.keyfile.users) | set(self.vault.keyfile.disabled)
        rows = [(c, "、".join(sorted(c.users() - live))) for c in copies.list_copies(self.vault.path)]
        self.model.set_rows(rows)
        self.delete_button.setEnabled(bool(rows))
        old = copies.older_than([c for c, _ in rows], self.days.value())
        if not rows:
            self.status.setText(tr("Backup", "退避コピーはありません。"))
        elif old:
            self.status.setText(tr("Backup", "{days} 日以上前の控えが {n} 件あります。不要なら削除してください。").format(
                days=self.days.value(), n=len(old)))
        else:
            self.status.setText("")
        self.status.setStyleSheet(tones.text_style("warn") if old else "")

    def selected(self) -> list[copies.RollbackCopy]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r][0] for r in rows]

    def select_older(self) -> None:
        self.table.clearSelection()
        old = {c.path for c in copies.older_than([c for c, _ in self.model.rows], self.days.value())}
        for r, (c, _former) in enumerate(self.model.rows):
            if c.path in old:
                self.table.selectionModel().select(
                    self.model.index(r, 0),
                    self.table.selectionModel().SelectionFlag.Select | self.table.selectionModel().SelectionFlag.Rows)

    def delete_selected(self) -> list[str]:
        chosen = self.selected()
        if not chosen:
            self.status.setText(tr("Backup", "削除する控えを選択してください。"))
            return []
        if not messages.confirm(self, tr("Backup", "退避コピーの削除"), tr(
                "Backup", "選択した {n} 件の控えを削除します。元に戻せません。よろしいですか？").format(n=len(chosen)),
                ok_text=tr("Backup", "削除する"), danger=True):
            return []
        try:
            deleted = copies.delete_copies(self.vault, chosen, reason="manual")
        except DaichoError as exc:
            self.status.setText(messages.error_text(exc))
            self.status.setStyleSheet(tones.text_style("error"))
            return []
        self.refresh()
        self.status.setText(tr("Backup", "{n} 件の控えを削除しました。").format(n=len(deleted)))
        self.changed.emit()
        return deleted

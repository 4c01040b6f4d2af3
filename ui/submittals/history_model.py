"""The table of issued submittals (発行履歴): one row per issued document, newest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.i18n import QT_TRANSLATE_NOOP, tr
from ui.widgets.dates import format_timestamp

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

COL_ISSUED, COL_NUMBER, COL_TITLE, COL_BY, COL_PAGES, COL_SIZE, COL_SHA256 = range(7)
_HEADERS = [
    QT_TRANSLATE_NOOP("Submittals", "発行日時"),
    QT_TRANSLATE_NOOP("Submittals", "文書番号"),
    QT_TRANSLATE_NOOP("Submittals", "表題"),
    QT_TRANSLATE_NOOP("Submittals", "発行者"),
    QT_TRANSLATE_NOOP("Submittals", "ページ"),
    QT_TRANSLATE_NOOP("Submittals", "サイズ"),
    QT_TRANSLATE_NOOP("Submittals", "SHA-256"),
]


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class HistoryModel(QAbstractTableModel):
    """Rows are :class:`desktop.submittals.history.HistoryEntry` values."""

    def __init__(self, parent=None, calendar: str = "wareki") -> None:
        super().__init__(parent)
        self.calendar = calendar
        self.entries: list = []

    def set_entries(self, entries: list) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def entry(self, row: int):
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("Submittals", _HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role == ENTRY_ROLE:
            return e
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ISSUED:
                return format_timestamp(e.issued_at, self.calendar)
            if col == COL_NUMBER:
                return e.doc_number or "—"
            if col == COL_TITLE:
                return e.title
            if col == COL_BY:
                return e.issued_by_name or e.issued_by
            if col == COL_PAGES:
                return str(e.pages)
            if col == COL_SIZE:
                return size_text(e.size)
            if col == COL_SHA256:
                return e.sha256[:16] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_SHA256:
                return e.sha256
            if col == COL_BY:
                return e.issued_by
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_PAGES, COL_SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

"""Attachments: a list (name, size, SHA-256, who added it), preview inside the app and
"名前を付けて保存".

Preview reads the bytes through the service into memory: images become a :class:`QPixmap`
(``loadFromData``), PDFs go to :class:`ui.widgets.pdf_view.PdfView`. Nothing is written to a
temp file. "名前を付けて保存" asks for a path and lets the service write (and audit) it.

:class:`AttachmentsEditor` is the form's editor for an attachments field: files chosen
before saving are kept as paths and added through the service right after the record is
stored (the record id is needed first).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.registers.model import Field
from ui.widgets import files, messages, tones
from ui.widgets.dates import format_timestamp

CTX = "Attachments"
INFO_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
#: previews above this size are not rendered (they can still be saved)
PREVIEW_LIMIT = 60 * 1024 * 1024


def size_text(n: int) -> str:
    if n < 1024:
        return tr(CTX, "{n} バイト").format(n=n)
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


class AttachmentTable(QTableWidget):
    COLS = ("name", "size", "sha256", "added")

    def __init__(self, parent=None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("attachmentTable")
        self.setHorizontalHeaderLabels([tr(CTX, "ファイル名"), tr(CTX, "サイズ"), tr(CTX, "SHA-256"),
                                        tr(CTX, "追加")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        h = self.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnWidth(2, 150)
        self.setMinimumHeight(90)
        self.setMaximumHeight(180)

    def add_info(self, info, calendar: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        name = QTableWidgetItem(info.name)
        name.setData(INFO_ROLE, info)
        name.setToolTip(info.media_type)
        size = QTableWidgetItem(size_text(info.size))
        size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        digest = QTableWidgetItem(info.sha256[:16] + "…")
        digest.setToolTip(info.sha256)
        added = QTableWidgetItem(f"{info.added_by or ''}　{format_timestamp(info.added_at, calendar)}")
        for col, item in enumerate((name, size, digest, added)):
            self.setItem(row, col, item)

    def add_pending(self, path: Path) -> None:
        row = self.rowCount()
        self.insertRow(row)
        name = QTableWidgetItem(path.name)
        name.setData(PATH_ROLE, str(path))
        name.setToolTip(str(path))
        try:
            n = path.stat().st_size
        except OSError:
            n = 0
        size = QTableWidgetItem(size_text(n))
        size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        pending = QTableWidgetItem(tr(CTX, "（保存時に計算）"))
        added = QTableWidgetItem(tr(CTX, "保存時に追加"))
        for col, item in enumerate((name, size, pending, added)):
            self.setItem(row, col, item)

    def current_info(self):
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return item.data(INFO_ROLE) if item else None


class AttachmentPreview(QWidget):
    """An image or a PDF shown from bytes in memory; other types get a plain note."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentPreview")
        self.stack = QStackedWidget()
        self.note = QLabel(tr(CTX, "添付ファイルを選ぶと、ここに内容が表示されます（画像・PDF）。"))
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setStyleSheet(tones.text_style("muted"))
        self.image = QLabel()
        self.image.setObjectName("imagePreview")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image_scroll = QScrollArea()
        image_scroll.setWidgetResizable(True)
        image_scroll.setWidget(self.image)
        self._pdf = None
        self.stack.addWidget(self.note)
        self.stack.addWidget(image_scroll)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        self.kind = "none"

    @property
    def pdf(self):
        if self._pdf is None:
            from ui.widgets.pdf_view import PdfView

            self._pdf = PdfView(zoom=0.75)
            self._pdf.setObjectName("pdfPreview")
            self.stack.addWidget(self._pdf)
        return self._pdf

    def clear(self, text: str | None = None) -> None:
        self.kind = "none"
        self.image.clear()
        if self._pdf is not None:
            self._pdf.clear()
        self.note.setText(text or tr(CTX, "添付ファイルを選ぶと、ここに内容が表示されます（画像・PDF）。"))
        self.stack.setCurrentWidget(self.note)

    def show_bytes(self, info, data: bytes) -> None:
        if info.is_image:
            pix = QPixmap()
            if pix.loadFromData(data):
                if pix.width() > 1600:
                    pix = pix.scaledToWidth(1600, Qt.TransformationMode.SmoothTransformation)
                self.image.setPixmap(pix)
                self.stack.setCurrentIndex(1)
                self.kind = "image"
                return
            self.clear(tr(CTX, "画像として表示できませんでした。「名前を付けて保存」で保存して確認してください。"))
            return
        if info.is_pdf:
            try:
                self.pdf.set_pdf(data)
            except Exception:  # noqa: BLE001 - a broken PDF must not break the pane
                self.clear(tr(CTX, "PDFを表示できませんでした。「名前を付けて保存」で保存して確認してください。"))
                return
            self.stack.setCurrentWidget(self.pdf)
            self.kind = "pdf"
            return
        self.clear(tr(CTX, "この形式（{type}）はアプリ内で表示できません。「名前を付けて保存」で保存して開いてください。").format(
            type=info.media_type))


def save_attachment_as(parent: QWidget, service, info) -> bool:
    path = files.ask_save_path(parent, tr(CTX, "名前を付けて保存"), info.name, tr(CTX, "すべてのファイル (*)"))
    if not path:
        return False
    try:
        service.save_attachment_as(info.id, path)
    except Exception as exc:  # noqa: BLE001
        messages.show_error(parent, exc)
        return False
    return True


class AttachmentsPanel(QWidget):
    """List + buttons + preview for one record's attachments (detail pane). Administrators
    also see 「添付を削除…」 (asks for a reason; the service audits it)."""

    #: an attachment was removed (its id)
    removed = Signal(int)

    def __init__(self, service, calendar: str, *, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.calendar = calendar
        self.table = AttachmentTable()
        self.preview_button = QPushButton(tr(CTX, "表示"))
        self.preview_button.setObjectName("previewAttachment")
        self.save_button = QPushButton(tr(CTX, "名前を付けて保存…"))
        self.save_button.setObjectName("saveAttachment")
        self.remove_button = QPushButton(tr(CTX, "添付を削除…"))
        self.remove_button.setObjectName("removeAttachment")
        self.remove_button.setToolTip(tr(CTX, "選んだ添付ファイルを削除します（管理者のみ。理由は監査ログに記録されます）。"))
        try:
            is_admin = service.session.role == "admin"
        except AttributeError:
            is_admin = False
        self.remove_button.setVisible(is_admin)
        self.preview_button.clicked.connect(self.preview_current)
        self.save_button.clicked.connect(self.save_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.itemDoubleClicked.connect(lambda _i: self.preview_current())
        self.preview = AttachmentPreview()
        self.preview.setMinimumHeight(200)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        lay.addWidget(self.preview, 1)
        self._on_selection()

    def set_infos(self, infos) -> None:
        self.table.setRowCount(0)
        for info in infos:
            self.table.add_info(info, self.calendar)
        self.preview.clear()
        self._on_selection()

    def _on_selection(self) -> None:
        has = self.table.current_info() is not None
        self.preview_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def preview_current(self) -> None:
        info = self.table.current_info()
        if info is None:
            return
        if info.size > PREVIEW_LIMIT:
            self.preview.clear(tr(CTX, "大きなファイル（{size}）は表示しません。「名前を付けて保存」で保存して開いてください。").format(
                size=size_text(info.size)))
            return
        try:
            data = self.service.attachment_bytes(info.id)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
            return
        self.preview.show_bytes(info, data)

    def save_current(self) -> None:
        info = self.table.current_info()
        if info is not None:
            save_attachment_as(self, self.service, info)

    def remove_current(self) -> bool:
        info = self.table.current_info()
        if info is None:
            return False
        from ui.registers import dialogs

        reason = dialogs.ask_reason(
            self, tr(CTX, "添付ファイルの削除"),
            tr(CTX, "「{name}」（{size}、SHA-256 {sha}…）を削除します。削除は監査ログに理由とともに記録され、元に戻せません。").format(
                name=info.name, size=size_text(info.size), sha=info.sha256[:16]))
        if not reason:
            return False
        try:
            self.service.remove_attachment(info.id, reason)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            messages.show_error(self, exc)
            return False
        self.removed.emit(info.id)
        return True


class AttachmentsEditor(QWidget):
    """The form's editor for an attachments field: existing files (read-only here; removal
    is an administrator's act in the detail pane) plus files to add on 保存."""

    changed = Signal()

    def __init__(self, f: Field, service, calendar: str, parent=None) -> None:
        super().__init__(parent)
        self.field = f
        self.service = service
        self.setObjectName(f"editor_{f.name}")
        self.pending: list[Path] = []
        self.table = AttachmentTable()
        self.add_button = QPushButton(tr(CTX, "ファイルを追加…"))
        self.add_button.setObjectName("addAttachment")
        self.remove_button = QPushButton(tr(CTX, "追加を取り消す"))
        self.remove_button.setObjectName("unaddAttachment")
        self.add_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(self.remove_pending)
        self.limit_note = QLabel(tr(CTX, "ファイルは暗号化して台帳の中に保存されます。"))
        self.limit_note.setStyleSheet(tones.text_style("muted") + " font-size: 90%;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.limit_note, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self._calendar = calendar

    def show_existing(self, infos) -> None:
        for info in infos:
            self.table.add_info(info, self._calendar)

    def choose_file(self) -> None:
        path = files.ask_open_path(self, tr(CTX, "添付するファイル"), "", tr(CTX, "すべてのファイル (*)"))
        if path:
            self.add_path(Path(path))

    def add_path(self, path: Path) -> None:
        self.pending.append(Path(path))
        self.table.add_pending(Path(path))
        self.changed.emit()

    def remove_pending(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None or item.data(PATH_ROLE) is None:
            return
        self.pending.remove(Path(item.data(PATH_ROLE)))
        self.table.removeRow(row)
        self.changed.emit()

    # FieldEditor interface (attachments are not part of the record's values)
    def value(self):
        return None

    def set_value(self, value) -> None:
        if isinstance(value, list):
            self.table.setRowCount(0)
            self.show_existing(value)
            for p in self.pending:
                self.table.add_pending(p)

    def set_read_only(self, ro: bool) -> None:
        self.add_button.setVisible(not ro)
        self.remove_button.setVisible(not ro)

    def new_attachments(self) -> list:
        """The chosen files, for the service to store with the record (one transaction)."""
        from desktop.registers.service import NewAttachment

        return [NewAttachment(self.field.name, p) for p in self.pending]

    def stored(self) -> None:
        """The record and the chosen files were saved: nothing is pending any more."""
        self.pending.clear()

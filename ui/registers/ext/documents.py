"""管理資料・手順書 (documents): 「新しい版を登録…」 adds a revision (number, date, summary) with
its file in one step — the file is stored encrypted on the record and the revision names it
(the core extension :func:`desktop.registers.ext.documents.add_revision`). A revision dated
before the previous one is refused with the message on the form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from desktop.errors import DaichoError, ValidationError
from desktop.i18n import tr
from desktop.registers.ext import documents as core
from ui.registers.dates import DateEdit, shown_calendar
from ui.registers.ext import CTX, Extras
from ui.widgets import files, messages, tones


class RevisionDialog(QDialog):
    """Number, date, summary and the file of a new revision."""

    def __init__(self, parent, service, record_id: int) -> None:
        super().__init__(parent)
        self.service = service
        self.record_id = record_id
        self.setWindowTitle(tr(CTX, "新しい版を登録"))
        self.number = QLineEdit()
        self.number.setObjectName("revisionNumber")
        self.number.setPlaceholderText(tr(CTX, "例: 第3版"))
        self.date = DateEdit(shown_calendar(service), optional=False)   # 和暦 typed or picked
        self.date.setObjectName("revisionDate")
        self.summary = QLineEdit()
        self.summary.setObjectName("revisionSummary")
        self.path = ""
        self.file_label = QLabel(tr(CTX, "（ファイルなし）"))
        self.file_label.setObjectName("revisionFile")
        choose = QPushButton(tr(CTX, "ファイルを選択…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        self.error = QLabel()
        self.error.setObjectName("revisionError")
        self.error.setStyleSheet(tones.text_style("error"))
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(tr(CTX, "版"), self.number)
        form.addRow(tr(CTX, "改訂日"), self.date)
        form.addRow(tr(CTX, "改訂の概要"), self.summary)
        form.addRow(tr(CTX, "ファイル（暗号化して保存）"), file_row)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def choose_file(self) -> None:
        path = files.ask_open_path(self, tr(CTX, "この版のファイルを選択"), "", tr(CTX, "すべてのファイル (*)"))
        if path:
            self.path = path
            self.file_label.setText(Path(path).name)

    def save(self) -> bool:
        number = self.number.text().strip()
        if not number:
            self.error.setText(tr(CTX, "版を入力してください。"))
            return False
        revised_on = self.date.value()
        if revised_on is None:
            self.error.setText(self.date.error() or tr(CTX, "改訂日を入力してください。"))
            return False
        try:
            core.add_revision(self.service, self.record_id, number=number, revised_on=revised_on,
                              summary=self.summary.text().strip() or None, file=self.path or None)
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()) or str(exc))
            return False
        except (DaichoError, OSError) as exc:
            messages.show_error(self, exc)
            return False
        self.accept()
        return True


class DocumentExtras(Extras):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.revision_button = QPushButton(tr(CTX, "新しい版を登録…"))
        self.revision_button.setObjectName("addRevisionButton")
        self.revision_button.setToolTip(tr(CTX, "改訂した版の番号・日付・概要とファイルを登録し、見直し予定日を更新します（A15-2）。"))
        self.revision_button.clicked.connect(self.add_revision)
        self.revision_button.setVisible(view.can_write)
        self.revision_button.setEnabled(False)
        view.extra_bar.addWidget(self.revision_button)
        self.dialog: RevisionDialog | None = None

    def record_shown(self, record_id: int | None) -> None:
        self.revision_button.setEnabled(record_id is not None)

    def add_revision(self) -> None:
        rid = self.view.current_id()
        if rid is None:
            return
        self.dialog = RevisionDialog(self.view, self.view.service, rid)
        if self.dialog.exec():
            self.view._emit_changed()
            self.view.refresh(keep=rid)


EXTRAS = DocumentExtras

"""Small dialogs of the register views: the reason for a deletion, CSV export, and the CSV
import preview (every problem by line and column; 取り込む only when there is none; all rows
in one transaction or none)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import DaichoError
from desktop.i18n import tr
from ui.registers.dates import shown_calendar
from ui.widgets import files, messages

CTX = "RegisterList"


class ReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        label = QLabel(text)
        label.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.setPlaceholderText(tr(CTX, "削除の理由（必須）"))
        self.reason.setMaxLength(500)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(tr(CTX, "削除する"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("confirmDelete")
        cancel = self.buttons.addButton(tr(CTX, "キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)
        self.ok.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(QLabel(tr(CTX, "理由")))
        lay.addWidget(self.reason)
        lay.addWidget(self.buttons)
        self.resize(460, 180)


def ask_reason(parent: QWidget | None, title: str, text: str) -> str | None:
    """Ask why (deletions). Tests replace this function."""
    dialog = ReasonDialog(parent, title, text)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.reason.text().strip() or None
    return None


def export_csv(parent: QWidget, service, slug: str, encoding: str, query=None) -> int | None:
    """``encoding`` "utf-8-sig" / "cp932" writes CSV; "xlsx" an Excel workbook."""
    reg = service.register(slug)
    if encoding == "xlsx":
        path = files.ask_save_path(parent, tr(CTX, "Excel ブックに書き出し"), f"{reg.label}.xlsx",
                                   tr(CTX, "Excel ブック (*.xlsx)"))
    else:
        label = "UTF-8（BOM付き）" if encoding == "utf-8-sig" else "Shift_JIS（CP932）"
        path = files.ask_save_path(parent, tr(CTX, "CSV 書き出し — {enc}").format(enc=label),
                                   f"{reg.label}.csv", tr(CTX, "CSV ファイル (*.csv)"))
    if not path:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if encoding == "xlsx":
            n = service.export_xlsx(slug, path, query=query)
        else:
            n = service.export_csv(slug, path, encoding=encoding, query=query)
    except DaichoError as exc:
        QApplication.restoreOverrideCursor()
        messages.show_error(parent, exc)
        return None
    QApplication.restoreOverrideCursor()
    text = tr(CTX, "{n}件を書き出しました。\n{path}").format(n=f"{n:,}", path=path)
    if encoding != "xlsx":  # sub-lists: one more CSV file each, beside the chosen one
        from desktop.registers.csvio import sublist_notes

        text = "\n".join([text, *sublist_notes(service, slug, path)])
    messages.show_info(parent, text)
    return n


class ImportPreviewDialog(QDialog):
    """What a CSV file would add: the problems (line, column, message) or the first rows."""

    imported = Signal(list)
    SHOWN_ROWS = 200

    def __init__(self, parent: QWidget | None, service, preview) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.service = service
        self.preview = preview
        self.reg = service.register(preview.register)
        self.setWindowTitle(tr(CTX, "CSV 読み込み — {register}").format(register=self.reg.label))
        summary = QLabel()
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        self.issues = QTableWidget(0, 3)
        self.issues.setObjectName("importIssues")
        self.issues.setHorizontalHeaderLabels([tr(CTX, "行"), tr(CTX, "列"), tr(CTX, "内容")])
        self.issues.verticalHeader().hide()
        self.issues.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issues.setWordWrap(True)
        h = self.issues.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for issue in preview.issues:
            r = self.issues.rowCount()
            self.issues.insertRow(r)
            line = QTableWidgetItem(str(issue.line))
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.issues.setItem(r, 0, line)
            self.issues.setItem(r, 1, QTableWidgetItem(issue.column))
            msg = QTableWidgetItem(issue.message)
            msg.setToolTip(issue.message)
            self.issues.setItem(r, 2, msg)
        self.issues.resizeRowsToContents()
        self.rows = self._rows_table()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(tr(CTX, "取り込む"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("commitImport")
        close = self.buttons.addButton(tr(CTX, "閉じる"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeImport")
        self.import_button.clicked.connect(self.commit)
        close.clicked.connect(self.reject)
        self.import_button.setEnabled(preview.ok and bool(preview.records))
        n = len(preview.records)
        if preview.issues:
            summary.setText(tr(CTX, "「{file}」に {n} 件の問題があります。すべて直してから、もう一度読み込んでください（1行も取り込まれていません）。").format(
                file=preview.file_name, n=len(preview.issues)))
            summary.setStyleSheet("color: #b3261e; font-weight: bold;")
            self.rows.hide()
        elif n == 0:
            summary.setText(tr(CTX, "「{file}」に取り込む行がありません。").format(file=preview.file_name))
            self.issues.hide()
        else:
            summary.setText(tr(CTX, "「{file}」（{enc}）の {n} 件を{register}に追加します。取り込みはすべての行をまとめて行い、途中で失敗した場合は1行も追加されません。").format(
                file=preview.file_name, enc=preview.encoding, n=f"{n:,}", register=self.reg.label))
            for sub in preview.sub_files:  # sub-lists read from the CSV files beside the chosen one
                summary.setText(summary.text() + "\n" + tr(CTX, "子の一覧を「{file}」から読み込みました。").format(file=sub["file"]))
            for part in preview.parts:  # a workbook's earlier sheets, written first
                summary.setText(summary.text() + "\n" + tr(CTX, "先に、シート「{sheet}」の {n} 件を{register}に追加します。").format(
                    sheet=part.sheet, n=f"{len(part.records):,}", register=service.register(part.register).label))
            self.issues.hide()
        self.summary = summary
        from PySide6.QtWidgets import QCheckBox

        dup = len(preview.duplicates)
        self.include_duplicates = QCheckBox(tr(CTX, "重複している {n} 件も取り込む（{lines}行目）").format(
            n=dup, lines="、".join(str(x) for x in preview.duplicate_lines[:10]) + ("…" if dup > 10 else "")))
        self.include_duplicates.setObjectName("includeDuplicates")
        self.include_duplicates.setToolTip(tr(CTX, "既存の記録（またはファイル内の前の行）と同じ内容の行です。通常は取り込みません。"))
        self.include_duplicates.setVisible(bool(dup) and preview.ok)
        lay = QVBoxLayout(self)
        lay.addWidget(summary)
        lay.addWidget(self.include_duplicates)
        lay.addWidget(self.issues, 1)
        lay.addWidget(self.rows, 1)
        lay.addWidget(self.buttons)
        self.resize(860, 520)

    def _rows_table(self) -> QTableWidget:
        from desktop.registers.model import Kind
        from desktop.registers.values import display

        fields = [f for f in self.reg.fields if f.kind != Kind.ATTACHMENTS and not f.computed]
        shown = self.preview.records[: self.SHOWN_ROWS]
        table = QTableWidget(len(shown), len(fields) + 1)
        table.setObjectName("importRows")
        table.setHorizontalHeaderLabels([tr(CTX, "行")] + [f.label for f in fields])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        calendar = shown_calendar(self.service)
        resolver = self.service.resolver()
        from desktop.registers.store import RowRef

        sources = {p.register: p for p in [*self.preview.parts, self.preview]}

        def title_of(f, rid):
            if isinstance(rid, RowRef):  # a row of this same file, not written yet
                source = sources[rid.slug]
                target = self.service.register(rid.slug)
                name = display(target.field(target.natural_key), source.records[rid.index].get(target.natural_key),
                               calendar=calendar)
                return tr(CTX, "{name}（ファイルの{line}行目）").format(name=name, line=source.lines[rid.index])
            return resolver.title(f, rid)

        for r, rec in enumerate(shown):
            table.setItem(r, 0, QTableWidgetItem(str(self.preview.lines[r]) if r < len(self.preview.lines) else ""))
            for c, f in enumerate(fields, 1):
                try:
                    text = display(f, rec.get(f.name), calendar=calendar, title_of=title_of)
                except Exception:  # noqa: BLE001 - preview only
                    text = str(rec.get(f.name) or "")
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        for c in range(table.columnCount()):
            table.setColumnWidth(c, min(table.columnWidth(c), 220))
        return table

    def issue_rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.issues.item(r, c).text() for c in range(3)) for r in range(self.issues.rowCount())]

    def commit(self) -> None:
        if not (self.preview.ok and self.preview.records):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ids = self.service.commit_import(self.preview, include_duplicates=self.include_duplicates.isChecked())
        except DaichoError as exc:
            QApplication.restoreOverrideCursor()
            messages.show_error(self, exc)
            return
        QApplication.restoreOverrideCursor()
        self.imported.emit(ids)
        self.accept()


def write_template(parent: QWidget, service, slug: str) -> str | None:
    reg = service.register(slug)
    path = files.ask_save_path(parent, tr(CTX, "記入用テンプレートの書き出し"), f"{reg.label}_記入用.xlsx",
                               tr(CTX, "Excel ブック (*.xlsx)"))
    if not path:
        return None
    try:
        service.write_template(slug, path)
    except DaichoError as exc:
        messages.show_error(parent, exc)
        return None
    messages.show_info(parent, tr(CTX, "記入用のブックを書き出しました。記入例の行（灰色）は読み込まれません。\n{path}").format(path=path))
    return path


def import_csv(parent: QWidget, service, slug: str, path: str | None = None) -> ImportPreviewDialog | None:
    path = path or files.ask_open_path(parent, tr(CTX, "読み込み（CSV・Excel）"), "", tr(
        CTX, "CSV・Excel (*.csv *.xlsx);;CSV ファイル (*.csv);;Excel ブック (*.xlsx);;すべてのファイル (*)"))
    if not path:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        preview = service.preview_import(slug, Path(path))
    except DaichoError as exc:
        QApplication.restoreOverrideCursor()
        messages.show_error(parent, exc)
        return None
    QApplication.restoreOverrideCursor()
    dialog = ImportPreviewDialog(parent, service, preview)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog

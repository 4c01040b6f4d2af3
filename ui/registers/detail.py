"""The record's detail pane: its flags on top, then tabs — 内容 (every field as the user reads
it, sub-lists as small tables), 添付ファイル (list, preview, save as) and 変更履歴 (who, when,
field: before → after, read from the audit trail through the service)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.registers.model import Kind, Register
from ui.registers.attachments import AttachmentsPanel
from ui.registers.table_model import shown
from ui.widgets import tones
from ui.widgets.dates import dates_in_text, format_timestamp

CTX = "RegisterDetail"
HISTORY_ROLE = Qt.ItemDataRole.UserRole + 1
SUBLIST_TABLE_COLUMNS = 3   # more filled columns than this: one block per row
#: flag level -> tone of its banner (colours from the palette: readable under a dark theme)
FLAG_TONES = {"overdue": "error", "warning": "warn", "info": "info"}


def hex_groups(digest: str, size: int = 16) -> str:
    """A SHA-256 in groups of 16 digits, so it wraps and can be compared by eye."""
    return " ".join(digest[i:i + size] for i in range(0, len(digest), size))


class DetailPane(QWidget):
    #: the record was changed from the pane (an attachment removed): its id
    changed = Signal(int)

    def __init__(self, service, register: Register, calendar: str, *, extra_tabs=(), parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"detail_{register.slug}")
        self.service = service
        self.register = register
        self.calendar = calendar
        self.record: dict | None = None
        self._resolver = None

        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        f.setBold(True)
        self.title.setFont(f)
        self.title.setWordWrap(True)
        self.flags_box = QWidget()
        self.flags_box.setObjectName("detailFlags")
        self.flags_layout = QVBoxLayout(self.flags_box)
        self.flags_layout.setContentsMargins(0, 0, 0, 0)
        self.flags_layout.setSpacing(4)
        self.flag_labels: list[QLabel] = []

        self.fields_body = QWidget()
        body_lay = QVBoxLayout(self.fields_body)
        self.fields_form = QFormLayout()
        body_lay.addLayout(self.fields_form)
        body_lay.addStretch(1)
        self.fields_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields_scroll = QScrollArea()
        fields_scroll.setWidgetResizable(True)
        fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        fields_scroll.setWidget(self.fields_body)
        self.value_labels: dict[str, QWidget] = {}

        self.attachments = AttachmentsPanel(service, calendar)
        self.attachments.removed.connect(self._after_attachment_removed)
        self.history = QTreeWidget()
        self.history.setObjectName("historyTree")
        self.history.setHeaderLabels([tr(CTX, "日時"), tr(CTX, "ユーザー"), tr(CTX, "内容")])
        self.history.setRootIsDecorated(True)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(True)
        self.history.setUniformRowHeights(False)
        header = self.history.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(fields_scroll, tr(CTX, "内容"))
        self.has_attachments = any(f.kind == Kind.ATTACHMENTS for f in register.fields)
        if self.has_attachments:
            self.tabs.addTab(self.attachments, tr(CTX, "添付ファイル"))
        self.tabs.addTab(self.history, tr(CTX, "変更履歴"))
        for widget, label in extra_tabs:
            self.tabs.addTab(widget, label)
        self.placeholder = QLabel(tr(CTX, "一覧で記録を選ぶと、ここに内容が表示されます。"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(tones.text_style("muted"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 0, 0, 0)
        lay.addWidget(self.placeholder)
        lay.addWidget(self.title)
        lay.addWidget(self.flags_box)
        lay.addWidget(self.tabs, 1)
        self.clear()

    # -- content ------------------------------------------------------------------------------

    def clear(self) -> None:
        self.record = None
        self.placeholder.show()
        self.title.hide()
        self.flags_box.hide()
        self.tabs.hide()

    def show_record(self, record_id: int) -> None:
        try:
            record = self.service.get(self.register.slug, record_id)
        except Exception:  # noqa: BLE001 - e.g. deleted meanwhile
            self.clear()
            return
        self.record = record
        self._resolver = self.service.resolver()
        self.placeholder.hide()
        self.title.setText(dates_in_text(self.register.record_title(record), self.calendar) or f"#{record_id}")
        self.title.show()
        self.tabs.show()
        self._fill_flags(record)
        self._fill_fields(record)
        if self.has_attachments:
            infos = self.service.attachments(self.register.slug, record_id)
            self.attachments.set_infos(infos)
            self.tabs.setTabText(self.tabs.indexOf(self.attachments),
                                 tr(CTX, "添付ファイル（{n}）").format(n=len(infos)))
        self._fill_history(record_id)

    def _after_attachment_removed(self, _attachment_id: int) -> None:
        if self.record is not None:
            self.show_record(self.record["id"])      # list, tab count and 変更履歴
            self.tabs.setCurrentWidget(self.attachments)
            self.changed.emit(self.record["id"])

    def _title_of(self, f, rid):
        return self._resolver.title(f, rid)

    def _fill_flags(self, record: dict) -> None:
        for label in self.flag_labels:   # gone now, not at the next event-loop turn
            label.hide()
            self.flags_layout.removeWidget(label)
            label.deleteLater()
        self.flag_labels = []
        try:
            flags = self.service.flags(self.register.slug, record)
        except Exception:  # noqa: BLE001 - a hook problem must not hide the record
            flags = []
        for fl in flags:
            mark = {"overdue": "⚠", "warning": "⚠"}.get(fl.level, "ℹ")
            label = QLabel(f"{mark} {fl.message}")
            label.setObjectName(f"flag_{fl.code}")
            label.setWordWrap(True)
            label.setStyleSheet(tones.banner_style(FLAG_TONES.get(fl.level, "info"), padding=4) + " border-radius: 3px;")
            self.flags_layout.addWidget(label)
            self.flag_labels.append(label)
        self.flags_box.setVisible(bool(flags))

    def flag_texts(self) -> list[str]:
        return [label.text() for label in self.flag_labels]

    def _fill_fields(self, record: dict) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.value_labels = {}
        for f in self.register.fields:
            if f.kind == Kind.ATTACHMENTS:
                continue
            value = record.get(f.name)
            if f.kind == Kind.SUBLIST:
                widget = self._sublist_table(f, value or [])
            else:
                text = shown(f, value, self.calendar, self._title_of)
                if f.hex_digest and text:
                    text = hex_groups(text)
                if text and f.unit_ja:
                    text = f"{text} {tr('RegisterForm', f.unit_ja)}"
                widget = QLabel(text if text else "—")
                widget.setWordWrap(True)
                widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if not text:
                    widget.setStyleSheet(tones.text_style("muted"))
            widget.setObjectName(f"value_{f.name}")
            name = QLabel(f.label)
            name.setObjectName(f"name_{f.name}")
            name.setStyleSheet(tones.text_style("muted"))
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.fields_form.addRow(name, widget)
            self.value_labels[f.name] = widget
        stamp = QLabel(tr(CTX, "登録 {created}（{by}）／更新 {updated}（{uby}）").format(
            created=format_timestamp(record.get("created_at"), self.calendar), by=record.get("created_by") or "",
            updated=format_timestamp(record.get("updated_at"), self.calendar), uby=record.get("updated_by") or ""))
        stamp.setStyleSheet(tones.text_style("muted") + " font-size: 90%;")
        stamp.setWordWrap(True)
        self.fields_form.addRow(stamp)

    def _sublist_table(self, f, items: list[dict]) -> QWidget:
        """Child rows in a label that wraps to the pane's width, no scrollbars of its own:
        a small table when the rows have few filled columns, otherwise one block per row
        (「1. 項目: 値」 lines) — a table of many columns in a narrow pane squeezed its
        cells to one character per line. Empty columns are left out."""
        if not items:
            label = QLabel(tr(CTX, "（なし）"))
            label.setStyleSheet(tones.text_style("muted"))
            return label
        subs = [sf for sf in f.sub.fields if any(item.get(sf.name) not in (None, "", []) for item in items)]

        def text(sf, item) -> str:
            return escape(shown(sf, item.get(sf.name), self.calendar, self._title_of))

        if len(subs) <= SUBLIST_TABLE_COLUMNS:
            head = "".join(f"<th align='left'>{escape(sf.label)}</th>" for sf in subs)
            rows = [f"<tr><td align='right'>{n}</td>{''.join(f'<td>{text(sf, item)}</td>' for sf in subs)}</tr>"
                    for n, item in enumerate(items, 1)]
            html = (f"<table border='1' cellspacing='0' cellpadding='3' style='border-color:#bbb'>"
                    f"<tr><th></th>{head}</tr>{''.join(rows)}</table>")
        else:
            blocks = []
            muted = tones.color("muted").name()
            for n, item in enumerate(items, 1):
                lines = [f"<span style='color:{muted}'>{escape(sf.label)}:</span> {text(sf, item)}"
                         for sf in subs if item.get(sf.name) not in (None, "", [])]
                blocks.append(f"<p style='margin:0 0 6px 0'><b>{n}.</b> " + "<br>".join(lines) + "</p>")
            html = "".join(blocks)
        label = QLabel(html)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def print_html(self) -> str:
        """The record as printed by Ctrl+P: its title, flags and every field."""
        if self.record is None:
            return ""
        out = [f"<h2>{escape(self.register.label)}: {escape(self.title.text())}</h2>"]
        for text in self.flag_texts():
            out.append(f"<p>{escape(text)}</p>")
        out.append("<table cellspacing='0' cellpadding='4' border='1' width='100%'>")
        for name, widget in self.value_labels.items():
            value = widget.text() if isinstance(widget, QLabel) else ""
            if not value.lstrip().startswith("<"):
                value = escape(value).replace("\n", "<br>")
            out.append(f"<tr><th align='left' width='25%'>{escape(self.register.field(name).label)}</th>"
                       f"<td>{value}</td></tr>")
        out.append("</table>")
        return "".join(out)

    def value_text(self, name: str) -> str:
        w = self.value_labels.get(name)
        return w.text() if isinstance(w, QLabel) else ""

    def _fill_history(self, record_id: int) -> None:
        """One line per audit entry (when, who, what), its changes below it as
        「項目: 変更前 → 変更後」 — readable in a narrow pane."""
        self.history.clear()
        try:
            entries = self.service.history(self.register.slug, record_id)
        except Exception:  # noqa: BLE001
            entries = []
        empty = tr(CTX, "（なし）")
        for e in entries:
            summary = e.summary + (tr(CTX, "（理由: {r}）").format(r=e.reason) if e.reason else "")
            top = QTreeWidgetItem([format_timestamp(e.at, self.calendar), e.actor or "", summary])
            top.setToolTip(0, format_timestamp(e.at, self.calendar, seconds=True))
            top.setToolTip(2, summary)
            for c in e.changes:
                if e.action == "register.update":
                    text = f"{c.label}: {c.before or empty} → {c.after or empty}"
                else:
                    text = f"{c.label}: {c.after or c.before or empty}"
                child = QTreeWidgetItem(["", "", text])
                child.setToolTip(2, text)
                child.setData(2, HISTORY_ROLE, (summary, c.label, c.before, c.after))
                top.addChild(child)
            self.history.addTopLevelItem(top)
            top.setExpanded(e.action == "register.update" or self.history.topLevelItemCount() <= 3)

    def history_rows(self) -> list[tuple[str, ...]]:
        """(操作, 項目, 変更前, 変更後) per change — what the user reads (tests)."""
        out = []
        for i in range(self.history.topLevelItemCount()):
            top = self.history.topLevelItem(i)
            for j in range(top.childCount()):
                out.append(top.child(j).data(2, HISTORY_ROLE))
        return out


def print_record(parent, pane: DetailPane, record_id: int) -> None:
    """Ctrl+P: the record on paper, through the system's print dialog (Japanese in Japanese)."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    if pane.record is None or pane.record.get("id") != record_id:
        pane.show_record(record_id)
    doc = QTextDocument()
    doc.setHtml(pane.print_html())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr(CTX, "記録の印刷"))
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        doc.print_(printer)

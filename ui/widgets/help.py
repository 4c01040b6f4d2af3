"""The user manual (docs/manual/*.md, Japanese; docs/manual/en/ where translated) in a window:
a list of pages, the page, links between pages, and printing. F1 opens the page for the
current screen (:func:`page_for_section`).

The register page ends with the registers as declared (name, clauses, description), so it
never falls behind the declarations.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, tr
from desktop.paths import resource_root

MANUAL_DIR = resource_root() / "docs" / "manual"

#: the pages in reading order: (file stem, title)
PAGES = [
    ("index", QT_TRANSLATE_NOOP("Help", "はじめに・目次")),
    ("first-run", QT_TRANSLATE_NOOP("Help", "初めて使うとき")),
    ("daily", QT_TRANSLATE_NOOP("Help", "毎日の作業")),
    ("registers", QT_TRANSLATE_NOOP("Help", "台帳と条項")),
    ("submittals", QT_TRANSLATE_NOOP("Help", "提出書類")),
    ("backup", QT_TRANSLATE_NOOP("Help", "バックアップ・復元・新しいPC")),
    ("recovery-key", QT_TRANSLATE_NOOP("Help", "リカバリーキー")),
    ("lockout", QT_TRANSLATE_NOOP("Help", "ロック・パスワードを忘れたとき")),
    ("admin", QT_TRANSLATE_NOOP("Help", "管理者の作業")),
]


def page_for_section(key: str | None) -> str:
    """The manual page for a main-window section key (``registers.exchanges`` → registers)."""
    key = key or ""
    if key.startswith("registers.") or key in ("due", "registers"):
        return "registers" if key.startswith("registers.") else "daily"
    if key.startswith("submittals"):
        return "submittals"
    if key.startswith("backup"):
        return "backup"
    if key.startswith("admin."):
        return "admin"
    if key in ("home", "dashboard"):
        return "daily"
    if key == "login":
        return "lockout"
    return "index"


def page_path(stem: str, language: str = "ja") -> Path:
    """The page's Markdown file in the UI language, falling back to Japanese."""
    if language != "ja":
        translated = MANUAL_DIR / language / f"{stem}.md"
        if translated.exists():
            return translated
    return MANUAL_DIR / f"{stem}.md"


def registers_appendix(current: str | None = None) -> str:
    """The declared registers as Markdown: name, clauses, description (current one first)."""
    from desktop.registers.definitions import all_registers

    regs = all_registers()
    if current:
        regs = sorted(regs, key=lambda r: r.slug != current)
    lines = []
    for reg in regs:
        lines.append(f"### {reg.label}")
        lines.append("")
        lines.append(tr("Help", "条項: {clauses}").format(clauses="、".join(reg.clauses)))
        lines.append("")
        if reg.description:
            lines.append(reg.description)
            lines.append("")
    return "\n".join(lines)


def page_markdown(stem: str, *, language: str = "ja", register: str | None = None) -> str:
    path = page_path(stem, language)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return tr("Help", "# マニュアルが見つかりません\n\nファイル {path} を読めませんでした。"
                          "アプリを入れ直すか、管理者に連絡してください。").format(path=html.escape(str(path)))
    if stem == "registers":
        text += "\n\n" + registers_appendix(register)
    return text


class HelpWindow(QDialog):
    """The manual; ``open_page(stem)`` shows a page. One window per main window."""

    def __init__(self, parent: QWidget | None = None, *, language: str = "ja") -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(tr("Help", "委託セキュリティ台帳 — ヘルプ"))
        self.setModal(False)
        self.language = language
        self.register: str | None = None
        self.current = "index"
        self.pages = QListWidget()
        self.pages.setObjectName("helpPages")
        self.pages.setAccessibleName(tr("Help", "ヘルプの目次"))
        for stem, title in PAGES:
            item = QListWidgetItem(tr("Help", title))
            item.setData(256, stem)
            self.pages.addItem(item)
        self.pages.setMaximumWidth(260)
        self.pages.currentItemChanged.connect(lambda item, _prev: item and self.open_page(item.data(256)))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(tr("Help", "ヘルプの本文"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.print_button = QPushButton(tr("Help", "印刷…"))
        self.print_button.setObjectName("helpPrint")
        self.print_button.clicked.connect(self.print_page)
        close = QPushButton(tr("Help", "閉じる"))
        close.clicked.connect(self.close)
        splitter = QSplitter()
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(splitter, 1)
        lay.addLayout(buttons)
        self.resize(900, 640)

    def open_page(self, stem: str, *, register: str | None = None) -> None:
        if stem not in dict(PAGES):
            stem = "index"
        if register is not None:
            self.register = register
        self.current = stem
        self.browser.setMarkdown(page_markdown(stem, language=self.language, register=self.register))
        for row in range(self.pages.count()):
            if self.pages.item(row).data(256) == stem and self.pages.currentRow() != row:
                self.pages.blockSignals(True)
                self.pages.setCurrentRow(row)
                self.pages.blockSignals(False)

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target.endswith(".md") and "/" not in target:
            self.open_page(target[:-3])

    def print_page(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Help", "マニュアルの印刷"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> None:
        self.browser.document().print_(printer)


def show_help(parent: QWidget, section_key: str | None = None, *, language: str | None = None) -> HelpWindow:
    """Open (or raise) the manual at the page for ``section_key``."""
    from ui.widgets import dates

    window = getattr(parent, "_help_window", None)
    if window is None:
        window = HelpWindow(parent, language=language or dates.language())
        parent._help_window = window
    register = section_key.split(".", 1)[1] if section_key and section_key.startswith("registers.") else None
    window.open_page(page_for_section(section_key), register=register)
    window.show()
    window.raise_()
    window.activateWindow()
    return window

"""提出書類の書式設定 (administrators): document numbers, addressee, seal boxes, fonts.

Font files are chosen with 参照… and checked before saving (a file that cannot be used is
refused with the reason); the dialog shows which fonts the documents are printed with now.
Saved through :func:`desktop.settings.service.update_settings` (one audited
``settings.update``). The calendar (和暦/西暦) is the app-wide setting on the 設定 page.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.submittals import options, service
from ui.widgets import files, messages, tones
from ui.widgets.a11y import name_inputs

CTX = "Submittals"


class SubmittalSettingsDialog(QDialog):
    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submittalSettings")
        self.setWindowTitle(tr(CTX, "提出書類の書式設定"))
        self.setMinimumWidth(620)
        self.vault = vault
        from desktop.settings.service import current

        self.kinds = service.kinds()
        self.seal_keys = {k.slug: options.SEALS_PREFIX + k.slug for k in self.kinds}
        self.addressee_keys = {k.slug: options.ADDRESSEES_PREFIX + k.slug for k in self.kinds}
        keys = [options.NUMBER_PREFIX, options.NUMBER_FORMAT, options.NUMBER_RESET,
                options.ADDRESSEE, options.SECTION, options.FONT_MINCHO, options.FONT_GOTHIC,
                *self.seal_keys.values(), *self.addressee_keys.values()]
        values = current(vault, keys)

        self.prefix = QLineEdit(values[options.NUMBER_PREFIX])
        self.prefix.setObjectName("numberPrefix")
        self.fmt = QLineEdit(values[options.NUMBER_FORMAT])
        self.fmt.setObjectName("numberFormat")
        self.reset = QCheckBox(tr(CTX, "年度ごとに1から振り直す"))
        self.reset.setObjectName("numberReset")
        self.reset.setChecked(bool(values[options.NUMBER_RESET]))
        self.addressee = QLineEdit(values[options.ADDRESSEE])
        self.addressee.setObjectName("addressee")
        self.addressee.setToolTip(
            tr(CTX, "governor: 石川県知事 様、section_head: 所管課の長 様、又は宛先をそのまま入力"))
        self.section = QLineEdit(values[options.SECTION])
        self.section.setObjectName("section")
        self.section.setPlaceholderText(tr(CTX, "例: 石川県総務部情報政策課"))
        self.mincho = QLineEdit(values[options.FONT_MINCHO])
        self.mincho.setObjectName("fontMincho")
        self.mincho.setPlaceholderText(tr(CTX, "空欄: 自動（IPAex明朝、BIZ UD明朝など）"))
        self.gothic = QLineEdit(values[options.FONT_GOTHIC])
        self.gothic.setObjectName("fontGothic")
        self.gothic.setPlaceholderText(tr(CTX, "空欄: 自動（IPAexゴシック、BIZ UDゴシックなど）"))
        self.fonts_in_use = QLabel()
        self.fonts_in_use.setObjectName("fontsInUse")
        self.fonts_in_use.setWordWrap(True)
        self._show_fonts_in_use()
        self.mincho.editingFinished.connect(self._show_fonts_in_use)
        self.gothic.editingFinished.connect(self._show_fonts_in_use)

        numbers = QGroupBox(tr(CTX, "文書番号"))
        nf = QFormLayout(numbers)
        nf.addRow(tr(CTX, "記号"), self.prefix)
        nf.addRow(tr(CTX, "書式"), self.fmt)
        hint = QLabel(tr(CTX, "{prefix} は記号、{n} は番号、{nendo} は年度（令和7年度）に置き換わります。"
                              "書式を空欄にすると番号を付けません。"))
        hint.setWordWrap(True)
        nf.addRow("", hint)
        nf.addRow("", self.reset)

        letter = QGroupBox(tr(CTX, "宛先・フォント"))
        lf = QFormLayout(letter)
        lf.addRow(tr(CTX, "宛先（共通）"), self.addressee)
        lf.addRow(tr(CTX, "県の所管課"), self.section)
        lf.addRow(tr(CTX, "明朝体フォント"), self._with_browse(self.mincho, tr(CTX, "明朝体フォントファイルを選択")))
        lf.addRow(tr(CTX, "ゴシック体フォント"),
                  self._with_browse(self.gothic, tr(CTX, "ゴシック体フォントファイルを選択")))
        lf.addRow("", self.fonts_in_use)

        seals = QGroupBox(tr(CTX, "書類ごとの押印欄（見出しを「、」で区切る。空欄: なし）と宛先（空欄: 共通の宛先）"))
        sf = QFormLayout(seals)
        self.seal_edits: dict[str, QLineEdit] = {}
        self.addressee_edits: dict[str, QLineEdit] = {}
        for kind in self.kinds:
            edit = QLineEdit("、".join(options.seal_labels(values[self.seal_keys[kind.slug]])))
            edit.setObjectName(f"seals-{kind.slug}")
            edit.setPlaceholderText(tr(CTX, "例: 責任者、担当者"))
            self.seal_edits[kind.slug] = edit
            to = QLineEdit(values[self.addressee_keys[kind.slug]] or "")
            to.setObjectName(f"addressee-{kind.slug}")
            to.setPlaceholderText(tr(CTX, "宛先（空欄: 共通）"))
            self.addressee_edits[kind.slug] = to
            row = QWidget()
            rl = QHBoxLayout(row)
            rl.setContentsMargins(0, 0, 0, 0)
            rl.addWidget(edit, 3)
            rl.addWidget(to, 2)
            sf.addRow(tr(CTX, kind.title), row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr(CTX, "保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr(CTX, "キャンセル"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(numbers)
        lay.addWidget(letter)
        lay.addWidget(seals)
        lay.addWidget(buttons)
        name_inputs(self)

    def _with_browse(self, edit: QLineEdit, title: str) -> QWidget:
        button = QPushButton(tr(CTX, "参照…"))
        button.setObjectName(edit.objectName() + "Browse")
        button.clicked.connect(lambda: self.browse_font(edit, title))
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        return box

    def browse_font(self, edit: QLineEdit, title: str) -> None:
        path = files.ask_open_path(self, title, edit.text().strip(),
                                   tr(CTX, "TrueType フォント (*.ttf *.ttc);;すべてのファイル (*)"))
        if path:
            edit.setText(path)
            self._show_fonts_in_use()

    def _show_fonts_in_use(self) -> None:
        """Which fonts the documents are (or, with what is typed, would be) printed with."""
        from desktop.errors import DaichoError

        try:
            fonts = service.check_fonts(self.mincho.text(), self.gothic.text())
        except DaichoError as exc:
            self.fonts_in_use.setText(str(exc).splitlines()[0])
            self.fonts_in_use.setStyleSheet(tones.text_style("error"))
            return
        gothic = fonts.gothic_file.path if fonts.gothic_file else tr(CTX, "（明朝体で代用）")
        self.fonts_in_use.setText(tr(CTX, "使用するフォント: 明朝 {mincho}／ゴシック {gothic}").format(
            mincho=fonts.mincho_file.path, gothic=gothic))
        self.fonts_in_use.setStyleSheet(tones.text_style("muted"))

    def values(self) -> dict:
        out = {
            options.NUMBER_PREFIX: self.prefix.text().strip(),
            options.NUMBER_FORMAT: self.fmt.text().strip(),
            options.NUMBER_RESET: self.reset.isChecked(),
            options.ADDRESSEE: self.addressee.text().strip() or options.DEFAULT_ADDRESSEE,
            options.SECTION: self.section.text().strip(),
            options.FONT_MINCHO: self.mincho.text().strip(),
            options.FONT_GOTHIC: self.gothic.text().strip(),
        }
        for slug, edit in self.seal_edits.items():
            out[self.seal_keys[slug]] = options.seal_labels(edit.text())
        for slug, edit in self.addressee_edits.items():
            out[self.addressee_keys[slug]] = edit.text().strip()
        return out

    def save(self) -> None:
        from desktop.settings.service import update_settings

        values = self.values()
        try:
            options.check_number_format(values[options.NUMBER_FORMAT])
            service.check_fonts(values[options.FONT_MINCHO], values[options.FONT_GOTHIC])
            update_settings(self.vault, values)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            messages.show_error(self, exc)
            return
        self.accept()

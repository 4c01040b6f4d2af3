"""設定 (administrators): office details, idle lock and password policy, display calendar
and language, registered terminals and terminal binding.

Vault settings change through :func:`desktop.settings.service.update_settings` (one audited
``settings.update`` with before/after); terminals through the Vault's own methods.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

import desktop.features  # noqa: F401  (declares the features' settings shown here: RECORD_KEYS)
from desktop.i18n import tr
from ui.sections import Section
from ui.widgets import busy, messages, tones
from ui.widgets.a11y import name_inputs
from ui.widgets.dates import format_timestamp

OFFICE_KEYS = ["office.name", "office.address", "office.representative", "office.contract",
               "office.contact_person", "office.phone", "office.email"]
SECURITY_KEYS = ["session.idle_lock_minutes", "policy.min_length", "policy.min_strength", "policy.history",
                 "policy.max_age_days", "policy.lockout_attempts", "policy.lockout_minutes"]
RECORD_KEYS = ["registers.exchange_delete_days", "registers.equipment_check_months",
               "registers.runbook_review_months", "registers.attachment_max_mb", "backup.reminder_days"]


def _label(key: str) -> str:
    from desktop import settings

    return tr("Settings", settings.lookup(key).label)


class _Page(QWidget):
    """A settings tab: a form and a 保存 button."""

    def __init__(self, view: SettingsView, intro: str) -> None:
        super().__init__()
        self.view = view
        self.form = QFormLayout()
        self.save_button = QPushButton(tr("SettingsPage", "保存"))
        self.save_button.clicked.connect(self.save)
        text = QLabel(intro)
        text.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addLayout(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        lay.addLayout(row)
        lay.addStretch(1)

    def values(self) -> dict:  # each page returns its {key: value}
        return {}

    def load(self) -> None:  # each page fills its widgets from the vault
        return None

    def save(self) -> None:
        from desktop.settings.service import update_settings

        try:
            changed = update_settings(self.view.ctx.vault, self.values())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            messages.show_error(self, exc)
            return
        self.load()
        if changed:
            self.view.ctx.data_changed.emit("settings")
            self.view.ctx.status.emit(tr("SettingsPage", "設定を保存しました（{n}項目）。").format(n=len(changed)))
        else:
            self.view.ctx.status.emit(tr("SettingsPage", "変更はありません。"))


class OfficePage(_Page):
    def __init__(self, view) -> None:
        super().__init__(view, tr("SettingsPage", "提出書類の申請者欄などに使われる事業者の情報です。"))
        self.save_button.setObjectName("saveOffice")
        self.edits = {}
        for key in OFFICE_KEYS:
            edit = QLineEdit()
            edit.setObjectName(key.replace(".", "_"))
            edit.setMinimumWidth(380)
            self.edits[key] = edit
            self.form.addRow(_label(key), edit)
        self.load()

    def load(self) -> None:
        from desktop.settings.service import current

        values = current(self.view.ctx.vault, OFFICE_KEYS)
        for key, edit in self.edits.items():
            edit.setText(values[key])

    def values(self) -> dict:
        return {key: edit.text().strip() for key, edit in self.edits.items()}


class NumberPage(_Page):
    """A tab of whole-number settings (spin boxes with the declared range)."""

    def __init__(self, view, keys: list[str], intro: str, save_name: str) -> None:
        super().__init__(view, intro)
        from desktop import settings

        self.keys = keys
        self.save_button.setObjectName(save_name)
        self.spins = {}
        for key in keys:
            s = settings.lookup(key)
            spin = QSpinBox()
            spin.setObjectName(key.replace(".", "_"))
            spin.setRange(s.minimum if s.minimum is not None else 0, s.maximum if s.maximum is not None else 9999)
            spin.setMinimumWidth(110)
            spin.setMaximumWidth(140)
            self.spins[key] = spin
            self.form.addRow(_label(key), spin)
        self.load()

    def load(self) -> None:
        from desktop.settings.service import current

        for key, value in current(self.view.ctx.vault, self.keys).items():
            self.spins[key].setValue(int(value))

    def values(self) -> dict:
        return {key: spin.value() for key, spin in self.spins.items()}


class SecurityPage(NumberPage):
    def __init__(self, view) -> None:
        super().__init__(view, SECURITY_KEYS,
                         tr("SettingsPage", "自動ロックとパスワードの規則です。変更は監査ログに記録されます。"),
                         "saveSecurity")


class RecordsPage(NumberPage):
    def __init__(self, view) -> None:
        super().__init__(view, RECORD_KEYS,
                         tr("SettingsPage", "記録の期限（要対応の判定）、添付ファイルの上限、"
                                            "バックアップの催促の間隔です。"),
                         "saveRecords")


class DisplayPage(_Page):
    def __init__(self, view) -> None:
        super().__init__(view, tr("SettingsPage", "日付の表示方法と、画面の言語です。"))
        self.save_button.setObjectName("saveDisplay")
        self.calendar = QComboBox()
        self.calendar.setObjectName("calendarCombo")
        self.calendar.addItem(tr("SettingsPage", "和暦（令和7年4月1日）"), "wareki")
        self.calendar.addItem(tr("SettingsPage", "西暦（2025年4月1日）"), "western")
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.restart_note = QLabel(tr("SettingsPage", "言語の変更は、"
                                                      "アプリを再起動すると反映されます（このPCのこのユーザーの設定です）。"))
        self.restart_note.setWordWrap(True)
        self.form.addRow(tr("SettingsPage", "日付の表示"), self.calendar)
        self.form.addRow(tr("SettingsPage", "言語 / Language"), self.language)
        self.form.addRow("", self.restart_note)
        self.load()

    def load(self) -> None:
        from desktop.config import load_app_settings
        from desktop.settings.service import current

        cal = current(self.view.ctx.vault, ["display.calendar"])["display.calendar"]
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(cal)))
        lang = load_app_settings().get("language", "ja")
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))

    def values(self) -> dict:
        return {"display.calendar": self.calendar.currentData()}

    def save(self) -> None:
        from desktop.config import load_app_settings, save_app_settings

        before = load_app_settings().get("language", "ja")
        after = self.language.currentData()
        if before != after:
            try:
                save_app_settings({"language": after})
                self.view.ctx.vault.audit("settings.update", entity="app",
                                          details={"before": {"app.language": before},
                                                   "after": {"app.language": after}})
            except Exception as exc:  # noqa: BLE001
                messages.show_error(self, exc)
                return
            messages.show_info(self, tr("SettingsPage", "言語の設定を保存しました。アプリを再起動すると反映されます。"))
        super().save()


class TerminalsPage(QWidget):
    def __init__(self, view: SettingsView) -> None:
        super().__init__()
        self.view = view
        self.status = QLabel()
        self.status.setObjectName("bindingStatus")
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("terminalList")
        self.tree.setAccessibleName(tr("SettingsPage", "登録された端末の一覧"))
        self.tree.setHeaderLabels([tr("SettingsPage", "端末名"), tr("SettingsPage", "端末ID"),
                                   tr("SettingsPage", "登録日時"), ""])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register_button = QPushButton(tr("SettingsPage", "このPCを登録"))
        self.register_button.setObjectName("registerTerminal")
        self.remove_button = QPushButton(tr("SettingsPage", "削除…"))
        self.remove_button.setObjectName("removeTerminal")
        self.binding_button = QPushButton()
        self.binding_button.setObjectName("toggleBinding")
        self.register_button.clicked.connect(self.register_this)
        self.remove_button.clicked.connect(self.remove_selected)
        self.binding_button.clicked.connect(self.toggle_binding)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        intro = QLabel(tr("SettingsPage", "台帳を開ける端末（PC）の一覧です（ガイドライン第10 端末の限定）。"
                                          "削除した端末では台帳を開けなくなります。"
                                          "削除すると台帳の暗号鍵が更新されます。"))
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.binding_button)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.status)
        lay.addWidget(self.tree, 1)
        lay.addLayout(buttons)
        self.load()

    @property
    def vault(self):
        return self.view.ctx.vault

    def load(self) -> None:
        v = self.vault
        calendar = v.setting("display.calendar")
        self.tree.clear()
        for tid, slot in sorted(v.keyfile.terminals.items(), key=lambda kv: kv[1].get("registered_at", "")):
            mark = tr("SettingsPage", "このPC") if tid == v.terminal_id else ""
            registered = format_timestamp(slot.get("registered_at"), calendar)
            item = QTreeWidgetItem([slot.get("name", ""), tid, registered, mark])
            item.setData(0, 256, tid)
            self.tree.addTopLevelItem(item)
        for col in range(4):
            self.tree.resizeColumnToContents(col)
        if v.keyfile.binding:
            self.status.setText(tr("SettingsPage", "端末の限定: 有効。登録済みの端末でだけ台帳を開けます。"))
            self.status.setStyleSheet(tones.text_style("ok"))
            self.binding_button.setText(tr("SettingsPage", "端末の限定を解除…"))
        else:
            self.status.setText(tr("SettingsPage", "端末の限定: 無効。台帳ファイルと鍵ファイルをコピーすれば、"
                                                   "パスワードを知っている人はどのPCでも開けます。"))
            self.status.setStyleSheet(tones.text_style("warn", bold=True))
            self.binding_button.setText(tr("SettingsPage", "端末の限定を有効にする…"))
        self._update_buttons()

    def _selected(self) -> str | None:
        items = self.tree.selectedItems()
        return items[0].data(0, 256) if items else None

    def _update_buttons(self) -> None:
        v = self.vault
        registered = v.terminal_id is not None and v.terminal_id in v.keyfile.terminals
        self.register_button.setEnabled(v.keyfile.binding and not registered)
        self.remove_button.setEnabled(self._selected() is not None)

    def _done(self, text: str) -> None:
        self.load()
        self.view.ctx.data_changed.emit("settings")
        self.view.ctx.status.emit(text)

    def _error(self, exc: BaseException) -> None:
        from desktop.vault.terminal import KeyringUnavailable

        if isinstance(exc, KeyringUnavailable):
            messages.show_error(self, tr("SettingsPage", "このPCでは安全なキーリング（資格情報の保管場所）"
                                                         "が使えないため、端末として登録できません。"))
        else:
            messages.show_error(self, exc)
        self.load()

    def register_this(self) -> None:
        busy.run_busy(self, tr("SettingsPage", "このPCを登録しています…"), self.vault.register_this_terminal,
                      on_done=lambda _t: self._done(tr("SettingsPage", "このPCを端末として登録しました。")),
                      on_error=self._error)

    def remove_selected(self) -> None:
        tid = self._selected()
        if tid is None:
            return
        v = self.vault
        name = v.keyfile.terminals.get(tid, {}).get("name", tid)
        text = tr("SettingsPage", "端末「{name}」（{id}）を削除します。この端末では台帳を開けなくなり、"
                                  "台帳の暗号鍵が更新されます。").format(name=name, id=tid)
        if tid == v.terminal_id:
            text += "\n\n" + tr("SettingsPage", "これは今使っているPCです。削除すると、"
                                                "次回からこのPCではリカバリーキーがないと台帳を開けません。")
        if not messages.confirm(self, tr("SettingsPage", "端末の削除"), text,
                                ok_text=tr("SettingsPage", "削除する"), danger=True):
            return
        busy.run_busy(self, tr("SettingsPage", "端末を削除し、暗号鍵を更新しています…"), lambda: v.remove_terminal(tid),
                      on_done=lambda _r: self._done(tr("SettingsPage", "端末を削除しました。")), on_error=self._error)

    def toggle_binding(self) -> None:
        v = self.vault
        if v.keyfile.binding:
            if not messages.confirm(
                    self, tr("SettingsPage", "端末の限定を解除"),
                    tr("SettingsPage", "端末の限定を解除すると、台帳ファイルと鍵ファイルをコピーした人は、"
                                       "ユーザーのパスワードがあればどのPCでも台帳を開けるようになります。"
                                       "ガイドライン第10（端末の限定）を満たさなくなります。"
                                       "\n\nこの操作は監査ログに記録されます。本当に解除しますか？"),
                    ok_text=tr("SettingsPage", "解除する"), danger=True):
                return
            busy.run_busy(self, tr("SettingsPage", "設定を変更しています…"), lambda: v.set_binding(False),
                          on_done=lambda _r: self._done(tr("SettingsPage", "端末の限定を解除しました。")),
                          on_error=self._error)
        else:
            if not v.terminals.available():
                messages.show_error(self, tr("SettingsPage", "このPCでは安全なキーリング（資格情報の保管場所）"
                                                             "が使えないため、端末の限定を有効にできません。"))
                return
            if not messages.confirm(
                    self, tr("SettingsPage", "端末の限定を有効にする"),
                    tr("SettingsPage", "このPCを登録端末にし、台帳の暗号鍵を更新します。以後、"
                                       "他のPCはリカバリーキーで登録するまで台帳を開けません。続けますか？"),
                    ok_text=tr("SettingsPage", "有効にする")):
                return
            busy.run_busy(self, tr("SettingsPage", "設定を変更しています…"), lambda: v.set_binding(True),
                          on_done=lambda _r: self._done(tr("SettingsPage", "端末の限定を有効にしました。")),
                          on_error=self._error)


class SettingsView(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.setObjectName("settingsView")
        self.ctx = ctx
        heading = QLabel(tr("SettingsPage", "設定"))
        f = heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        heading.setFont(f)
        self.tabs = QTabWidget()
        self.office = OfficePage(self)
        self.security = SecurityPage(self)
        self.records = RecordsPage(self)
        self.display = DisplayPage(self)
        self.terminals = TerminalsPage(self)
        self.tabs.addTab(self.office, tr("SettingsPage", "事業者情報"))
        self.tabs.addTab(self.security, tr("SettingsPage", "セキュリティ"))
        self.tabs.addTab(self.records, tr("SettingsPage", "記録と期限"))
        self.tabs.addTab(self.display, tr("SettingsPage", "表示と言語"))
        self.tabs.addTab(self.terminals, tr("SettingsPage", "端末"))
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(self.tabs)
        name_inputs(self)


def make_section(ctx) -> Section | None:
    if not ctx.session.is_admin:
        return None
    return Section("admin.settings", tr("SettingsPage", "設定"), SettingsView(ctx), group=tr("MainWindow", "管理"))

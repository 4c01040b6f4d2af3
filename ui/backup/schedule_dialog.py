"""The administrator's "定期バックアップの設定" dialog: when, where, how many to keep, and the
passphrase kept for scheduled backups (stored inside the encrypted vault; see
:mod:`desktop.backup.schedule`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.backup import schedule
from desktop.errors import DaichoError
from desktop.i18n import tr
from ui.widgets import tasks, tones
from ui.widgets.a11y import name_inputs
from ui.widgets.messages import error_text


def ask_folder(parent: QWidget | None, title: str, start: str) -> str | None:
    """Choose a folder (tests replace this function)."""
    return QFileDialog.getExistingDirectory(parent, title, start) or None


class ScheduleDialog(QDialog):
    saved = Signal()

    def __init__(self, vault, *, runner=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("backupScheduleDialog")
        self.setWindowTitle(tr("Backup", "定期バックアップの設定"))
        self.vault = vault
        self.runner = runner
        config = schedule.load_config(vault.conn)

        self.mode = QComboBox()
        self.mode.setObjectName("scheduleMode")
        for key, label in (("off", tr("Backup", "しない")), ("logout", tr("Backup", "ログアウト時")),
                           ("daily", tr("Backup", "毎日")), ("weekly", tr("Backup", "毎週"))):
            self.mode.addItem(label, key)
        self.mode.setCurrentIndex(max(0, self.mode.findData(config.mode)))
        self.time = QLineEdit(f"{config.time[0]:02d}:{config.time[1]:02d}")
        self.time.setObjectName("scheduleTime")
        self.time.setInputMask("99:99")
        self.weekday = QComboBox()
        self.weekday.setObjectName("scheduleWeekday")
        for n in range(7):
            self.weekday.addItem(schedule.weekday_name(n), n)
        self.weekday.setCurrentIndex(config.weekday)
        self.folder = QLineEdit(config.folder)
        self.folder.setObjectName("scheduleFolder")
        browse = QPushButton(tr("Backup", "選択…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.keep = {}
        for key, value in (("daily", config.keep_daily), ("weekly", config.keep_weekly),
                           ("monthly", config.keep_monthly)):
            box = QSpinBox()
            box.setObjectName(f"keep_{key}")
            box.setRange(0, 999)
            box.setValue(value)
            self.keep[key] = box
        keep_row = QHBoxLayout()
        for label, key in ((tr("Backup", "日次"), "daily"), (tr("Backup", "週次"), "weekly"),
                           (tr("Backup", "月次"), "monthly")):
            keep_row.addWidget(QLabel(label))
            keep_row.addWidget(self.keep[key])
        keep_row.addStretch(1)
        has = schedule.has_passphrase(vault.conn)
        self.pass1 = QLineEdit()
        self.pass1.setObjectName("schedulePassphrase")
        self.pass1.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass1.setPlaceholderText(tr("Backup", "設定済み（変更するときだけ入力）") if has else "")
        self.pass2 = QLineEdit()
        self.pass2.setObjectName("schedulePassphrase2")
        self.pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel()
        self.status.setObjectName("scheduleStatus")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("Backup", "実行するタイミング"), self.mode)
        form.addRow(tr("Backup", "時刻（毎日・毎週）"), self.time)
        form.addRow(tr("Backup", "曜日（毎週）"), self.weekday)
        form.addRow(tr("Backup", "保存先フォルダー"), folder_row)
        form.addRow(tr("Backup", "残す数"), keep_row)
        form.addRow(tr("Backup", "パスフレーズ"), self.pass1)
        form.addRow(tr("Backup", "パスフレーズ（確認）"), self.pass2)
        hint = QLabel(tr("Backup", "パスフレーズは暗号化された台帳の中に保管され、ファイルやログには書かれません。"
                                   "復元にはこのパスフレーズが必要です。別に書き留めて保管してください。"
                                   "アプリの起動中に実行し、保存先が見つからないときは次の機会に再試行します。"))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Backup", "保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Backup", "キャンセル"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(self.status)
        lay.addWidget(buttons)
        self.mode.currentIndexChanged.connect(self._enable)
        self._enable()
        name_inputs(self)

    def _enable(self) -> None:
        mode = self.mode.currentData()
        self.time.setEnabled(mode in ("daily", "weekly"))
        self.weekday.setEnabled(mode == "weekly")

    def _browse(self) -> None:
        chosen = ask_folder(self, tr("Backup", "保存先フォルダー"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _fail(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(tones.text_style("error"))
        self.save_button.setEnabled(True)

    def save(self) -> None:
        p1, p2 = self.pass1.text(), self.pass2.text()
        if p1 != p2:
            self._fail(tr("Backup", "確認のために入力したパスフレーズが一致しません。"))
            return
        mode = self.mode.currentData()
        if mode != "off" and not p1 and not schedule.has_passphrase(self.vault.conn):
            self._fail(tr("Backup", "定期バックアップのパスフレーズを入力してください。"))
            return
        values = dict(mode=mode, time=self.time.text(), weekday=self.weekday.currentData(),
                      folder=self.folder.text(), keep_daily=self.keep["daily"].value(),
                      keep_weekly=self.keep["weekly"].value(), keep_monthly=self.keep["monthly"].value())
        vault = self.vault
        if p1:
            try:   # strength first, on this thread (fast)
                from desktop.accounts import policy as pw
                from desktop.backup import passphrase as rules

                rules.check_strength(p1, pw.Policy.from_vault(vault.conn), user_id=vault.session.user_id)
            except DaichoError as exc:
                self._fail(error_text(exc))
                return
        self.save_button.setEnabled(False)
        self.status.setText(tr("Backup", "保存しています…"))
        self.status.setStyleSheet("")

        def work(_progress):
            if p1:   # compares with every user's password (one Argon2id each): off the GUI thread
                rules.check_not_a_login_password(vault, p1)
            return True

        def checked(_ok) -> None:
            try:
                schedule.set_schedule(vault, **values)
                if p1:
                    schedule.set_passphrase(vault, p1, check_login_passwords=False)
            except DaichoError as exc:
                self._fail(error_text(exc))
                return
            self.pass1.clear()
            self.pass2.clear()
            self.saved.emit()
            self.accept()

        def failed(exc) -> None:
            self._fail(error_text(exc))

        (self.runner or tasks.runner()).run(work, on_done=checked, on_error=failed)

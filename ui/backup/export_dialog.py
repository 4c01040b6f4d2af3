"""バックアップの作成: target file, passphrase twice (with the password strength check) — or
「生成」: a strong generated passphrase, shown once in this dialog with its printable 保管票 —
then the export off the GUI thread with a progress bar and cancel. Cancelling leaves no file.
The export refuses a passphrase equal to any user's login password."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.backup import BackupCancelled, default_file_name
from desktop.backup.service import BackupService
from desktop.errors import DaichoError
from desktop.i18n import tr
from ui.widgets import tones
from ui.widgets.a11y import name_inputs
from ui.widgets.messages import error_text
from ui.widgets.password import CapsLockWarning, PasswordEdit, StrengthFeedback

SCALE = 1000


class ExportDialog(QDialog):
    #: emitted on the GUI thread after the backup was written and recorded
    exported = Signal(object)
    #: (done, total) as shown on the bar, for tests and the status bar
    progress_changed = Signal(int, int)

    def __init__(self, vault, *, runner=None, default_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupExportDialog")
        self.setWindowTitle(tr("Backup", "バックアップの作成"))
        self.service = BackupService(vault)
        if runner is None:
            from ui.widgets.tasks import TaskRunner

            runner = TaskRunner()
        self.runner = runner
        self.handle = None
        self.result = None
        self._cancel = threading.Event()
        self._running = False
        self._close_when_done = False

        last = self.service.history(limit=1)
        folder = default_dir or (Path(last[0].path).parent if last else Path.home())
        self.path_edit = QLineEdit(str(folder / default_file_name()))
        self.path_edit.setObjectName("backupPath")
        browse = QPushButton(tr("Backup", "参照…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.pass1 = PasswordEdit()
        self.pass1.setObjectName("backupPassphrase")
        self.generate_button = QPushButton(tr("Backup", "生成"))
        self.generate_button.setObjectName("backupGenerate")
        self.generate_button.setToolTip(tr("Backup", "推測されにくいパスフレーズを作ります（英小文字と数字、日本語キーボードでそのまま入力できます）"))
        self.generate_button.clicked.connect(self.generate)
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.pass1, 1)
        pass_row.addWidget(self.generate_button)
        self.generated = ""
        self.generated_label = QLabel()
        self.generated_label.setObjectName("backupGeneratedPassphrase")
        self.generated_label.setTextFormat(Qt.TextFormat.RichText)
        self.generated_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.generated_label.setWordWrap(True)
        self.generated_label.setVisible(False)
        self.sheet_save_button = QPushButton(tr("Backup", "保管票をPDFで保存…"))
        self.sheet_save_button.setObjectName("backupSheetSave")
        self.sheet_save_button.clicked.connect(self._save_sheet)
        self.sheet_print_button = QPushButton(tr("Backup", "保管票を印刷…"))
        self.sheet_print_button.setObjectName("backupSheetPrint")
        self.sheet_print_button.clicked.connect(self._print_sheet)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_save_button)
        sheet_row.addWidget(self.sheet_print_button)
        sheet_row.addStretch(1)
        for b in (self.sheet_save_button, self.sheet_print_button):
            b.setVisible(False)
        self.pass2 = PasswordEdit()
        self.pass2.setObjectName("backupPassphraseConfirm")
        policy = self.service.policy()
        self.feedback = StrengthFeedback(self.pass1, user_id=lambda: vault.session.user_id, policy=lambda: policy)
        caps = CapsLockWarning(self.pass1, self.pass2)
        note = QLabel(tr(
            "Backup", "バックアップはこのパスフレーズで暗号化されます。ログインパスワードとは別のものにし、"
            "安全な場所に控えてください。パスフレーズを忘れると復元できません。"))
        note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("Backup", "保存先"), path_row)
        form.addRow(tr("Backup", "パスフレーズ"), pass_row)
        form.addRow("", self.feedback)
        form.addRow(tr("Backup", "パスフレーズ（確認）"), self.pass2)
        form.addRow("", caps)
        form.addRow("", self.generated_label)
        form.addRow("", sheet_row)
        self.pass1.textChanged.connect(self._passphrase_edited)

        self.bar = QProgressBar()
        self.bar.setObjectName("backupProgress")
        self.bar.setRange(0, SCALE)
        self.bar.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(tr("Backup", "作成する"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("backupStart")
        self.cancel_button = self.buttons.addButton(tr("Backup", "キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("backupCancel")
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.bar)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self.resize(620, 0)
        name_inputs(self)

    # -- actions ----------------------------------------------------------------------------

    def _browse(self) -> None:
        from ui.widgets import files

        path = files.ask_save_path(self, tr("Backup", "バックアップの保存先"), self.path_edit.text(),
                                   tr("Backup", "バックアップ (*.daicho-backup);;すべてのファイル (*)"))
        if path:
            self.path_edit.setText(path)

    def generate(self) -> None:
        """Fill both fields with a new generated passphrase and show it (once: it is not kept
        after this dialog closes), with buttons for its printable sheet."""
        try:
            generated = self.service.generate_passphrase()
        except DaichoError as exc:
            return self._fail(str(exc))
        self.generated = generated
        self.pass1.setText(generated)
        self.pass2.setText(generated)
        shown = f'<span style="font-family: monospace; font-size: 13pt; font-weight: bold;">{generated}</span>'
        self.generated_label.setText(tr(
            "Backup", "生成したパスフレーズ: {p}<br>表示はこの画面を閉じるまでです。書き留めるか、保管票を印刷して、"
            "バックアップとは別の施錠できる場所に保管してください。").format(p=shown))
        for w in (self.generated_label, self.sheet_save_button, self.sheet_print_button):
            w.setVisible(True)
        self._fit()

    def _passphrase_edited(self, text: str) -> None:
        if self.generated and text != self.generated:   # typed over: the sheet no longer applies
            self.generated = ""
            self.generated_label.clear()
            for w in (self.generated_label, self.sheet_save_button, self.sheet_print_button):
                w.setVisible(False)

    def sheet_pdf(self) -> bytes:
        return self.service.passphrase_sheet(self.generated, backup_name=Path(self.path_edit.text().strip()).name)

    def save_sheet(self, path: str) -> None:
        from desktop.fsutil import atomic_write_bytes

        atomic_write_bytes(path, self.sheet_pdf())

    def _save_sheet(self) -> None:
        from ui.widgets import files, messages

        path = files.ask_save_path(self, tr("Backup", "パスフレーズ保管票をPDFとして保存"),
                                   str(Path.home() / "backup-passphrase-sheet.pdf"), tr("Backup", "PDF (*.pdf)"))
        if not path:
            return
        try:
            self.save_sheet(path)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            messages.show_error(self, exc)
            return
        messages.show_info(self, tr("Backup", "保存しました: {path}\n印刷したら、PDFファイルは削除してください。").format(path=path))

    def _print_sheet(self) -> None:
        from ui.widgets import messages
        from ui.widgets.pdf_print import print_pdf

        try:
            print_pdf(self.sheet_pdf(), self, title=tr("Backup", "バックアップ パスフレーズ保管票"))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            messages.show_error(self, exc)

    def _fail(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(tones.text_style("error"))
        self._fit()

    def _fit(self) -> None:
        """Grow taller to fit a longer status text (never squeeze the fields above it, never
        change the width the user sees)."""
        lay = self.layout()
        lay.activate()
        width = self.width()
        need = lay.totalHeightForWidth(width) if lay.hasHeightForWidth() else lay.totalSizeHint().height()
        if need > self.height():
            self.resize(width, need)

    def start(self) -> None:
        if self._running:
            return
        path = self.path_edit.text().strip()
        passphrase = self.pass1.text()
        if not path:
            return self._fail(tr("Backup", "保存先を指定してください。"))
        if passphrase != self.pass2.text():
            return self._fail(tr("Backup", "確認のために入力したパスフレーズが一致しません。"))
        try:
            self.service.check_passphrase(passphrase)
        except DaichoError as exc:
            return self._fail(str(exc))
        self._cancel.clear()
        self._set_running(True)
        self.status.setStyleSheet("")
        self.status.setText(tr("Backup", "バックアップを作成しています…"))
        service, cancel = self.service, self._cancel

        def task(progress):
            def scaled(done, total):
                if cancel.is_set():
                    return False
                return progress(int(done * SCALE / total) if total else 0, SCALE) is not False and not cancel.is_set()

            return service.create_file(path, passphrase, progress=scaled)

        self.handle = self.runner.run(task, on_done=self._done, on_error=self._error, on_progress=self._progress)

    def cancel(self) -> None:
        """Stop a running export (the partial file is removed)."""
        self._cancel.set()
        if self.handle is not None:
            self.handle.cancel()
        self.status.setText(tr("Backup", "キャンセルしています…"))

    def _set_running(self, running: bool) -> None:
        self._running = running
        for w in (self.path_edit, self.pass1, self.pass2, self.start_button, self.generate_button):
            w.setEnabled(not running)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total or SCALE)
        self.bar.setValue(done)
        self.progress_changed.emit(done, total)

    def _done(self, result) -> None:
        self._set_running(False)
        try:
            self.service.record(result)
        except DaichoError as exc:
            self._fail(tr("Backup", "バックアップは作成しましたが、履歴に記録できませんでした: {e}").format(e=exc))
        self.result = result
        self.bar.setValue(self.bar.maximum())
        mb = result.size / 1_000_000
        self.status.setStyleSheet(tones.text_style("ok"))
        self.status.setText(tr("Backup", "バックアップを作成しました: {path}（{mb:.1f} MB、SHA-256 {sha}…）").format(
            path=result.path, mb=mb, sha=result.sha256[:16]))
        self.start_button.setVisible(False)
        for w in (self.path_edit, self.pass1, self.pass2, self.generate_button):
            w.setEnabled(False)   # done: nothing left to edit here
        self.cancel_button.setText(tr("Backup", "閉じる"))
        self._fit()
        self.exported.emit(result)
        if self._close_when_done:
            self.accept()

    def _error(self, exc) -> None:
        self._set_running(False)
        self.bar.setValue(0)
        if isinstance(exc, BackupCancelled):
            self.status.setStyleSheet("")
            self.status.setText(str(exc))
            self._fit()
        else:
            self._fail(error_text(exc))
        if self._close_when_done:
            super().reject()

    def reject(self) -> None:
        if self._running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

"""First-run wizard: where the vault lives, the office, the first administrator, terminal
binding; then the vault is created (Argon2 tuning off the GUI thread) and the recovery key is
shown once, confirmed in part, and optionally saved as PDF or printed.

Tests inject cheap KDF parameters (``kdf=crypto.TEST_KDF``) and an in-memory
``TerminalStore``.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.config import default_vault_path, save_app_settings
from desktop.i18n import tr
from ui.widgets import busy, files, messages, tones
from ui.widgets.a11y import name_inputs
from ui.widgets.password import CapsLockWarning, PasswordEdit, StrengthFeedback

log = logging.getLogger(__name__)

_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _norm_group(text: str) -> str:
    return text.strip().upper().replace(" ", "").translate(_CONFUSABLE)


class LocationPage(QWizardPage):
    def __init__(self, default_path: Path) -> None:
        super().__init__()
        self.setTitle(tr("Wizard", "台帳ファイルの保存場所"))
        self.setSubTitle(tr("Wizard", "すべての記録は、この1つの暗号化ファイルに保存されます。鍵ファイル（同じ名前に "
                                      ".keys が付いたもの）が同じフォルダーに作られます。"))
        self.path_edit = QLineEdit(str(default_path))
        self.path_edit.setObjectName("vaultPath")
        browse = QPushButton(tr("Wizard", "変更…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.note = QLabel(tr("Wizard", "共有ドライブではなく、このPCのディスク上の場所をおすすめします。"
                                        "バックアップは後で登録済みの媒体に書き出せます。"))
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(tones.text_style("error"))
        self.error.setWordWrap(True)
        lay = QVBoxLayout(self)
        path_label = QLabel(tr("Wizard", "台帳ファイル:"))
        path_label.setBuddy(self.path_edit)
        lay.addWidget(path_label)
        lay.addLayout(row)
        lay.addWidget(self.note)
        lay.addWidget(self.error)
        lay.addStretch(1)
        self.restore_note = QLabel(tr("Wizard", "別のPCで作成したバックアップがある場合は、"
                                                "新しく作成せずにバックアップから復元できます。"))
        self.restore_note.setWordWrap(True)
        self.restore_button = QPushButton(tr("Wizard", "バックアップから復元…"))
        self.restore_button.setObjectName("restoreFromBackup")
        lay.addWidget(self.restore_note)
        lay.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.path_edit.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path = files.ask_save_path(self, tr("Wizard", "台帳ファイルの保存場所"), self.path_edit.text(),
                                   tr("Wizard", "台帳ファイル (*.vault)"))
        if path:
            if not path.endswith(".vault"):
                path += ".vault"
            self.path_edit.setText(path)

    def vault_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        path = self.vault_path()
        keys = Path(str(path) + ".keys")
        if path.exists() or keys.exists():
            self.error.setText(tr("Wizard", "この場所にはすでに台帳ファイルがあります。別の名前を選ぶか、"
                                            "ログイン画面から既存の台帳を開いてください。"))
            return False
        if path.is_dir():
            self.error.setText(tr("Wizard", "フォルダーではなくファイル名を指定してください。"))
            return False
        self.error.clear()
        return True


class OfficePage(QWizardPage):
    FIELDS = (
        ("name", "商号又は名称"),
        ("address", "所在地"),
        ("representative", "代表者職氏名"),
        ("contract", "委託業務名"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Wizard", "事業者の情報"))
        self.setSubTitle(tr("Wizard", "提出書類の申請者欄に使われます。後から「設定」で変更できます。"))
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "name": tr("Wizard", "商号又は名称（必須）"),
            "address": tr("Wizard", "所在地"),
            "representative": tr("Wizard", "代表者職氏名"),
            "contract": tr("Wizard", "委託業務名"),
        }
        placeholders = {
            "name": tr("Wizard", "例: 株式会社〇〇情報システム"),
            "address": tr("Wizard", "例: 石川県金沢市〇〇町1-2-3"),
            "representative": tr("Wizard", "例: 代表取締役 山田 太郎"),
            "contract": tr("Wizard", "例: 〇〇システム保守業務委託"),
        }
        for key, _label in self.FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"office_{key}")
            edit.setPlaceholderText(placeholders[key])
            edit.setMinimumWidth(360)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.edits["name"].textChanged.connect(self.completeChanged)

    def office(self) -> dict:
        return {key: edit.text().strip() for key, edit in self.edits.items()}

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.edits["name"].text().strip())


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        from desktop.accounts.policy import Policy

        self.setTitle(tr("Wizard", "最初の管理者"))
        self.setSubTitle(tr("Wizard", "管理者はユーザーの追加・無効化・削除、パスワードの再設定、"
                                      "設定の変更ができます。"))
        self.user_id = QLineEdit()
        self.user_id.setObjectName("adminId")
        self.user_id.setPlaceholderText(tr("Wizard", "半角英数字（例: yamada）"))
        self.name = QLineEdit()
        self.name.setObjectName("adminName")
        self.password = PasswordEdit()
        self.password.setObjectName("adminPassword")
        self.password2 = PasswordEdit()
        self.password2.setObjectName("adminPassword2")
        self.caps = CapsLockWarning(self.password, self.password2)
        self.feedback = StrengthFeedback(self.password, user_id=lambda: self.user_id.text().strip(),
                                         policy=Policy)
        self.match = QLabel()
        self.match.setObjectName("passwordMatch")
        self.id_error = QLabel()
        self.id_error.setStyleSheet(tones.text_style("error"))
        self.id_error.setWordWrap(True)
        # messages appear without moving a field under the mouse: the ID message keeps two
        # lines of room, the password messages come after both password fields
        self.id_error.setMinimumHeight(self.id_error.fontMetrics().lineSpacing() * 2)
        form = QFormLayout(self)
        form.addRow(tr("Wizard", "ユーザーID"), self.user_id)
        form.addRow("", self.id_error)
        form.addRow(tr("Wizard", "氏名"), self.name)
        form.addRow(tr("Wizard", "パスワード"), self.password)
        form.addRow(tr("Wizard", "パスワード（確認）"), self.password2)
        form.addRow("", self.match)
        form.addRow("", self.caps)
        form.addRow("", self.feedback)
        for w in (self.user_id, self.name, self.password, self.password2):
            w.textChanged.connect(self._changed)
        self.feedback.changed.connect(lambda _ok: self.completeChanged.emit())
        self._changed()

    def _id_ok(self) -> bool:
        from desktop.accounts import policy as pw
        from desktop.errors import ValidationError

        text = self.user_id.text().strip()
        message = ""
        if text:
            try:
                pw.check_user_id(text)
            except ValidationError as exc:
                message = str(exc)
        self.id_error.setText(message)
        return bool(text) and not message

    def _changed(self) -> None:
        self.feedback.update_now()
        if self.password2.text() and self.password.text() != self.password2.text():
            self.match.setText(tr("Wizard", "確認用のパスワードが一致しません。"))
            self.match.setStyleSheet(tones.text_style("error"))
        elif self.password2.text():
            self.match.setText(tr("Wizard", "✓ 一致しています。"))
            self.match.setStyleSheet(tones.text_style("ok"))
        else:
            self.match.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return (self._id_ok() and bool(self.name.text().strip()) and self.feedback.acceptable
                and self.password.text() == self.password2.text())


class TerminalPage(QWizardPage):
    """Terminal binding; leaving this page creates the vault (no way back after that)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Wizard", "使用する端末の限定"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Wizard", "台帳を作成"))
        self.available = wizard.terminals.available()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("terminalText")
        self.no_binding = QCheckBox(tr("Wizard", "端末を限定せずに使用します（この選択は監査ログに記録されます）"))
        self.no_binding.setObjectName("noBinding")
        self.no_binding.toggled.connect(self.completeChanged)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.no_binding)
        lay.addStretch(1)
        lay.addWidget(self.status)
        if self.available:
            self.setSubTitle(tr("Wizard", "台帳は登録された端末でだけ開けるようにします"
                                          "（ガイドライン第10 端末の限定）。"))
            self.text.setText(tr("Wizard", "このPCを最初の登録端末として、OSの資格情報の保管場所（キーリング）"
                                           "に端末の鍵を保存します。\n台帳ファイルが他のPCにコピーされても、"
                                           "ユーザーのパスワードだけでは開けません。\n別のPCで使うときは、"
                                           "管理者がリカバリーキーでそのPCを登録します。"))
            self.no_binding.setVisible(False)
        else:
            self.setSubTitle(tr("Wizard", "このPCでは安全なキーリングが使えません。"))
            self.text.setText(tr("Wizard", "このPCには、端末の鍵を安全に保管できるキーリング（資格情報の保管場所）"
                                           "がありません。そのため、台帳を開けるPCを限定できません。"
                                           "\n\n限定しない場合、台帳ファイルと鍵ファイルをコピーした人は、"
                                           "ユーザーのパスワードがあれば別のPCでも開けます。"
                                           "\n\nキーリングを使えるようにするには:"
                                           "\n・Windows: 資格情報マネージャー（標準で使えます。"
                                           "ログオンしているユーザーで起動してください）"
                                           "\n・macOS: キーチェーン（標準で使えます）"
                                           "\n・Linux: GNOME Keyring または KWallet をインストールし、"
                                           "デスクトップのログイン時に解錠されるようにします"
                                           "（例: sudo apt install gnome-keyring）。"
                                           "\nその後このアプリを起動し直せば、端末を限定して作成できます。"
                                           "\n\n限定せずにこのまま進めるには、下の項目にチェックを入れてください。"))
            self.text.setStyleSheet(tones.text_style("warn"))

    @property
    def binding(self) -> bool:
        return self.available

    def isComplete(self) -> bool:  # noqa: N802
        if self._wizard.created:
            return True
        return self.available or self.no_binding.isChecked()

    def validatePage(self) -> bool:  # noqa: N802
        if self._wizard.created:
            return True
        if not self.isComplete():
            return False
        if not self._wizard.busy:
            self._wizard.create()
        return False


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Wizard", "リカバリーキー"))
        self.setSubTitle(tr("Wizard", "台帳が作成されました。リカバリーキーはこの画面で一度だけ表示されます。"))
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(20)
        mono.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet(tones.banner_style("warn", padding=12))
        explain = QLabel(tr("Wizard", "パスワードを全員が忘れたときや、別のPCを端末として登録するときに必要です。"
                                      "紙に印刷するかPDFで保存し、鍵のかかる場所に保管してください。"
                                      "このキーがあれば台帳を復号できるため、現金と同じように厳重に扱ってください。"))
        explain.setWordWrap(True)
        self.save_button = QPushButton(tr("Wizard", "PDFとして保存…"))
        self.save_button.setObjectName("saveSheet")
        self.print_button = QPushButton(tr("Wizard", "印刷…"))
        self.print_button.setObjectName("printSheet")
        self.save_button.clicked.connect(self._save_pdf)
        self.print_button.clicked.connect(self._print)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        grid = QGridLayout()
        self.confirm_edits: list[QLineEdit] = []
        self.confirm_labels: list[QLabel] = []
        for col in range(2):
            label = QLabel()
            edit = QLineEdit()
            edit.setObjectName(f"confirmGroup{col}")
            edit.setAccessibleName(tr("Wizard", "リカバリーキーの確認（{n}つ目の欄）").format(n=col + 1))
            edit.setMaxLength(4)
            edit.setFont(mono)
            edit.setFixedWidth(140)
            edit.textChanged.connect(self.completeChanged)
            grid.addWidget(label, 0, col * 2)
            grid.addWidget(edit, 0, col * 2 + 1)
            self.confirm_edits.append(edit)
            self.confirm_labels.append(label)
        grid.setColumnStretch(4, 1)
        self.result_label = QLabel()
        lay = QVBoxLayout(self)
        lay.addWidget(self.key_label)
        lay.addWidget(explain)
        lay.addLayout(buttons)
        lay.addSpacing(8)
        lay.addWidget(self.confirm_label)
        lay.addLayout(grid)
        lay.addWidget(self.result_label)
        lay.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        key = self._wizard.recovery_key or ""
        groups = key.split("-")
        lines = ["  ".join(groups[:4]), "  ".join(groups[4:])]
        self.key_label.setText("\n".join(lines))
        a, b = self._wizard.confirm_groups
        self.confirm_label.setText(tr("Wizard", "書き留めたことを確かめるため、{a}組目と{b}組目（左から数えて）"
                                                "を入力してください。大文字・小文字は区別しません"
                                                "（O と 0、I・L と 1 も同じ文字として扱います）。").format(a=a, b=b))
        self.confirm_labels[0].setText(tr("Wizard", "{n}組目").format(n=a))
        self.confirm_labels[1].setText(tr("Wizard", "{n}組目").format(n=b))
        for edit, n in zip(self.confirm_edits, (a, b), strict=True):
            edit.setAccessibleName(tr("Wizard", "リカバリーキーの{n}組目").format(n=n))

    def confirmed(self) -> bool:
        key = self._wizard.recovery_key
        if not key:
            return False
        groups = key.split("-")
        return all(_norm_group(edit.text()) == groups[n - 1]
                   for edit, n in zip(self.confirm_edits, self._wizard.confirm_groups, strict=True))

    def isComplete(self) -> bool:  # noqa: N802
        ok = self.confirmed()
        typed = all(len(e.text().strip()) == 4 for e in self.confirm_edits)
        if ok:
            self.result_label.setText(tr("Wizard", "✓ 確認できました。「完了」を押すとログイン画面に進みます。"))
            self.result_label.setStyleSheet(tones.text_style("ok"))
        elif typed:
            self.result_label.setText(tr("Wizard", "入力した組がリカバリーキーと一致しません。"))
            self.result_label.setStyleSheet(tones.text_style("error"))
        else:
            self.result_label.setText("")
        return ok

    def sheet_pdf(self) -> bytes:
        from desktop.audit.unverified import first_admin_fingerprint
        from desktop.submittals.forms.recovery_sheet import render_recovery_sheet

        w = self._wizard
        fingerprint = first_admin_fingerprint(w.vault) if w.vault is not None else None
        return render_recovery_sheet(office_name=w.office_page.office()["name"], vault_path=str(w.vault_path),
                                     recovery_key=w.recovery_key, created_at=dt.date.today(),
                                     admin_fingerprint=fingerprint)

    def _save_pdf(self) -> None:
        path = files.ask_save_path(self, tr("Wizard", "リカバリーキー保管票をPDFとして保存"),
                                   str(Path.home() / "recovery-key-sheet.pdf"), tr("Wizard", "PDF (*.pdf)"))
        if not path:
            return
        try:
            self.save_sheet(path)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            messages.show_error(self, exc)
            return
        messages.show_info(self, tr("Wizard", "保存しました: {path}\n印刷したら、"
                                              "PDFファイルは安全な場所に移すか削除してください。").format(path=path))

    def save_sheet(self, path: str) -> None:
        from desktop.fsutil import atomic_write_bytes

        atomic_write_bytes(path, self.sheet_pdf())
        self._wizard.audit_sheet("pdf")

    def _print(self) -> None:
        from ui.widgets.pdf_print import print_pdf

        try:
            if print_pdf(self.sheet_pdf(), self, title=tr("Wizard", "リカバリーキー保管票")):
                self._wizard.audit_sheet("print")
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)


class FirstRunWizard(QWizard):
    """Emits ``vault_created(path, admin_id)`` when finished; the caller shows the login."""

    vault_created = Signal(object, str)
    #: the user chose to restore a backup instead of creating a vault
    restore_requested = Signal()

    def __init__(self, vault_path: Path | None = None, *, kdf=None, terminals=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.vault.terminal import TerminalStore

        self.setObjectName("firstRunWizard")
        self.setWindowTitle(tr("Wizard", "委託セキュリティ台帳 — 初期設定"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Wizard", "次へ >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("Wizard", "< 戻る"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Wizard", "完了"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Wizard", "キャンセル"))
        self.kdf = kdf
        self.terminals = terminals or TerminalStore()
        self.vault = None
        self.recovery_key: str | None = None
        self.created = False
        #: a backup was restored instead (first run on a new PC): close without any question
        self.restored = False
        self.busy = False
        picks = secrets.SystemRandom().sample(range(1, 9), 2)
        self.confirm_groups: tuple[int, int] = tuple(sorted(picks))
        self._default_path = vault_path or default_vault_path()
        self.location_page = LocationPage(self._default_path)
        self.location_page.restore_button.clicked.connect(self.restore_requested)
        self.office_page = OfficePage()
        self.admin_page = AdminPage()
        self.terminal_page = TerminalPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.location_page, self.office_page, self.admin_page, self.terminal_page, self.recovery_page):
            self.addPage(page)
        self.resize(760, 600)
        name_inputs(self)

    @property
    def vault_path(self) -> Path:
        return self.location_page.vault_path()

    def create(self) -> None:
        """Create the vault off the GUI thread; advance to the recovery page when done."""
        from desktop.accounts.setup import create_vault

        a = self.admin_page
        args = {
            "office": self.office_page.office(),
            "admin_id": a.user_id.text().strip(),
            "admin_name": a.name.text().strip(),
            "admin_password": a.password.text(),
            "binding": self.terminal_page.binding,
            "terminals": self.terminals,
            "kdf": self.kdf,
        }
        path = self.vault_path
        self.busy = True
        self.terminal_page.status.setText(tr("Wizard", "台帳を作成しています。"
                                                       "このPCに合わせて鍵の導出の強さを調整しています（数秒かかります）…"))

        def work():
            return create_vault(path, **args)

        def done(result):
            self.busy = False
            self.vault, self.recovery_key = result
            self.created = True
            a.password.clear()
            a.password2.clear()
            self.terminal_page.status.setText("")
            save_app_settings({"last_vault": str(path)})
            log.info("vault created (binding=%s)", args["binding"])
            QTimer.singleShot(0, self.next)

        def failed(exc):
            self.busy = False
            self.terminal_page.status.setText("")
            messages.show_error(self, exc, tr("Wizard", "台帳を作成できませんでした"))

        busy.run_busy(self, tr("Wizard", "台帳を作成しています…"), work, on_done=done, on_error=failed)

    def audit_sheet(self, how: str) -> None:
        if self.vault is not None:
            self.vault.audit("vault.recovery_sheet", details={"how": how})

    def accept(self) -> None:
        if not self.recovery_page.confirmed():
            return
        path, admin_id = self.vault_path, self.admin_page.user_id.text().strip()
        self._close_vault()
        super().accept()
        self.vault_created.emit(path, admin_id)

    def typed_anything(self) -> bool:
        """True when the user entered something that cancelling would throw away."""
        a = self.admin_page
        return (any(self.office_page.office().values())
                or any(w.text() for w in (a.user_id, a.name, a.password, a.password2))
                or self.vault_path != Path(str(self._default_path)).expanduser())

    def close_after_restore(self) -> None:
        """A backup was restored in place of creating a vault: close, asking nothing."""
        self.restored = True
        self._close_vault()
        super().reject()

    def reject(self) -> None:
        if self.restored:
            return
        if not self.created and self.typed_anything() and not messages.confirm(
                self, tr("Wizard", "初期設定の中止"),
                tr("Wizard", "入力した内容は保存されず、台帳は作成されません。初期設定を中止してもよろしいですか？"),
                ok_text=tr("Wizard", "中止する"), danger=True):
            return
        if self.created and not self.recovery_page.confirmed():
            if not messages.confirm(
                self, tr("Wizard", "リカバリーキーの確認"),
                tr("Wizard", "リカバリーキーの確認がまだです。このまま閉じるとキーは二度と表示されません。"
                             "閉じてもよろしいですか？"),
                ok_text=tr("Wizard", "閉じる"), danger=True):
                return
        if self.created:
            path, admin_id = self.vault_path, self.admin_page.user_id.text().strip()
            self._close_vault()
            super().reject()
            self.vault_created.emit(path, admin_id)
            return
        self._close_vault()
        super().reject()

    def _close_vault(self) -> None:
        self.recovery_key = None
        if self.vault is not None:
            self.vault.close()
            self.vault = None

"""Wizard details from the first-day walkthrough: cancelling asks before discarding typed
input, a password refused for containing the user ID turns the meter red, messages do not
move the fields, the no-keyring page says how to get one, the recovery check states that it
ignores case, the recovery sheet carries the first administrator's fingerprint; and a restore
on a new PC ends without the recovery-key warning, suggesting daicho.vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.audit.verification import first_admin_fingerprint
from desktop.backup import export_backup
from desktop.vault import crypto
from desktop.vault.terminal import TerminalStore
from tests.desktop.submittals.conftest import pdftotext
from tests.ui.backup.test_backup_ui import PASSPHRASE, _to_run_page
from tests.ui.session.test_wizard import PASSWORD, BrokenKeyring, _fill
from ui.app import Controller
from ui.session.wizard import FirstRunWizard
from ui.widgets import tones
from ui.widgets.tasks import SyncTaskRunner


def _wizard(qtbot, tmp_path, terminals):
    wizard = FirstRunWizard(tmp_path / "office" / "daicho.vault", kdf=crypto.TEST_KDF, terminals=terminals)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_cancel_asks_only_when_something_was_typed(qtbot, tmp_path, keyring_store, messages):
    wizard = _wizard(qtbot, tmp_path, keyring_store)
    rejected = []
    wizard.rejected.connect(lambda: rejected.append(True))
    wizard.button(QWizard.WizardButton.CancelButton).click()  # nothing typed: closes at once
    assert rejected and messages.confirms == []

    wizard = _wizard(qtbot, tmp_path, keyring_store)
    rejected.clear()
    wizard.rejected.connect(lambda: rejected.append(True))
    wizard.next()
    wizard.office_page.edits["name"].setText("株式会社金沢データ")
    messages.answer = False
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert "入力した内容は保存されず" in messages.confirms[-1]
    assert not rejected and wizard.isVisible()
    assert wizard.office_page.edits["name"].text() == "株式会社金沢データ"
    messages.answer = True
    wizard.close()  # the window's close button asks the same
    assert len(messages.confirms) == 2 and rejected and not wizard.isVisible()


def test_password_with_user_id_turns_meter_red_and_fields_stay_put(qtbot, tmp_path, keyring_store):
    wizard = _wizard(qtbot, tmp_path, keyring_store)
    wizard.next()
    wizard.office_page.edits["name"].setText("株式会社金沢データ")
    wizard.next()
    a = wizard.admin_page
    a.user_id.setText("yamada")
    a.name.setText("山田 太郎")
    qtbot.wait(10)
    top = a.password2.mapTo(a, a.password2.rect().topLeft()).y()
    name_top = a.name.mapTo(a, a.name.rect().topLeft()).y()
    a.password.setText("Yamada-Hakusan-Ferry-77-long")  # strong, but contains the user ID
    a.feedback.update_now()
    assert "ユーザーIDを含めない" in a.feedback.label.text()
    assert a.feedback.bar.property("tone") == "error"
    assert tones.color("error").name() in a.feedback.bar.styleSheet()
    assert not a.isComplete()
    a.user_id.setText("Bad ID!")  # a bad ID shows its message in the room kept for it
    qtbot.wait(10)
    assert a.id_error.text()
    assert a.password2.mapTo(a, a.password2.rect().topLeft()).y() == top
    assert a.name.mapTo(a, a.name.rect().topLeft()).y() == name_top
    a.user_id.setText("sato")
    a.password.setText(PASSWORD)
    a.feedback.update_now()
    assert a.feedback.bar.property("tone") == "ok"


def test_no_keyring_page_says_how_to_get_one(qtbot, tmp_path):
    wizard = _wizard(qtbot, tmp_path, TerminalStore(backend=BrokenKeyring()))
    text = wizard.terminal_page.text.text()
    for name in ("資格情報マネージャー", "キーチェーン", "GNOME Keyring", "KWallet"):
        assert name in text


def test_recovery_check_ignores_case_says_so_and_sheet_has_fingerprint(qtbot, tmp_path, keyring_store, monkeypatch,
                                                                       messages):
    wizard = _wizard(qtbot, tmp_path, keyring_store)
    _fill(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page)
    page = wizard.recovery_page
    assert "大文字・小文字は区別しません" in page.confirm_label.text()
    fp = first_admin_fingerprint(wizard.vault.conn)
    pdf = tmp_path / "sheet.pdf"
    monkeypatch.setattr("ui.widgets.files.ask_save_path", lambda *a, **k: str(pdf))
    page.save_button.click()
    text = "".join(pdftotext(pdf).split())
    assert fp.replace(" ", "") in text and "管理者の署名鍵" in text
    groups = wizard.recovery_key.split("-")
    a, b = wizard.confirm_groups
    page.confirm_edits[0].setText(groups[a - 1].lower())
    page.confirm_edits[1].setText(groups[b - 1].lower())
    assert page.isComplete()
    wizard._close_vault()


def test_restore_on_a_new_pc_ends_without_warning(qtbot, make_vault, tmp_path, keyring_store, messages):
    vault, recovery = make_vault()
    backup = export_backup(vault, tmp_path / "b.daicho-backup", PASSPHRASE).path
    vault.close()
    new_path = tmp_path / "newpc" / "daicho.vault"
    controller = Controller(new_path, terminals=keyring_store)
    controller.start()
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    qtbot.mouseClick(wizard.location_page.restore_button, Qt.MouseButton.LeftButton)
    restore = controller.restore
    restore.runner = SyncTaskRunner()
    _to_run_page(qtbot, restore, backup, recovery=recovery)
    assert restore.target_page.path_edit.text() == str(new_path)  # the name the app looks for
    restore.next()
    qtbot.mouseClick(restore.run_page.start_button, Qt.MouseButton.LeftButton)
    assert restore.result is not None, restore.run_page.status.text()
    assert new_path.exists()
    assert messages.confirms == []  # no "リカバリーキーの確認がまだです" question
    assert not wizard.isVisible() and controller.login.isVisible()
    qtbot.addWidget(controller.login)
    assert controller.login.vault_path == new_path

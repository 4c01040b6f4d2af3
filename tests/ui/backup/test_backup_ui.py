"""The backup section, the export dialog (progress, cancel) and the restore wizard, driven
with qtbot; assertions on what the user sees and on what the vault / disk then hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.backup import list_history, verify_backup
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.desktop.backup.conftest import PASSPHRASE, add_attachments
from ui.backup.export_dialog import ExportDialog
from ui.backup.restore_wizard import RestoreWizard
from ui.context import AppContext
from ui.widgets.tasks import SyncTaskRunner, TaskRunner


def _fill_export(qtbot, dialog, path: Path, passphrase=PASSPHRASE, confirm=None):
    dialog.path_edit.setText(str(path))
    qtbot.keyClicks(dialog.pass1, passphrase)
    qtbot.keyClicks(dialog.pass2, confirm if confirm is not None else passphrase)


def test_export_dialog_writes_and_records(qtbot, vault, tmp_path):
    add_attachments(vault)
    dialog = ExportDialog(vault, runner=SyncTaskRunner())
    qtbot.addWidget(dialog)
    seen = []
    dialog.progress_changed.connect(lambda d, t: seen.append((d, t)))
    target = tmp_path / "out" / "b.daicho-backup"
    _fill_export(qtbot, dialog, target)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None and target.exists()
    assert "作成しました" in dialog.status.text()
    assert seen and seen[-1][0] == seen[-1][1]
    assert verify_backup(target, PASSPHRASE).counts["test_attachments"] == 8
    assert [e.sha256 for e in list_history(vault.conn)] == [dialog.result.sha256]


def test_export_dialog_refuses_mismatch_and_weak(qtbot, vault, tmp_path):
    dialog = ExportDialog(vault, runner=SyncTaskRunner())
    qtbot.addWidget(dialog)
    target = tmp_path / "b.daicho-backup"
    _fill_export(qtbot, dialog, target, confirm=PASSPHRASE + "x")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "一致しません" in dialog.status.text() and not target.exists()
    dialog.pass1.setText("password")
    dialog.pass2.setText("password")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "使えません" in dialog.status.text() and not target.exists()


def test_export_dialog_generates_a_passphrase_with_its_sheet(qtbot, vault, tmp_path):
    import io
    import re

    from pypdf import PdfReader

    from desktop.backup.passphrase import is_generated_form

    dialog = ExportDialog(vault, runner=SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sheet_save_button.isVisible()
    target = tmp_path / "out" / "b.daicho-backup"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    generated = dialog.pass1.text()
    assert is_generated_form(generated) and dialog.pass2.text() == generated
    assert generated in dialog.generated_label.text() and dialog.generated_label.isVisible()
    assert dialog.sheet_save_button.isVisible() and dialog.sheet_print_button.isVisible()
    sheet = tmp_path / "sheet.pdf"
    dialog.save_sheet(str(sheet))
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(sheet.read_bytes())).pages)
    assert generated in re.sub(r"\(\d\)", "", re.sub(r"\s+", "", text)) and "b.daicho-backup" in text
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None, dialog.status.text()
    verify_backup(target, generated)
    # typing over a generated passphrase withdraws it and its sheet
    dialog2 = ExportDialog(vault, runner=SyncTaskRunner())
    qtbot.addWidget(dialog2)
    dialog2.show()
    qtbot.mouseClick(dialog2.generate_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog2.pass1, "x")
    assert dialog2.generated == "" and not dialog2.sheet_save_button.isVisible()
    assert dialog2.generated_label.text() == ""


def test_export_dialog_refuses_a_login_password(qtbot, vault, tmp_path):
    dialog = ExportDialog(vault, runner=SyncTaskRunner())
    qtbot.addWidget(dialog)
    target = tmp_path / "b.daicho-backup"
    _fill_export(qtbot, dialog, target, passphrase=ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "ログインパスワードと同じ" in dialog.status.text() and not target.exists()


def test_export_dialog_cancel_on_a_real_thread(qtbot, vault, tmp_path):
    add_attachments(vault, sizes=[1_000_000] * 30)
    dialog = ExportDialog(vault, runner=TaskRunner())
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    _fill_export(qtbot, dialog, out / "b.daicho-backup")
    dialog.progress_changed.connect(lambda d, t: dialog.cancel())
    real = dialog.service.create_file

    def held(path, passphrase, progress):
        # the export waits at its first progress report until the GUI thread has cancelled,
        # so a fast machine cannot finish before the click arrives
        def gate(done, total):
            if progress(done, total) is False:
                return False
            dialog._cancel.wait(20)
            return progress(done, total)

        return real(path, passphrase, progress=gate)

    dialog.service.create_file = held
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.start_button.isEnabled()   # the GUI thread stays free while it runs
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=30_000)
    assert dialog.result is None
    assert "キャンセル" in dialog.status.text()
    assert list(out.iterdir()) == []
    assert list_history(vault.conn) == []


def test_export_dialog_real_thread_completes(qtbot, vault, tmp_path):
    add_attachments(vault, sizes=[500_000] * 4)
    dialog = ExportDialog(vault, runner=TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    width = dialog.width()
    target = tmp_path / "b.daicho-backup"
    _fill_export(qtbot, dialog, target)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.bar.value() == dialog.bar.maximum()
    assert len(list_history(vault.conn)) == 1
    # done: the fields are read-only, only 閉じる is left
    assert not dialog.pass1.isEnabled() and not dialog.path_edit.isEnabled()
    assert not dialog.start_button.isVisible() and dialog.cancel_button.text() == "閉じる"
    # the longer status text made the dialog taller, not narrower, and squeezed nothing
    assert dialog.width() == width
    for label in (dialog.status, dialog.feedback):
        assert label.height() >= label.heightForWidth(label.width()) - 1, label.objectName()


def _to_run_page(qtbot, wizard, backup: Path, *, recovery=None):
    wizard.show()
    fp = wizard.file_page
    fp.path_edit.setText(str(backup))
    qtbot.keyClicks(fp.passphrase, PASSPHRASE)
    qtbot.mouseClick(fp.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.info is not None or "違" in fp.result_label.text(), timeout=10_000)
    assert "問題は見つかりませんでした" in fp.result_label.text()
    wizard.next()
    ap = wizard.auth_page
    if recovery:
        ap.by_recovery.setChecked(True)
        ap.recovery.setText(recovery)
    else:
        assert ap.user.currentText() == ADMIN_ID
        qtbot.keyClicks(ap.password, ADMIN_PASSWORD)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()


def test_restore_wizard_new_path_with_recovery_key(qtbot, make_vault, tmp_path, keyring_store):
    from desktop.backup import export_backup

    vault, recovery = make_vault()
    add_attachments(vault)
    backup = export_backup(vault, tmp_path / "b.daicho-backup", PASSPHRASE).path
    vault.close()
    wizard = RestoreWizard(None, runner=SyncTaskRunner(), terminals=keyring_store)   # a new PC: no vault open
    qtbot.addWidget(wizard)
    _to_run_page(qtbot, wizard, backup, recovery=recovery)
    tp = wizard.target_page
    assert not tp.to_replace.isEnabled()
    target = tmp_path / "restored" / "daicho.vault"
    tp.path_edit.setText(str(target))
    wizard.next()
    qtbot.mouseClick(wizard.run_page.start_button, Qt.MouseButton.LeftButton)
    assert wizard.result is not None, wizard.run_page.status.text()
    assert "復元しました" in wizard.run_page.status.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    # done: no way back into restoring the same backup again
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    # dates as people read them, not ISO with an offset
    summary = wizard.run_page.summary.text()
    assert "T" not in summary.split("／")[0] and "+" not in summary.split("／")[0]
    unlock(target, ADMIN_ID, ADMIN_PASSWORD, terminals=keyring_store).close()


def test_restore_wizard_wrong_passphrase_is_shown(qtbot, vault, tmp_path):
    from desktop.backup import export_backup

    backup = export_backup(vault, tmp_path / "b.daicho-backup", PASSPHRASE).path
    wizard = RestoreWizard(vault, runner=SyncTaskRunner())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(backup))
    qtbot.keyClicks(wizard.file_page.passphrase, "Wrong-Passphrase-Here-99")
    qtbot.mouseClick(wizard.file_page.verify_button, Qt.MouseButton.LeftButton)
    # the vault's history knows this file: it is intact, so the passphrase is wrong
    assert "パスフレーズが違います" in wizard.file_page.result_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_restore_wizard_replaces_the_open_vault(qtbot, vault, tmp_path):
    from desktop.backup import export_backup

    add_attachments(vault)
    backup = export_backup(vault, tmp_path / "b.daicho-backup", PASSPHRASE).path
    with vault.transaction() as conn:
        conn.execute("INSERT INTO test_attachments (name, data) VALUES ('after-backup', x'00')")
    path = vault.path
    events = []
    wizard = RestoreWizard(vault, runner=SyncTaskRunner(), close_current=lambda: (events.append("closed"), vault.close()),
                           after_replace=lambda: events.append("login"))
    qtbot.addWidget(wizard)
    _to_run_page(qtbot, wizard, backup)
    tp = wizard.target_page
    assert tp.to_replace.isEnabled()
    tp.to_replace.setChecked(True)
    # the current vault's administrator, with the current password, must allow it
    assert tp.live_user.text() == ADMIN_ID and tp.live_user.isEnabled()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(tp.live_password, ADMIN_PASSWORD)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert "置き換えます" in wizard.run_page.summary.text()
    qtbot.mouseClick(wizard.run_page.start_button, Qt.MouseButton.LeftButton)
    assert events == ["closed", "login"], wizard.run_page.status.text()
    assert wizard.result.replaced and wizard.result.safety_copy.exists()
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        assert v.conn.execute("SELECT count(*) FROM test_attachments WHERE name = 'after-backup'").fetchone()[0] == 0
        assert v.verify_audit().ok
    finally:
        v.close()


def test_restore_wizard_replace_refused_without_the_live_administrator(qtbot, vault, tmp_path):
    """A deleted administrator's backup-time password authorises the backup, but not the
    live vault: the wizard says so and closes nothing; the live administrator's wrong
    password is refused the same way."""
    from desktop.accounts.service import AccountService
    from desktop.backup import export_backup

    ex_admin, ex_password = "sato", "Asanogawa-River-Bridge-51"
    add_attachments(vault, sizes=(10,))
    AccountService(vault).create_user(ex_admin, "佐藤 一郎", "admin", ex_password)
    backup = export_backup(vault, tmp_path / "b.daicho-backup", PASSPHRASE).path
    AccountService(vault).delete_user(ex_admin)
    events = []
    wizard = RestoreWizard(vault, runner=SyncTaskRunner(), close_current=lambda: (events.append("closed"), vault.close()),
                           after_replace=lambda: events.append("login"))
    qtbot.addWidget(wizard)
    _to_run_page(qtbot, wizard, backup)
    assert wizard.auth_page.user.findText(ex_admin) >= 0   # an administrator in the backup
    tp = wizard.target_page
    tp.to_replace.setChecked(True)
    tp.live_user.setText(ex_admin)
    qtbot.keyClicks(tp.live_password, ex_password)
    wizard.next()
    qtbot.mouseClick(wizard.run_page.start_button, Qt.MouseButton.LeftButton)
    assert "パスワードが違います" in wizard.run_page.status.text()
    assert events == [] and wizard.result is None and vault.conn is not None
    assert wizard.run_page.start_button.isEnabled()
    wizard.back()
    tp.live_user.setText(ADMIN_ID)
    tp.live_password.setText("Wrong-Password-Here-123")
    wizard.next()
    qtbot.mouseClick(wizard.run_page.start_button, Qt.MouseButton.LeftButton)
    assert "パスワードが違います" in wizard.run_page.status.text() and events == []
    assert not list(tmp_path.rglob("*.before-restore-*"))


@pytest.mark.parametrize("role", ["admin", "viewer"])
def test_section(qtbot, vault, tmp_path, role):
    from ui.backup import section

    if role == "viewer":
        vault.session.role = "viewer"
        assert section.make_section(AppContext(vault)) is None
        return
    ctx = AppContext(vault)
    sec = section.make_section(ctx)
    qtbot.addWidget(sec.widget)
    view = sec.widget
    assert "まだバックアップ" in view.status.text()
    assert view.model.rowCount() == 0
    view.runner = SyncTaskRunner()
    dialog = view.open_export()
    _fill_export(qtbot, dialog, tmp_path / "b.daicho-backup")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1
    assert "最終バックアップ" in view.status.text()
    text, overdue = section.status_widget_text(vault)
    assert not overdue and "最終バックアップ" in text


def test_closing_the_restore_wizard_while_restoring_stops_it(qtbot, make_vault, tmp_path, keyring_store):
    """キャンセル (or closing the window) during a restore on a real thread cancels the restore
    first — nothing is left at the target — and then closes the wizard."""
    from desktop.backup import export_backup

    vault, recovery = make_vault()
    add_attachments(vault, sizes=[1_000_000] * 30)
    backup = export_backup(vault, tmp_path / "b.daicho-backup", PASSPHRASE).path
    vault.close()
    wizard = RestoreWizard(None, runner=TaskRunner(), terminals=keyring_store)
    qtbot.addWidget(wizard)
    _to_run_page(qtbot, wizard, backup, recovery=recovery)
    target = tmp_path / "restored" / "daicho.vault"
    wizard.target_page.path_edit.setText(str(target))
    wizard.next()
    asked = []
    wizard.progress_changed.connect(lambda d, t: asked or (asked.append(d), wizard.reject()))
    qtbot.mouseClick(wizard.run_page.start_button, Qt.MouseButton.LeftButton)
    assert wizard.isVisible()                               # still open while it stops
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=30_000)
    assert asked and wizard.result is None
    assert not target.exists() and not Path(f"{target}.keys").exists()


def test_backup_page_reads_dates_in_wareki_and_names_people(qtbot, vault, tmp_path):
    """The backup page writes its dates the way the reader reads them (和暦 under the default
    setting), says 「今日」 rather than 「0 日前」, and names who made a backup."""
    from desktop.backup import export_backup
    from ui.backup.section import BackupView
    from ui.context import AppContext

    export_backup(vault, tmp_path / "b.daicho-backup", PASSPHRASE)
    view = BackupView(AppContext(vault))
    qtbot.addWidget(view)
    view.refresh()
    status = view.status.text()
    assert "最終バックアップ: 令和" in status and "（今日）" in status and "0 日前" not in status
    at = view.model.index(0, view.model.AT).data()
    assert at.startswith("令和") and "T" not in at
    who = view.model.index(0, view.model.USER).data()
    assert who.endswith(f"（{vault.session.user_id}）") and len(who) > len(vault.session.user_id) + 2

"""A new PC with no vault: the first-run wizard offers "restore from backup", the restore
wizard puts the vault in place and the login window opens on it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.backup import export_backup
from desktop.config import load_app_settings
from tests.ui.backup.test_backup_ui import PASSPHRASE, _to_run_page
from ui.app import Controller
from ui.widgets.tasks import SyncTaskRunner


def test_first_run_restore_from_backup_opens_login(qtbot, make_vault, tmp_path, keyring_store):
    vault, recovery = make_vault()
    backup = export_backup(vault, tmp_path / "b.daicho-backup", PASSPHRASE).path
    vault.close()

    new_path = tmp_path / "newpc" / "daicho.vault"
    controller = Controller(new_path, terminals=keyring_store)
    controller.start()
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    assert wizard.isVisible()
    qtbot.mouseClick(wizard.location_page.restore_button, Qt.MouseButton.LeftButton)
    restore = controller.restore
    assert restore is not None and restore.isVisible()
    restore.runner = SyncTaskRunner()
    _to_run_page(qtbot, restore, backup, recovery=recovery)
    target = tmp_path / "restored" / "daicho.vault"
    restore.target_page.path_edit.setText(str(target))
    restore.next()
    qtbot.mouseClick(restore.run_page.start_button, Qt.MouseButton.LeftButton)
    assert restore.result is not None, restore.run_page.status.text()
    assert target.exists()
    # the login window is shown on the restored vault, and the wizard is gone
    assert controller.login is not None and controller.login.isVisible()
    qtbot.addWidget(controller.login)
    assert not wizard.isVisible()
    assert load_app_settings()["last_vault"] == str(target)

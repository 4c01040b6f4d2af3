"""What opening the vault found (here: a key-file state that fails authentication) is shown in
a warning right after login, over the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.vault.keyfile import KeyFile, keyfile_path
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from ui.app import Controller


def test_findings_shown_after_login(qtbot, make_vault, keyring_store):
    vault, _ = make_vault(binding=True, terminals=keyring_store)
    path = vault.path
    vault.close()
    kpath = keyfile_path(path)
    kf = KeyFile.load(kpath)
    kf.state["lockout"] = {"someone": {"failures": 0, "locked_until": None}}  # edited without the key
    kf.save(kpath)
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=keyring_store)
    assert v.findings
    c = Controller(path, terminals=keyring_store)
    c.on_unlocked(v)
    qtbot.addWidget(c.main)
    box = c.findings_box
    assert isinstance(box, QMessageBox) and box.isVisible() and box.parent() is c.main
    assert "鍵ファイルの状態情報の認証に失敗" in box.text()
    assert box.icon() == QMessageBox.Icon.Warning
    box.button(QMessageBox.StandardButton.Ok).click()
    assert not box.isVisible()
    c.main.shutdown()


def test_no_findings_no_dialog(qtbot, vault):
    c = Controller(vault.path)
    c.on_unlocked(vault)
    qtbot.addWidget(c.main)
    assert c.findings_box is None
    c.main.shutdown()

"""First-run wizard end to end: a real vault is created, the recovery key must be confirmed,
and the recovery sheet can be saved as PDF."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from desktop.config import load_app_settings
from desktop.vault import crypto, unlock
from desktop.vault.terminal import TerminalStore
from ui.session.wizard import FirstRunWizard

PASSWORD = "Noto-Peninsula-Ferry-77"


class BrokenKeyring:
    priority = 1

    def get_password(self, *a):
        raise RuntimeError("no dbus")

    set_password = delete_password = get_password


def _fill(qtbot, wizard, *, admin_id="yamada"):
    assert wizard.currentPage() is wizard.location_page
    wizard.next()
    page = wizard.office_page
    assert wizard.currentPage() is page
    assert not page.isComplete()
    page.edits["name"].setText("株式会社金沢データ")
    page.edits["address"].setText("石川県金沢市広坂1-1-1")
    page.edits["representative"].setText("代表取締役 山田 太郎")
    page.edits["contract"].setText("情報政策課 保守業務委託")
    assert page.isComplete()
    wizard.next()
    a = wizard.admin_page
    assert wizard.currentPage() is a
    a.user_id.setText(admin_id)
    a.name.setText("山田 太郎")
    a.password.setText("short")
    a.feedback.update_now()
    assert not a.isComplete()
    assert "文字以上" in a.feedback.label.text()
    a.password.setText(PASSWORD)
    a.password2.setText(PASSWORD + "x")
    assert not a.isComplete()
    assert "一致しません" in a.match.text()
    a.password2.setText(PASSWORD)
    a.feedback.update_now()
    assert a.isComplete(), a.feedback.label.text()
    wizard.next()
    assert wizard.currentPage() is wizard.terminal_page


def test_wizard_creates_vault_and_enforces_recovery_confirmation(qtbot, tmp_path, keyring_store, monkeypatch, messages):
    path = tmp_path / "office" / "daicho.vault"
    wizard = FirstRunWizard(path, kdf=crypto.TEST_KDF, terminals=keyring_store)
    qtbot.addWidget(wizard)
    wizard.show()
    created = []
    wizard.vault_created.connect(lambda p, uid: created.append((p, uid)))
    _fill(qtbot, wizard)
    t = wizard.terminal_page
    assert t.available and not t.no_binding.isVisible()
    wizard.next()  # commit: creates the vault
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page)
    assert path.exists() and (tmp_path / "office" / "daicho.vault.keys").exists()
    assert load_app_settings()["last_vault"] == str(path)

    page = wizard.recovery_page
    key = wizard.recovery_key
    shown = page.key_label.text().replace("\n", "  ").split()
    assert "-".join(shown) == key  # all 8 groups shown
    assert not page.isComplete()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    a, b = wizard.confirm_groups
    groups = key.split("-")
    page.confirm_edits[0].setText(groups[a - 1])
    page.confirm_edits[1].setText("ZZZZ" if groups[b - 1] != "ZZZZ" else "YYYY")
    assert not page.isComplete()
    assert "一致しません" in page.result_label.text()
    wizard.accept()  # refused while not confirmed
    assert wizard.isVisible() and not created

    # save the recovery sheet as PDF (atomic write) and check it is audited without the key
    pdf_path = tmp_path / "sheet.pdf"
    monkeypatch.setattr("ui.widgets.files.ask_save_path", lambda *a, **k: str(pdf_path))
    page.save_button.click()
    assert pdf_path.read_bytes().startswith(b"%PDF")
    assert messages.infos and str(pdf_path) in messages.infos[-1]

    page.confirm_edits[1].setText(groups[b - 1].lower())
    assert page.isComplete()
    assert finish.isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert created == [(path, "yamada")]
    assert wizard.vault is None and wizard.recovery_key is None

    v = unlock(path, "yamada", PASSWORD, terminals=keyring_store)
    try:
        from desktop.audit.trail import query

        actions = [e.action for e in query(v.conn, limit=50)]
        assert "vault.create" in actions and "terminal.register" in actions and "vault.recovery_sheet" in actions
        assert key not in str([e.details for e in query(v.conn, limit=50)])
        assert v.setting("office.name") == "株式会社金沢データ"
        assert v.keyfile.binding
    finally:
        v.close()


def test_wizard_without_keyring_requires_explicit_choice(qtbot, tmp_path):
    path = tmp_path / "v" / "daicho.vault"
    wizard = FirstRunWizard(path, kdf=crypto.TEST_KDF, terminals=TerminalStore(backend=BrokenKeyring()))
    qtbot.addWidget(wizard)
    wizard.show()
    _fill(qtbot, wizard, admin_id="sato")
    t = wizard.terminal_page
    assert not t.available
    assert "キーリング" in t.text.text()
    assert not t.isComplete()
    wizard.next()
    assert wizard.currentPage() is t and not path.exists()
    t.no_binding.setChecked(True)
    assert t.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page)
    v = wizard.vault
    assert not v.keyfile.binding
    from desktop.audit.trail import query

    assert any(e.action == "terminal.binding_disabled" for e in query(v.conn, limit=20))
    wizard._close_vault()


def test_wizard_refuses_existing_file(qtbot, tmp_path):
    path = tmp_path / "daicho.vault"
    path.write_bytes(b"x")
    wizard = FirstRunWizard(path, kdf=crypto.TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.location_page
    assert "すでに" in wizard.location_page.error.text()


@pytest.mark.parametrize("typed", ["abcd", " AbCd "])
def test_group_normalisation(typed):
    from ui.session.wizard import _norm_group

    assert _norm_group(typed) == "ABCD"

"""Settings: saved through desktop.settings.service and audited with before/after."""

from __future__ import annotations

from desktop.audit.trail import query
from desktop.config import load_app_settings
from tests.conftest import MemoryKeyring


def _view(main_window):
    main_window.show_section("admin.settings")
    return main_window.sections["admin.settings"].widget


def test_security_settings_are_audited(qtbot, main_window):
    view = _view(main_window)
    view.security.spins["session.idle_lock_minutes"].setValue(3)
    view.security.spins["policy.min_length"].setValue(14)
    view.security.save_button.click()
    v = main_window.vault
    assert v.setting("session.idle_lock_minutes") == 3
    e = next(query(v.conn, limit=1))
    assert e.action == "settings.update"
    assert e.details == {"before": {"session.idle_lock_minutes": 10, "policy.min_length": 12},
                         "after": {"session.idle_lock_minutes": 3, "policy.min_length": 14}}
    assert main_window.idle.timer.interval() == 3 * 60_000


def test_record_deadlines_tab_changes_due_rules(qtbot, main_window):
    view = _view(main_window)
    spins = view.records.spins
    assert spins["registers.exchange_delete_days"].value() == 7
    assert spins["backup.reminder_days"].value() == 7
    spins["registers.exchange_delete_days"].setValue(3)
    spins["backup.reminder_days"].setValue(14)
    view.records.save_button.click()
    v = main_window.vault
    assert v.setting("registers.exchange_delete_days") == 3
    assert v.setting("backup.reminder_days") == 14
    e = next(query(v.conn, limit=1))
    assert e.action == "settings.update"
    assert e.details["after"] == {"registers.exchange_delete_days": 3, "backup.reminder_days": 14}


def test_office_and_language(qtbot, main_window, messages):
    view = _view(main_window)
    view.office.edits["office.name"].setText("株式会社新しい名前")
    view.office.save_button.click()
    assert main_window.vault.setting("office.name") == "株式会社新しい名前"
    assert "株式会社新しい名前" in main_window.windowTitle()
    view.display.language.setCurrentIndex(view.display.language.findData("en"))
    view.display.calendar.setCurrentIndex(view.display.calendar.findData("western"))
    view.display.save_button.click()
    assert load_app_settings()["language"] == "en"
    assert main_window.vault.setting("display.calendar") == "western"
    assert any("再起動" in t for t in messages.infos)


def test_terminals_binding_and_removal(qtbot, make_vault, keyring_store, messages):
    from ui.main_window import MainWindow

    vault, _ = make_vault(binding=True, terminals=keyring_store)
    w = MainWindow(vault)
    qtbot.addWidget(w)
    try:
        page = _view(w).terminals
        assert page.tree.topLevelItemCount() == 1
        assert page.tree.topLevelItem(0).text(3) == "このPC"
        assert not page.register_button.isEnabled()
        page.binding_button.click()  # switch binding off (confirmed)
        assert not vault.keyfile.binding
        assert "無効" in page.status.text()
        page.binding_button.click()  # and on again: registers this PC, re-keys
        assert vault.keyfile.binding
        # a second terminal (another PC's keyring) is registered, then removed
        other = MemoryKeyring()
        from desktop.vault.terminal import TerminalStore

        vault.terminals = TerminalStore(backend=other)
        tid = vault.register_this_terminal("other-pc")
        vault.terminals = keyring_store
        page.load()
        assert page.tree.topLevelItemCount() >= 2
        for i in range(page.tree.topLevelItemCount()):
            if page.tree.topLevelItem(i).text(1) == tid:
                page.tree.setCurrentItem(page.tree.topLevelItem(i))
        page.remove_button.click()
        assert tid not in vault.keyfile.terminals
        assert any(e.action == "terminal.remove" for e in query(vault.conn, limit=10))
    finally:
        w.idle.uninstall()
        w.shutdown()


def test_contract_setting_is_labelled_as_the_contracted_work(qtbot, main_window):
    """office.contract is the contract's name only (the section is submittals.section)."""
    from PySide6.QtWidgets import QFormLayout

    view = _view(main_window)
    edit = view.office.edits["office.contract"]
    form: QFormLayout = view.office.form
    label = form.labelForField(edit)
    assert label.text() == "委託業務名" and edit.accessibleName() == "委託業務名"
    assert all("所管課" not in form.labelForField(e).text() for e in view.office.edits.values())

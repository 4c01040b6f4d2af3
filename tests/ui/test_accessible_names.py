"""Meta-test: every input a screen reader user reaches on the settings, users, backup,
submittals, audit log and authentication history screens and in the session, user, backup
and submittal dialogs has an accessible name (its label's words, in the UI language)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget, QWizard

from desktop.accounts.service import AccountService
from desktop.vault import crypto
from tests.conftest import ADMIN_ID
from ui.widgets.a11y import unnamed_inputs

SECTIONS = ["admin.settings", "admin.users", "backup", "submittals", "admin.audit", "admin.auth_history"]


def _describe(widgets) -> list[str]:
    return [f"{type(w).__name__}#{w.objectName() or '?'} ({getattr(w, 'text', lambda: '')()!s:.30})"
            for w in widgets]


def missing_names(root) -> list[str]:
    """Unnamed inputs in ``root``, on every tab of its tab widgets and every page of a wizard."""
    roots = [root]
    for tabs in root.findChildren(QTabWidget):
        roots.extend(tabs.widget(i) for i in range(tabs.count()))
    if isinstance(root, QWizard):
        roots.extend(root.page(pid) for pid in root.pageIds())
    found = []
    for r in roots:
        for w in unnamed_inputs(r):
            if w not in found:
                found.append(w)
    return _describe(found)


@pytest.mark.parametrize("section", SECTIONS)
def test_every_input_on_the_screen_has_an_accessible_name(qtbot, main_window, section):
    main_window.show_section(section)
    widget = main_window.sections[section].widget
    assert not missing_names(widget), missing_names(widget)


def _dialogs(vault, tmp_path, keyring_store):
    from ui.admin.users import ResetPasswordDialog, UserDialog
    from ui.backup.copies_dialog import CopiesDialog
    from ui.backup.export_dialog import ExportDialog
    from ui.backup.restore_wizard import RestoreWizard
    from ui.backup.schedule_dialog import ScheduleDialog
    from ui.session.lock import LockForm, UnlockDialog
    from ui.session.password_dialog import ChangePasswordDialog
    from ui.session.recovery import RecoveryDialog
    from ui.session.wizard import FirstRunWizard
    from ui.submittals.settings_dialog import SubmittalSettingsDialog

    service = AccountService(vault)
    admin = next(u for u in service.list_users() if u.user_id == ADMIN_ID)
    yield UserDialog(service)
    yield UserDialog(service, admin)
    yield ResetPasswordDialog(service, admin)
    yield ExportDialog(vault, default_dir=tmp_path)
    yield ScheduleDialog(vault)
    yield CopiesDialog(vault)
    yield RestoreWizard(vault)
    yield RestoreWizard(None, terminals=keyring_store)
    yield SubmittalSettingsDialog(vault)
    yield ChangePasswordDialog(vault)
    yield UnlockDialog(LockForm(vault))
    yield RecoveryDialog(vault.path, terminals=keyring_store)
    yield FirstRunWizard(tmp_path / "new.vault", kdf=crypto.TEST_KDF, terminals=keyring_store)
    from ui.widgets.help import HelpWindow

    yield HelpWindow()


def test_every_input_in_the_dialogs_has_an_accessible_name(qtbot, vault, tmp_path, keyring_store):
    problems = {}
    for dialog in _dialogs(vault, tmp_path, keyring_store):
        qtbot.addWidget(dialog)
        missing = missing_names(dialog)
        if missing:
            problems[type(dialog).__name__] = missing
    assert not problems, problems


def test_login_window_inputs_have_accessible_names(qtbot, vault, keyring_store):
    from ui.session.login import LoginWindow

    path = vault.path
    vault.close()
    window = LoginWindow(path, terminals=keyring_store)
    qtbot.addWidget(window)
    window.show()
    assert not missing_names(window), missing_names(window)

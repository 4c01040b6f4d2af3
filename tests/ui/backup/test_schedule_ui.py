"""Scheduled backups in the GUI (issue 18): the timer's check runs a backup in the background,
the red banner after a failure, logout waiting for the backup (and its cancel leaving no
file), the missing stick said once, the settings dialog, the rollback copies dialog and the
offer to remove copies that hold a deleted user's key slot."""

from __future__ import annotations

import errno
import os
import threading
import time

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.accounts.service import AccountService
from desktop.backup import copies, schedule, verify_backup
from desktop.backup import format as fmt
from desktop.backup.restore import _safety_copy
from desktop.vault import migrations
from tests.conftest import ADMIN_PASSWORD
from tests.desktop.backup.conftest import OFFICER_ID, PASSPHRASE, add_attachments, add_officer
from ui.backup.copies_dialog import CopiesDialog
from ui.backup.schedule_dialog import ScheduleDialog
from ui.widgets.tasks import SyncTaskRunner, TaskRunner


@pytest.fixture
def dest(tmp_path):
    d = tmp_path / "usb"
    d.mkdir()
    return d


def _configure(vault, dest, mode="daily"):
    schedule.set_schedule(vault, mode=mode, time="00:00", folder=str(dest))
    schedule.set_passphrase(vault, PASSPHRASE)


def _window(qtbot, vault, runner=None):
    from ui.main_window import MainWindow

    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.backup_scheduler._runner = runner or SyncTaskRunner()
    window.show()
    return window


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


def test_timer_check_runs_a_backup_with_progress_and_no_banner(qtbot, vault, dest):
    _configure(vault, dest)
    window = _window(qtbot, vault)
    scheduler = window.backup_scheduler
    seen = []
    scheduler.progress.valueChanged.connect(seen.append)
    assert scheduler.check()
    assert scheduler.last_outcome.result == "ok"
    (name,) = _files(dest)
    verify_backup(dest / name, PASSPHRASE)
    assert seen and max(seen) == 100 and scheduler.progress.isHidden()
    assert "検証しました" in window.statusBar().currentMessage()
    assert window.backup_banner.isHidden()
    assert not scheduler.check()             # done for today


def test_failure_shows_the_red_banner_until_a_backup_succeeds(qtbot, vault, dest, monkeypatch):
    _configure(vault, dest)
    window = _window(qtbot, vault)

    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fmt, "fsync_file", full)
    window.backup_scheduler.start("manual")
    banner = window.backup_banner
    assert not banner.isHidden() and "失敗しました" in banner.text.text() and "空き容量" in banner.text.text()
    assert _files(dest) == []
    window.lock()
    assert banner.isHidden()                 # nothing shown over the lock screen
    window.unlock()
    assert not banner.isHidden()
    banner.details.click()
    assert window.current_section_key() == "backup"
    view = window.sections["backup"].widget
    assert "⚠" in view.schedule_status.text()
    monkeypatch.undo()
    assert view.run_now()
    assert banner.isHidden() and len(_files(dest)) == 1


def test_missing_destination_is_said_once(qtbot, vault, dest):
    _configure(vault, dest)
    dest.rmdir()
    window = _window(qtbot, vault)
    scheduler = window.backup_scheduler
    assert not scheduler.check()
    assert "見つかりません" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    assert not scheduler.check()
    assert window.statusBar().currentMessage() == ""
    assert window.backup_banner.isHidden()
    dest.mkdir()
    assert scheduler.check() and len(_files(dest)) == 1


def test_logout_runs_the_at_logout_backup_first(qtbot, vault, dest):
    _configure(vault, dest, mode="logout")
    window = _window(qtbot, vault)
    assert not window.backup_scheduler.check()       # not on the timer
    with qtbot.waitSignal(window.logout_requested, timeout=10_000):
        window.request_logout()
    assert len(_files(dest)) == 1
    with qtbot.waitSignal(window.logout_requested, timeout=2_000):
        window.request_logout()                        # once per session
    assert len(_files(dest)) == 1


def test_logout_waits_for_a_running_backup_and_cancel_leaves_no_file(qtbot, vault, dest, monkeypatch):
    add_attachments(vault, sizes=[1_000_000] * 4)
    _configure(vault, dest)
    gate = threading.Event()       # holds the export mid-way until the user has cancelled
    real = schedule.create_backup_file

    def gated(vault_, target, passphrase, *, progress=None, **kw):
        def held(done, total):
            gate.wait(30)
            return progress(done, total)
        return real(vault_, target, passphrase, progress=held, **kw)

    monkeypatch.setattr(schedule, "create_backup_file", gated)
    window = _window(qtbot, vault, runner=TaskRunner())
    scheduler = window.backup_scheduler
    assert scheduler.start("manual") and scheduler.running
    window.request_logout()
    dialog = scheduler.wait_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(window.logout_requested, timeout=60_000):
        dialog.findChild(QPushButton).click()     # the dialog's キャンセル button
        gate.set()
    assert scheduler.last_outcome.result == "cancelled"
    assert _files(dest) == []                        # not even a hidden .part
    assert not schedule.load_state(vault.conn).failed


def test_closing_the_session_mid_backup_cancels_and_records_it(qtbot, vault, dest, monkeypatch, reopen):
    add_attachments(vault, sizes=[1_000_000] * 4)
    _configure(vault, dest)
    gate = threading.Event()
    real = schedule.create_backup_file

    def gated(vault_, target, passphrase, *, progress=None, **kw):
        def held(done, total):
            gate.wait(30)
            return progress(done, total)
        return real(vault_, target, passphrase, progress=held, **kw)

    monkeypatch.setattr(schedule, "create_backup_file", gated)
    window = _window(qtbot, vault, runner=TaskRunner())
    assert window.backup_scheduler.start("manual")
    threading.Timer(0.2, gate.set).start()
    path = vault.path
    window.shutdown()                                  # e.g. the app is quit: waits, cancels
    assert _files(dest) == []
    again = reopen(path)
    try:
        state = schedule.load_state(again.conn)
        assert state.last_result == "cancelled" and not state.failed
    finally:
        again.close()


def test_logout_waits_for_a_running_backup_to_finish(qtbot, vault, dest):
    add_attachments(vault, sizes=[1_000_000] * 8)
    _configure(vault, dest)
    window = _window(qtbot, vault, runner=TaskRunner())
    scheduler = window.backup_scheduler
    assert scheduler.start("manual")
    with qtbot.waitSignal(window.logout_requested, timeout=60_000):
        window.request_logout()
    assert scheduler.last_outcome.result == "ok" and len(_files(dest)) == 1


def test_schedule_dialog_saves_and_refuses_bad_input(qtbot, vault, dest, monkeypatch):
    dialog = ScheduleDialog(vault, runner=SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog.mode.setCurrentIndex(dialog.mode.findData("weekly"))
    assert dialog.weekday.isEnabled() and dialog.time.isEnabled()
    dialog.time.setText("07:30")
    dialog.weekday.setCurrentIndex(2)
    monkeypatch.setattr("ui.backup.schedule_dialog.ask_folder", lambda *a: str(dest))
    dialog._browse()
    assert dialog.folder.text() == str(dest)
    dialog.save()
    assert "パスフレーズを入力" in dialog.status.text()        # a schedule needs a passphrase
    dialog.pass1.setText(PASSPHRASE)
    dialog.pass2.setText(PASSPHRASE + "x")
    dialog.save()
    assert "一致しません" in dialog.status.text()
    dialog.pass1.setText(ADMIN_PASSWORD)
    dialog.pass2.setText(ADMIN_PASSWORD)
    dialog.save()
    assert "使えません" in dialog.status.text() and not schedule.has_passphrase(vault.conn)
    dialog.pass1.setText(PASSPHRASE)
    dialog.pass2.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    config = schedule.load_config(vault.conn)
    assert (config.mode, config.time, config.weekday, config.folder) == ("weekly", (7, 30), 2, str(dest))
    assert schedule.has_passphrase(vault.conn)
    again = ScheduleDialog(vault, runner=SyncTaskRunner())
    qtbot.addWidget(again)
    assert "設定済み" in again.pass1.placeholderText() and again.pass1.text() == ""
    again.folder.setText("relative/path")
    again.save()
    assert "絶対パス" in again.status.text()


def test_copies_dialog_lists_selects_old_and_deletes(qtbot, vault, messages):
    pre = migrations.backup_before_migration(vault.conn, vault.path, 5)
    restore = _safety_copy(vault.path)
    old = time.time() - 45 * 86400
    os.utime(pre, (old, old))
    dialog = CopiesDialog(vault)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    texts = [dialog.model.index(r, c).data() for r in range(2) for c in range(5)]
    assert pre.name in texts and restore.name in texts and any("スキーマ 5" in t for t in texts)
    assert "30 日以上前の控えが 1 件" in dialog.status.text()
    dialog.select_older()
    assert [c.path for c in dialog.selected()] == [pre]
    messages.answer = False
    assert dialog.delete_selected() == [] and pre.exists()
    messages.answer = True
    assert dialog.delete_selected() == [pre.name]
    assert not pre.exists() and restore.exists() and dialog.model.rowCount() == 1
    assert vault.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'backup.copy_delete'").fetchone()[0] == 1


def test_backup_view_offers_old_copies(qtbot, vault):
    pre = migrations.backup_before_migration(vault.conn, vault.path, 5)
    old = time.time() - 90 * 86400
    os.utime(pre, (old, old))
    window = _window(qtbot, vault)
    window.show_section("backup")
    view = window.sections["backup"].widget
    assert not view.copies_note.isHidden() and "1 件" in view.copies_note.text()
    dialog = view.open_copies()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1


def test_deleting_a_user_offers_to_remove_copies_holding_their_slot(qtbot, vault):
    add_officer(vault)
    window = _window(qtbot, vault)
    held = _safety_copy(vault.path)
    AccountService(vault).delete_user(OFFICER_ID)
    window.ctx.data_changed.emit("users")
    box = window.backup_scheduler.copy_offer
    assert box is not None and box.isVisible() and OFFICER_ID in box.text() and "1 件" in box.text()
    assert copies.holding_user(copies.list_copies(vault.path), OFFICER_ID)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert not held.exists()
    assert not copies.holding_former_users(vault)
    window.backup_scheduler.copy_offer = None
    window.ctx.data_changed.emit("users")              # asked once per user
    assert window.backup_scheduler.copy_offer is None

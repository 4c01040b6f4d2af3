"""The manual's scheduled-backup section (issue 15 item 11): F1 on the backup screen opens the
backup page, which explains the schedule settings, rotation, the passphrase, the failure
banner and how to verify; every in-page link resolves."""

from __future__ import annotations

from ui.app import Controller
from ui.widgets import help as manual


def test_f1_on_the_backup_screen_shows_the_scheduled_backups(qtbot, vault):
    c = Controller(vault.path)
    c.on_unlocked(vault)
    main = c.main
    qtbot.addWidget(main)
    qtbot.waitExposed(main)
    try:
        main.show_section("backup")
        assert main.current_section_key() == "backup"
        from PySide6.QtGui import QShortcut

        shortcut = main.findChild(QShortcut, "helpShortcut")
        assert shortcut.key().toString() == "F1"
        shortcut.activated.emit()  # the key press itself: tests/ui/test_help.py
        window = main._help_window
        assert window.isVisible() and window.current == "backup"
        text = window.browser.toPlainText()
        for words in ("定期バックアップ", "定期バックアップの設定…", "保存先フォルダー", "残す数", "世代管理",
                      ".daicho-backup", "暗号化された台帳の中に保管", "前回の定期バックアップに失敗しました。",
                      "検証・復元…", "検証する"):
            assert words in text, words
        window.close()
    finally:
        main.shutdown()


def test_the_backup_page_names_what_the_screens_show():
    """The labels the page quotes are the ones the backup screens use (no stale wording)."""
    import inspect

    from desktop.backup import schedule
    from ui.backup import schedule_dialog, scheduler, section

    text = manual.page_markdown("backup")
    sources = inspect.getsource(schedule_dialog) + inspect.getsource(scheduler) + inspect.getsource(section)
    for label in ("定期バックアップの設定…", "定期バックアップを今すぐ実行", "実行するタイミング", "時刻（毎日・毎週）",
                  "曜日（毎週）", "保存先フォルダー", "残す数", "バックアップ画面を開く", "検証・復元…",
                  "前回の定期バックアップに失敗しました。"):
        assert label in text and label in sources, label
    for key in ("しない", "ログアウト時", "毎日", "毎週"):
        assert f"「{key}」" in text
    assert schedule.NAME_PREFIX in text and "daicho-（台帳の識別子）-（このPCの識別子）" in text
    defaults = schedule.ScheduleConfig()
    assert f"{defaults.keep_daily}・{defaults.keep_weekly}・{defaults.keep_monthly}" in text

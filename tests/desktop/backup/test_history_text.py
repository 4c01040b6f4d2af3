"""The backup status line as a person reads it: ISO on the command line, 和暦 (or 西暦) with
「今日」/「昨日」/「N 日前」 in the GUI (desktop.calendar.set_message_calendar)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.backup import format as fmt
from desktop.calendar import days_ago_text, moment_text, set_message_calendar

MOMENT = dt.datetime(2026, 12, 1, 9, 30).astimezone()


def test_moments_follow_the_reader_calendar():
    assert moment_text(MOMENT) == "2026-12-01 09:30"
    assert fmt.display_time(MOMENT.isoformat()) == "2026-12-01 09:30"
    set_message_calendar("wareki")
    assert moment_text(MOMENT) == "令和8年12月1日 09:30"
    assert fmt.display_time(MOMENT.isoformat()) == "令和8年12月1日 09:30"
    set_message_calendar("western")
    assert moment_text(MOMENT) == "2026年12月1日 09:30"
    with pytest.raises(ValueError):
        set_message_calendar("lunar")


def test_days_ago_reads_naturally():
    assert [days_ago_text(n) for n in (0, 1, 5)] == ["今日", "昨日", "5 日前"]


def test_status_line_after_a_backup_today(vault, tmp_path):
    from desktop.backup import backup_status_text, export_backup

    export_backup(vault, tmp_path / "b.daicho-backup", "Kanazawa-Castle-Park-Spring-2026!")
    today = dt.date.today()
    set_message_calendar("wareki")
    text = backup_status_text(vault.conn, today)
    assert text.startswith("最終バックアップ: 令和") and text.endswith("（今日）"), text
    assert "0 日前" not in text
    later = backup_status_text(vault.conn, today + dt.timedelta(days=3))
    assert later.endswith("（3 日前）"), later

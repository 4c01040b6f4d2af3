"""The audit log reads as Japanese sentences: who did what to which record (register name and
title, not ``exchanges:1``), the changed field with its new value in 和暦, a detail pane with
before/after per field; a failed login recorded before unlock never reads as authenticated;
unverified events are listed in their own tab; new actions have Japanese names."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.accounts.service import AccountService
from desktop.registers import RegisterService, examples
from desktop.vault.vault import AuthFailed, unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.desktop.audit.test_unverified import FORGED, inject_unverified
from ui.admin import audit_log
from ui.admin.audit_log import COL_ACTOR, COL_DETAILS, COL_TARGET
from ui.widgets.dates import dates_in_text


def _view(window):
    window.show_section("admin.audit")
    view = window.sections["admin.audit"].widget
    view.apply_filters()
    return view


def _row(view, action):
    return next(i for i, e in enumerate(view.model.entries) if e.action == action)


def _exchange(vault):
    svc = RegisterService(vault)
    ids = examples.store(svc, first_only=True)
    rid = ids["exchanges"][0]
    record = svc.get("exchanges", rid)
    extra = {} if record.get("handled_by") else {"handled_by": ids["staff"][0]}
    svc.update("exchanges", rid, {"exchanged_at": dt.datetime(2026, 12, 1, 13, 30).astimezone(), **extra})
    return svc, rid


def test_register_change_reads_as_a_sentence_with_detail(qtbot, main_window):
    svc, rid = _exchange(main_window.vault)
    title = dates_in_text(svc.title("exchanges", rid))     # its date in 和暦, as the reader reads it
    view = _view(main_window)
    row = _row(view, "register.update")
    target = view.model.index(row, COL_TARGET).data()
    assert target == f"データ交換 #{rid}「{title}」"
    sentence = view.model.index(row, COL_DETAILS).data()
    assert sentence.startswith(f"管理 太郎（admin） が データ交換 #{rid}「{title}」 の "
                               "交換日時 を 令和8年12月1日 13:30 に")
    assert sentence.endswith("に変更")
    assert view.model.index(row, COL_ACTOR).data() == "管理 太郎（admin）"
    view.table.selectRow(row)
    html = view.detail.toPlainText()
    assert "変更前" in html and "変更後" in html and "令和8年12月1日 13:30" in html
    assert "exchanges:" not in sentence and "{" not in sentence


def test_deleted_record_keeps_its_title(qtbot, main_window):
    svc, rid = _exchange(main_window.vault)
    title = dates_in_text(svc.title("exchanges", rid))
    svc.delete("exchanges", rid, "重複登録のため")
    view = _view(main_window)
    sentence = view.model.index(_row(view, "register.delete"), COL_DETAILS).data()
    assert sentence == f"管理 太郎（admin） が データ交換 #{rid}「{title}」 を削除（理由: 重複登録のため）"


def test_failed_login_before_unlock_never_reads_authenticated(qtbot, vault):
    from ui.main_window import MainWindow

    path = vault.path
    vault.close()
    with pytest.raises(AuthFailed):
        unlock(path, ADMIN_ID, "wrong-password-123")
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    window = MainWindow(v)
    qtbot.addWidget(window)
    view = _view(window)
    row = _row(view, "auth.failure")
    sentence = view.model.index(row, COL_DETAILS).data()
    assert sentence.startswith("管理 太郎（admin） のログインに失敗（パスワード違い）")
    assert "本人確認ではありません" in sentence
    view.table.selectRow(row)
    text = view.detail.toPlainText()
    assert "authenticated" not in sentence + text
    window.shutdown()
    v.close()


def test_user_actions_and_unlock(qtbot, main_window):
    AccountService(main_window.vault).create_user("tanaka", "田中 一郎", "officer", "Hakusan-River-Tea-77")
    AccountService(main_window.vault).update_user("tanaka", role="viewer")
    view = _view(main_window)
    assert view.model.index(_row(view, "user.create"), COL_DETAILS).data() == \
        "管理 太郎（admin） が ユーザー 田中 一郎（tanaka） を追加"
    assert view.model.index(_row(view, "user.update"), COL_DETAILS).data() == \
        "管理 太郎（admin） が ユーザー 田中 一郎（tanaka） の 役割 を 閲覧者 に変更"


def test_unverified_events_tab(qtbot, vault, reopen):
    from ui.main_window import MainWindow

    path = vault.path
    vault.close()
    inject_unverified(path, FORGED)
    v = reopen(path)
    window = MainWindow(v)
    qtbot.addWidget(window)
    view = _view(window)
    assert view.tabs.tabText(1) == "未検証のイベント（1件）"
    tree = view.unverified.tree
    assert tree.topLevelItemCount() == 1
    item = tree.topLevelItem(0)
    assert item.text(0) == "令和8年11月30日 09:00:00"
    assert item.text(1) == "認証失敗（未検証）" and item.text(2) == "admin"
    sentence = view.model.index(_row(view, "auth.unverified_events"), COL_DETAILS).data()
    assert "1 件" in sentence and "監査ログには含めていません" in sentence
    window.shutdown()
    v.close()


def test_no_unverified_events(qtbot, main_window):
    view = _view(main_window)
    assert view.tabs.tabText(1) == "未検証のイベント"
    assert view.unverified.empty.isVisibleTo(view.unverified)


@pytest.mark.parametrize("action", ["auth.unverified_events", "audit.rollback_detected", "vault.generation_mismatch",
                                    "user.signing_key_registered", "accounts.password_history_converted",
                                    "keys.state_unverified", "user.unlock"])
def test_new_actions_have_japanese_names(action):
    label = audit_log.action_label(action)
    assert label != action and not label.isascii()


def test_filter_dates_typed_in_wareki_full_width_and_refused(qtbot, main_window, monkeypatch):
    """The filter uses the project's date input: 和暦 typed into an emptied field, full-width
    digits, a short year in the chosen era; 2026/02/30 refused with a message beside the field
    and by the filter (never read as another day)."""
    from PySide6.QtCore import QDate, Qt

    from ui.registers.dates import DateEdit

    view = _view(main_window)
    assert isinstance(view.date_from, DateEdit) and isinstance(view.date_to, DateEdit)
    view.date_check.setChecked(True)
    view.date_from.set_value(dt.date(2026, 4, 1))
    assert view.date_from.edit.text() == "令和8年4月1日"
    edit = view.date_from.edit
    edit.clear()
    qtbot.keyClicks(edit, "R7.5.2")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert view.date_from.value() == dt.date(2025, 5, 2) and edit.text() == "令和7年5月2日"
    edit.clear()
    edit.insert("令和7年5月3日")  # an input method delivers it as one string
    view.date_from.commit()
    assert view.date_from.value() == dt.date(2025, 5, 3)
    edit.clear()
    edit.insert("２０２５／５／４")  # full-width digits, as an input method types them
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert view.date_from.value() == dt.date(2025, 5, 4)
    view.date_to.edit.clear()
    qtbot.keyClicks(view.date_to.edit, "8/4/1")  # 令和 is the era chosen beside the field
    qtbot.keyClick(view.date_to.edit, Qt.Key.Key_Return)
    assert view.date_to.value() == dt.date(2026, 4, 1)
    view.apply_filters()
    assert view.model.rowCount() == 0   # everything in this vault was written today
    view.date_to.set_value(dt.date.today())
    view.apply_filters()
    assert view.model.rowCount() > 0

    shown = []
    monkeypatch.setattr(audit_log.messages, "show_error", lambda _p, exc, *a: shown.append(str(exc)))
    edit.clear()
    qtbot.keyClicks(edit, "2026/02/30")  # no such day: refused, never another date
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "2026/02/30" and view.date_from.message.isVisibleTo(view)
    assert "2026年2月30日という日はありません" in view.date_from.message.text()
    view.apply_filters()
    assert shown and "期間（から）" in shown[0] and "2月30日" in shown[0]
    view.date_from.popup.clicked.emit(QDate(2026, 1, 5))  # picked from the calendar
    assert edit.text() == "令和8年1月5日" and not view.date_from.message.isVisibleTo(view)
    assert view.date_from.popup.firstDayOfWeek() == Qt.DayOfWeek.Sunday


def test_titles_with_dates_and_other_details_read_as_japanese(qtbot, main_window):
    """A record title built with an ISO date (引継記録「2025-10-01 …」) reads in 和暦 in the
    log, and the entry's other details are a labelled table, not JSON."""
    svc = RegisterService(main_window.vault)
    ids = examples.store(svc, first_only=True)
    rid = ids["handovers"][0]
    raw_title = svc.title("handovers", rid)
    assert raw_title[:4].isdigit() and raw_title[4] == "-"       # the declaration writes ISO
    svc.delete("handovers", rid, "重複登録のため")
    view = _view(main_window)
    row = _row(view, "register.delete")
    target = view.model.index(row, COL_TARGET).data()
    assert "令和" in target and raw_title[:10] not in target
    view.table.selectRow(row)
    text = view.detail.toPlainText()
    assert "理由" in text and "重複登録のため" in text and "{" not in text

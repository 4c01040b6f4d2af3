"""The record dialog hands the record and its chosen files to the service together: one
transaction, so a file that cannot be read stores no record, and nothing the user entered or
chose is lost."""

from __future__ import annotations

import datetime as dt

from tests.ui.registers.conftest import click_save, fill_form

NOW = dt.datetime.now().astimezone().replace(second=0, microsecond=0)


def _open(qtbot, open_view):
    view = open_view("maintenance")
    dialog = view.open_new()
    fill_form(qtbot, dialog.form, {"equipment": "SV-001", "started_at": NOW, "worker": "山田 太郎",
                                   "kind": "inspection", "work": "定期点検"})
    return view, dialog


def test_a_vanished_file_stores_no_record_and_keeps_the_form(qtbot, svc, seeded, open_view, tmp_path):
    gone = tmp_path / "点検写真.png"
    gone.write_bytes(b"png")
    view, dialog = _open(qtbot, open_view)
    editor = dialog.form.editors["attachments"]
    editor.add_path(gone)
    gone.unlink()                       # removed before 保存
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.record_id is None
    assert "点検写真.png" in dialog.form.general_error.text()
    assert svc.count("maintenance").value == 0          # no record without its file
    assert editor.pending == [gone]                     # the choice is kept
    gone.write_bytes(b"png again")                      # the user puts it back and saves again
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [a.name for a in svc.attachments("maintenance", dialog.record_id)] == ["点検写真.png"]
    assert svc.count("maintenance").value == 1 and editor.pending == []


def test_editing_adds_files_with_the_change(qtbot, svc, seeded, open_view, tmp_path):
    report = tmp_path / "報告書.txt"
    report.write_bytes("報告".encode())
    view, dialog = _open(qtbot, open_view)
    click_save(qtbot, dialog)
    rid = dialog.record_id
    assert view.select_record(rid)
    edit = view.open_edit()
    edit.form.editors["attachments"].add_path(report)
    fill_form(qtbot, edit.form, {"work": "定期点検（追記）"})
    click_save(qtbot, edit)
    assert edit.result() == edit.DialogCode.Accepted
    assert svc.get("maintenance", rid)["work"] == "定期点検（追記）"
    assert [a.name for a in svc.attachments("maintenance", rid)] == ["報告書.txt"]

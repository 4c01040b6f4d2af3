"""The list view: roles decide the buttons, the search box waits for two characters and a
pause, filters, CSV export, and CSV import that shows every problem and writes nothing until
取り込む."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.foundation import OFFICER_ID, OFFICER_PASSWORD, add_officer


@pytest.fixture
def as_role(vault, reopen):
    """as_role(role) -> (AppContext, RegisterService) for a user with that role (staff seeded)."""
    from desktop.registers.service import RegisterService
    from ui.context import AppContext

    RegisterService(vault).create("staff", {"name": "山田 太郎"})

    def factory(role):
        v = add_officer(vault, reopen, role=role)
        v = reopen(v, OFFICER_ID, OFFICER_PASSWORD, terminals=v.terminals)
        return AppContext(v), RegisterService(v)

    return factory


def test_viewer_sees_no_write_buttons(qtbot, as_role, open_view):
    ctx, svc = as_role("viewer")
    view = open_view("staff", ctx)
    assert view.model.rowCount() == 1
    for b in (view.new_button, view.edit_button, view.delete_button, view.import_button):
        assert not b.isVisible()
    assert view.export_button.isVisible()        # reading and exporting are allowed
    assert view.open_new() is None
    view.select_row(0)
    view.show_current_detail()
    assert view.open_edit() is None
    assert view.detail.value_text("name") == "山田 太郎"


def test_officer_cannot_delete(qtbot, as_role, open_view):
    ctx, _svc = as_role("officer")
    view = open_view("staff", ctx)
    assert view.new_button.isVisible() and view.edit_button.isVisible()
    assert not view.delete_button.isVisible()


def test_search_waits_for_two_characters_and_a_pause(qtbot, svc, open_view):
    for name in ("山田 太郎", "山本 花子", "田中 一郎"):
        svc.create("staff", {"name": name})
    view = open_view("staff")
    assert view.model.rowCount() == 3
    view.search.setText("山")
    view.apply_filters()   # what the debounce timer would do
    assert view.model.rowCount() == 3
    assert "2文字以上" in view.search_hint.text()
    view.search.setText("山田")
    assert view.search_timer.isActive()           # debounced: nothing yet
    assert view.model.rowCount() == 3
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.count_label.text() == "1件"
    view.search.setText("田")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=2000)


def test_ctrl_end_reaches_the_end_when_the_count_is_an_estimate(qtbot, svc, open_view, monkeypatch):
    """A search whose count is only an estimate (「約N件」): Ctrl+End still goes straight to the
    last record (one query for the last page); scrolling up from there fills the rows in
    between until the count is exact."""
    from desktop.registers import listing
    from ui.registers import table_model as tm

    monkeypatch.setattr(tm, "PAGE", 40)
    monkeypatch.setattr(listing, "SMALL", 3)
    monkeypatch.setattr(listing, "total_rows", lambda conn, reg: 1_000_000)   # as in a big register
    preview = svc.preview_import("staff", ("氏名,所属\n" + "".join(
        f"山田 太郎{i:03d},{'開発部' if i % 2 else '運用部'}\n" for i in range(150))).encode())
    svc.commit_import(preview)
    expected = [r.id for r in svc.page("staff", listing.ListQuery(search="田 太郎0"), limit=1000).rows]
    view = open_view("staff")
    view.search.setText("田 太郎0")                # a space inside: the count is an estimate
    view.apply_filters()
    assert not view.model.exact and view.count_label.text().startswith("最大")
    assert view.model.rowCount() < len(expected)
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus, timeout=2000)
    before = view.model.queries
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.current_id() == expected[-1]
    assert view.model.queries - before == 1
    # scroll up onto the "…" row: the rows above the tail load, and the rows the user looks
    # at stay where they are (the view scrolls down by as many rows as came in above them)
    view.table.scrollTo(view.model.index(view.model.gap_row(), 0))
    middle = view.table.rowAt(view.table.viewport().height() // 2)
    looked_at = view.model.record_id(middle)

    def on_screen():
        h = view.table.viewport().height()
        return [view.model.record_id(r) for r in range(view.table.rowAt(0), view.table.rowAt(h - 1) + 1)]
    grew = []
    view.model.tail_grew.connect(grew.append)
    view.model.fill_gap("up")
    assert grew and looked_at in on_screen()
    assert view.table.rowAt(view.table.viewport().height() // 2) - middle == grew[0]   # moved with its rows
    qtbot.waitUntil(lambda: view.model.exact, timeout=3000)
    assert view.model.rowCount() == len(expected)
    assert view.count_label.text() == f"{len(expected)}件"
    assert view.current_id() == expected[-1]
    assert [view.model.record_id(r) for r in range(view.model.rowCount())] == expected


def test_date_and_status_filters(qtbot, svc, open_view):
    sid = svc.create("staff", {"name": "山田 太郎"})
    base = dt.date(2025, 4, 1)
    for i in range(5):
        svc.create("equipment-checks", {
            "equipment": svc.create("equipment", {"asset_no": f"PC-{i}", "kind": "pc", "location": "室", "status": "in_use"}),
            "checked_on": base + dt.timedelta(days=30 * i), "checked_by": sid,
            "result": "found" if i % 2 == 0 else "not_found"})
    view = open_view("equipment-checks")
    assert view.model.rowCount() == 5
    view.date_from.set_value(base + dt.timedelta(days=30))
    view.date_to.set_value(base + dt.timedelta(days=90))
    view.apply_filters()
    assert view.model.rowCount() == 3
    view.status.setCurrentIndex(view.status.findData("not_found"))
    assert view.model.rowCount() == 2
    view.reset_filters()
    assert view.model.rowCount() == 5


def test_csv_export_both_encodings(qtbot, svc, open_view, tmp_path, monkeypatch, messages):
    from ui.widgets import files

    svc.create("staff", {"name": "山田 太郎", "affiliation": "開発部"})
    view = open_view("staff")
    for action, enc, name in ((view.export_utf8, "utf-8-sig", "u.csv"), (view.export_cp932, "cp932", "s.csv")):
        monkeypatch.setattr(files, "ask_save_path", lambda *a, n=name: str(tmp_path / n))
        action.trigger()
        data = (tmp_path / name).read_bytes()
        assert data.decode(enc).splitlines()[1].startswith("山田 太郎")
    assert data[:3] != b"\xef\xbb\xbf" and (tmp_path / "u.csv").read_bytes()[:3] == b"\xef\xbb\xbf"
    assert any("1件を書き出しました" in t for t in messages.infos)


def _write_csv(path, text):
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    return str(path)


def test_csv_import_preview_lists_every_error_and_writes_nothing(qtbot, svc, open_view, tmp_path, monkeypatch):
    from ui.widgets import files

    svc.create("staff", {"name": "山田 太郎"})
    view = open_view("equipment-checks")
    svc.create("equipment", {"asset_no": "SV-001", "kind": "server", "location": "室", "status": "in_use"})
    bad = _write_csv(tmp_path / "bad.csv", "対象機器,確認日,確認者,結果,謎の列\r\n"
                     "SV-001,2025-13-01,山田 太郎,所在を確認,x\r\n"
                     "SV-999,2025-04-01,誰か,所在を確認,y\r\n")
    monkeypatch.setattr(files, "ask_open_path", lambda *a: bad)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    dialog = view.import_dialog
    rows = dialog.issue_rows()
    assert rows, "the preview lists the problems"
    assert any(col == "謎の列" for _line, col, _msg in rows)      # unknown column named
    assert not dialog.import_button.isEnabled()
    assert svc.count("equipment-checks").value == 0
    dialog.reject()

    # a header-correct file with bad cells: each problem by line and column
    bad2 = _write_csv(tmp_path / "bad2.csv", "対象機器,確認日,確認者,結果\r\n"
                      "SV-001,2025-13-01,山田 太郎,所在を確認\r\n"
                      "SV-999,2025-04-01,誰か,所在を確認\r\n")
    monkeypatch.setattr(files, "ask_open_path", lambda *a: bad2)
    view.import_csv()
    rows = view.import_dialog.issue_rows()
    lines_cols = {(line, col) for line, col, _m in rows}
    assert ("2", "確認日") in lines_cols
    assert ("3", "対象機器") in lines_cols and ("3", "確認者") in lines_cols
    assert not view.import_dialog.import_button.isEnabled()
    assert svc.count("equipment-checks").value == 0
    view.import_dialog.reject()

    good = _write_csv(tmp_path / "good.csv", "対象機器,確認日,確認者,結果\r\n"
                      "SV-001,2025-04-01,山田 太郎,所在を確認\r\n"
                      "SV-001,令和7年10月1日,山田 太郎,所在を確認\r\n")
    monkeypatch.setattr(files, "ask_open_path", lambda *a: good)
    view.import_csv()
    dialog = view.import_dialog
    assert dialog.import_button.isEnabled()
    assert svc.count("equipment-checks").value == 0          # nothing until confirmed
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert svc.count("equipment-checks").value == 2
    assert view.model.rowCount() == 2

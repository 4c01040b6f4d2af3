"""Excel from the register view: export a workbook, write a template, import a workbook."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt


def test_xlsx_export_template_and_import_from_the_view(qtbot, svc, open_view, tmp_path, monkeypatch, messages):
    from ui.widgets import files

    svc.create("staff", {"name": "山田 太郎", "affiliation": "開発部"})
    view = open_view("staff")
    monkeypatch.setattr(files, "ask_save_path", lambda *a: str(tmp_path / "s.xlsx"))
    view.export_xlsx.trigger()
    wb = openpyxl.load_workbook(tmp_path / "s.xlsx")
    assert wb.worksheets[0].cell(2, 1).value == "山田 太郎"
    assert any("1件を書き出しました" in t for t in messages.infos)

    monkeypatch.setattr(files, "ask_save_path", lambda *a: str(tmp_path / "t.xlsx"))
    view.export_template.trigger()
    assert (tmp_path / "t.xlsx").exists()
    assert any("記入例" in t for t in messages.infos)

    # a workbook with one more person, read through the same preview as CSV
    ws = wb.worksheets[0]
    ws.cell(2, 1).value = "鈴木 花子"
    wb.save(tmp_path / "s.xlsx")
    monkeypatch.setattr(files, "ask_open_path", lambda *a: str(tmp_path / "s.xlsx"))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    dialog = view.import_dialog
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert svc.count("staff").value == 2


def test_import_dialog_shows_the_earlier_sheet_and_names_rows_of_the_file(qtbot, svc, open_view, tmp_path,
                                                                           monkeypatch):
    """A staff sheet before a handovers sheet: the dialog says both are added, and a reference
    to a row of the file shows the name and the row."""
    import datetime as dt

    from ui.widgets import files

    wb = openpyxl.Workbook()
    wb.active.title = "従事者"
    wb.active.append(["氏名"])
    wb.active.append(["山﨑 一郎"])
    wb.active.append(["鈴木 花子"])
    ws = wb.create_sheet("引継記録")
    ws.append(["前任者", "後任者", "引継日"])
    ws.append(["山﨑 一郎", "鈴木 花子", dt.date(2025, 10, 1)])
    wb.save(tmp_path / "h.xlsx")
    view = open_view("handovers")
    monkeypatch.setattr(files, "ask_open_path", lambda *a: str(tmp_path / "h.xlsx"))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    dialog = view.import_dialog
    assert "シート「従事者」の 2 件を従事者に追加します" in dialog.summary.text()
    texts = [dialog.rows.item(0, c).text() for c in range(dialog.rows.columnCount())]
    assert "山﨑 一郎（ファイルの2行目）" in texts and "鈴木 花子（ファイルの3行目）" in texts
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert svc.count("staff").value == 2 and svc.count("handovers").value == 1


def test_csv_export_of_a_register_with_sublists_writes_the_file_beside_and_imports_it(
        qtbot, svc, open_view, tmp_path, monkeypatch, messages, make_vault):
    """体制表 as structure.members.csv beside structure.csv: the message names it and the
    import dialog reads it."""
    from desktop.registers import examples
    from ui.widgets import files

    ids = {slug: got[0] for slug, got in examples.store(svc, first_only=True).items()}
    view = open_view("structure")
    monkeypatch.setattr(files, "ask_save_path", lambda *a: str(tmp_path / "structure.csv"))
    view.export_utf8.trigger()
    assert (tmp_path / "structure.members.csv").exists()
    assert any("structure.members.csv" in t for t in messages.infos)
    svc.delete("structure", ids["structure"], "試験")
    monkeypatch.setattr(files, "ask_open_path", lambda *a: str(tmp_path / "structure.csv"))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    dialog = view.import_dialog
    assert "structure.members.csv" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    members = svc.get("structure", svc.page("structure").rows[0].id)["members"]
    assert len(members) == len(examples.values("structure", ids)["members"])

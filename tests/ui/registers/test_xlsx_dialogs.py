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

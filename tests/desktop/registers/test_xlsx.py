"""Excel workbooks in and out (issue 16): the round trip for every register, templates, the
bad workbooks an office really has."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from desktop.errors import DaichoError, ValidationError
from desktop.registers import definitions, examples, xlsxio
from desktop.registers.service import RegisterService


def _content(path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb}


@pytest.fixture
def office(vault):
    svc = RegisterService(vault)
    examples.fill_office(svc)
    return svc


def test_round_trip_every_register_is_identical_in_content(office, make_vault, tmp_path):
    """export → import into an empty vault (declaration order, references by title) → export:
    the same cells, sheet by sheet."""
    first = {}
    for reg in definitions.all_registers():
        if getattr(reg, "confidential", False):
            continue
        path = tmp_path / "a" / f"{reg.slug}.xlsx"
        path.parent.mkdir(exist_ok=True)
        office.export_xlsx(reg.slug, path)
        first[reg.slug] = path
    other, _ = make_vault(path=tmp_path / "other" / "daicho.vault")
    target = RegisterService(other)
    for slug, path in first.items():
        preview = target.preview_import(slug, path)
        assert preview.ok, (slug, preview.issue_lines()[:5])
        target.commit_import(preview)
    for slug, path in first.items():
        again = tmp_path / "b" / f"{slug}.xlsx"
        again.parent.mkdir(exist_ok=True)
        target.export_xlsx(slug, again)
        assert _content(again) == _content(path), slug


def test_text_cells_are_never_formulas(vault, tmp_path):
    svc = RegisterService(vault)
    svc.create("staff", {**examples.values("staff", {}), "name": "=HYPERLINK(\"http://x\")"})
    path = tmp_path / "staff.xlsx"
    svc.export_xlsx("staff", path)
    ws = openpyxl.load_workbook(path)[xlsxio.sheet_name(svc.register("staff").label_ja)]
    cells = [c for c in ws[2] if isinstance(c.value, str) and c.value.startswith("=")]
    assert cells and all(c.data_type == "s" for c in cells)
    # and it comes back as the same text
    preview = svc.preview_import("staff", path)
    assert preview.records[0]["name"] == "=HYPERLINK(\"http://x\")"


def test_template_has_example_validations_and_explanations_and_the_example_is_never_imported(vault, tmp_path):
    svc = RegisterService(vault)
    path = svc.write_template("exchanges", tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    reg = svc.register("exchanges")
    ws = wb[xlsxio.sheet_name(reg.label_ja)]
    assert [c.value for c in ws[1]][0] == [f for f in reg.fields if not f.computed][0].label_ja
    assert any(c.value for c in ws[2])  # the example row
    assert ws.data_validations.dataValidation  # drop-downs for choices / yes-no
    assert xlsxio.NOTES_SHEET in wb.sheetnames
    notes = [r for r in wb[xlsxio.NOTES_SHEET].iter_rows(values_only=True)]
    assert any(r[1] == "※" for r in notes[1:])  # required columns marked
    assert any("A12" in (r[4] or "") for r in notes[1:])  # the clauses served
    preview = svc.preview_import("exchanges", path)
    assert preview.records == []  # nothing but the example: nothing to import


def test_a_filled_template_imports_with_wareki_and_full_width_dates(vault, tmp_path):
    svc = RegisterService(vault)
    path = svc.write_template("staff", tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    reg = svc.register("staff")
    ws = wb[xlsxio.sheet_name(reg.label_ja)]
    header = [c.value for c in ws[1]]
    row = {h: ws.cell(2, i + 1).value for i, h in enumerate(header)}
    date_cols = [f.label_ja for f in reg.fields if f.kind.value == "date" and f.label_ja in header]
    for i, h in enumerate(header):
        ws.cell(3, i + 1).value = row[h]
    if date_cols:
        ws.cell(3, header.index(date_cols[0]) + 1).value = "Ｒ７．４．１"
    with open(path, "wb") as fh:
        wb.save(fh)
    preview = svc.preview_import("staff", path)
    assert preview.ok, preview.issue_lines()
    assert len(preview.records) == 1
    if date_cols:
        f = next(f for f in reg.fields if f.label_ja == date_cols[0])
        assert preview.records[0][f.name] == dt.date(2025, 4, 1)


def _staff_book(vault, tmp_path):
    """One staff record exported to a workbook: (service, path, workbook, sheet, a date field,
    that field's column number)."""
    svc = RegisterService(vault)
    path = tmp_path / "s.xlsx"
    svc.create("staff", examples.values("staff", {}))
    svc.export_xlsx("staff", path)
    reg = svc.register("staff")
    wb = openpyxl.load_workbook(path)
    ws = wb[xlsxio.sheet_name(reg.label_ja)]
    header = [c.value for c in ws[1]]
    f = next(f for f in reg.fields if f.kind.value == "date" and f.label_ja in header)
    return svc, path, wb, ws, f, header.index(f.label_ja) + 1


def test_excel_date_serials_in_a_date_column(vault, tmp_path):
    svc, path, wb, ws, f, col = _staff_book(vault, tmp_path)
    cell = ws.cell(2, col)
    cell.value = 45748  # 2025-04-01 as Excel counts days
    cell.number_format = "General"
    wb.save(path)
    preview = svc.preview_import("staff", path)
    assert preview.records[0][f.name] == dt.date(2025, 4, 1)


def test_old_xls_workbook_gets_a_clear_message(vault, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(DaichoError, match=r"\.xlsx"):
        RegisterService(vault).preview_import("staff", path)


def test_password_protected_workbook_gets_a_clear_message(vault, tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)  # encrypted OOXML is an OLE file
    with pytest.raises(DaichoError, match="パスワード"):
        RegisterService(vault).preview_import("staff", path)


def test_not_a_workbook_named_xlsx(vault, tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_text("name,kana\n", encoding="utf-8")
    with pytest.raises(DaichoError, match="xlsx"):
        RegisterService(vault).preview_import("staff", path)


def test_missing_sheet_is_named(vault, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "一覧"
    wb.create_sheet("別の表")
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(ValidationError, match="シート"):
        RegisterService(vault).preview_import("staff", buf.getvalue(), name="book.xlsx")


def test_formula_without_cached_value_names_the_cell(vault, tmp_path):
    svc, path, wb, ws, _f, _col = _staff_book(vault, tmp_path)
    ws["A2"] = '=CONCAT("山田", "太郎")'  # written by a program: no cached result
    wb.save(path)
    preview = svc.preview_import("staff", path)
    assert any("!A2" in i.column and "数式" in i.message for i in preview.issues), preview.issue_lines()


def test_row_problems_name_sheet_row_and_column(vault, tmp_path):
    svc, path, wb, ws, f, col = _staff_book(vault, tmp_path)
    ws.cell(2, col).value = "令和0年4月1日"
    wb.save(path)
    preview = svc.preview_import("staff", path)
    assert not preview.ok
    issue = preview.issues[0]
    assert issue.line == 2 and issue.column == f"{ws.title}!{f.label_ja}"


def test_sublists_are_sheets_keyed_by_the_parent_row(vault, tmp_path):
    svc = RegisterService(vault)
    reg = next(r for r in definitions.all_registers()
               if any(f.kind.value == "sublist" for f in r.fields) and r.examples and not examples.refs_in(r.examples[0].values))
    svc.create(reg.slug, examples.values(reg.slug, {}))
    path = tmp_path / "r.xlsx"
    svc.export_xlsx(reg.slug, path)
    wb = openpyxl.load_workbook(path, read_only=True)
    sub = next(f for f in reg.fields if f.kind.value == "sublist")
    name = xlsxio._sub_sheet(reg, sub)
    if examples.values(reg.slug, {}).get(sub.name):
        rows = list(wb[name].iter_rows(values_only=True))
        assert rows[0][0] == xlsxio.PARENT_ROW and rows[1][0] == 2
    preview = svc.preview_import(reg.slug, path)
    assert preview.ok, preview.issue_lines()
    stored = [{k: v for k, v in item.items() if k != "id"} for item in svc.get(reg.slug, 1)[sub.name]]
    assert preview.records[0][sub.name] == stored


def test_xlsx_export_leaves_no_temporary_copy_outside_the_destination(vault, tmp_path, monkeypatch):
    import tempfile

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    svc = RegisterService(vault)
    svc.create("staff", examples.values("staff", {}))
    out = tmp_path / "out"
    out.mkdir()
    svc.export_xlsx("staff", out / "s.xlsx")
    assert list(scratch.iterdir()) == []
    assert sorted(p.name for p in out.iterdir()) == ["s.xlsx"]


def test_cli_export_template_and_import_xlsx(vault, tmp_path):
    from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
    from tests.foundation import run_cli

    RegisterService(vault).create("staff", examples.values("staff", {}))
    path = vault.path
    vault.close()
    code, out, err = run_cli(["--user", ADMIN_ID, "--password-stdin", "export", "staff", "--out",
                              str(tmp_path / "s.xlsx")], stdin=ADMIN_PASSWORD + "\n", vault_path=path)
    assert code == 0, err
    code, out, err = run_cli(["--user", ADMIN_ID, "--password-stdin", "template", "staff", "--out",
                              str(tmp_path / "t.xlsx")], stdin=ADMIN_PASSWORD + "\n", vault_path=path)
    assert code == 0, err and (tmp_path / "t.xlsx").exists()
    code, out, err = run_cli(["--user", ADMIN_ID, "--password-stdin", "import", "staff", str(tmp_path / "s.xlsx"),
                              "--dry-run"], stdin=ADMIN_PASSWORD + "\n", vault_path=path)
    assert code == 0, err


def test_duplicates_on_the_natural_key_are_reported_and_skipped_unless_asked(vault, tmp_path):
    """Re-importing the same file passed the dry run and doubled the records."""
    svc = RegisterService(vault)
    staff = svc.create("staff", examples.values("staff", {}))
    eq = svc.create("equipment", examples.values("equipment", {"staff": staff}))
    svc.create("equipment-checks", {"equipment": eq, "checked_on": dt.date(2025, 4, 1), "checked_by": staff,
                                    "result": "found"})
    path = tmp_path / "c.xlsx"
    svc.export_xlsx("equipment-checks", path)
    preview = svc.preview_import("equipment-checks", path)
    assert preview.ok and preview.duplicates == [0] and preview.duplicate_lines == [2]
    assert svc.commit_import(preview) == []  # skipped by default
    assert svc.count("equipment-checks").value == 1
    preview = svc.preview_import("equipment-checks", path)
    assert len(svc.commit_import(preview, include_duplicates=True)) == 1
    assert svc.count("equipment-checks").value == 2


def test_cli_list_json_has_stable_keys_and_iso_dates(vault, tmp_path):
    import json

    from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
    from tests.foundation import run_cli

    svc = RegisterService(vault)
    staff = svc.create("staff", examples.values("staff", {}))
    eq = svc.create("equipment", examples.values("equipment", {"staff": staff}))
    svc.create("equipment-checks", {"equipment": eq, "checked_on": dt.date(2025, 4, 1), "checked_by": staff,
                                    "result": "found"})
    path = vault.path
    vault.close()
    code, out, err = run_cli(["--user", ADMIN_ID, "--password-stdin", "list", "equipment-checks", "--format", "json"],
                             stdin=ADMIN_PASSWORD + "\n", vault_path=path)
    assert code == 0, err
    rows = json.loads(out)
    assert rows[0]["checked_on"] == "2025-04-01" and rows[0]["result"] == "found" and rows[0]["id"] == 1


def test_cli_export_out_dash_writes_csv_to_stdout(vault):
    from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
    from tests.foundation import run_cli

    RegisterService(vault).create("staff", {**examples.values("staff", {}), "name": "標準 出力"})
    path = vault.path
    vault.close()
    code, out, err = run_cli(["--user", ADMIN_ID, "--password-stdin", "export", "staff", "--out", "-"],
                             stdin=ADMIN_PASSWORD + "\n", vault_path=path)
    assert code == 0, err
    assert out.splitlines()[1].startswith("標準 出力")
    code, out, err = run_cli(["--user", ADMIN_ID, "--password-stdin", "export", "staff", "--out", "-",
                              "--format", "xlsx"], stdin=ADMIN_PASSWORD + "\n", vault_path=path)
    assert code == 2 and "標準出力" in err

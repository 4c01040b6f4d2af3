"""References within the import file (issue 16, item 4): a row may name a record the same
file brings — another row of the same register (CSV and workbook) or a row of an earlier
sheet of the workbook (staff, then handovers). The import writes the named row first; a
cycle is refused naming its rows; nothing is written when anything is wrong."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from desktop.errors import ValidationError
from desktop.registers import definitions, file_refs, schema, xlsxio
from desktop.registers.definitions._common import F, Kind
from desktop.registers.model import Register
from desktop.registers.service import RegisterService

# A register whose records name records of the same register (a successor chain), declared
# like every other register and created with the schema module's own DDL in the test vault:
# the declared registers have no such field yet, the import path must already handle it.
PEOPLE = Register(
    slug="test-people",
    table="test_people",
    label_ja="担当者名簿",
    label_en="People",
    clauses=("A17-6",),
    fields=(
        F("name", Kind.TEXT, "氏名", "Name", required=True),
        F("successor", Kind.REF, "後任者", "Successor", ref="test-people"),
        F("backups", Kind.REFS, "代行者", "Backups", ref="test-people"),
    ),
    list_columns=("name", "successor"),
    search_fields=("name",),
    natural_key="name",
    default_sort=("name", False),
)


@pytest.fixture
def people(vault, monkeypatch):
    monkeypatch.setitem(definitions._BY_SLUG, PEOPLE.slug, PEOPLE)
    with vault.transaction() as conn:
        for stmt in schema.statements(PEOPLE):
            conn.execute(stmt.sql)
    return RegisterService(vault)


def _csv(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    import csv

    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


def _xlsx(sheets: dict[str, list[list]]) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _chain(svc) -> dict[str, tuple[str | None, list[str]]]:
    names = {r[0]: r[1] for r in svc.conn.execute("SELECT id, name FROM test_people")}
    out = {}
    for rid, name, succ in svc.conn.execute("SELECT id, name, successor FROM test_people"):
        backups = [names[r[0]] for r in svc.conn.execute(
            "SELECT ref_id FROM test_people_backups WHERE owner_id = ? ORDER BY pos", (rid,))]
        out[name] = (names.get(succ), backups)
    return out


CHAIN = [["氏名", "後任者", "代行者"],
         ["山田 太郎", "鈴木 花子", "田中 健"],   # names two later rows
         ["鈴木 花子", "田中 健", ""],
         ["田中 健", "", ""],
         ["佐藤 次郎", "", "山田 太郎; 田中 健"]]   # names earlier rows


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_rows_naming_later_rows_of_the_same_file_import_in_dependency_order(people, fmt):
    data = _csv(CHAIN) if fmt == "csv" else _xlsx({"担当者名簿": CHAIN})
    preview = people.preview_import("test-people", data, name=f"p.{fmt}", format=fmt)
    assert preview.ok, preview.issue_lines()          # the preview (and so the dry run) accepts them
    assert len(preview.records) == 4 and preview.order == [2, 1, 0, 3]
    ids = people.commit_import(preview)
    assert len(ids) == 4
    assert _chain(people) == {"山田 太郎": ("鈴木 花子", ["田中 健"]), "鈴木 花子": ("田中 健", []),
                              "田中 健": (None, []), "佐藤 次郎": (None, ["山田 太郎", "田中 健"])}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_cycle_between_rows_is_refused_naming_the_rows(people, fmt):
    rows = [["氏名", "後任者"], ["山田 太郎", "鈴木 花子"], ["鈴木 花子", "山田 太郎"], ["田中 健", "田中 健"]]
    data = _csv(rows) if fmt == "csv" else _xlsx({"担当者名簿": rows})
    preview = people.preview_import("test-people", data, name=f"p.{fmt}", format=fmt)
    text = "\n".join(preview.issue_lines())
    assert "2行目 → 3行目 → 2行目" in text and "4行目 → 4行目" in text, text
    with pytest.raises(ValidationError):
        people.commit_import(preview)
    assert people.conn.execute("SELECT count(*) FROM test_people").fetchone()[0] == 0


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_unknown_name_suggests_the_files_row_with_a_variant_kanji_and_nothing_is_written(people, fmt):
    rows = [["氏名", "後任者"], ["山﨑 一郎", ""], ["髙橋 二郎", "山崎 一郎"]]
    data = _csv(rows) if fmt == "csv" else _xlsx({"担当者名簿": rows})
    preview = people.preview_import("test-people", data, name=f"p.{fmt}", format=fmt)
    assert len(preview.issues) == 1
    issue = preview.issues[0]
    assert issue.line == 3 and issue.column.endswith("後任者")
    assert "「山崎 一郎」" in issue.message and "もしかして: 「山﨑 一郎」" in issue.message
    with pytest.raises(ValidationError):
        people.commit_import(preview)
    assert people.conn.execute("SELECT count(*) FROM test_people").fetchone()[0] == 0


def test_two_rows_with_the_same_name_make_a_reference_ambiguous(people):
    rows = [["氏名", "後任者"], ["山田 太郎", ""], ["山田 太郎", ""], ["鈴木 花子", "山田 太郎"]]
    preview = people.preview_import("test-people", _csv(rows), name="p.csv")
    assert any("2、3行目" in i.message and i.line == 4 for i in preview.issues), preview.issue_lines()


def test_a_name_the_vault_already_has_refers_to_the_stored_record(people):
    old = people.create("test-people", {"name": "山田 太郎"})
    rows = [["氏名", "後任者"], ["鈴木 花子", "山田 太郎"]]
    preview = people.preview_import("test-people", _csv(rows), name="p.csv")
    assert preview.ok and preview.order is None
    people.commit_import(preview)
    assert people.conn.execute("SELECT successor FROM test_people WHERE name = '鈴木 花子'").fetchone()[0] == old


def test_insert_order_places_named_rows_first_and_reports_cycles():
    order, cycles = file_refs.insert_order({0: [2], 2: [1]}, 4)
    assert order == [1, 2, 0, 3] and cycles == []
    order, cycles = file_refs.insert_order({0: [1], 1: [2], 2: [0]}, 3)
    assert cycles == [[0, 1, 2, 0]]


STAFF_SHEET = [["氏名", "ふりがな", "所属"],
               ["山﨑 一郎", "やまざき いちろう", "運用部"],
               ["鈴木 花子", "すずき はなこ", "運用部"]]


def _handover_rows(to_name: str) -> list[list]:
    return [["前任者", "後任者", "引き継ぐ役割・業務", "引継日"],
            ["山﨑 一郎", to_name, "データ交換担当", dt.date(2025, 10, 1)]]


def test_a_workbook_with_a_staff_sheet_before_the_handovers_sheet_imports_both(vault):
    svc = RegisterService(vault)
    data = _xlsx({"従事者": STAFF_SHEET, "引継記録": _handover_rows("鈴木 花子")})
    preview = svc.preview_import("handovers", data, name="引継.xlsx")
    assert preview.ok, preview.issue_lines()
    assert [p.register for p in preview.parts] == ["staff"] and len(preview.parts[0].records) == 2
    ids = svc.commit_import(preview)
    assert len(ids) == 1
    rec = svc.get("handovers", ids[0])
    names = {r["id"]: r["name"] for r in (svc.get("staff", i) for i in (1, 2))}
    assert names[rec["from_staff"]] == "山﨑 一郎" and names[rec["to_staff"]] == "鈴木 花子"
    sheets = [e.details.get("sheet") for e in __import__("desktop.audit.trail", fromlist=["query"]).query(
        svc.conn, actions=["register.import"])]
    assert set(sheets) == {"従事者", "引継記録"}


def test_a_wrong_name_on_the_later_sheet_writes_neither_sheet(vault):
    svc = RegisterService(vault)
    data = _xlsx({"従事者": STAFF_SHEET, "引継記録": _handover_rows("鈴木 華子")})
    preview = svc.preview_import("handovers", data, name="引継.xlsx")
    assert not preview.ok
    (issue,) = preview.issues
    assert issue.column == "引継記録!後任者" and issue.line == 2
    with pytest.raises(ValidationError):
        svc.commit_import(preview)
    assert svc.count("staff").value == 0 and svc.count("handovers").value == 0


def test_a_problem_on_the_earlier_sheet_is_reported_and_writes_neither_sheet(vault):
    svc = RegisterService(vault)
    staff = [["氏名", "ふりがな", "所属", "従事開始日"], ["山﨑 一郎", "", "", "きのう"],
             ["鈴木 花子", "すずき はなこ", "運用部", ""]]
    data = _xlsx({"従事者": staff, "引継記録": _handover_rows("鈴木 花子")})
    preview = svc.preview_import("handovers", data, name="引継.xlsx")
    assert [(i.line, i.column) for i in preview.issues] == [(2, "従事者!従事開始日"), (2, "引継記録!前任者")]
    assert "ファイルの2行目にありますが、その行に問題があります" in preview.issues[1].message
    with pytest.raises(ValidationError):
        svc.commit_import(preview)
    assert svc.count("staff").value == 0 and svc.count("handovers").value == 0


def test_a_register_sheet_after_the_main_sheet_is_not_imported(vault):
    svc = RegisterService(vault)
    data = _xlsx({"引継記録": _handover_rows("鈴木 花子"), "従事者": STAFF_SHEET})
    preview = svc.preview_import("handovers", data, name="引継.xlsx")
    assert preview.parts == [] and not preview.ok
    assert "見つかりません" in preview.issues[0].message


def test_sheet_names_follow_the_register_labels():
    assert xlsxio.sheet_name(definitions.get("staff").label_ja) == "従事者"

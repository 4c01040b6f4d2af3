"""Input hardening (issue 8, "Input"): CSV formula cells, control characters, unterminated
quotes, attachment names, and read-only / full-disk conditions named as what they are."""

from __future__ import annotations

import codecs
import csv
import errno
import io
import os
import tempfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import fsutil
from desktop.errors import DaichoError, ValidationError
from desktop.registers import attachments
from desktop.registers.attachments import MAX_NAME_BYTES, safe_file_name
from desktop.registers.csvio import neutralise_cell, restore_cell


def _cells(path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def _csv(*lines: str) -> bytes:
    return codecs.BOM_UTF8 + ("\r\n".join(lines) + "\r\n").encode("utf-8")


FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
            "'=already quoted", "''+two", "'plain apostrophe", "=", "-", "-5", "+3.5"]


# -- CSV formula injection ------------------------------------------------------------------------

def test_csv_export_neutralises_formula_cells(svc, tmp_path):
    for name in FORMULAS[:5]:
        svc.create("staff", {"name": name, "affiliation": "@運用課", "note": "-改行\n=2行目"})
    out = tmp_path / "staff.csv"
    svc.export_csv("staff", out)
    rows = _cells(out)
    header, body = rows[0], rows[1:]
    col = header.index("氏名")
    assert [r[col] for r in body] == ["'=HYPERLINK(\"http://x\",\"y\")", "'+1+cmd|' /C calc'!A0", "'-2+3",
                                      "'@SUM(A1)", "''=already quoted"]
    for r in body:
        assert r[header.index("所属")] == "'@運用課"
        assert r[header.index("備考")] == "'-改行\n=2行目"
    # nothing a spreadsheet would evaluate starts a cell
    assert not [c for r in body for c in r if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_csv_export_leaves_plain_numbers_and_text_alone():
    assert neutralise_cell("-5") == "-5"
    assert neutralise_cell("+3.5") == "+3.5"
    assert neutralise_cell("1e-3") == "1e-3"
    assert neutralise_cell("'plain") == "'plain"
    assert neutralise_cell("山田 太郎") == "山田 太郎"
    assert neutralise_cell("\tx") == "'\tx" and neutralise_cell("\rx") == "'\rx"
    assert neutralise_cell("-5+cmd") == "'-5+cmd"


@given(st.text(max_size=20) | st.sampled_from(FORMULAS) | st.builds(
    lambda q, c, rest: "'" * q + c + rest, st.integers(0, 3), st.sampled_from("=+-@\t\r'a1"), st.text(max_size=5)))
def test_csv_formula_neutralisation_is_lossless(value):
    assert restore_cell(neutralise_cell(value)) == value


def test_csv_formula_cells_round_trip_through_import(svc, make_vault, tmp_path):
    from desktop.registers.service import RegisterService

    names = [n for n in FORMULAS if n not in ("=", "-")]  # '-' alone is fine too, but keep names distinct
    for name in names:
        svc.create("staff", {"name": name, "note": name})
    out = tmp_path / "staff.csv"
    svc.export_csv("staff", out)
    other_vault, _ = make_vault(path=tmp_path / "other" / "b.vault")
    other = RegisterService(other_vault, today=svc.today)
    preview = other.preview_import("staff", out)
    assert preview.ok, preview.issue_lines()
    assert [(r["name"], r["note"]) for r in preview.records] == [(n, n) for n in names]


# -- control characters ---------------------------------------------------------------------------

def test_csv_import_refuses_nul_with_row_and_column(svc):
    preview = svc.preview_import("staff", _csv("氏名,所属,備考", "山田 太郎,運用課,", "佐藤\x00花子,運用課,",
                                               "鈴木 一郎,総務\x1b課,", "田中,運用課,\"タブ\tと\n改行はよい\""))
    assert [str(i) for i in preview.issues] == [
        "3行目「氏名」: 氏名に入力できない制御文字（U+0000）が含まれています。削除してから入力してください。",
        "4行目「所属」: 所属に入力できない制御文字（U+001B）が含まれています。削除してから入力してください。",
    ]
    assert [r["note"] for r in preview.records] == [None, "タブ\tと\n改行はよい"]


def test_service_refuses_control_characters_naming_the_field(svc):
    for bad in ("佐藤\x00花子", "del\x7f", "c1\x85x", "bell\x07"):
        with pytest.raises(ValidationError) as exc:
            svc.create("staff", {"name": bad})
        assert "氏名" in exc.value.errors["name"] and "制御文字" in exc.value.errors["name"]
    rid = svc.create("staff", {"name": "山田 太郎", "note": "1行目\n\t2行目"})
    with pytest.raises(ValidationError) as exc:
        svc.update("staff", rid, {"note": "NUL\x00"})
    assert "備考" in exc.value.errors["note"]
    assert svc.get("staff", rid)["note"] == "1行目\n\t2行目"
    # single-line fields: TAB/LF/CR are whitespace, collapsed
    rid = svc.create("staff", {"name": "高橋\t次郎\n"})
    assert svc.get("staff", rid)["name"] == "高橋 次郎"


def test_sublist_items_refuse_control_characters(svc):
    from desktop.registers.values import FieldError, coerce

    timeline = svc.register("incidents").field("timeline")
    with pytest.raises(FieldError) as exc:
        coerce(timeline, [{"at": "2025-06-01 10:00", "entry": "初動\x00対応"}])
    assert str(exc.value) == "経過の1件目: 経過に入力できない制御文字（U+0000）が含まれています。削除してから入力してください。"
    assert coerce(timeline, [{"at": "2025-06-01 10:00", "entry": "初動\n\t対応"}])[0]["entry"] == "初動\n\t対応"


# -- unterminated quotes ----------------------------------------------------------------------------

def test_csv_unterminated_quote_is_an_error_at_its_row(svc):
    preview = svc.preview_import("staff", _csv("氏名,所属", "山田 太郎,運用課", "佐藤 花子,\"運用課",
                                               "鈴木 一郎,総務課", "田中 次郎,総務課"))
    assert [(i.line, i.message.split("。")[0]) for i in preview.issues] == [
        (3, "引用符（\"）で始まる値が閉じられていません")]
    assert not preview.ok


def test_csv_text_after_closing_quote_is_an_error_and_reading_goes_on(svc):
    preview = svc.preview_import("staff", _csv("氏名,所属", "\"山田\"太郎,運用課", "佐藤\x00,運用課"))
    assert [i.line for i in preview.issues] == [2, 3]
    assert "余分な文字" in preview.issues[0].message


# -- attachment names -------------------------------------------------------------------------------

@pytest.mark.parametrize(("given", "expected"), [
    ("../../etc/passwd", "passwd"),
    ("..\\..\\Windows\\system.ini", "system.ini"),
    ("C:\\Users\\x\\報告書.pdf", "報告書.pdf"),
    ("..", "attachment"),
    ("../", "attachment"),
    ("", "attachment"),
    ("x\x00y.pdf", "xy.pdf"),
    ("請求書\u202efdp.exe", "請求書fdp.exe"),
    ("\u2066a\u2069b\u200f.txt", "ab.txt"),
    (".bashrc", "bashrc"),
    ("name. ", "name"),
    ("CON.txt", "_CON.txt"),
    ("a<b>c:d\"e|f?g*h.txt", "a_b_c_d_e_f_g_h.txt"),
])
def test_attachment_names_reduced_to_safe_base_name(given, expected):
    assert safe_file_name(given) == expected


def test_attachment_name_cut_by_bytes_keeping_extension():
    name = "報" * 200 + ".pdf"  # 604 bytes in UTF-8, 204 characters (kept whole before)
    safe = safe_file_name(name)
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES
    assert safe.endswith(".pdf") and safe.startswith("報" * 80)
    safe.encode("utf-8").decode("utf-8")  # no character cut in half
    assert len(safe_file_name("a" * 300 + ".tar.gz").encode()) == MAX_NAME_BYTES
    assert safe_file_name("é" * 200)[-1] == "é"


def _record_with_attachments(svc) -> tuple[str, int, str]:
    """(slug, record id, attachments field) of a stored maintenance record."""
    from tests.desktop.registers.conftest import create_samples

    reg = svc.register("maintenance")
    field = next(f.name for f in reg.fields if f.kind.value == "attachments")
    return reg.slug, create_samples(svc)[reg.slug], field


def test_attachment_add_stores_a_safe_name(svc, tmp_path):
    slug, rid, field = _record_with_attachments(svc)
    info = svc.add_attachment(slug, rid, field, io.BytesIO(b"%PDF-1.4"), name="../../x\u202egpj.exe")
    assert info.name == "xgpj.exe"
    long = svc.add_attachment(slug, rid, field, io.BytesIO(b"x"), name="資料" * 100 + ".pdf")
    assert len(long.name.encode()) <= 255 and long.name.endswith(".pdf")
    src = tmp_path / "sub" / "見積書.pdf"
    src.parent.mkdir()
    src.write_bytes(b"%PDF")
    assert svc.add_attachment(slug, rid, field, src).name == "見積書.pdf"
    assert {a.name for a in svc.attachments(slug, rid)} >= {"xgpj.exe", "見積書.pdf"}


def test_attachment_stored_before_the_check_is_read_back_safe(svc):
    slug, rid, field = _record_with_attachments(svc)
    info = svc.add_attachment(slug, rid, field, io.BytesIO(b"data"), name="ok.txt")
    with svc.vault.transaction() as conn:  # a row written by an older version
        conn.execute("UPDATE attachments SET name = ? WHERE id = ?", ("../..\\evil\u202etxt.exe\x00", info.id))
    assert attachments.get(svc.conn, info.id).name == "eviltxt.exe"
    assert [a.name for a in svc.attachments(slug, rid) if a.id == info.id] == ["eviltxt.exe"]


# -- read-only folder and full disk --------------------------------------------------------------------

@pytest.fixture
def fail_writes(monkeypatch):
    """Make the next file write fail with the given errno (works as root, unlike chmod)."""

    def arm(code: int, where: str = "replace"):
        def boom(*a, **k):
            raise OSError(code, os.strerror(code))

        if where == "replace":
            monkeypatch.setattr(fsutil.os, "replace", boom)
        else:
            monkeypatch.setattr(tempfile, "mkstemp", boom)
    return arm


@pytest.mark.parametrize(("code", "where", "words"), [
    (errno.EROFS, "mkstemp", "読み取り専用の場所です"),
    (errno.EROFS, "replace", "読み取り専用の場所です"),
    (errno.EACCES, "mkstemp", "権限がありません"),
    (errno.EPERM, "replace", "権限がありません"),
    (errno.ENOSPC, "replace", "ディスクの空き容量が不足しています"),
    (errno.EDQUOT, "mkstemp", "クォータ"),
])
def test_csv_export_to_read_only_folder_or_full_disk_says_so(svc, tmp_path, fail_writes, code, where, words):
    svc.create("staff", {"name": "山田 太郎"})
    fail_writes(code, where)
    with pytest.raises(DaichoError) as exc:
        svc.export_csv("staff", tmp_path / "staff.csv")
    message = str(exc.value)
    assert words in message and "staff.csv" in message
    assert "復号" not in message and "鍵" not in message
    assert not list(tmp_path.glob("*.csv")) and not list(tmp_path.glob(".*.part"))


def test_attachment_export_to_read_only_folder_says_so(svc, tmp_path, fail_writes):
    slug, rid, field = _record_with_attachments(svc)
    info = svc.add_attachment(slug, rid, field, io.BytesIO(b"data"), name="a.txt")
    fail_writes(errno.EROFS, "mkstemp")
    with pytest.raises(DaichoError) as exc:
        svc.save_attachment_as(info.id, tmp_path / "a.txt")
    assert "読み取り専用の場所です" in str(exc.value)


def test_key_file_write_to_full_disk_says_so(tmp_path, fail_writes):
    fail_writes(errno.ENOSPC, "replace")
    with pytest.raises(DaichoError) as exc:
        fsutil.atomic_write_bytes(tmp_path / "daicho.vault.keys", b"{}")
    assert "ディスクの空き容量が不足しています" in str(exc.value)
    assert not list(tmp_path.iterdir())


def test_csv_import_unreadable_file_says_why(svc, tmp_path, monkeypatch):
    from pathlib import Path

    def denied(self):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(DaichoError) as exc:
        svc.preview_import("staff", tmp_path / "staff.csv")
    assert "権限がありません" in str(exc.value) and "Permission denied" not in str(exc.value)


def test_database_in_read_only_folder_is_not_called_a_wrong_key(tmp_path, monkeypatch):
    """SQLite says only "unable to open database file" when it cannot create its -wal/-shm
    files; the folder is examined so the message names the read-only medium."""

    class CantOpen(Exception):
        sqlite_errorname = "SQLITE_CANTOPEN"

    class NotADb(Exception):
        sqlite_errorname = "SQLITE_NOTADB"

    real = os.statvfs(tmp_path)
    fields = list(real)
    fields[8] = real.f_flag | os.ST_RDONLY  # f_flag
    monkeypatch.setattr(fsutil.os, "statvfs", lambda p: os.statvfs_result(fields))
    message = fsutil.storage_problem(CantOpen(), tmp_path / "daicho.vault")
    assert message is not None and "読み取り専用の場所です" in message
    assert fsutil.storage_problem(NotADb(), tmp_path / "daicho.vault") is None
    full = list(real)
    full[4] = 0  # f_bavail
    monkeypatch.setattr(fsutil.os, "statvfs", lambda p: os.statvfs_result(full))
    assert "空き容量" in fsutil.storage_problem(CantOpen(), tmp_path / "daicho.vault")

    class Full(Exception):
        sqlite_errorname = "SQLITE_FULL"

    assert "空き容量" in fsutil.storage_problem(Full(), tmp_path / "daicho.vault")


def test_cli_list_csv_neutralises_formula_cells(svc):
    from tests.conftest import ADMIN_PASSWORD
    from tests.foundation import as_admin, run_cli

    svc.create("staff", {"name": "=1+2", "affiliation": "@運用課"})
    path = svc.vault.path
    svc.vault.close()
    rc, out, err = run_cli(as_admin("list", "staff", "--format", "csv"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert ["'=1+2", "'@運用課"] == [rows[1][rows[0].index("氏名")], rows[1][rows[0].index("所属")]]


def test_audit_csv_export_neutralises_formula_cells(vault):
    from desktop.audit import trail
    from desktop.cli.cmd_audit import write_csv

    with vault.transaction() as conn:
        trail.append(conn, vault.session.user_id, "register.update", entity="=HYPERLINK(\"http://x\")", entity_id=1)
    buf = io.StringIO()
    write_csv(vault.conn, buf)
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert rows[-1][rows[0].index("entity")] == "'=HYPERLINK(\"http://x\")"
    assert not [c for r in rows for c in r if c[:1] in ("=", "+", "@")]


def test_vault_in_a_read_only_folder_is_reported_as_read_only(make_vault, tmp_path):
    """A real read-only mount (root can write through chmod, not through a read-only mount)."""
    import subprocess

    from desktop.vault.vault import unlock
    from tests.conftest import ADMIN_ID, ADMIN_PASSWORD

    vault, _ = make_vault(path=tmp_path / "rw" / "daicho.vault")
    vault.close()
    ro = tmp_path / "ro"
    ro.mkdir()
    r = subprocess.run(["mount", "--bind", "-o", "ro", str(tmp_path / "rw"), str(ro)], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot bind-mount read-only here ({r.stderr.decode().strip()})")
    try:
        for readonly in (True, False):
            with pytest.raises(DaichoError) as exc:
                unlock(ro / "daicho.vault", ADMIN_ID, ADMIN_PASSWORD, readonly=readonly).close()
            message = str(exc.value)
            assert "読み取り専用の場所です" in message, message
            assert "復号できません" not in message and "Read-only file system" not in message
    finally:
        subprocess.run(["umount", "-l", str(ro)], capture_output=True)

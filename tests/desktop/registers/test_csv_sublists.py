"""CSV sub-lists as files beside the register's CSV (issue 16, item 3): ``structure.csv`` +
``structure.members.csv`` keyed by the record's row (``親の行``, as a spreadsheet numbers
rows), the round trip byte for byte, the JSON cells of older exports still read, standard
output keeping JSON cells."""

from __future__ import annotations

import csv
import io

import pytest

from desktop.audit import trail
from desktop.registers import csvio
from desktop.registers.service import RegisterService

from .conftest import ORDER, create_samples

WITH_SUBLISTS = [slug for slug in ORDER if csvio.sublist_fields(__import__(
    "desktop.registers.definitions", fromlist=["get"]).get(slug))]


def _read(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_registers_with_sublists_exist():
    assert {"structure", "runbooks", "incidents"} <= set(WITH_SUBLISTS)


@pytest.mark.parametrize("slug", WITH_SUBLISTS)
def test_round_trip_with_sublist_files_is_byte_identical(svc, make_vault, tmp_path, slug):
    """export → import into an empty vault (the registers it names first, same way) →
    export: the register's CSV and every sub-list file are the same bytes."""
    create_samples(svc)
    other_vault, _ = make_vault(path=tmp_path / "other" / "b.vault")
    other = RegisterService(other_vault, today=svc.today)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for s in ORDER[: ORDER.index(slug) + 1]:
        for vault_svc in (svc, other):
            if vault_svc.is_confidential(s):
                vault_svc.open_confidential(s, "試験", purpose="test")
        reason = "試験のための書き出し" if svc.is_confidential(s) else None
        out = tmp_path / "a" / f"{s}.csv"
        svc.export_csv(s, out, confidential_reason=reason)
        preview = other.preview_import(s, out)
        assert preview.ok, (s, preview.issue_lines())
        other.commit_import(preview)
    reg = svc.register(slug)
    first = tmp_path / "a" / f"{slug}.csv"
    again = tmp_path / "b" / f"{slug}.csv"
    other.export_csv(slug, again, confidential_reason="試験のための書き出し" if reg.confidential else None)
    assert again.read_bytes() == first.read_bytes()
    header = _read(first)[0]
    for f in csvio.sublist_fields(reg):
        assert f.label_ja not in header                      # never JSON in a cell
        a, b = csvio.sublist_path(first, f), csvio.sublist_path(again, f)
        assert a.name == f"{slug}.{f.name}.csv"
        assert b.read_bytes() == a.read_bytes(), f.name
        assert _read(a)[0][0] == csvio.PARENT_ROW
    assert any(len(_read(csvio.sublist_path(first, f))) > 1 for f in csvio.sublist_fields(reg)), \
        "the example should have sub-list items"


def test_structure_members_file_is_keyed_by_the_parent_row_and_audited(svc, tmp_path):
    ids = create_samples(svc)
    rec = svc.get("structure", ids["structure"])
    out = tmp_path / "structure.csv"
    svc.export_csv("structure", out)
    rows = _read(tmp_path / "structure.members.csv")
    assert rows[0][0] == "親の行" and {r[0] for r in rows[1:]} == {"2"}
    assert len(rows) - 1 == len(rec["members"])
    entry = next(trail.query(svc.conn, actions=["register.export"]))
    assert [s["path"] for s in entry.details["sub_files"]] == [str(tmp_path / "structure.members.csv")]


RUNBOOK = "手順書名,事故の種類,最終見直し日\n停電時の対応（試験）,機器障害,2025-04-01\n"


def test_hand_made_sublist_file_with_problems_names_file_row_and_column(svc, tmp_path):
    create_samples(svc)
    (tmp_path / "runbooks.csv").write_text(RUNBOOK, encoding="utf-8")
    (tmp_path / "runbooks.steps.csv").write_text(
        "親の行,区分,作業内容,謎の列\n2,原因究明,サーバを確認する,\nx,復旧手順,連絡する,\n5,復旧手順,記録する,\n",
        encoding="utf-8")
    preview = svc.preview_import("runbooks", tmp_path / "runbooks.csv")
    got = {(i.line, i.column) for i in preview.issues}
    assert (1, "runbooks.steps.csv!謎の列") in got
    assert (3, "runbooks.steps.csv!親の行") in got
    assert (4, "runbooks.steps.csv!親の行") in got      # no row 5 in runbooks.csv
    assert svc.count("runbooks").value == 1             # only the sample: nothing written


def test_without_the_file_beside_a_required_sublist_is_missing(svc, tmp_path):
    create_samples(svc)
    (tmp_path / "runbooks.csv").write_text(RUNBOOK, encoding="utf-8")
    preview = svc.preview_import("runbooks", tmp_path / "runbooks.csv")
    assert [i.column for i in preview.issues] == ["手順"], preview.issue_lines()
    (tmp_path / "runbooks.steps.csv").write_text(
        "親の行,区分,作業内容\n2,原因究明,ログを確認する\n2,証拠の収集・保管,ログを保全する\n2,復旧手順,再起動する\n",
        encoding="utf-8")
    preview = svc.preview_import("runbooks", tmp_path / "runbooks.csv")
    assert preview.ok, preview.issue_lines()
    assert [s["action"] for s in preview.records[0]["steps"]] == ["ログを確認する", "ログを保全する", "再起動する"]
    assert preview.sub_files[0]["file"] == "runbooks.steps.csv"


def test_older_exports_with_json_cells_still_import(svc, make_vault, tmp_path):
    ids = create_samples(svc)
    buf = io.BytesIO()
    svc.export_csv("structure", buf)          # a stream: JSON cells, as files exported before
    (tmp_path / "old.csv").write_bytes(buf.getvalue())
    header = _read(tmp_path / "old.csv")[0]
    assert "体制表" in header
    other_vault, _ = make_vault(path=tmp_path / "other" / "b.vault")
    other = RegisterService(other_vault)
    svc.export_csv("staff", tmp_path / "staff.csv")
    other.commit_import(other.preview_import("staff", tmp_path / "staff.csv"))
    preview = other.preview_import("structure", tmp_path / "old.csv")
    assert preview.ok, preview.issue_lines()
    stored = [{k: v for k, v in m.items() if k != "id"} for m in svc.get("structure", ids["structure"])["members"]]
    assert preview.records[0]["members"] == stored


def test_cli_export_writes_both_files_and_stdout_keeps_json_cells(vault, tmp_path):
    from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
    from tests.foundation import run_cli

    svc = RegisterService(vault)
    create_samples(svc)
    path = vault.path
    vault.close()
    code, out, err = run_cli(["--user", ADMIN_ID, "--password-stdin", "export", "structure", "--out",
                              str(tmp_path / "s.csv")], stdin=ADMIN_PASSWORD + "\n", vault_path=path)
    assert code == 0, err
    assert (tmp_path / "s.members.csv").exists() and "s.members.csv" in err
    code, out, err = run_cli(["--user", ADMIN_ID, "--password-stdin", "export", "structure", "--out", "-"],
                             stdin=ADMIN_PASSWORD + "\n", vault_path=path)
    assert code == 0, err
    assert "体制表" in out.splitlines()[0] and "JSON" in err

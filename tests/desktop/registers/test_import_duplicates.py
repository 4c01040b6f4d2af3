"""Duplicates on each register's natural key (issue 16, item 5): a re-imported file no longer
doubles the records — the preview reports the rows, commit skips them unless asked, the dry
run says how many."""

from __future__ import annotations

import csv
import io

import pytest

from desktop.registers import definitions
from desktop.registers.service import RegisterService

from .conftest import create_samples


def test_every_duplicate_key_names_stored_fields_the_user_enters():
    for reg in definitions.all_registers():
        for name in reg.duplicate_key:
            f = reg.field(name)
            assert f.has_column and not f.computed, (reg.slug, name)


def test_exchanges_key_is_when_counterpart_and_content():
    assert set(definitions.get("exchanges").duplicate_key) >= {"exchanged_at", "counterpart", "content"}


def _rows(svc, slug, tmp_path) -> list[list[str]]:
    out = tmp_path / f"{slug}.csv"
    svc.export_csv(slug, out)
    return list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))


def _bytes(rows) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


@pytest.mark.parametrize("slug,change", [
    ("exchanges", "交換データの内容"),
    ("maintenance", "作業区分"),
    ("account-reviews", "確認日"),
    ("incidents", "件名"),
])
def test_reimport_reports_duplicates_skips_them_and_imports_them_when_asked(svc, tmp_path, slug, change):
    create_samples(svc)
    before = svc.count(slug).value
    rows = _rows(svc, slug, tmp_path)
    header, first = rows[0], rows[1]
    assert change in header, header
    # row 2 and 3: the stored record again (twice: the second also matches the row before),
    # row 4: the same record with one key field changed — not a duplicate
    other = list(first)
    col = header.index(change)
    f = next(f for f in svc.register(slug).fields if f.label_ja == change)
    if f.kind.value == "choice":
        current = first[col]
        other[col] = next(c.label_ja for c in f.choices if c.label_ja != current)
    elif f.kind.value == "date":
        other[col] = "2099-01-31"
    else:
        other[col] = first[col] + "（別件）"
    data = _bytes([header, first, first, other])
    preview = svc.preview_import(slug, data, name=f"{slug}.csv")
    assert preview.ok, preview.issue_lines()
    assert preview.duplicates == [0, 1] and preview.duplicate_lines == [2, 3]
    assert len(svc.commit_import(preview)) == 1                # skipped by default
    assert svc.count(slug).value == before + 1
    preview = svc.preview_import(slug, data, name=f"{slug}.csv")
    assert preview.duplicates == [0, 1, 2]                     # now the changed row is stored too
    assert len(svc.commit_import(preview, include_duplicates=True)) == 3
    assert svc.count(slug).value == before + 4


def test_dry_run_counts_duplicates_and_import_anyway_option(vault, tmp_path):
    from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
    from tests.foundation import run_cli

    svc = RegisterService(vault)
    create_samples(svc)
    out = tmp_path / "x.csv"
    svc.export_csv("exchanges", out)
    path = vault.path
    vault.close()
    args = ["--user", ADMIN_ID, "--password-stdin", "import", "exchanges", str(out), "--dry-run"]
    code, text, err = run_cli(args, stdin=ADMIN_PASSWORD + "\n", vault_path=path)
    assert code == 0, err
    assert "重複する行が 1件" in text and "0件を取り込めます" in text, text
    code, text, err = run_cli([*args, "--import-duplicates"], stdin=ADMIN_PASSWORD + "\n", vault_path=path)
    assert code == 0, err
    assert "1件を取り込めます" in text and "重複分は取り込みます" in text, text

"""JSON export/import (issue 17, --format json): the document's stable keys and ISO values,
the round trip of every register into another vault through the CSV checks, the audit entry,
and bad input named by record and field with nothing written."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.audit import trail
from desktop.errors import PermissionDenied, ValidationError
from desktop.registers import import_types, jsonio
from desktop.registers.model import Kind

from .conftest import ORDER, acting_as, create_samples
from .test_csv import _texts


def test_round_trip_every_register_into_another_vault(svc, make_vault, tmp_path):
    from desktop.registers.service import RegisterService

    create_samples(svc)
    svc.create("staff", {"name": "髙橋 ①郎", "note": "改行を含む\n備考, \"引用\"付き =SUM(A1)"})
    other_vault, _ = make_vault(path=tmp_path / "other" / "b.vault")
    other = RegisterService(other_vault, today=svc.today)
    for slug in ORDER:
        if other.is_confidential(slug):
            other.open_confidential(slug, "試験", purpose="test")
        out = tmp_path / f"{slug}.json"
        reason = "試験のための書き出し" if svc.is_confidential(slug) else None
        n = jsonio.export(svc, slug, out, confidential_reason=reason)
        assert n == svc.count(slug).value
        preview = jsonio.preview(other, slug, out)
        assert preview.ok, preview.issue_lines()
        other.commit_import(preview)
        assert _texts(other, slug) == _texts(svc, slug), slug
    entry = next(trail.query(other_vault.conn, actions=["register.import"]))
    assert entry.entity == ORDER[-1] and entry.details["file"] == f"{ORDER[-1]}.json"
    assert entry.details["encoding"] == "json" and len(entry.details["file_sha256"]) == 64


def test_document_has_stable_keys_iso_values_and_nested_sub_lists(svc, tmp_path):
    ids = create_samples(svc)
    out = tmp_path / "incidents.json"
    jsonio.export(svc, "incidents", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    reg = svc.register("incidents")
    names = [f.name for f in reg.fields if f.kind != Kind.ATTACHMENTS]
    assert list(doc) == ["format", "version", "register", "fields", "records"]
    assert doc["format"] == "itaku-daicho/register" and doc["register"] == "incidents" and doc["fields"] == names
    record = doc["records"][0]
    assert list(record) == ["id", *names] and record["id"] == ids["incidents"]
    stored = svc.get("incidents", ids["incidents"])
    for f in reg.fields:
        value = record.get(f.name)
        if f.kind == Kind.DATE and value is not None:
            assert dt.date.fromisoformat(value) == stored[f.name]
        elif f.kind == Kind.DATETIME and value is not None:
            assert dt.datetime.fromisoformat(value) == stored[f.name]
        elif f.kind == Kind.YESNO:
            assert isinstance(value, bool)
        elif f.kind == Kind.CHOICE and value is not None:
            assert value in [c.value for c in f.choices]  # the stored value, not a label
        elif f.kind == Kind.SUBLIST:
            assert isinstance(value, list)
            for item in value:
                assert list(item) == [sf.name for sf in f.sub.fields]
    assert any(f.kind == Kind.SUBLIST and record[f.name] for f in reg.fields)  # the example has a timeline


def test_export_is_audited_and_confidential_needs_an_administrator_and_reason(svc, vault, tmp_path):
    confidential = next(s for s in ORDER if svc.is_confidential(s))
    out = tmp_path / "c.json"
    with pytest.raises(ValidationError):
        jsonio.export(svc, confidential, out)
    with acting_as(vault, "officer"), pytest.raises(PermissionDenied):
        jsonio.export(svc, confidential, out, confidential_reason="監査対応")
    assert not out.exists()
    assert jsonio.export(svc, confidential, out, confidential_reason="監査対応") == 0
    entry = next(trail.query(vault.conn, actions=["register.export"]))
    assert entry.entity == confidential
    assert entry.details["format"] == "json" and entry.details["reason"] == "監査対応"
    assert json.loads(out.read_text(encoding="utf-8"))["records"] == []


def test_bare_array_of_list_output_and_labels_as_keys(svc):
    data = json.dumps([{"id": 7, "name": "北村 一郎"}, {"氏名": "南 二郎", "従事開始日": "2025-04-01"}],
                      ensure_ascii=False).encode()
    preview = jsonio.preview(svc, "staff", data)
    assert preview.ok, preview.issue_lines()
    ids = svc.commit_import(preview)
    assert [svc.get("staff", i)["name"] for i in ids] == ["北村 一郎", "南 二郎"]


def _problems(svc, slug, data):
    before = svc.count(slug).value
    preview = jsonio.preview(svc, slug, data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode())
    assert svc.count(slug).value == before
    with pytest.raises(ValidationError):
        svc.commit_import(preview)
    assert svc.count(slug).value == before
    return preview.issue_lines()


def test_invalid_json_names_line_and_column(svc):
    lines = _problems(svc, "staff", b'[{"name": "A"},\n {"name": }]')
    assert len(lines) == 1 and "JSON として読めません（2行目 11文字目" in lines[0]


def test_a_bad_field_is_named_by_record_and_field_and_nothing_is_written(svc):
    lines = _problems(svc, "staff", [{"name": "山田 太郎", "started_on": "2025-04-01"},
                                     {"name": "佐藤 花子", "started_on": "2025-02-30"}])
    assert len(lines) == 1 and lines[0].startswith("2件目「started_on」: ")


def test_wrong_json_types_are_named_once_per_field(svc):
    lines = _problems(svc, "staff", [{"name": ["山田"]}, {"name": "佐藤", "started_on": 20250401}, "x", {}])
    assert lines == [
        "1件目「name」: 氏名は文字列で指定してください。",
        "2件目「started_on」: 従事開始日は文字列で指定してください。",
        "3件目「記録」: 記録はオブジェクト（{…}）で指定してください。",
        "4件目「記録」: 空の記録です（値のある項目がありません）。",
    ]


def test_document_level_problems(svc):
    assert _problems(svc, "staff", {"register": "equipment", "records": [{"name": "x"}]}) == [
        "「register」: このファイルは台帳「equipment」のものです（取り込み先: staff）。"]
    assert _problems(svc, "staff", {"rows": []}) == ["「records」: 記録の配列（\"records\"）がありません。"]
    assert _problems(svc, "staff", []) == ["「records」: 取り込む記録がありません。"]
    assert _problems(svc, "staff", [{"color": "赤", "name": "x"}])[0] == (
        "「color」: 不明な列です（従事者にこの項目はありません）。")
    assert "UTF-8 として読めない" in _problems(svc, "staff", "[{\"name\": \"山田\"}]".encode("cp932"))[0]


def test_more_records_than_a_preview_keeps_are_converted_again_at_the_commit(svc):

    n = import_types.KEEP_RECORDS + 1500
    rows = [{"name": f"従事者 {i:06d}", "started_on": "2025-04-01"} for i in range(n)]
    preview = jsonio.preview(svc, "staff", json.dumps(rows, ensure_ascii=False).encode())
    assert preview.ok and len(preview.records) == n and preview.records.spilled
    ids = svc.commit_import(preview)
    assert len(ids) == n == svc.count("staff").value
    assert svc.get("staff", ids[-1])["name"] == f"従事者 {n - 1:06d}"

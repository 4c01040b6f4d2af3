"""CSV: export/import round trip in both encodings, preview errors by row and column,
all-or-nothing commit, and malformed input generated with hypothesis."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.audit import trail
from desktop.errors import DaichoError, ValidationError
from desktop.registers import store
from desktop.registers.values import to_text

from .conftest import ORDER, create_samples


def _texts(svc, slug):
    reg = svc.register(slug)
    resolver = svc.resolver()
    out = []
    for (rid,) in svc.conn.execute(f"SELECT id FROM {reg.table} ORDER BY id"):
        rec = store.load(svc.conn, reg, rid, with_attachments=False)
        out.append({f.name: to_text(f, rec.get(f.name), resolver.title) for f in reg.fields
                    if f.name in rec and f.kind.value != "attachments"})
    return out


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp932"])
def test_round_trip_every_register(svc, make_vault, tmp_path, encoding):
    from desktop.registers.service import RegisterService

    create_samples(svc)
    svc.create("staff", {"name": "髙橋 ①郎", "note": "改行を含む\n備考, \"引用\"付き"})
    other_vault, _ = make_vault(path=tmp_path / "other" / "b.vault")
    other = RegisterService(other_vault, today=svc.today)
    for slug in ORDER:
        if other.is_confidential(slug):
            other.open_confidential(slug, "試験", purpose="test")
        out = tmp_path / f"{slug}.csv"
        reason = "試験のための書き出し" if svc.is_confidential(slug) else None
        n = svc.export_csv(slug, out, encoding=encoding, confidential_reason=reason)
        assert n == svc.count(slug).value
        data = out.read_bytes()
        assert data.startswith(codecs.BOM_UTF8) == (encoding == "utf-8-sig")
        preview = other.preview_import(slug, out)
        assert preview.ok, preview.issue_lines()
        other.commit_import(preview)
        assert _texts(other, slug) == _texts(svc, slug), slug
    entry = next(trail.query(other_vault.conn, actions=["register.import"]))
    assert entry.details["count"] == 1 and len(entry.details["file_sha256"]) == 64
    assert any(h.action == "register.import" for h in other.history("incidents", 1))


def test_cp932_export_names_row_and_column(svc, tmp_path):
    svc.create("staff", {"name": "山田 太郎"})
    svc.create("staff", {"name": "佐藤 花子", "job_role": "9:00〜17:00 勤務"})
    out = tmp_path / "staff.csv"
    with pytest.raises(DaichoError) as exc:
        svc.export_csv("staff", out, encoding="cp932")
    assert "3行目「担当業務」" in str(exc.value) and "〜" in str(exc.value)
    assert not out.exists()
    assert svc.export_csv("staff", out) == 2


def _issues(svc, slug, text, **kw):
    preview = svc.preview_import(slug, text.encode("utf-8"), **kw)
    return {(i.line, i.column): i.message for i in preview.issues}, preview


def test_preview_lists_every_error_by_row_and_column(svc):
    ids = create_samples(svc)
    text = ("対象機器,確認日,確認者,結果,確認した場所,色\n"
            "SV-001,2025-05-01,山田 太郎,所在を確認,本社,赤\n")
    issues, _ = _issues(svc, "equipment-checks", text)
    assert issues == {(1, "色"): "不明な列です（存在確認にこの項目はありません）。"}
    text = ("対象機器,確認日,確認者,結果,確認した場所\n"
            "SV-001,2025-05-01,山田 太郎,所在を確認,本社\n"
            "EQ-999,2025-13-01,鈴木,どこか,本社\n"
            ",2025/5/2,山田 太郎,所在不明," + "x" * 201 + "\n"
            "\n"
            f"SV-001,令和7年5月3日,#{ids['staff']},found,本社\n")
    issues, preview = _issues(svc, "equipment-checks", text)
    assert issues[(3, "対象機器")].endswith("情報機器に見つかりません。")
    assert "日付が正しくありません" in issues[(3, "確認日")]
    assert "見つかりません" in issues[(3, "確認者")]
    assert "選択肢にありません" in issues[(3, "結果")]
    assert issues[(4, "対象機器")] == "対象機器を選択してください。"
    assert "200文字以内" in issues[(4, "確認した場所")]
    assert len(issues) == 6
    assert preview.rows_read == 4 and preview.lines == [2, 6]
    with pytest.raises(ValidationError):
        svc.commit_import(preview)
    assert svc.count("equipment-checks").value == 1  # nothing written


def test_unknown_column_does_not_hide_the_rows_problems(svc):
    """One round of corrections: an unknown column is reported together with the rows'
    errors (it is ignored while they are checked), and still nothing can be imported."""
    create_samples(svc)
    text = "氏名,所属,従事開始日,メモ欄\n佐藤 一郎,開発部,2025-13-01,x\n,運用部,2025-04-01,y\n"
    issues, preview = _issues(svc, "staff", text)
    assert issues[(1, "メモ欄")].startswith("不明な列です")
    assert "日付が正しくありません" in issues[(2, "従事開始日")]
    assert issues[(3, "氏名")] == "氏名を入力してください。"
    assert not preview.ok
    with pytest.raises(ValidationError):
        svc.commit_import(preview)


def test_missing_required_column_and_duplicates(svc):
    create_samples(svc)
    issues, _ = _issues(svc, "staff", "所属\n開発部\n")
    assert (1, "氏名") in issues
    issues, _ = _issues(svc, "equipment", "資産番号,種別,設置場所,状態\nSV-001,サーバ,A,使用中\nEQ-2,サーバ,A,使用中\nEQ-2,pc,B,in_use\n")
    assert "既に登録" in issues[(2, "資産番号")] and "2行目" not in issues[(2, "資産番号")]
    assert "3行目と重複" in issues[(4, "資産番号")]


def test_ambiguous_name_is_an_error(svc):
    create_samples(svc)
    svc.create("staff", {"name": "山田 太郎", "affiliation": "別部署"})
    issues, _ = _issues(svc, "training-sessions", "実施日,テーマ,講師,内容,受講者\n2025-06-01,t,k,c,山田　太郎\n")
    assert "複数" in issues[(2, "受講者")]


def test_commit_is_all_or_nothing(svc, vault):
    ids = create_samples(svc)
    preview = svc.preview_import("equipment-checks", "対象機器,確認日,確認者,結果\nSV-001,2025-06-01,山田 太郎,所在を確認\nSV-001,2025-06-02,山田 太郎,所在を確認\n".encode())
    assert preview.ok
    from desktop.registers.definitions import equipment_checks

    calls = []

    def boom(ctx, written):
        calls.append([rid for rid, _rec in written])
        raise RuntimeError("disk on fire")   # after both rows were inserted

    object.__setattr__(equipment_checks.REGISTER, "after_insert_many", boom)
    try:
        with pytest.raises(RuntimeError):
            svc.commit_import(preview)
    finally:
        object.__setattr__(equipment_checks.REGISTER, "after_insert_many", equipment_checks._after_insert_many)
    assert len(calls) == 1 and len(calls[0]) == 2
    assert [r.id for r in svc.page("equipment-checks").rows] == [ids["equipment-checks"]]
    assert svc.count("equipment-checks").value == 1
    assert vault.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'register.import'").fetchone()[0] == 0
    new_ids = svc.commit_import(preview)
    assert len(new_ids) == 2 and svc.count("equipment-checks").value == 3
    # the batch hook refreshed the item's schedule once, from its latest check (A5-1-1)
    assert svc.get("equipment", ids["equipment"])["last_checked_on"] == dt.date(2025, 6, 2)


def test_cp932_import_is_detected(svc):
    data = "氏名,所属\n髙橋 一郎,開発部\n".encode("cp932")
    preview = svc.preview_import("staff", data)
    assert preview.ok and preview.encoding == "cp932"
    svc.commit_import(preview)
    assert svc.ref_options("staff", "髙橋")[0][1] == "髙橋 一郎"


def test_undecodable_bytes_name_row_and_column(svc):
    preview = svc.preview_import("staff", "氏名,所属\n山田,開発部\n".encode() + b"x,\xff\xfe\n", encoding="utf-8-sig")
    (issue,) = preview.issues
    assert issue.line == 3 and issue.column == "2列目"


HEADERS = ["氏名", "所属", "契約期間（開始）", "従事開始日", "在籍状況", "引継記録", "name", "不明", "", "備考"]
CELLS = st.one_of(st.text(max_size=12), st.sampled_from(["2025-04-01", "2025/13/1", "令和7年4月1日", "はい", "[]",
                                                          '[{"引継日": "x"}]', "{", '"', "\x00", "\r\n", "🙂"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.lists(st.sampled_from(HEADERS), min_size=0, max_size=5),
       rows=st.lists(st.lists(CELLS, max_size=7), max_size=6),
       junk=st.binary(max_size=40), encoding=st.sampled_from([None, "utf-8-sig", "cp932"]))
def test_malformed_csv_never_crashes_and_names_row_and_column(svc, header, rows, junk, encoding):
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    for data in (buf.getvalue().encode("utf-8", "surrogatepass"), buf.getvalue().encode("utf-8") + junk, junk):
        preview = svc.preview_import("staff", data, encoding=encoding)
        for issue in preview.issues:
            assert isinstance(issue.line, int) and issue.line >= 1
            assert isinstance(issue.column, str) and issue.column.strip()
            assert issue.message
        if preview.ok:
            assert len(preview.records) == preview.rows_read

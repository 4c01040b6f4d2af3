"""Issuing submittals: numbering, the history, the audit trail, atomic files, determinism,
and re-opening an old one (match, or "records changed since")."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from desktop import settings
from desktop.accounts.session import Session
from desktop.audit import trail
from desktop.errors import DaichoError, ValidationError
from desktop.registers.service import RegisterService
from desktop.submittals import history, options, service
from tests.desktop.submittals.records import seed

JST = dt.timezone(dt.timedelta(hours=9))
AT = dt.datetime(2026, 4, 6, 10, 0, tzinfo=JST)
PERIOD = {"period": ("2025-04-01", "2026-03-31")}


@pytest.fixture
def seeded(vault):
    return vault, seed(vault, exchanges=6)


def put(vault, **values):
    with vault.transaction() as conn:
        for key, value in values.items():
            settings.put(conn, key.replace("__", "."), value)


def audit_entries(vault, action):
    return [e for e in trail.query(vault.conn, actions=[action], limit=100)]


def test_settings_are_declared_with_defaults(vault):
    assert settings.get(vault.conn, options.ADDRESSEE) == "石川県知事 様"
    assert settings.get(vault.conn, options.NUMBER_FORMAT) == "{prefix}第{n}号"
    assert settings.get(vault.conn, options.NUMBER_RESET) is True
    assert settings.get(vault.conn, options.FONT_MINCHO) == ""
    service.kinds()  # forms declare their seal-box settings
    assert settings.get(vault.conn, "submittals.seals.exchange-record") == []


def test_issue_records_history_audit_and_writes_the_file(seeded, tmp_path):
    vault, _ = seeded
    out = tmp_path / "out" / "交換記録.pdf"
    out.parent.mkdir()
    issued = service.issue(vault, "exchange-record", PERIOD, at=AT, out=out, confirmed=True)
    data = out.read_bytes()
    assert data == issued.pdf
    assert hashlib.sha256(data).hexdigest() == issued.sha256
    assert issued.doc_number == "第1号"
    assert not list(out.parent.glob("*.part"))

    entry = service.history_entry(vault, issued.history_id)
    assert entry.kind == "exchange-record" and entry.title == "データ交換記録"
    assert entry.params == {"period": ["2025-04-01", "2026-03-31"]}
    assert entry.doc_number == "第1号" and entry.number_scope == "FY2026" and entry.number_seq == 1
    assert entry.doc_date == dt.date(2026, 4, 6)
    assert entry.issued_at == AT.isoformat() and entry.issued_by == "admin"
    assert entry.issued_by_name == "管理 太郎"
    assert entry.sha256 == issued.sha256 and entry.size == len(data) and entry.pages == issued.pages
    assert entry.letterhead["addressee"] == "石川県知事 様"
    assert entry.letterhead["applicant"]["name"] == "株式会社北陸情報サービス"

    [audit] = audit_entries(vault, "submittal.issue")
    assert audit.entity == "submittal" and audit.entity_id == str(issued.history_id)
    assert audit.details["sha256"] == issued.sha256 and audit.details["path"] == str(out)
    assert audit.details["doc_number"] == "第1号" and audit.details["params"] == entry.params
    assert vault.verify_audit().ok


def test_numbers_follow_the_format_and_restart_each_fiscal_year(seeded):
    vault, _ = seeded
    put(vault, submittals__number_prefix="北情", submittals__number_format="{prefix}第{n}号")
    last_fy = dt.datetime(2026, 3, 31, 17, 0, tzinfo=JST)
    numbers = [service.issue(vault, "staff-roster", {"as_of": "2025-10-01"}, at=last_fy).doc_number
               for _ in range(2)]
    numbers += [service.issue(vault, "contact-list", {"as_of": "2025-10-01"}, at=AT).doc_number]
    assert numbers == ["北情第1号", "北情第2号", "北情第1号"]
    put(vault, submittals__number_reset_fiscal_year=False,
        submittals__number_format="{prefix}{nendo}第{n}号")
    issued = service.issue(vault, "contact-list", {"as_of": "2025-10-01"}, at=AT)
    assert issued.doc_number == "北情令和8年度第1号"  # the "all" sequence starts afresh
    assert history.peek_number(vault.conn, "all") == 2
    assert history.peek_number(vault.conn, "FY2026") == 2


def test_preview_consumes_no_number_and_records_nothing(seeded):
    vault, _ = seeded
    first = service.preview(vault, "staff-roster", {"as_of": "2025-10-01"}, at=AT)
    again = service.preview(vault, "staff-roster", {"as_of": "2025-10-01"}, at=AT)
    assert first.doc_number == again.doc_number == ""  # a draft has no number
    assert first.pdf == again.pdf
    prepared = service.prepare(vault, "staff-roster", {"as_of": "2025-10-01"}, at=AT)
    assert prepared.rendered.doc_number == "第1号"
    assert service.history_entries(vault) == []
    assert audit_entries(vault, "submittal.issue") == []
    issued = service.issue(vault, "staff-roster", {"as_of": "2025-10-01"}, at=AT)
    assert issued.pdf == prepared.rendered.pdf  # what was prepared is exactly what was issued


def test_unnumbered_when_the_format_is_empty(seeded):
    vault, _ = seeded
    put(vault, submittals__number_format="")
    issued = service.issue(vault, "staff-roster", {"as_of": "2025-10-01"}, at=AT)
    entry = service.history_entry(vault, issued.history_id)
    assert issued.doc_number == "" and entry.number_scope is None and entry.number_seq is None


def test_bad_number_format_is_refused(seeded):
    vault, _ = seeded
    put(vault, submittals__number_format="第{x}号")
    with pytest.raises(ValidationError, match="文書番号の書式"):
        service.issue(vault, "staff-roster", {"as_of": "2025-10-01"}, at=AT)
    assert service.history_entries(vault) == []


def test_generation_is_deterministic(seeded):
    vault, ids = seeded
    for slug, params in [("exchange-record", PERIOD), ("incident-final-report", {"record": ids.incident}),
                         ("management-structure", {"as_of": "2025-10-01"})]:
        a = service.preview(vault, slug, params, at=AT).pdf
        b = service.preview(vault, slug, params, at=AT).pdf
        assert a == b, slug
        later = service.preview(vault, slug, params, at=AT + dt.timedelta(seconds=1)).pdf
        assert later != a  # the creation time is part of the document


def test_reopen_matches_then_detects_changed_records(seeded):
    vault, ids = seeded
    issued = service.issue(vault, "incident-first-report", {"record": ids.incident}, at=AT)
    # settings that change later do not matter: the letterhead was recorded
    put(vault, office__name="株式会社 社名変更後", submittals__addressee="石川県総務部長 様")
    result = service.reopen(vault, issued.history_id)
    assert result.matches and result.pdf == issued.pdf
    assert "一致します" in result.message

    RegisterService(vault).update("incidents", ids.incident, {"title": "管理用サーバへの不正ログイン（訂正）"})
    result = service.reopen(vault, issued.history_id)
    assert not result.matches
    assert "記録が発行後に変更されています" in result.message
    assert result.rendered.doc_number == issued.doc_number  # same number and date
    assert result.rendered.head.date == issued.head.date
    assert result.rendered.sha256 != issued.sha256


def test_reopen_of_a_deleted_record_says_it_cannot(seeded):
    vault, ids = seeded
    issued = service.issue(vault, "incident-first-report", {"record": ids.incident_open}, at=AT)
    RegisterService(vault).delete("incidents", ids.incident_open, "誤登録のため")
    result = service.reopen(vault, issued.history_id)
    assert not result.matches and result.rendered is None
    assert "再作成できません" in result.message


def test_failed_write_records_nothing_and_keeps_the_number(seeded, tmp_path):
    vault, _ = seeded
    missing = tmp_path / "no-such-folder" / "x.pdf"
    with pytest.raises(DaichoError):
        service.issue(vault, "staff-roster", {"as_of": "2025-10-01"}, at=AT, out=missing)
    assert service.history_entries(vault) == []
    assert audit_entries(vault, "submittal.issue") == []
    assert service.issue(vault, "staff-roster", {"as_of": "2025-10-01"}, at=AT).doc_number == "第1号"


def test_history_is_append_only(seeded):
    vault, _ = seeded
    issued = service.issue(vault, "staff-roster", {"as_of": "2025-10-01"}, at=AT)
    for sql in ("UPDATE submittal_history SET sha256 = ? WHERE id = ?",):
        with pytest.raises(Exception, match="append-only"), vault.transaction() as conn:
            conn.execute(sql, ("0" * 64, issued.history_id))
    with pytest.raises(Exception, match="append-only"), vault.transaction() as conn:
        conn.execute("DELETE FROM submittal_history")
    assert service.history_entry(vault, issued.history_id).sha256 == issued.sha256
    assert history.find_by_sha256(vault.conn, issued.sha256)[0].id == issued.history_id


def test_saving_or_printing_again_is_audited(seeded, tmp_path):
    vault, _ = seeded
    issued = service.issue(vault, "staff-roster", {"as_of": "2025-10-01"}, at=AT)
    out = tmp_path / "copy.pdf"
    digest = service.record_output(vault, issued.history_id, "save", path=out, pdf=issued.pdf)
    assert digest == issued.sha256 and out.read_bytes() == issued.pdf
    service.record_output(vault, issued.history_id, "print")
    assert [e.action for e in trail.query(vault.conn, entity="submittal", limit=10)][:2] == [
        "submittal.print", "submittal.save"]
    with pytest.raises(DaichoError, match="一致しない"):
        service.record_output(vault, issued.history_id, "save", path=tmp_path / "bad.pdf",
                              pdf=issued.pdf + b"%")
    assert not (tmp_path / "bad.pdf").exists()


def test_viewers_may_issue_and_it_is_recorded(seeded):
    vault, _ = seeded
    vault.session = Session("viewer1", "閲覧 花子", "viewer")
    issued = service.issue(vault, "staff-roster", {"as_of": "2025-10-01"}, at=AT)
    entry = service.history_entry(vault, issued.history_id)
    assert entry.issued_by == "viewer1" and entry.issued_by_name == "閲覧 花子"
    assert audit_entries(vault, "submittal.issue")[0].actor == "viewer1"


def test_seal_boxes_and_addressee_from_settings(seeded, tmp_path):
    vault, _ = seeded
    service.kinds()
    put(vault, submittals__addressee="石川県総務部情報政策課長 様",
        **{"submittals__seals__staff-roster": ["責任者", "担当者"]})
    issued = service.issue(vault, "staff-roster", {"as_of": "2025-10-01"}, at=AT)
    assert issued.head.seal_boxes == ("責任者", "担当者")
    from tests.desktop.submittals.test_forms_render import flat, pdf_text

    text = flat(pdf_text(issued.pdf))
    assert "石川県総務部情報政策課長様" in text and "責任者担当者" in text
    assert "石川県知事" not in text


def test_parameters_are_checked(seeded):
    vault, _ = seeded
    with pytest.raises(ValidationError, match="期間"):
        service.preview(vault, "exchange-record", {}, at=AT)
    with pytest.raises(ValidationError, match="末日が初日より前"):
        service.preview(vault, "exchange-record", {"period": ("2026-01-01", "2025-01-01")}, at=AT)
    with pytest.raises(ValidationError, match="日付が正しくありません"):
        service.preview(vault, "staff-roster", {"as_of": "2025-13-45"}, at=AT)
    with pytest.raises(ValidationError, match="年度"):
        service.preview(vault, "training-record", {"fiscal_year": "abc"}, at=AT)
    kind = service.forms.get("maintenance-record")
    assert service.normalize_params(kind, {"from": "2025/04/01", "to": "2025-06-30", "record": ""}) == {
        "period": ["2025-04-01", "2025-06-30"]}


# -- reading through a connection of its own (what the GUI's worker thread does) -------------


def test_reading_view_renders_the_same_and_refuses_writes(seeded):
    vault, ids = seeded
    direct = service.preview(vault, "exchange-record", PERIOD, at=AT)
    with service.reading(vault) as view:
        assert view.conn is not vault.conn
        assert service.main_vault(view) is vault
        with service.reading(view) as other:   # a view of a view reads the vault, not the view
            assert other.vault is vault and other.conn is not view.conn
        through = service.preview(view, "exchange-record", PERIOD, at=AT)
        reopened_kinds = [k.slug for k in service.kinds()]
        with pytest.raises(RuntimeError), view.transaction():
            pass
    assert through.pdf == direct.pdf
    assert "exchange-record" in reopened_kinds


def test_reading_view_is_one_snapshot(seeded):
    """A document is generated from one WAL snapshot: a commit made meanwhile on the main
    connection is not half-seen."""
    vault, ids = seeded
    with service.reading(vault) as view:
        before = service.preview(view, "incident-first-report", {"record": ids.incident}, at=AT)
        RegisterService(vault).update("incidents", ids.incident, {"title": "スナップショット後の変更"})
        again = service.preview(view, "incident-first-report", {"record": ids.incident}, at=AT)
    assert again.pdf == before.pdf
    after = service.preview(vault, "incident-first-report", {"record": ids.incident}, at=AT)
    assert after.pdf != before.pdf


def test_prepare_reads_only_and_commit_writes_on_the_main_connection(seeded, tmp_path):
    vault, _ = seeded
    with service.reading(vault) as view:
        prepared = service.prepare(view, "staff-roster", {"as_of": "2025-10-01"}, at=AT)
    assert service.history_entries(vault) == []
    assert prepared.rendered.doc_number == "第1号"
    out = tmp_path / "roster.pdf"
    issued = service.commit(vault, prepared, out=out, via="save")
    assert issued.pdf == prepared.rendered.pdf == out.read_bytes()
    assert issued.doc_number == "第1号"
    assert audit_entries(vault, "submittal.issue")[0].details["via"] == "save"


def test_commit_renumbers_when_the_number_was_taken_meanwhile(seeded):
    vault, _ = seeded
    with service.reading(vault) as view:
        prepared = service.prepare(view, "staff-roster", {"as_of": "2025-10-01"}, at=AT)
    other = service.issue(vault, "contact-list", {"as_of": "2025-10-01"}, at=AT)
    assert other.doc_number == "第1号"
    issued = service.commit(vault, prepared)
    assert issued.doc_number == "第2号" and issued.pdf != prepared.rendered.pdf
    entry = service.history_entry(vault, issued.history_id)
    assert entry.sha256 == issued.sha256 and entry.number_seq == 2
    assert service.reopen(vault, issued.history_id).matches

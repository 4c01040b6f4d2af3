"""Issue 14: from "looks official" to "ready to hand in".

Each test renders through the real engine / service from the realistic records
(tests/desktop/submittals/records.py) and reads the PDF back (pypdf), or checks the pure line
breaking rules. The before/after page images of the issue's report are named after these tests.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop import settings
from desktop.audit import trail
from desktop.errors import ValidationError
from desktop.submittals import service
from desktop.submittals.kinsoku import break_lines
from desktop.submittals.layout import (
    Applicant,
    Column,
    Contact,
    DataTable,
    Heading,
    KeyValue,
    Section,
    SubmittalDocument,
    column_widths,
    render_pdf,
)
from desktop.vault import crypto
from desktop.vault.vault import create_vault
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.desktop.submittals.records import OFFICE, seed
from tests.foundation import as_admin, run_cli

JST = dt.timezone(dt.timedelta(hours=9))
AT = dt.datetime(2026, 4, 6, 10, 0, tzinfo=JST)
PERIOD = {"period": ("2025-04-01", "2026-03-31")}
PW = ADMIN_PASSWORD + "\n"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    path = tmp_path_factory.mktemp("ready") / "daicho.vault"
    vault, _ = create_vault(path, office={"name": "x"}, admin_id=ADMIN_ID, admin_name="管理 太郎",
                            admin_password=ADMIN_PASSWORD, binding=False, kdf=crypto.TEST_KDF)
    ids = seed(vault, exchanges=60)
    yield vault, ids
    vault.close()


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return "".join(text.split())


def lines_of(text: str, width: float, char: float = 10.0) -> list[str]:
    return [text[a:b] for a, b, _ in break_lines(text, [char] * len(text), width)]


def put(vault, **values) -> None:
    with vault.transaction() as conn:
        for key, value in values.items():
            settings.put(conn, key.replace("__", "."), value)


# --------------------------------------------------------------------------- 2. tokens


@pytest.mark.parametrize("token", ["9:00〜11:30", "R7.11.19", "LGWAN", "data_0005.zip", "12,345,678"])
def test_tokens_are_not_broken_when_they_fit(token):
    for lead in range(1, 14):
        lines = lines_of("あ" * lead + token + "です", 140)
        assert any(token in line for line in lines), (lead, lines)


def test_paths_break_only_after_a_separator_and_never_leave_one_character():
    path = "\\\\fs01\\exchange\\pref\\inbox\\2025"
    lines = lines_of("保存領域: " + path, 100)
    assert "".join(lines) == "保存領域: " + path
    parts = [line for line in lines if any(c in line for c in "\\fs0")]
    for line in parts[:-1]:
        assert line.endswith("\\"), lines
    for line in lines:
        assert line.strip() not in ("\\", "/") and len(line.strip()) >= 2, lines


def test_no_column_fits_four_digits(fonts):
    cols = [Column("No.", 0.2, "right"), Column("内容", 3.0), Column("備考", 1.0)]
    widths = column_widths(cols, font=fonts.mincho, size=7.5)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert widths[0] >= stringWidth("9999", fonts.mincho, 7.5) + 6
    assert abs(sum(widths) - column_widths(cols)[0] - sum(column_widths(cols)[1:])) < 0.01


def test_exchange_record_prints_row_numbers_and_times_whole(seeded):
    vault, _ = seeded
    pdf = service.prepare(vault, "exchange-record", PERIOD, at=AT).rendered.pdf
    text = "\n".join(pages(pdf))
    lines = [line.strip() for line in text.splitlines()]
    assert "60" in lines  # the row number stays on one line
    assert not any(line in ("\\", "/") for line in lines)  # no separator left alone


# --------------------------------------------------------------------------- 1. closing block


def _doc(rows: int, *, last=None, seals=True) -> SubmittalDocument:
    body_rows = [[str(i), f"R7.4.{i % 28 + 1} 9:00〜11:30", "住民基本台帳の異動データ（日次）"] for i in range(rows)]
    items = [KeyValue([("委託業務名", "石川県住民情報システム運用保守業務委託")], numbered=True),
             Heading("2　記録"),
             DataTable([Column("No.", 0.4, "right"), Column("日時", 1.4), Column("内容", 3.0)], body_rows)]
    if last is not None:
        items.append(last)
    return SubmittalDocument(title="保守作業記録", date=dt.date(2026, 4, 6),
                             applicant=Applicant.from_settings(OFFICE), doc_number="第1号", items=items,
                             contact=Contact.from_settings(OFFICE),
                             seal_boxes=("責任者", "担当者") if seals else (),
                             created_at=dt.datetime(2026, 4, 6, 10, 0, tzinfo=JST))


def _orphan(pdf: bytes) -> bool:
    """The last page holds only the closing block (以上, contact, seal boxes, page number)."""
    last = flat(pages(pdf)[-1])
    for closing in ("以上", "担当", "情報セキュリティ推進室佐藤花子", "電話076-123-4567", "E-mail",
                    "security@hokuriku-info.example.jp", "責任者", "担当者"):
        last = last.replace(closing, "")
    return len(last) <= 6  # "2/2"


def test_closing_block_never_stands_alone_after_a_table(fonts):
    seen_pages = set()
    for rows in range(2, 60, 3):
        pdf = render_pdf(_doc(rows), fonts)
        seen_pages.add(len(pages(pdf)))
        assert not _orphan(pdf), rows
    assert len(seen_pages) > 1  # the range crosses a page boundary


def test_closing_block_stays_with_a_final_section(fonts):
    for rows in range(20, 56, 3):
        pdf = render_pdf(_doc(rows, last=Section("3　今後の対応", "引き続き原因の究明を進めます。")), fonts)
        assert not _orphan(pdf), rows
        assert "以上" in flat(pages(pdf)[-1]) and "今後の対応" in flat(pages(pdf)[-1])


# --------------------------------------------------------------------------- 3. letterhead


def test_applicant_address_on_one_line(seeded):
    vault, _ = seeded
    pdf = service.prepare(vault, "staff-roster", {"as_of": "2025-10-01"}, at=AT).rendered.pdf
    lines = [flat(line) for line in pages(pdf)[0].splitlines()]
    assert any(flat(OFFICE["office.address"]) in line for line in lines), lines[:12]


def test_addressee_governor_section_head_per_form_and_per_issue(seeded):
    vault, _ = seeded
    params = {"as_of": "2025-10-01"}

    def addressee(**kw):
        return service.prepare(vault, "staff-roster", params, at=AT, **kw).rendered.head.addressee

    assert addressee() == "石川県知事 様"
    with pytest.raises(ValidationError, match="所管課"):
        addressee(addressee="section_head")
    put(vault, submittals__section="石川県総務部情報政策課")
    try:
        assert addressee(addressee="section_head") == "石川県総務部情報政策課長 様"
        put(vault, **{"submittals.addressees.staff-roster": "section_head"})
        assert addressee() == "石川県総務部情報政策課長 様"
        assert service.prepare(vault, "contact-list", params, at=AT).rendered.head.addressee == "石川県知事 様"
        assert addressee(addressee="石川県総務部長 様") == "石川県総務部長 様"
        pdf = service.prepare(vault, "staff-roster", params, at=AT).rendered.pdf
        assert "石川県総務部情報政策課長様" in flat(pages(pdf)[0])
    finally:
        put(vault, submittals__section="", **{"submittals.addressees.staff-roster": ""})


def test_every_form_prints_the_same_contract_name(seeded):
    vault, ids = seeded
    for slug, params in [("management-structure", {"as_of": "2025-10-01"}),
                         ("contact-list", {"as_of": "2025-10-01"}), ("staff-roster", {"as_of": "2025-10-01"}),
                         ("exchange-record", PERIOD), ("training-record", {"fiscal_year": 2025}),
                         ("training-plan", {"fiscal_year": 2025}),
                         ("incident-runbook", {"record": ids.runbook})]:
        pdf = service.prepare(vault, slug, params, at=AT).rendered.pdf
        assert flat(OFFICE["office.contract"]) in flat(pages(pdf)[0]), slug


# --------------------------------------------------------------------------- 4. pre-issue check


def test_pre_issue_check_lists_findings_and_the_confirmation_is_audited(seeded, tmp_path):
    vault, _ = seeded
    prepared = service.prepare(vault, "exchange-record", PERIOD, at=AT)
    assert any("削除が確認されていない交換" in f for f in prepared.findings)
    assert any("不一致なのに備考" in f for f in prepared.findings)
    with pytest.raises(service.FindingsNotConfirmed):
        service.commit(vault, prepared)
    assert not any(e.kind == "exchange-record" for e in service.history_entries(vault))
    issued = service.commit(vault, prepared, confirmed=True)
    audit = next(iter(trail.query(vault.conn, actions=["submittal.issue"], limit=1)))
    assert audit.entity_id == str(issued.history_id) or int(audit.entity_id) == issued.history_id
    assert audit.details["findings_confirmed"] is True
    assert audit.details["findings"] == list(prepared.findings)


def test_pre_issue_check_of_maintenance_runbook_and_final_report(seeded):
    vault, ids = seeded
    found = service.prepare(vault, "maintenance-record", PERIOD, at=AT).findings
    assert any("県の許可が記録されていない設定変更" in f for f in found)
    found = service.prepare(vault, "incident-runbook", {"record": ids.runbook}, at=AT,
                            doc_date="2026-06-01").findings
    assert any("見直し期限" in f for f in found)  # reviewed 2025-04-10, yearly: due 2026-04-10
    assert service.prepare(vault, "incident-runbook", {"record": ids.runbook}, at=AT).findings == ()
    assert service.prepare(vault, "incident-final-report", {"record": ids.incident}, at=AT).findings == ()


# --------------------------------------------------------------------------- 5. drafts


def test_draft_has_the_mark_and_no_number_and_uses_none(seeded):
    vault, _ = seeded
    before = service.history_entries(vault)
    draft = service.preview(vault, "contact-list", {"as_of": "2025-10-01"}, at=AT)
    text = flat(pages(draft.pdf)[0])
    assert "案" in text and "第" not in text.split("令和")[0]
    assert draft.doc_number == ""
    assert service.history_entries(vault) == before
    issued = service.prepare(vault, "contact-list", {"as_of": "2025-10-01"}, at=AT).rendered
    assert "【案】" not in flat(pages(issued.pdf)[0]) and issued.doc_number


def test_cli_draft_takes_no_number(vault, tmp_path):
    seed(vault, exchanges=3)
    path = vault.path
    vault.close()
    out = tmp_path / "draft.pdf"
    rc, stdout, err = run_cli(as_admin("submittal", "render", "staff-roster", "--as-of", "2025-10-01",
                                       "--draft", "--out", str(out)), PW, vault_path=path)
    assert rc == 0, err
    assert stdout.startswith("-\t") and "案" in err and out.exists()
    rc, stdout, err = run_cli(as_admin("submittal", "render", "staff-roster", "--as-of", "2025-10-01",
                                       "--out", str(tmp_path / "issued.pdf")), PW, vault_path=path)
    assert rc == 0, err
    assert stdout.startswith("第1号\t")  # the draft used no number


# --------------------------------------------------------------------------- 6. issue date


def test_issue_date_is_chosen_and_checked(seeded):
    vault, ids = seeded
    first = service.prepare(vault, "incident-first-report", {"record": ids.incident}, at=AT,
                            doc_date="2025-11-05").rendered
    assert first.head.date == dt.date(2025, 11, 5)
    assert "令和7年11月5日" in flat(pages(first.pdf)[0]).split("石川県知事")[0]
    with pytest.raises(ValidationError, match="発行日"):
        service.prepare(vault, "incident-first-report", {"record": ids.incident}, at=AT, doc_date="2025-11-04")
    with pytest.raises(ValidationError, match="発行日"):
        service.prepare(vault, "exchange-record", PERIOD, at=AT, doc_date="2026-03-30")
    with pytest.raises(ValidationError, match="発行日"):
        service.prepare(vault, "incident-final-report", {"record": ids.incident}, at=AT, doc_date="2025-11-07")


# --------------------------------------------------------------------------- 7. exchange record


def test_exchange_record_note_cancelled_and_schedule_recorded(seeded):
    vault, ids = seeded
    pdf = service.prepare(vault, "exchange-record", PERIOD, at=AT).rendered.pdf
    text = flat("\n".join(pages(pdf)))
    assert "（備考）相手方の申告値は圧縮前のファイルのものと判明" in text
    assert "中止した交換" in text and "県の庁内システム停止のため中止" in text and "年末の業務日程の変更" in text
    assert "登録R" in text  # when the schedule was recorded
    main = text.split("8中止した交換")[0]
    assert "県の庁内システム停止" not in main  # the cancelled ones are not among the exchanges


# --------------------------------------------------------------------------- 8. incident reports


def test_first_report_timeline_up_to_the_report_time(seeded):
    vault, ids = seeded
    pdf = service.prepare(vault, "incident-first-report", {"record": ids.incident}, at=AT).rendered.pdf
    text = flat("\n".join(pages(pdf)))
    assert "県情報政策課へ電話で第一報を行った" in text
    assert "総当たり攻撃と判明した" not in text  # 11/6, after the report of 11/5 10:05
    assert "令和7年11月5日10時05分現在" in text
    assert "二次被害は確認されていない" in text and "公表なし" in text


def test_next_steps_follow_the_status(seeded):
    vault, ids = seeded
    open_pdf = service.prepare(vault, "incident-first-report", {"record": ids.incident_open}, at=AT).rendered.pdf
    assert "引き続き、事故対応手順書に基づき" in flat("\n".join(pages(open_pdf)))
    final = service.prepare(vault, "incident-final-report", {"record": ids.incident}, at=AT).rendered.pdf
    text = flat("\n".join(pages(final)))
    assert "対応を完了しました" in text and "引き続き、事故対応手順書に基づき" not in text
    assert "影響を受けた方への対応" in text


# --------------------------------------------------------------------------- 9. training


def test_lecturer_is_not_an_absentee_and_plan_against_actual(seeded):
    vault, _ = seeded
    pdf = service.prepare(vault, "training-record", {"fiscal_year": 2025}, at=AT).rendered.pdf
    text = flat("\n".join(pages(pdf)))
    absentees = text.split("未受講者")[1].split("6")[0]
    assert "山田太郎" not in absentees and "渡辺翔太" in absentees
    assert "講師を務めた者山田太郎" in text
    assert "計画と実施の対比" in text and "データ交換手順の変更（保存領域の移行）11月—未実施" in text


def test_training_plan_form(seeded):
    vault, _ = seeded
    rendered = service.prepare(vault, "training-plan", {"fiscal_year": 2025}, at=AT).rendered
    text = flat("\n".join(pages(rendered.pdf)))
    assert "教育計画書" in text and "計画の件数4件" in text
    assert text.index("個人情報の適正な取扱い") < text.index("標的型攻撃メール") < text.index("事故発生時の連絡体制")
    assert service.prepare(vault, "training-plan", {"fiscal_year": 2024}, at=AT).findings


# --------------------------------------------------------------------------- 10. runbook


def test_runbook_steps_numbered_in_order_across_sections(seeded):
    vault, ids = seeded
    pdf = service.prepare(vault, "incident-runbook", {"record": ids.runbook}, at=AT).rendered.pdf
    text = flat("\n".join(pages(pdf)))
    order = [text.index(f"{n}{action}") for n, action in [
        (1, "影響範囲を特定するため"), (2, "不審な通信の有無"), (3, "ログ・ディスクイメージを取得"),
        (4, "証拠の受渡しは"), (5, "バックアップから復元"), (6, "県の担当課へ復旧を報告")]]
    assert order == sorted(order)


# --------------------------------------------------------------------------- 11, 12. CLI


def test_cli_maintenance_equipment_option_and_old_alias(vault, tmp_path):
    ids = seed(vault, exchanges=2)
    path = vault.path
    vault.close()
    base = ["submittal", "render", "maintenance-record", "--from", "2025-04-01", "--to", "2026-03-31",
            "--draft"]
    rc, _, err = run_cli(as_admin(*base, "--equipment", str(ids.equipment[0]), "--out",
                                  str(tmp_path / "a.pdf")), PW, vault_path=path)
    assert rc == 0, err and "--equipment" not in err
    rc, _, err = run_cli(as_admin(*base, "--record", str(ids.equipment[0]), "--out",
                                  str(tmp_path / "b.pdf")), PW, vault_path=path)
    assert rc == 0, err
    assert "--equipment に名前が変わりました" in err
    assert (tmp_path / "a.pdf").read_bytes()[:5] == b"%PDF-"


def test_cli_settings_set_seals_of_a_form(vault):
    path = vault.path
    vault.close()
    rc, _, err = run_cli(as_admin("settings", "set", "submittals.seals.contact-list", "責任者,担当者"), PW,
                         vault_path=path)
    assert rc == 0, err
    rc, out, err = run_cli(as_admin("settings", "get", "submittals.seals.contact-list"), PW, vault_path=path)
    assert rc == 0, err
    assert "責任者" in out and "担当者" in out


def test_cli_init_writes_the_recovery_sheet(tmp_path):
    vault_path = tmp_path / "new.vault"
    sheet = tmp_path / "sheet.pdf"
    rc, out, err = run_cli(["init", "--office-name", "株式会社北陸情報サービス", "--admin", "admin",
                            "--no-terminal-binding", "--recovery-sheet", str(sheet)],
                           ADMIN_PASSWORD + "\n" + ADMIN_PASSWORD + "\n", vault_path=vault_path)
    assert rc == 0, err
    key = out.strip().splitlines()[-1]
    text = flat("\n".join(pages(sheet.read_bytes())))
    assert "保管票" in text and all(group in text for group in key.split("-"))
    assert "書き出しました" in err


# --------------------------------------------------------------------------- performance: progress, cancel


def test_render_reports_pages_and_stops_when_cancelled(fonts):
    from desktop.submittals.layout import Cancelled

    seen: list[int] = []
    render_pdf(_doc(120, seals=False), fonts, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] >= 3

    def stop(done: int) -> None:
        if done >= 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        render_pdf(_doc(120, seals=False), fonts, progress=stop)


def test_a_time_range_too_long_for_its_cell_breaks_after_the_dash():
    assert lines_of("9:00〜11:30", 60) == ["9:00〜", "11:30"]


def test_maintenance_times_print_whole(seeded):
    vault, _ = seeded
    pdf = service.prepare(vault, "maintenance-record", PERIOD, at=AT).rendered.pdf
    lines = [line.strip() for line in "\n".join(pages(pdf)).splitlines()]
    assert any("9:00〜11:00" in line for line in lines)
    assert not any(line in ("00", "30") for line in lines)

"""Every form rendered from realistic register data and read back.

One vault per module, seeded through the register service (300 data exchanges, so the
exchange record runs over many pages). Each PDF is parsed (pypdf, and ``pdftotext``); every
required field and value must appear; ``pdffonts`` must show every font embedded; ``pdftoppm`` must
render every page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.errors import ValidationError
from desktop.submittals import forms, service
from desktop.vault import crypto
from desktop.vault.vault import create_vault
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.desktop.submittals.conftest import pdffonts, pdftotext
from tests.desktop.submittals.records import OFFICE, Seeded, seed

JST = dt.timezone(dt.timedelta(hours=9))
AT = dt.datetime(2026, 4, 6, 10, 0, tzinfo=JST)
EXCHANGES = 300


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    path = tmp_path_factory.mktemp("forms") / "daicho.vault"
    vault, _ = create_vault(path, office={"name": "x"}, admin_id=ADMIN_ID, admin_name="管理 太郎",
                            admin_password=ADMIN_PASSWORD, binding=False, kdf=crypto.TEST_KDF)
    ids = seed(vault, exchanges=EXCHANGES)
    yield vault, ids
    vault.close()


def render(seeded, tmp_path: Path, slug: str, params: dict) -> tuple[service.Rendered, str, Path]:
    vault, _ = seeded
    # what issuing would print (numbered, no 「案」), without recording anything
    rendered = service.prepare(vault, slug, params, at=AT).rendered
    path = tmp_path / f"{slug}.pdf"
    path.write_bytes(rendered.pdf)
    # poppler extracts the Japanese text too (cells may interleave in its reading order)
    assert flat(rendered.title) in flat(pdftotext(path))
    check_pdf(path, rendered.pages)
    return rendered, pdf_text(rendered.pdf), path


def pdf_text(pdf: bytes) -> str:
    """The text in content order (pypdf): each table cell's lines stay together."""
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def check_pdf(path: Path, pages: int) -> None:
    fonts = pdffonts(path)
    assert fonts, "no fonts in the PDF"
    for row in fonts:
        # name type encoding emb sub uni object ID: "emb" is the 4th column from the end - 2
        assert row[-5] == "yes", f"font not embedded: {row}"
    exe = shutil.which("pdftoppm")
    if exe is None:
        pytest.skip("pdftoppm is not installed")
    folder = path.parent / f"png-{path.stem}-{len(list(path.parent.iterdir()))}"
    folder.mkdir()
    subprocess.run([exe, "-r", "12", "-png", str(path), str(folder / "page")], check=True,
                   capture_output=True)
    rendered = list(folder.glob("page-*.png"))
    assert len(rendered) == pages


def flat(text: str) -> str:
    """Text without whitespace: values that wrap inside a table cell still match."""
    return re.sub(r"\s+", "", text)


def letter(text: str, title: str) -> None:
    """The common frame: number, 和暦 date, addressee, applicant, title, 記, 以上, contact."""
    f = flat(text)
    assert "第1号" in f
    assert "令和8年4月6日" in f
    assert "石川県知事様" in f
    for key in ("office.address", "office.name", "office.representative", "office.contact_person",
                "office.phone", "office.email"):
        assert flat(OFFICE[key]) in f, key
    assert flat(title) in f
    assert "記" in text and "以上" in text
    assert "石川県住民情報システム運用保守業務委託" in f


def test_every_kind_is_registered_in_order():
    slugs = [k.slug for k in service.kinds()]
    ours = [
        "management-structure", "contact-list", "staff-roster", "exchange-record",
        "maintenance-record", "equipment-check-record", "training-plan", "training-record",
        "incident-first-report", "incident-final-report", "incident-runbook",
    ]
    # these kinds in this order (other forms may sit between them)
    assert [s for s in slugs if s in ours] == ours
    assert "recovery_sheet" not in forms.KINDS
    for kind in service.kinds():
        assert kind.build is not None and kind.clauses and kind.description
        if "record" in kind.params | kind.optional:
            assert kind.record_register and kind.record_label


def test_management_structure(seeded, tmp_path):
    r, text, _ = render(seeded, tmp_path, "management-structure", {"as_of": "2025-10-01"})
    letter(text, "管理体制及び責任範囲届")
    f = flat(text)
    assert "下記のとおり届け出ます。" in f
    assert "令和7年10月1日現在" in f and "令和7年10月1日から" in f
    for value in ("情報セキュリティ責任者", "山田太郎", "システム管理者", "佐藤花子", "障害時連絡先",
                  "高橋美咲", "事故時連絡窓口", "石川県総務部情報政策課北村主任",
                  "情報セキュリティ対策全般の統括、県との協議", "090-1111-2222",
                  "takahashi@hokuriku-info.example.jp", "改定の理由", "鈴木から高橋へ"):
        assert value in f, value
    assert "鈴木一郎" not in f  # the earlier revision's contact is not in the one of 10/1
    assert r.pages == 1


def test_management_structure_as_of_an_earlier_date(seeded, tmp_path):
    _, text, _ = render(seeded, tmp_path, "management-structure", {"as_of": "2025-06-30"})
    f = flat(text)
    assert "鈴木一郎" in f and "高橋美咲" not in f
    assert "令和7年4月1日から令和7年9月30日まで" in f


def test_no_structure_before_the_first_revision(seeded):
    vault, _ = seeded
    with pytest.raises(ValidationError, match="管理体制が登録されていません"):
        service.preview(vault, "management-structure", {"as_of": "2024-01-01"}, at=AT)


def test_contact_list_in_order(seeded, tmp_path):
    _, text, _ = render(seeded, tmp_path, "contact-list", {"as_of": "2025-10-01"})
    letter(text, "障害時・事故時連絡体制表")
    f = flat(text)
    table = f[f.index("連絡先（連絡順位）"):]
    order = [table.index(name) for name in ("佐藤花子", "山田太郎", "高橋美咲", "北村主任")]
    assert order == sorted(order), "contacts must be listed in their order of contact"
    for value in ("090-1111-2222", "076-123-4500", "090-3333-4444", "076-225-0000", "24時間",
                  "平日8:30〜17:30", "連絡の方法", "第1順位"):
        assert value in f, value
    assert "田中健" not in f  # a member without an order of contact and not a contact role


def test_staff_roster_with_badges(seeded, tmp_path):
    _, text, _ = render(seeded, tmp_path, "staff-roster", {"as_of": "2025-10-01"})
    letter(text, "従事者名簿")
    f = flat(text)
    for name in ("山田太郎", "佐藤花子", "鈴木一郎", "高橋美咲", "田中健", "伊藤由美", "渡辺翔太"):
        assert name in f, name
    for badge in ("HS-0001", "HS-0012", "HS-0023", "HS-0024", "HS-0031", "HS-0032"):
        assert badge in f, badge
    assert "中村退職" not in f and "HS-0099" not in f  # left before the date
    assert "7名" in f and "未交付1名" in f and "未交付" in f
    assert "名札（身分証明書）を着用します。" in f


def test_exchange_record_runs_over_many_pages(seeded, tmp_path):
    vault, ids = seeded
    r, text, _ = render(seeded, tmp_path, "exchange-record",
                        {"period": ("2025-04-01", "2026-03-31")})
    letter(text, "データ交換記録")
    f = flat(text)
    assert r.pages >= 10
    assert f"/{r.pages}" in f  # page numbers N / M
    assert "令和7年4月1日から令和8年3月31日まで" in f
    assert "下記のとおり報告します。" in f
    mismatches = sum(1 for i in range(EXCHANGES) if i % 50 == 7)
    not_deleted = sum(1 for i in range(EXCHANGES) if i % 40 == 3)
    assert f"{EXCHANGES}件（送付{EXCHANGES // 2}件、受領{EXCHANGES // 2}件）" in f
    assert f"一致{EXCHANGES - mismatches}件、不一致{mismatches}件、未照合0件" in f
    assert f"確認済{EXCHANGES - not_deleted}件、未確認{not_deleted}件" in f
    for i in range(EXCHANGES):  # every exchange: its SHA-256 (first group) and its size
        sha = hashlib.sha256(f"exchange-{i}".encode()).hexdigest()
        assert sha[:8] in text, i
        assert f"{1000 + i * 7919:,}バイト" in f, i
    for value in ("石川県総務部情報政策課", "石川県税務課", "金沢市市民課", "LGWAN", "SFTP",
                  "媒体の手渡し", "電子メール（暗号化）", "住民基本台帳の異動データ", "不一致", "未確認",
                  "送付（提供）", "受領", "予定R7.3.30", "実施:田中健", "佐藤花子"):
        assert value in f, value
    assert text.count("交換日時") >= r.pages  # the header row repeats on every page


def test_exchange_record_empty_period(seeded, tmp_path):
    _, text, _ = render(seeded, tmp_path, "exchange-record", {"period": ("2024-01-01", "2024-01-31")})
    assert "対象期間にデータ交換はありません" in flat(text)


def test_maintenance_record_all_and_one(seeded, tmp_path):
    vault, ids = seeded
    _, text, _ = render(seeded, tmp_path, "maintenance-record", {"period": ("2025-04-01", "2026-03-31")})
    letter(text, "保守作業記録")
    f = flat(text)
    assert "16件（うち設定変更4件）" in f
    for value in ("HS-SV-001", "HS-SV-002", "HS-SV-003", "HS-SV-004", "点検", "設定変更", "部品交換",
                  "ソフトウェア更新", "富士通Japan株式会社北陸支社木村", "鈴木一郎",
                  "ファイアウォールの通信許可設定の変更", "情政第101号", "未記録", "要対応", "R7.10.7"):
        assert value in f, value
    r, text, _ = render(seeded, tmp_path, "maintenance-record",
                        {"period": ("2025-04-01", "2026-03-31"), "record": ids.equipment[1]})
    f = flat(text)
    assert "HS-SV-002" in f and "iStorageV100" in f and "SN20250137" in f
    assert "HS-SV-001" not in f and "4件（うち設定変更4件）" in f
    assert "下記の情報機器に対して行った保守作業" in f


def test_equipment_check_record(seeded, tmp_path):
    _, text, _ = render(seeded, tmp_path, "equipment-check-record",
                        {"period": ("2025-04-01", "2026-03-31")})
    letter(text, "機器所在確認記録")
    f = flat(text)
    assert "7件（対象機器3台）" in f and "所在を確認6件、所在不明1件" in f
    for value in ("R7.4.15", "R7.10.15", "R8.1.20", "所在不明", "高橋美咲", "鈴木一郎",
                  "本社5階サーバ室ラックA-3", "同日中に捜索し、県へ報告済み。"):
        assert value in f, value
    # the fourth item holds prefecture data and had no check in the period
    tail = f[f.index("所在確認の記録がない機器"):]
    assert "HS-SV-004" in tail and "ネットワーク機器" in tail


def test_training_record(seeded, tmp_path):
    _, text, _ = render(seeded, tmp_path, "training-record", {"fiscal_year": 2025})
    letter(text, "教育実施記録")
    f = flat(text)
    assert "令和7年度（2025年度）令和7年4月1日から令和8年3月31日まで" in f
    assert "3回" in f and "延べ13名（実人数5名）" in f
    assert "未受講者渡辺翔太" in f  # 山田太郎 gave the last session: a lecturer, not an absentee
    assert "講師を務めた者山田太郎" in f
    for value in ("個人情報の適正な取扱い", "標的型攻撃メールへの対応訓練", "初動対応", "令和7年5月20日",
                  "令和8年2月20日", "佐藤花子（情報セキュリティ推進室）", "受講者（5名）", "受講者（3名）",
                  "確認テスト", "レポート", "口頭での確認", "基準点（8割）以上"):
        assert value in f, value


def test_incident_first_report(seeded, tmp_path):
    vault, ids = seeded
    _, text, _ = render(seeded, tmp_path, "incident-first-report", {"record": ids.incident})
    letter(text, "情報セキュリティ事故報告書（第一報）")
    f = flat(text)
    for value in ("管理用サーバへの不正ログイン試行", "不正アクセス", "令和7年11月5日9時12分",
                  "令和7年11月5日10時05分（石川県総務部情報政策課北村主任）", "HS-SV-001",
                  "住民の個人情報への不正なアクセスは確認されていない", "不正アクセス対応手順書",
                  "経過及びこれまでの対応", "R7.11.509:12", "不審なログイン試行を検知した",
                  "県情報政策課へ電話で第一報を行った", "今後の対応", "（第一報）"):
        assert value in f, value
    assert "原因の調査結果" not in f and "正常稼働の確認" not in f  # only in the final report


def test_incident_final_report(seeded, tmp_path):
    vault, ids = seeded
    _, text, _ = render(seeded, tmp_path, "incident-final-report", {"record": ids.incident})
    letter(text, "情報セキュリティ事故報告書（最終報告）")
    f = flat(text)
    for value in ("原因の調査結果", "開放した管理用ポートが、作業後も閉じられていなかった",
                  "回復方法", "全管理者アカウントのパスワードを変更",
                  "再発防止策", "県指定の接続元アドレスに限定した",
                  "正常稼働の確認", "令和7年11月8日17時00分、山田太郎が",
                  "証拠の収集及び保管", "認証ログ（auth.log）", "証拠保管庫",
                  hashlib.sha256(b"auth.log").hexdigest()[:8]):
        assert value in f, value


def test_final_report_needs_recovery_cause_and_prevention(seeded):
    vault, ids = seeded
    with pytest.raises(ValidationError) as exc:
        service.preview(vault, "incident-final-report", {"record": ids.incident_open}, at=AT)
    for missing in ("復旧確認", "原因", "回復方法", "再発防止策"):
        assert missing in str(exc.value)
    # the first report of the same incident works
    service.preview(vault, "incident-first-report", {"record": ids.incident_open}, at=AT)


def test_incident_runbook_with_its_three_parts(seeded, tmp_path):
    vault, ids = seeded
    _, text, _ = render(seeded, tmp_path, "incident-runbook", {"record": ids.runbook})
    letter(text, "事故対応手順書")
    f = flat(text)
    parts = [f.index(h) for h in ("8原因究明の手順", "9証拠の収集及び保管の手順", "10復旧の手順")]
    assert parts == sorted(parts)
    for value in ("不正アクセス対応手順書", "第1版", "令和7年4月10日", "12か月", "令和8年4月10日",
                  "ディスクイメージを取得し、SHA-256を記録", "バックアップから復元", "システム管理者",
                  "佐藤花子", "令和8年4月6日現在の管理体制"):
        assert value in f, value


def test_missing_record_is_a_clear_error(seeded):
    vault, _ = seeded
    from desktop.errors import NotFound

    with pytest.raises(NotFound, match="#9999"):
        service.preview(vault, "incident-first-report", {"record": 9999}, at=AT)
    with pytest.raises(ValidationError, match="事故"):
        service.preview(vault, "incident-first-report", {}, at=AT)


def test_western_calendar(seeded, tmp_path):
    vault, _ = seeded
    from desktop import settings

    with vault.transaction() as conn:
        settings.put(conn, "display.calendar", "western")
    try:
        _, text, _ = render(seeded, tmp_path, "training-record", {"fiscal_year": 2025})
    finally:
        with vault.transaction() as conn:
            settings.put(conn, "display.calendar", "wareki")
    f = flat(text)
    assert "2026年4月6日" in f and "2025年度" in f and "令和" not in f


def test_seeded_ids(seeded):
    _, ids = seeded
    assert isinstance(ids, Seeded) and ids.incident and ids.runbook and len(ids.equipment) == 4

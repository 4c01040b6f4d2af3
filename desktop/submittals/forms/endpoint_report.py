"""ウイルス対策・セキュリティパッチ適用状況報告 — for a period, the latest check of each item of
equipment: anti-virus product or scanning gateway (A13-2), pattern date (A13-3), last full
scan and result (A13-4), patches applied (A13-5); infections found and the incidents opened."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, join, period_text, short_date, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "ウイルス対策・セキュリティパッチ適用状況報告"


def build(vault: VaultLike, head, *, period: tuple[dt.date, dt.date]):
    src = Source(vault)
    cal = head.calendar
    start, end = period
    checks = src.records("endpoint-checks", date_from=start, date_to=end)
    latest: dict[int, dict] = {}
    for r in sorted(checks, key=lambda r: (r["checked_on"], r["id"])):
        latest[r["equipment"]] = r
    shown = sorted(latest.values(), key=lambda r: (src.title("equipment", r["equipment"]), r["id"]))
    pattern_max = vault.setting("registers.endpoint_pattern_max_days")
    scan_max = vault.setting("registers.endpoint_scan_max_days")
    rows, attention = [], 0
    for i, r in enumerate(shown, 1):
        protection = text(r.get("av_product"))
        if r.get("gateway") is not None:
            protection = join([protection, f"（ゲートウェイ）{src.title('equipment', r['gateway'])}"], "\n")
        marks = []
        if r.get("pattern_age_days") is not None and r["pattern_age_days"] > pattern_max:
            marks.append(f"定義が{r['pattern_age_days']}日前")
        if r.get("scan_age_days") is None or r["scan_age_days"] > scan_max:
            marks.append("全体検査が古い・未実施")
        if not r.get("patches_applied"):
            marks.append("パッチ未適用")
        if r.get("scan_result") == "infected":
            linked = f"（事故記録 {src.title('incidents', r['incident'])}）" if r.get("incident") else ""
            marks.append("ウイルス検出" + linked)
        attention += bool(marks)
        rows.append([
            str(i),
            src.equipment_name(r.get("equipment"), sep="\n"),
            short_date(r.get("checked_on"), cal),
            protection or "—",
            short_date(r.get("pattern_date"), cal) or "—",
            join([short_date(r.get("last_scan_on"), cal),
                  src.label("endpoint-checks", "scan_result", r.get("scan_result"))], "\n"),
            join(["適用済" if r.get("patches_applied") else "未適用", text(r.get("patches_up_to"))], "\n"),
            src.staff_name(r.get("checked_by")),
            join(marks, "\n") or "—",
        ])
    infected = sum(1 for r in checks if r.get("scan_result") == "infected")
    items = [
        KeyValue([
            ("委託業務名", head.contract or "—"),
            ("対象期間", period_text(start, end, cal)),
            ("確認の件数", f"{len(checks)}件（対象機器 {len(latest)}台）"),
            ("ウイルスの検出", f"{infected}件" if infected else "なし"),
            ("対応が必要な機器", f"{attention}台" if attention else "なし"),
        ], numbered=True),
        Heading("6　機器ごとの状況（対象期間内の最新の確認）"),
        DataTable([
            Column("No.", 0.4, "right"),
            Column("対象機器", 1.45),
            Column("確認日", 0.8),
            Column("ウイルス対策", 1.3),
            Column("定義日付", 0.8),
            Column("全体検査", 0.85),
            Column("セキュリティパッチ", 1.4),
            Column("確認者", 0.75),
            Column("対応事項", 1.1),
        ], rows, font_size=7.5, empty_text="対象期間に確認の記録はありません"),
    ]
    body = [
        Para(f"{contract_phrase(head.contract)}において使用するパソコン及びサーバについて、"
             f"{period_text(start, end, cal)}のウイルス対策ソフトウェアの導入、パターンファイルの更新、"
             "定期的な検査及びセキュリティパッチの適用の状況を、"
             "下記のとおり報告します。"),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="endpoint-report",
    title=TITLE,
    params=frozenset({"period"}),
    clauses=("A13-1", "A13-2", "A13-3", "A13-4", "A13-5"),
    build=build,
    description="期間内の確認のうち、機器ごとに最新のものを載せます。定義の古さ・検査・パッチ・ウイルス検出を示します。",
    order=66,
))

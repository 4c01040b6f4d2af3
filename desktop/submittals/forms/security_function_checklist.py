"""セキュリティ機能確認結果 — for one development project: the test plan (A10-3), the check of
the security functions ア–ク (A10-5) with results, notes and evidence, the check that existing
systems are not affected (A10-4), and production data used as test data (A10-1)."""

from __future__ import annotations

from desktop.protocols import VaultLike
from desktop.registers.definitions.dev_projects import FUNCTION_CODES
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, join, period_text, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para, Section

TITLE = "セキュリティ機能確認結果"
#: short result words for the table (the register's labels are longer)
RESULT_WORDS = {"yes": "確認済", "no": "機能なし", "na": "対象外"}


def build(vault: VaultLike, head, *, record: int):
    src = Source(vault)
    cal = head.calendar
    p = src.get("dev-projects", record)
    by_item = {c.get("item"): c for c in p.get("security_checks") or []}
    rows = []
    for code in FUNCTION_CODES:
        c = by_item.get(code, {})
        rows.append([
            src.label("dev-projects", "security_checks.item", code),
            RESULT_WORDS.get(c.get("result"), "未確認"),
            text(c.get("note"), "—"),
            text(c.get("evidence"), "—"),
        ])
    unchecked = sum(1 for r in rows if r[1] == "未確認")
    overview = [
        ("案件名", text(p.get("name"))),
        ("対象システム", src.title("systems", p.get("system"))),
        ("開発期間", period_text(p.get("period_from"), p.get("period_to"), cal) if p.get("period_to")
         else f"{date_text(p.get('period_from'), cal)}から"),
        ("納品日", date_text(p.get("delivery_on"), cal) or "未定"),
        ("確認の状況", f"8項目中 {8 - unchecked}項目確認済" + (f"（未確認 {unchecked}項目）" if unchecked else "")),
    ]
    if p.get("uses_production_data"):
        perm = src.title("permissions", p.get("permission")) if p.get("permission") else "未記録"
        data = join([
            f"使用開始日 {date_text(p.get('test_data_from'), cal)}",
            f"県の許可 {perm}（{src.label('dev-projects', 'coverage', p.get('coverage'))}）",
            f"利用範囲・目的 {text(p.get('data_scope'), '未記録')}",
            f"保護対策 {text(p.get('data_protection'), '未記録')}",
        ], "\n")
    else:
        data = "使用していません"
    impact = (join([date_text(p.get("impact_checked_on"), cal), text(p.get("impact_method")),
                    text(p.get("impact_result"))], "\n") if p.get("impact_checked_on") else "未実施")
    storage = (f"{text(p.get('media_storage'))}（施錠して保管）" if p.get("media_locked")
               else text(p.get("media_storage"), "未記録") + "（施錠保管の記録なし）")
    n = len(overview)
    items = [
        KeyValue(overview, numbered=True),
        Heading(f"{n + 1}　セキュリティ機能の確認結果"),
        DataTable([
            Column("機能", 2.7),
            Column("結果", 0.75, "center", fit="機能なし"),
            Column("説明", 1.6),
            Column("テストの証跡", 1.5),
        ], rows, font_size=8),
        Section(f"{n + 2}　テスト計画の概要", text(p.get("test_plan"), "未記録")),
        Heading(f"{n + 3}　その他の確認事項"),
        KeyValue([
            ("既存システムへの影響の確認", impact),
            ("本番データのテスト利用", data),
            ("媒体・資料の保管", storage),
        ], border=True, label_width=48),
    ]
    body = [
        Para(f"{contract_phrase(head.contract)}において設計・開発した情報システムについて、テスト計画に基づき"
             "セキュリティ機能の動作を確認した結果を、下記のとおり報告します。"),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="security-function-checklist",
    title=TITLE,
    params=frozenset({"record"}),
    record_register="dev-projects",
    record_label="開発案件",
    clauses=("A10-1", "A10-2", "A10-3", "A10-4", "A10-5-a", "A10-5-i", "A10-5-u", "A10-5-e", "A10-5-o",
             "A10-5-ka", "A10-5-ki", "A10-5-ku"),
    build=build,
    description="開発案件ごとのセキュリティ機能ア〜クの確認結果、既存システムへの影響確認、本番データの利用状況です。",
    order=64,
))

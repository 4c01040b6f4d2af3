"""設計開発 (dev-projects) — A10: a development project on a system: the test plan and the check
that the security functions work (A10-3), the security-function checklist ア–ク (A10-5-a …
A10-5-ku: each item yes / no / not applicable with a note and the test evidence), the check
that existing systems are not affected (A10-4), production data used as test data only with
the prefecture's permission, a limited scope and protection (A10-1, linked to a permission
through the coverage rule), and locked storage of development media and documents (A10-2).

Bad input, per case: periods out of order and an item listed twice in the checklist are
refused; production data used without (or outside) a permission is kept and flagged — it
may really have happened and must be on record."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers import coverage
from desktop.registers.definitions import systems
from desktop.registers.definitions._common import Example, F, Kind, not_before, note_field, ref, requires
from desktop.registers.model import (
    CTX,
    DueItem,
    Flag,
    FlagScope,
    HookContext,
    Index,
    Register,
    Rule,
    SubList,
    choices,
    unset,
)

#: the security functions ア–ク a system must have (A10-5), in our own words
FUNCTIONS = choices(
    ("a", "ア 利用者ごとのIDで個別に識別する", "a: identify each user by an individual ID"),
    ("i", "イ 入力したパスワードを画面に表示しない", "i: never show a typed password"),
    ("u", "ウ 管理者がID・パスワードを設定・削除できる", "u: the administrator sets and deletes IDs and passwords"),
    ("e", "エ 利用者が自分のパスワードを変更できる", "e: users change their own password"),
    ("o", "オ 認証の履歴を記録し保管する（重要な情報）", "o: keep the authentication history (important data)"),
    ("ka", "カ 送信時に暗号化等で漏えいを防ぐ（重要な情報）", "ka: protect important data sent over the network"),
    ("ki", "キ 重要な情報を暗号化する", "ki: encrypt important data"),
    ("ku", "ク 処理する端末を限定する（重要な情報）", "ku: restrict the terminals that process important data"),
)
FUNCTION_CODES = tuple(c.value for c in FUNCTIONS)
RESULTS = choices(
    ("yes", "確認済（機能あり）", "Checked: present"),
    ("no", "機能なし", "Missing"),
    ("na", "対象外", "Not applicable"),
)
STATUS = choices(
    ("developing", "開発中", "In development"),
    ("delivered", "納品済", "Delivered"),
)

CHECKS = SubList(
    table="dev_project_checks",
    fields=(
        F("item", Kind.CHOICE, "機能", "Function", required=True, choices=FUNCTIONS),
        F("result", Kind.CHOICE, "確認結果", "Result", choices=RESULTS),
        F("note", Kind.TEXT, "説明", "Note", max_length=500),
        F("evidence", Kind.TEXT, "テストの証跡", "Test evidence", max_length=500,
          help_ja="テストケース番号、結果票のファイル名など"),
    ),
    rules=(
        Rule("note", "「対象外」とした理由を説明に入力してください。",
             lambda v: v.get("result") != "na" or bool(v.get("note"))),
        Rule("evidence", "「確認済」としたテストの証跡を入力してください。",
             lambda v: v.get("result") != "yes" or bool(v.get("evidence"))),
    ),
)


def _eight_items(ctx: HookContext) -> list[dict]:
    return [{"item": code} for code in FUNCTION_CODES]


def _to_act(v: dict) -> coverage.Act:
    kinds = ("test_data",) if v.get("uses_production_data") else ()
    return coverage.Act(kinds, v.get("test_data_from"), v.get("permission"), (), "A10-1")


ACT = coverage.declare_act(coverage.ActSpec(
    slug="dev-projects", table="dev_projects", date_column="test_data_from", title_column="name",
    columns=("test_data_from", "permission", "uses_production_data"), to_act=_to_act))


def unchecked(rec: dict) -> list[str]:
    """The codes of the items ア–ク without a result (missing rows count as unchecked)."""
    done = {c.get("item") for c in rec.get("security_checks") or [] if c.get("result")}
    return [code for code in FUNCTION_CODES if code not in done]


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    systems.refuse_retired(ctx, new, old)
    coverage.stamp(ctx.conn, ACT, new)
    new["unchecked_count"] = len(unchecked(new))
    d = new.get("delivery_on")
    new["status"] = "delivered" if d is not None and d <= ctx.today else "developing"


def _label(code: str) -> str:
    c = next(c for c in FUNCTIONS if c.value == code)
    return c.label.split(" ", 1)[0]


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = coverage.flags(ctx, ACT, rec)
    delivery = rec.get("delivery_on")
    gaps = unchecked(rec)
    if delivery is not None and gaps:
        out.append(Flag("dev_projects.unchecked",
                        tr(CTX, "納品日が決まっていますが、セキュリティ機能 {items} の確認結果がありません（A10-5）。").format(
                            items="・".join(_label(g) for g in gaps)),
                        level="overdue" if delivery <= ctx.today else "warning", field="security_checks"))
    missing = [c["item"] for c in rec.get("security_checks") or [] if c.get("result") == "no"]
    if missing:
        out.append(Flag("dev_projects.function_missing",
                        tr(CTX, "セキュリティ機能 {items} がありません。対応を検討してください（A10-5）。").format(
                            items="・".join(_label(m) for m in missing)), field="security_checks"))
    if delivery is not None and not rec.get("test_plan") and not rec.get("test_plan_files"):
        out.append(Flag("dev_projects.no_test_plan", tr(CTX, "テスト計画が記録されていません（A10-3）。"),
                        field="test_plan"))
    if delivery is not None and rec.get("impact_checked_on") is None:
        out.append(Flag("dev_projects.no_impact_check",
                        tr(CTX, "既存システムへの影響がないことの確認が記録されていません（A10-4）。"),
                        field="impact_checked_on"))
    if rec.get("uses_production_data") and not (rec.get("data_scope") and rec.get("data_protection")):
        out.append(Flag("dev_projects.data_protection",
                        tr(CTX, "本番データを使う場合は、利用範囲・目的と保護対策を記録してください（A10-1）。"),
                        field="data_scope"))
    if not rec.get("media_locked"):
        out.append(Flag("dev_projects.media_not_locked",
                        tr(CTX, "開発・運用の媒体と資料の施錠保管が記録されていません（A10-2）。"), field="media_locked"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = coverage.due(ctx, ACT)
    horizon = (ctx.today + dt.timedelta(days=30)).isoformat()
    for rid, name, delivery, n in ctx.conn.execute(
            "SELECT id, name, delivery_on, unchecked_count FROM dev_projects"
            " WHERE delivery_on IS NOT NULL AND unchecked_count > 0 AND delivery_on <= ?"
            " ORDER BY delivery_on LIMIT 500", (horizon,)):
        d = dt.date.fromisoformat(delivery)
        items.append(DueItem("dev-projects", rid, name, d,
                             tr(CTX, "セキュリティ機能の確認が {n}項目 済んでいません（A10-5）。").format(n=n),
                             d <= ctx.today, "dev_projects.unchecked"))
    return items


def _no_duplicates(v: dict) -> bool:
    items = [c.get("item") for c in v.get("security_checks") or []]
    return len(items) == len(set(items))


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("coverage", coverage.GAP_WHERE, index=False),
    # the ア–ク results are read from the sub-list: any project (dev projects are few)
    FlagScope.every("security_checks"),
    FlagScope("unchecked", "delivery_on IS NOT NULL AND unchecked_count > 0", index=False),
    FlagScope("test_plan", "delivery_on IS NOT NULL AND " + unset("test_plan")),
    FlagScope("impact", "delivery_on IS NOT NULL AND impact_checked_on IS NULL"),
    FlagScope("data_protection", "uses_production_data = 1 AND (" + unset("data_scope") + " OR "
              + unset("data_protection") + ")"),
    FlagScope("media_locked", unset("media_locked")),
)


REGISTER = Register(
    slug="dev-projects",
    table="dev_projects",
    label_ja="設計開発",
    label_en="Development projects",
    clauses=("A10-1", "A10-2", "A10-3", "A10-4", "A10-5-a", "A10-5-i", "A10-5-u", "A10-5-e", "A10-5-o",
             "A10-5-ka", "A10-5-ki", "A10-5-ku"),
    description_ja="システムの設計・開発の記録。テスト計画、セキュリティ機能ア～クの確認、既存システムへの影響確認、"
                   "本番データをテストに使う場合の県の許可と保護対策、媒体・資料の施錠保管を記録します。",
    fields=(
        F("name", Kind.TEXT, "案件名", "Project", required=True, max_length=150),
        F("system", Kind.REF, "システム", "System", required=True, ref="systems"),
        F("period_from", Kind.DATE, "開発期間（開始）", "Period from", required=True),
        F("period_to", Kind.DATE, "開発期間（終了）", "Period to"),
        F("delivery_on", Kind.DATE, "納品日", "Delivery date"),
        F("status", Kind.CHOICE, "状態", "Status", choices=STATUS, computed=True),
        F("test_plan", Kind.LONGTEXT, "テスト計画の概要", "Test plan summary", max_length=4000,
          help_ja="セキュリティ機能の正常動作を確認するテストを含めます（A10-3）"),
        F("test_plan_files", Kind.ATTACHMENTS, "テスト計画書", "Test plan documents"),
        F("security_checks", Kind.SUBLIST, "セキュリティ機能の確認（ア～ク）", "Security functions (a–ku)",
          sub=CHECKS, default=_eight_items),
        F("unchecked_count", Kind.NUMBER, "未確認の項目数", "Items not checked", computed=True, unit_ja="項目"),
        F("impact_checked_on", Kind.DATE, "既存システムへの影響確認日", "Impact checked on"),
        F("impact_method", Kind.TEXT, "影響確認の方法", "Impact check method"),
        F("impact_result", Kind.LONGTEXT, "影響確認の結果", "Impact check result", max_length=2000),
        F("uses_production_data", Kind.YESNO, "本番データをテストに使用", "Production data used as test data",
          default=False),
        F("test_data_from", Kind.DATE, "本番データの使用開始日", "Production data used from"),
        F("permission", Kind.REF, "県の許可", "Prefecture's permission", ref="permissions",
          help_ja="種別「本番データのテスト利用」の許可申請を選びます（A10-1）"),
        F("coverage", Kind.CHOICE, "許可の確認", "Permission check", choices=coverage.COVERAGE_CHOICES, computed=True),
        F("data_scope", Kind.LONGTEXT, "本番データの利用範囲・目的", "Scope and purpose of the data", max_length=2000),
        F("data_protection", Kind.LONGTEXT, "本番データの保護対策", "Protection of the data", max_length=2000),
        F("media_storage", Kind.TEXT, "媒体・資料の保管場所", "Where media and documents are kept"),
        F("media_locked", Kind.YESNO, "施錠して保管", "Kept locked", default=False),
        note_field(),
    ),
    rules=(
        Rule("period_to", "開発期間（終了）は開発期間（開始）以降の日付にしてください。", not_before("period_to", "period_from")),
        Rule("delivery_on", "納品日は開発期間（開始）以降の日付にしてください。", not_before("delivery_on", "period_from")),
        Rule("security_checks", "同じ機能が2回以上あります。ア～クはそれぞれ1行にしてください。", _no_duplicates),
        Rule("test_data_from", "本番データを使う場合は使用開始日を入力してください。",
             requires("uses_production_data", "test_data_from")),
        Rule("test_data_from", "本番データを使わない場合は使用開始日を空にしてください。",
             lambda v: bool(v.get("uses_production_data")) or v.get("test_data_from") is None),
        Rule("impact_result", "影響確認日を入力した場合は結果も入力してください。",
             requires("impact_checked_on", "impact_result")),
        Rule("media_storage", "施錠して保管する場合は保管場所を入力してください。", requires("media_locked", "media_storage")),
    ),
    list_columns=("name", "system", "period_from", "delivery_on", "status", "unchecked_count", "coverage"),
    search_fields=("name", "test_plan", "impact_method", "impact_result", "data_scope", "media_storage", "note"),
    natural_key="name",
    duplicate_key=("system", "name", "period_from"),
    default_sort=("period_from", True),
    date_field="period_from",
    status_field="status",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    indexes=(
        coverage.gap_index("test_data_from"),
        Index("due_unchecked", "delivery_on", "delivery_on IS NOT NULL AND unchecked_count > 0"),
    ),
    examples=(
        Example({"name": "県税収納管理システム 口座振替機能の改修", "system": ref("systems"),
                 "period_from": dt.date(2025, 5, 1), "period_to": dt.date(2025, 9, 30),
                 "delivery_on": dt.date(2025, 10, 15),
                 "test_plan": "結合試験でログイン・権限・パスワード変更・認証履歴・通信暗号化・端末制限を確認する。",
                 "security_checks": [
                     {"item": "a", "result": "yes", "evidence": "結合試験 TC-101"},
                     {"item": "i", "result": "yes", "evidence": "結合試験 TC-102"},
                     {"item": "u", "result": "yes", "evidence": "結合試験 TC-103"},
                     {"item": "e", "result": "yes", "evidence": "結合試験 TC-104"},
                     {"item": "o", "result": "yes", "evidence": "結合試験 TC-105"},
                     {"item": "ka", "result": "yes", "evidence": "結合試験 TC-106（TLS1.2以上）"},
                     {"item": "ki", "result": "na", "note": "改修範囲に重要な情報の保存はない"},
                     {"item": "ku"},
                 ],
                 "impact_checked_on": dt.date(2025, 9, 20), "impact_method": "検証環境で既存の夜間バッチを並行稼働",
                 "impact_result": "既存の消込処理・帳票出力に差異なし",
                 "uses_production_data": False,
                 "media_storage": "本社3階 開発室 施錠キャビネットA", "media_locked": True}),
        Example({"name": "県税収納管理システム 収納データ移行", "system": ref("systems"),
                 "period_from": dt.date(2025, 7, 1), "period_to": dt.date(2025, 12, 26),
                 "test_plan": "移行リハーサルで件数・金額の一致と、移行後のログイン・権限を確認する。",
                 "uses_production_data": True, "test_data_from": dt.date(2025, 8, 1),
                 "data_scope": "令和6年度の収納データのうち1,000件、移行結果の照合に限る",
                 "data_protection": "氏名・口座番号をマスキングし、検証環境は試験終了後に消去",
                 "media_storage": "本社3階 開発室 施錠キャビネットA", "media_locked": True}),
    ),
)

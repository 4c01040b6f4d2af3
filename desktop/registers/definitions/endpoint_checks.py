"""ウイルス対策・パッチ適用状況 (endpoint-checks) — A13: per item of equipment and date, the
anti-virus product installed (or the gateway device that scans its traffic, A13-2), the
pattern file's date (A13-3), the last full scan and its result (A13-4), and the OS and
software patches applied (A13-5).

Due items read each item's latest check only (kept on the record, ``is_latest``): no check
within the interval; a pattern file older than N days at the check; a full scan older than N
days at the check. An infection found is kept and flagged (it happened); the detail view
offers to open an incident for it.

Bad input, per case: a pattern date or scan date after the check date, or neither a product
nor a gateway given, is refused (nothing written)."""

from __future__ import annotations

import datetime as dt

from desktop import settings
from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, not_before, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, choices, unset

settings.declare("registers.endpoint_check_days", int, 31,
                 tr("Settings", "ウイルス対策・パッチ適用状況の確認の間隔（日）"), minimum=1, maximum=366)
settings.declare("registers.endpoint_pattern_max_days", int, 7,
                 tr("Settings", "ウイルス定義（パターンファイル）を古いとみなす日数"), minimum=1, maximum=90)
settings.declare("registers.endpoint_scan_max_days", int, 31,
                 tr("Settings", "ウイルスの全体検査を古いとみなす日数"), minimum=1, maximum=366)

SCAN_RESULTS = choices(
    ("clean", "検出なし", "Nothing found"),
    ("infected", "ウイルスを検出", "Infection found"),
    ("not_run", "未実施", "Not run"),
)


def _age(later: dt.date | None, earlier: dt.date | None) -> int | None:
    if later is None or earlier is None:
        return None
    return (later - earlier).days


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    new["pattern_age_days"] = _age(new.get("checked_on"), new.get("pattern_date"))
    new["scan_age_days"] = _age(new.get("checked_on"), new.get("last_scan_on"))
    if new.get("is_latest") is None:
        new["is_latest"] = False  # set by _after_write for the newest check of the item


def refresh_latest(conn, equipment_id: int) -> None:
    """Mark the newest check of an item of equipment (by date, then id) as its latest."""
    row = conn.execute("SELECT id FROM endpoint_checks WHERE equipment = ? ORDER BY checked_on DESC, id DESC LIMIT 1",
                       (equipment_id,)).fetchone()
    conn.execute("UPDATE endpoint_checks SET is_latest = 0 WHERE equipment = ? AND is_latest = 1 AND id IS NOT ?",
                 (equipment_id, row[0] if row else None))
    if row is not None:
        conn.execute("UPDATE endpoint_checks SET is_latest = 1 WHERE id = ? AND is_latest IS NOT 1", (row[0],))


def _after_write(ctx: HookContext, rid: int, new: dict | None, old: dict | None) -> None:
    for eq in {v.get("equipment") for v in (new, old) if v} - {None}:
        refresh_latest(ctx.conn, eq)


def _limits(ctx: HookContext) -> tuple[int, int, int]:
    return (ctx.setting("registers.endpoint_check_days"), ctx.setting("registers.endpoint_pattern_max_days"),
            ctx.setting("registers.endpoint_scan_max_days"))


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    interval, pattern_max, scan_max = _limits(ctx)
    if rec.get("scan_result") == "infected":
        out.append(Flag("endpoint_checks.infected",
                        tr(CTX, "ウイルスが検出されています。県へ報告し、事故として記録してください（A13-1、A20-1）。"),
                        level="overdue", field="scan_result"))
    age = rec.get("pattern_age_days")
    if age is not None and age > pattern_max:
        out.append(Flag("endpoint_checks.pattern_old",
                        tr(CTX, "確認時点でウイルス定義が{n}日前のものでした（A13-3）。").format(n=age), field="pattern_date"))
    if rec.get("pattern_date") is None and rec.get("av_product"):
        out.append(Flag("endpoint_checks.no_pattern", tr(CTX, "ウイルス定義の日付が記録されていません（A13-3）。"),
                        field="pattern_date"))
    scan = rec.get("scan_age_days")
    if rec.get("last_scan_on") is None or rec.get("scan_result") == "not_run":
        out.append(Flag("endpoint_checks.no_scan", tr(CTX, "ウイルスの全体検査が記録されていません（A13-4）。"),
                        field="last_scan_on"))
    elif scan is not None and scan > scan_max:
        out.append(Flag("endpoint_checks.scan_old",
                        tr(CTX, "確認時点で最後の全体検査が{n}日前でした（A13-4）。").format(n=scan), field="last_scan_on"))
    if not rec.get("patches_applied"):
        out.append(Flag("endpoint_checks.patches", tr(CTX, "必要なセキュリティパッチが適用されていません（A13-5）。"),
                        field="patches_applied"))
    if rec.get("is_latest") and rec.get("checked_on") is not None:
        due = rec["checked_on"] + dt.timedelta(days=interval)
        if due < ctx.today:
            out.append(Flag("endpoint_checks.check_overdue",
                            tr(CTX, "次の確認の予定日（{due}）を過ぎています（A13-1）。").format(due=due.isoformat()),
                            level="overdue", field="checked_on"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    interval, pattern_max, scan_max = _limits(ctx)
    items = []
    horizon = (ctx.today - dt.timedelta(days=interval - 7)).isoformat()
    for rid, asset, checked, pattern_age, scan_age, result in ctx.conn.execute(
            "SELECT c.id, e.asset_no, c.checked_on, c.pattern_age_days, c.scan_age_days, c.scan_result"
            " FROM endpoint_checks c CROSS JOIN equipment e ON e.id = c.equipment"
            " WHERE c.is_latest = 1 AND e.status IN ('in_use','stored','repair')"):
        checked_on = dt.date.fromisoformat(checked)
        if checked <= horizon:
            due = checked_on + dt.timedelta(days=interval)
            overdue = due < ctx.today
            items.append(DueItem("endpoint-checks", rid, asset, due,
                                 tr(CTX, "ウイルス対策・パッチの確認の期限を過ぎています（A13-1）。") if overdue
                                 else tr(CTX, "ウイルス対策・パッチの確認の予定日が近づいています（A13-1）。"),
                                 overdue, "endpoint_checks.check_due"))
        if pattern_age is not None and pattern_age > pattern_max:
            items.append(DueItem("endpoint-checks", rid, asset, checked_on,
                                 tr(CTX, "最新の確認でウイルス定義が{n}日前のものでした（A13-3）。").format(n=pattern_age),
                                 True, "endpoint_checks.pattern_old"))
        if scan_age is None or scan_age > scan_max or result == "not_run":
            items.append(DueItem("endpoint-checks", rid, asset, checked_on,
                                 tr(CTX, "最新の確認で全体検査が古いか、記録されていません（A13-4）。"),
                                 True, "endpoint_checks.scan_old"))
    for rid, asset, checked in ctx.conn.execute(
            "SELECT c.id, e.asset_no, c.checked_on FROM endpoint_checks c CROSS JOIN equipment e ON e.id = c.equipment"
            " WHERE c.scan_result = 'infected' AND c.incident IS NULL"):
        items.append(DueItem("endpoint-checks", rid, asset, dt.date.fromisoformat(checked),
                             tr(CTX, "ウイルスの検出が事故として記録されていません（A20-1）。"), True,
                             "endpoint_checks.infected"))
    return items


def _title(rec: dict) -> str:
    d = rec.get("checked_on")
    return f"{d.isoformat() if d else ''} #{rec.get('equipment') or ''}"


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("infected", "scan_result = 'infected'"),
    FlagScope("pattern_old", "pattern_age_days IS NOT NULL", columns="pattern_age_days", when="pattern_age_days > :days",
              settings=(("days", "registers.endpoint_pattern_max_days"),)),
    FlagScope("no_pattern", "pattern_date IS NULL AND ifnull(av_product, '') != ''"),
    FlagScope("no_scan", "last_scan_on IS NULL OR scan_result = 'not_run'"),
    FlagScope("scan_old", "scan_age_days IS NOT NULL", columns="scan_age_days", when="scan_age_days > :days",
              settings=(("days", "registers.endpoint_scan_max_days"),)),
    FlagScope("patches", unset("patches_applied")),
    FlagScope("check_due", "is_latest = 1 AND checked_on IS NOT NULL", columns="checked_on", when="checked_on < :today"),
)


REGISTER = Register(
    slug="endpoint-checks",
    table="endpoint_checks",
    label_ja="ウイルス対策・パッチ適用状況",
    label_en="Anti-virus and patch checks",
    clauses=("A13-1", "A13-2", "A13-3", "A13-4", "A13-5"),
    description_ja="パソコン・サーバごとのウイルス対策ソフト、ウイルス定義の日付、全体検査、セキュリティパッチの"
                   "適用状況の確認記録。確認の間隔や定義の古さから要対応を出します。",
    fields=(
        F("equipment", Kind.REF, "対象機器", "Equipment", required=True, ref="equipment"),
        F("checked_on", Kind.DATE, "確認日", "Checked on", required=True),
        F("checked_by", Kind.REF, "確認者", "Checked by", required=True, ref="staff"),
        F("av_product", Kind.TEXT, "ウイルス対策ソフト", "Anti-virus product", max_length=100),
        F("gateway", Kind.REF, "検査するゲートウェイ機器", "Scanning gateway", ref="equipment",
          help_ja="機器にソフトを入れず、インターネットとの通信を経由する機器で検査する場合に選びます（A13-2）"),
        F("pattern_date", Kind.DATE, "ウイルス定義の日付", "Pattern file date"),
        F("pattern_age_days", Kind.NUMBER, "確認時の定義の古さ", "Pattern age at the check", computed=True,
          unit_ja="日"),
        F("last_scan_on", Kind.DATE, "最後の全体検査日", "Last full scan"),
        F("scan_result", Kind.CHOICE, "検査結果", "Scan result", required=True, choices=SCAN_RESULTS, default="clean"),
        F("scan_age_days", Kind.NUMBER, "確認時の検査の古さ", "Scan age at the check", computed=True, unit_ja="日"),
        F("patches_applied", Kind.YESNO, "セキュリティパッチ適用済", "Security patches applied", default=False),
        F("patches_up_to", Kind.TEXT, "適用したパッチ", "Patches applied up to", max_length=200,
          help_ja="例: Windows 2025年6月の累積更新プログラムまで"),
        F("incident", Kind.REF, "事故記録", "Incident", ref="incidents"),
        F("is_latest", Kind.YESNO, "その機器の最新の確認", "Latest check of the item", computed=True),
        note_field(),
    ),
    rules=(
        Rule("av_product", "ウイルス対策ソフトか、検査するゲートウェイ機器のどちらかを入力してください（A13-2）。",
             lambda v: bool(v.get("av_product")) or v.get("gateway") is not None),
        Rule("pattern_date", "ウイルス定義の日付は確認日以前にしてください。", not_before("checked_on", "pattern_date")),
        Rule("last_scan_on", "最後の全体検査日は確認日以前にしてください。", not_before("checked_on", "last_scan_on")),
        Rule("gateway", "検査するゲートウェイ機器には、対象機器と別の機器を選んでください。",
             lambda v: v.get("gateway") is None or v.get("gateway") != v.get("equipment")),
        Rule("last_scan_on", "検査結果を入力する場合は最後の全体検査日も入力してください。",
             lambda v: v.get("scan_result") in (None, "not_run") or v.get("last_scan_on") is not None),
    ),
    list_columns=("checked_on", "equipment", "av_product", "pattern_date", "last_scan_on", "scan_result",
                  "patches_applied"),
    search_fields=("av_product", "patches_up_to", "note"),
    natural_key="checked_on",
    duplicate_key=("equipment", "checked_on"),
    default_sort=("checked_on", True),
    date_field="checked_on",
    status_field="scan_result",
    prepare=_prepare,
    after_write=_after_write,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    indexes=(
        Index("latest", "equipment", "is_latest = 1"),
        Index("equipment_checked", "equipment, checked_on, id"),
        Index("due_infected", "checked_on", "scan_result = 'infected' AND incident IS NULL"),
    ),
    examples=(
        Example({"equipment": ref("equipment"), "checked_on": dt.date(2025, 6, 30), "checked_by": ref("staff"),
                 "av_product": "ESET Server Security 11", "pattern_date": dt.date(2025, 6, 30),
                 "last_scan_on": dt.date(2025, 6, 28), "scan_result": "clean", "patches_applied": True,
                 "patches_up_to": "Windows Server 2025年6月の累積更新プログラムまで"}),
        Example({"equipment": ref("equipment", 1), "checked_on": dt.date(2025, 6, 30), "checked_by": ref("staff", 1),
                 "av_product": "Microsoft Defender ウイルス対策", "pattern_date": dt.date(2025, 6, 29),
                 "last_scan_on": dt.date(2025, 6, 27), "scan_result": "clean", "patches_applied": True,
                 "patches_up_to": "Windows 11 2025年6月の累積更新プログラムまで"}),
    ),
)

"""ネットワーク管理の実施状況 (network-measures) — A15-3, A15-4, A15-5, A15-6, A15-8, A15-11:
periodic checks that the network measures are in place (redundancy, external-network
connection specifications, firewall, authentication of external connections, mail log,
firewall log), each with date, person, result and evidence; the next check falls due after
the measure's interval."""

from __future__ import annotations

import datetime as dt

from desktop import settings
from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, add_months, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, choices, unset

settings.declare("registers.network_check_months", int, 6,
                 tr("Settings", "ネットワーク管理の実施状況の確認間隔（か月、既定値）"), minimum=1, maximum=36)

#: measure → the clause it answers
MEASURES = choices(
    ("redundancy", "重要な回線・機器の二重化（A15-3）", "Redundant important lines and devices (A15-3)"),
    ("external_spec", "LGWAN等の接続仕様に沿った対策（A15-4）", "External network connection specifications followed (A15-4)"),
    ("firewall", "外部接続のファイアウォール（A15-5）", "Firewall for external connections (A15-5)"),
    ("external_auth", "外部接続の利用者認証（A15-6）", "Authentication of external connections (A15-6)"),
    ("mail_log", "メールサーバの送受信履歴（A15-8）", "Mail server send/receive log (A15-8)"),
    ("firewall_log", "ファイアウォールの不正アクセス履歴（A15-11）", "Firewall illegal-access log (A15-11)"),
)
CLAUSE_OF = {"redundancy": "A15-3", "external_spec": "A15-4", "firewall": "A15-5", "external_auth": "A15-6",
             "mail_log": "A15-8", "firewall_log": "A15-11"}
RESULTS = choices(
    ("ok", "実施を確認", "In place"),
    ("partial", "一部未実施", "Partly in place"),
    ("ng", "未実施", "Not in place"),
)


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    if new.get("interval_months") is None:
        new["interval_months"] = ctx.setting("registers.network_check_months")
    if new.get("checked_on") is not None:
        new["next_due_on"] = add_months(new["checked_on"], int(new["interval_months"]))


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    clause = CLAUSE_OF.get(rec.get("measure") or "", "A15")
    if rec.get("result") in ("partial", "ng"):
        out.append(Flag("network_measure.not_in_place",
                        tr(CTX, "対策が実施されていないか、一部だけです（{clause}）。").format(clause=clause),
                        field="result"))
    if rec.get("result") == "ok" and not rec.get("evidence") and not rec.get("attachments"):
        out.append(Flag("network_measure.no_evidence",
                        tr(CTX, "確認の根拠（証跡）が記録されていません（{clause}）。").format(clause=clause),
                        level="info", field="evidence"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    horizon = (ctx.today + dt.timedelta(days=30)).isoformat()
    labels = {c.value: c for c in MEASURES}
    for rid, nxt, measure in ctx.conn.execute(
            "SELECT m.id, m.next_due_on, m.measure FROM network_measures m"
            " WHERE m.next_due_on IS NOT NULL AND m.next_due_on <= ?"
            " AND NOT EXISTS (SELECT 1 FROM network_measures n WHERE n.measure = m.measure"
            "                 AND n.checked_on > m.checked_on)"
            " ORDER BY m.next_due_on LIMIT 500", (horizon,)):
        d = dt.date.fromisoformat(nxt)
        overdue = d < ctx.today
        title = labels[measure].label if measure in labels else measure
        items.append(DueItem("network-measures", rid, title, d,
                             tr(CTX, "次回の確認日を過ぎています（{clause}）。").format(clause=CLAUSE_OF.get(measure, "A15"))
                             if overdue else tr(CTX, "次回の確認日が近づいています（{clause}）。").format(
                                 clause=CLAUSE_OF.get(measure, "A15")),
                             overdue, "network_measure.due"))
    return items


def _title(rec: dict) -> str:
    d = rec.get("checked_on")
    c = REGISTER.field("measure").choice(rec.get("measure"))
    return f"{d.isoformat() if d else ''} {c.label if c else ''}".strip()


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("not_in_place", "result IN ('partial', 'ng')"),
    FlagScope("no_evidence", "result = 'ok' AND " + unset("evidence")),
)


REGISTER = Register(
    slug="network-measures",
    table="network_measures",
    label_ja="ネットワーク管理の実施状況",
    label_en="Network measures",
    clauses=("A15-3", "A15-4", "A15-5", "A15-6", "A15-8", "A15-11"),
    description_ja="二重化、外部接続の仕様・ファイアウォール・認証、メールとファイアウォールの履歴取得を定期的に確認した記録。",
    fields=(
        F("measure", Kind.CHOICE, "確認した対策", "Measure", required=True, choices=MEASURES),
        F("checked_on", Kind.DATE, "確認日", "Checked on", required=True),
        F("checked_by", Kind.REF, "確認者", "Checked by", ref="staff", required=True),
        F("result", Kind.CHOICE, "結果", "Result", required=True, choices=RESULTS),
        F("detail", Kind.LONGTEXT, "確認の内容", "What was checked", max_length=2000),
        F("evidence", Kind.TEXT, "根拠（証跡）", "Evidence",
          help_ja="ログの保存場所、構成図の版、設定画面の控えなど"),
        F("attachments", Kind.ATTACHMENTS, "添付ファイル", "Attachments"),
        F("interval_months", Kind.NUMBER, "確認間隔", "Check interval", minimum=1, maximum=36, unit_ja="か月",
          help_ja="空欄のときは設定の既定値"),
        F("next_due_on", Kind.DATE, "次回確認日", "Next check due", computed=True),
        note_field(),
    ),
    list_columns=("checked_on", "measure", "checked_by", "result", "evidence", "next_due_on"),
    search_fields=("detail", "evidence", "note"),
    natural_key="checked_on",
    duplicate_key=("measure", "checked_on"),
    default_sort=("checked_on", True),
    date_field="checked_on",
    status_field="measure",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    indexes=(
        Index("due_next", "next_due_on", "next_due_on IS NOT NULL"),
        Index("measure_checked", "measure, checked_on"),
    ),
    examples=(
        Example({"measure": "firewall_log", "checked_on": dt.date(2025, 9, 30), "checked_by": ref("staff"),
                 "result": "ok", "detail": "UTMの不正アクセス検知ログが90日分保存されていることを確認した。",
                 "evidence": "UTM管理画面 ログ保存設定の画面控え（2025-09-30）", "interval_months": 3}),
        Example({"measure": "redundancy", "checked_on": dt.date(2025, 8, 20), "checked_by": ref("staff", 1),
                 "result": "partial", "detail": "基幹スイッチは二重化済み。インターネット回線は1系統のみ。",
                 "evidence": "ネットワーク構成図 第3版"}),
    ),
)

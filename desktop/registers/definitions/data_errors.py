"""重要な情報の誤り報告 (data-errors) — A17-9, A19-3: an error found in important data, the
report to the prefecture, the correction and its check against the source (the input slip
against what was entered)."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, both_or_neither, not_before, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, choices

STATUS = choices(
    ("found", "発見・調査中", "Found, investigating"),
    ("reported", "県へ報告済み", "Reported to the prefecture"),
    ("corrected", "訂正済み", "Corrected"),
    ("closed", "照合済み・完了", "Verified and closed"),
)
VERIFY = choices(
    ("match", "原票と一致", "Matches the source"),
    ("mismatch", "原票と不一致", "Differs from the source"),
    ("no_source", "原票なし", "No source document"),
)


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    if rec.get("reported_on") is None:
        out.append(Flag("data_error.not_reported", tr(CTX, "県への報告が記録されていません（A17-9）。"),
                        level="overdue" if rec.get("found_on") and rec["found_on"] < ctx.today else "warning",
                        field="reported_on"))
    if rec.get("status") == "closed" and rec.get("verification") != "match":
        out.append(Flag("data_error.not_verified",
                        tr(CTX, "訂正後の内容が原票（入力帳票）と一致することを確認していません（A19-3）。"),
                        field="verification"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    for rid, found, target in ctx.conn.execute(
            "SELECT d.id, d.found_on, d.target FROM data_errors d WHERE d.reported_on IS NULL"):
        day = dt.date.fromisoformat(found)
        items.append(DueItem("data-errors", rid, target, day,
                             tr(CTX, "重要な情報の誤りを県へ報告してください（A17-9）。"), day < ctx.today,
                             "data_error.not_reported"))
    return items


def _title(rec: dict) -> str:
    d = rec.get("found_on")
    return f"{d.isoformat() if d else ''} {rec.get('target') or ''}".strip()


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("not_reported", "reported_on IS NULL", index=False),
    FlagScope("not_verified", "status = 'closed' AND ifnull(verification, '') != 'match'"),
)


REGISTER = Register(
    slug="data-errors",
    table="data_errors",
    label_ja="重要な情報の誤り報告",
    label_en="Errors in important data",
    clauses=("A17-9", "A19-3"),
    description_ja="重要な情報に誤りを見つけたときの記録。県への報告、訂正、原票との照合を残します。",
    fields=(
        F("found_on", Kind.DATE, "発見日", "Found on", required=True),
        F("found_by", Kind.REF, "発見者", "Found by", ref="staff"),
        F("target", Kind.TEXT, "対象のシステム・データ", "System or data", required=True),
        F("description", Kind.LONGTEXT, "誤りの内容", "What is wrong", required=True, max_length=2000),
        F("reported_on", Kind.DATE, "県への報告日", "Reported to the prefecture on"),
        F("reported_to", Kind.TEXT, "報告先（県の担当者）", "Reported to"),
        F("correction", Kind.LONGTEXT, "訂正の内容", "Correction", max_length=2000),
        F("corrected_on", Kind.DATE, "訂正日", "Corrected on"),
        F("verification", Kind.CHOICE, "原票との照合結果", "Check against the source", choices=VERIFY,
          help_ja="入力帳票などの原票と、登録された内容を突き合わせた結果（A19-3）"),
        F("verified_by", Kind.REF, "照合者", "Checked by", ref="staff"),
        F("status", Kind.CHOICE, "状況", "Status", required=True, choices=STATUS, default="found"),
        note_field(),
    ),
    rules=(
        Rule("reported_on", "県への報告日は発見日以降の日付にしてください。", not_before("reported_on", "found_on")),
        Rule("reported_to", "県への報告日と報告先は両方を入力してください。", both_or_neither("reported_on", "reported_to")),
        Rule("corrected_on", "訂正日は発見日以降の日付にしてください。", not_before("corrected_on", "found_on")),
        Rule("status", "「照合済み・完了」にするには、原票との照合結果と照合者を入力してください。",
             lambda v: v.get("status") != "closed" or (v.get("verification") is not None
                                                        and v.get("verified_by") is not None)),
    ),
    list_columns=("found_on", "target", "status", "reported_on", "corrected_on", "verification"),
    search_fields=("target", "description", "reported_to", "correction", "note"),
    natural_key="found_on",
    duplicate_key=("found_on", "target", "description"),
    default_sort=("found_on", True),
    date_field="found_on",
    status_field="status",
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    indexes=(Index("due_not_reported", "found_on", "reported_on IS NULL"),),
    examples=(
        Example({"found_on": dt.date(2025, 9, 8), "found_by": ref("staff"), "target": "税務システム 課税台帳データ",
                 "description": "9月分の口座振替データで、納税者1名の口座番号の末尾2桁が入れ替わっていた。",
                 "reported_on": dt.date(2025, 9, 8), "reported_to": "石川県 税務課 担当者",
                 "correction": "県の指示により口座番号を訂正し、振替データを再作成した。",
                 "corrected_on": dt.date(2025, 9, 9), "verification": "match", "verified_by": ref("staff"),
                 "status": "closed"}),
    ),
)

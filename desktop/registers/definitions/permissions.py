"""許可・了解の申請 (permissions) — A3-2-2, A4, A5-1-2, A5-2-4, A8-1, A10-1, A12-7, A18: the
request to the prefecture (kind, subject, purpose, scope, period, the people and items
concerned), its submission and the prefecture's answer. Every act that needs permission
(media events, equipment moves, configuration changes, third-party exchanges, brought-in
devices, production data used as test data…) links one; :mod:`desktop.registers.coverage`
checks that the link really covers the act.

Status: 下書き → 申請中 → 許可 / 条件付き許可 / 不許可, or 取下げ. 期間満了 is derived from the
period (never stored): a granted permission whose period has ended.

Bad input (refused, nothing written): an answer recorded before the request was submitted
(回答日 without 申請日, or 回答日 before 申請日, or an answered status without 申請日), a period
that ends before it starts, an answered status without 回答日, 条件付き許可 without conditions.
"""

from __future__ import annotations

import datetime as dt

from desktop import settings
from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, not_before, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, choices

settings.declare("registers.permission_answer_days", int, 14,
                 tr("Settings", "許可申請の提出後、回答がないまま要対応に出すまでの日数"), minimum=1, maximum=365)
settings.declare("registers.permission_expiry_days", int, 14,
                 tr("Settings", "許可期間の満了を何日前から要対応に出すか"), minimum=0, maximum=365)

#: (value, Japanese, English, clause the kind serves)
_KINDS = (
    ("media_use", "外部記憶媒体の使用", "Use of external media", "A3-1"),
    ("media_handling", "媒体の複製・送付・持出し・廃棄", "Copying, sending, taking out or disposing of media", "A3-2-2"),
    ("info_takeout", "情報の持出し", "Taking information out", "A4"),
    ("equipment_takeout", "情報機器の持出し", "Taking equipment out", "A5-1-2"),
    ("config_change", "設定変更", "Configuration change", "A5-2-4"),
    ("device_connection", "持込機器の接続", "Connecting a brought-in device", "A8-1"),
    ("test_data", "本番データのテスト利用", "Production data as test data", "A10-1"),
    ("third_party", "第三者への提供", "Giving data to a third party", "A12-7"),
    ("important_copy", "重要情報の複製・送信", "Copying or sending important information", "A18"),
    ("other", "その他", "Other", ""),
)
KINDS = choices(*((v, ja, en) for v, ja, en, _ in _KINDS))
#: the clause each kind of permission serves
KIND_CLAUSE = {v: c for v, _, _, c in _KINDS}

STATUS = choices(
    ("draft", "下書き", "Draft"),
    ("submitted", "申請中", "Submitted"),
    ("granted", "許可", "Granted"),
    ("conditional", "条件付き許可", "Granted with conditions"),
    ("denied", "不許可", "Denied"),
    ("withdrawn", "取下げ", "Withdrawn"),
)
#: statuses under which a permission allows acts
GRANTED = ("granted", "conditional")
#: statuses that record the prefecture's answer
ANSWERED = ("granted", "conditional", "denied")


def is_expired(rec: dict, today: dt.date) -> bool:
    """期間満了 (derived, never stored): granted and the period has ended before ``today``."""
    end = rec.get("period_to")
    return rec.get("status") in GRANTED and end is not None and end < today


def status_text(rec: dict, today: dt.date) -> str:
    """The status as an officer reads it: 期間満了 for a granted permission past its period."""
    if is_expired(rec, today):
        return tr(CTX, "期間満了")
    c = STATUS_FIELD.choice(rec.get("status"))
    return c.label if c else ""


def _answer_after_submission(v: dict) -> bool:
    if v.get("answered_on") is None:
        return True
    return v.get("applied_on") is not None and v["answered_on"] >= v["applied_on"]


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    status = rec.get("status")
    if status == "submitted" and rec.get("applied_on") is not None:
        days = ctx.setting("registers.permission_answer_days")
        if rec["applied_on"] + dt.timedelta(days=days) < ctx.today:
            out.append(Flag("permission.unanswered",
                            tr(CTX, "申請から{days}日を過ぎても県の回答が記録されていません（{clause}）。").format(
                                days=days, clause=KIND_CLAUSE.get(rec.get("kind")) or "A3-2-2"),
                            level="overdue", field="answered_on"))
    end = rec.get("period_to")
    if status in GRANTED and end is not None:
        if end < ctx.today:
            out.append(Flag("permission.expired",
                            tr(CTX, "許可期間（{end}まで）が満了しています。引き続き行う場合は改めて申請してください。").format(
                                end=end.isoformat()), level="info", field="period_to",
                            clause=KIND_CLAUSE.get(rec.get("kind")) or "A3-2-2"))
        else:
            days = ctx.setting("registers.permission_expiry_days")
            if end <= ctx.today + dt.timedelta(days=days):
                out.append(Flag("permission.expiring",
                                tr(CTX, "許可期間が{end}に満了します。").format(end=end.isoformat()),
                                level="info", field="period_to", clause=KIND_CLAUSE.get(rec.get("kind")) or "A3-2-2"))
    if status in GRANTED and not rec.get("pref_no"):
        out.append(Flag("permission.no_number", tr(CTX, "県の許可の文書番号が記録されていません。"),
                        level="info", field="pref_no", clause=KIND_CLAUSE.get(rec.get("kind")) or "A3-2-2"))
    from desktop.registers import coverage

    if rec.get("id") and status in GRANTED and end is not None:
        late = coverage.acts_after_end(ctx.conn, rec["id"], end)
        if late:
            out.append(Flag("permission.acts_after_end",
                            tr(CTX, "許可期間の満了後に、この許可で{n}件の行為が記録されています（{clause}）。").format(
                                n=late, clause=KIND_CLAUSE.get(rec.get("kind")) or "A3-2-2"),
                            level="overdue", field="period_to"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    days = ctx.setting("registers.permission_answer_days")
    limit = (ctx.today - dt.timedelta(days=days)).isoformat()
    for rid, subject, applied, kind in ctx.conn.execute(
            "SELECT id, subject, applied_on, kind FROM permissions WHERE status = 'submitted' AND applied_on < ?"
            " ORDER BY applied_on LIMIT 500", (limit,)):
        d = dt.date.fromisoformat(applied) + dt.timedelta(days=days)
        items.append(DueItem("permissions", rid, subject, d,
                             tr(CTX, "許可申請への県の回答が記録されていません。"), True, "permission.unanswered",
                             clause=KIND_CLAUSE.get(kind) or "A3-2-2"))
    horizon = (ctx.today + dt.timedelta(days=ctx.setting("registers.permission_expiry_days"))).isoformat()
    for rid, subject, end, kind in ctx.conn.execute(
            "SELECT id, subject, period_to, kind FROM permissions WHERE status IN ('granted','conditional')"
            " AND period_to >= ? AND period_to <= ? ORDER BY period_to LIMIT 500",
            (ctx.today.isoformat(), horizon)):
        items.append(DueItem("permissions", rid, subject, dt.date.fromisoformat(end),
                             tr(CTX, "許可期間の満了が近づいています。"), False, "permission.expiring",
                             clause=KIND_CLAUSE.get(kind) or "A3-2-2"))
    from desktop.registers import coverage

    for rid, subject, end in coverage.expired_with_late_acts(ctx.conn, ctx.today):
        row = ctx.conn.execute("SELECT kind FROM permissions WHERE id = ?", (rid,)).fetchone()
        items.append(DueItem("permissions", rid, subject, end,
                             tr(CTX, "許可期間の満了後にこの許可で行為が記録されています。"), True,
                             "permission.acts_after_end", clause=KIND_CLAUSE.get(row[0] if row else None) or "A3-2-2"))
    return items


def _after_write(ctx: HookContext, rid: int, new: dict | None, old: dict | None) -> None:
    from desktop.registers import coverage

    if new is not None:
        coverage.refresh_for_permission(ctx.conn, rid)


def _title(rec: dict) -> str:
    no = rec.get("pref_no") or rec.get("application_no") or ""
    return f"{rec.get('subject') or ''}{f'（{no}）' if no else ''}"[:80]


STATUS_FIELD = F("status", Kind.CHOICE, "状況", "Status", required=True, choices=STATUS, default="draft",
                 help_ja="期間を過ぎた許可は「期間満了」と表示されます")

#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("unanswered", "status = 'submitted'", columns="applied_on", when="applied_on < :today", index=False),
    # expiry, the missing number and acts after the end concern every granted permission
    FlagScope("granted", "status IN ('granted','conditional')", index=False),
)


REGISTER = Register(
    slug="permissions",
    table="permissions",
    label_ja="許可・了解の申請",
    label_en="Permission requests",
    clauses=("A3-1", "A3-2-2", "A4", "A5-1-2", "A5-2-4", "A8-1", "A10-1", "A12-7", "A18"),
    description_ja="県への許可・了解の申請と回答の記録。媒体の利用、情報や機器の持出し、設定変更などはここで許可を得てから行います。",
    fields=(
        F("kind", Kind.CHOICE, "申請の種別", "Kind", required=True, choices=KINDS),
        F("subject", Kind.TEXT, "件名", "Subject", required=True, max_length=200),
        F("purpose", Kind.LONGTEXT, "目的", "Purpose", required=True, max_length=2000),
        F("scope", Kind.LONGTEXT, "範囲・内容", "Scope and details", max_length=4000,
          help_ja="対象となる情報・作業の範囲、方法、場所など"),
        F("period_from", Kind.DATE, "期間（開始）", "Period from", required=True),
        F("period_to", Kind.DATE, "期間（終了）", "Period to"),
        F("staff", Kind.REFS, "対象の従事者", "Staff concerned", ref="staff"),
        F("equipment", Kind.REFS, "対象の情報機器", "Equipment concerned", ref="equipment"),
        F("media", Kind.REFS, "対象の外部記憶媒体", "Media concerned", ref="media"),
        STATUS_FIELD,
        F("applicant", Kind.REF, "申請者", "Applicant", ref="staff"),
        F("application_no", Kind.TEXT, "申請番号", "Application number", max_length=50),
        F("applied_on", Kind.DATE, "申請日", "Submitted on"),
        F("pref_no", Kind.TEXT, "県の許可番号", "Prefecture's number", max_length=50),
        F("answered_on", Kind.DATE, "回答日", "Answered on"),
        F("grantor", Kind.TEXT, "許可者", "Granted by", max_length=100, help_ja="例: 石川県 総務部 情報政策課長"),
        F("conditions", Kind.LONGTEXT, "許可の条件", "Conditions", max_length=2000),
        F("attachments", Kind.ATTACHMENTS, "添付ファイル（回答書など）", "Attachments (the signed answer…)"),
        note_field(),
    ),
    rules=(
        Rule("period_to", "期間（終了）は期間（開始）以降の日付にしてください。", not_before("period_to", "period_from")),
        Rule("answered_on", "回答日は申請日を入力してから記録してください（申請前の回答は記録できません）。",
             lambda v: v.get("answered_on") is None or v.get("applied_on") is not None),
        Rule("answered_on", "回答日は申請日以降の日付にしてください。", _answer_after_submission),
        Rule("applied_on", "「申請中」以降の状況にするには申請日を入力してください。",
             lambda v: v.get("status") in (None, "draft", "withdrawn") or v.get("applied_on") is not None),
        Rule("answered_on", "許可・条件付き許可・不許可を記録するには回答日を入力してください。",
             lambda v: v.get("status") not in ANSWERED or v.get("answered_on") is not None),
        Rule("status", "回答日を記録した申請は、状況を許可・条件付き許可・不許可・取下げのいずれかにしてください。",
             lambda v: v.get("answered_on") is None or v.get("status") in (*ANSWERED, "withdrawn")),
        Rule("conditions", "条件付き許可の場合は許可の条件を入力してください。",
             lambda v: v.get("status") != "conditional" or bool(v.get("conditions"))),
    ),
    list_columns=("applied_on", "kind", "subject", "period_from", "period_to", "status", "pref_no"),
    search_fields=("subject", "purpose", "scope", "application_no", "pref_no", "grantor", "conditions", "note"),
    natural_key="subject",
    duplicate_key=("kind", "subject", "period_from"),
    default_sort=("applied_on", True),
    date_field="period_from",
    status_field="status",
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    after_write=_after_write,
    title=_title,
    # for the due queries (no scan of the table; see test_query_plans.py)
    indexes=(
        Index("due_unanswered", "applied_on", "status = 'submitted'"),
        Index("due_granted_end", "period_to", "status IN ('granted','conditional')"),
    ),
    examples=(
        Example({"kind": "media_handling", "subject": "住民記録データのUSBメモリによる県庁への運搬",
                 "purpose": "システム更新に伴う移行データを県庁 情報政策課へ手渡しで届けるため",
                 "scope": "住民記録の移行データ（CSV 約120MB）を暗号化USBメモリ MD-001 に複製し、担当者2名で運搬する。",
                 "period_from": dt.date(2025, 6, 1), "period_to": dt.date(2025, 9, 30),
                 "staff": [ref("staff")], "media": [ref("media")],
                 "status": "granted", "applicant": ref("staff"), "application_no": "委申2025-012",
                 "applied_on": dt.date(2025, 5, 20), "pref_no": "情政第845号", "answered_on": dt.date(2025, 5, 27),
                 "grantor": "石川県 総務部 情報政策課長"}),
        Example({"kind": "config_change", "subject": "基幹サーバのOSセキュリティ更新の適用",
                 "purpose": "OSの脆弱性対策のため、月例のセキュリティ更新プログラムを適用する",
                 "scope": "SV-001 に 2025年6月分の更新プログラムを適用し、再起動する。作業時間 18:00〜21:00。",
                 "period_from": dt.date(2025, 6, 10), "period_to": dt.date(2025, 6, 30),
                 "equipment": [ref("equipment")], "status": "conditional", "applicant": ref("staff", 1),
                 "application_no": "委申2025-015", "applied_on": dt.date(2025, 6, 3), "pref_no": "情政第1234号",
                 "answered_on": dt.date(2025, 6, 10), "grantor": "石川県 総務部 情報政策課長",
                 "conditions": "作業前に全データのバックアップを取得し、作業結果を翌日までに報告すること。"}),
        Example({"kind": "device_connection", "subject": "保守用ノートPCの運用室ネットワークへの接続",
                 "purpose": "メーカー技術者による障害調査のため", "period_from": dt.date(2025, 7, 1),
                 "period_to": dt.date(2025, 7, 31), "status": "submitted", "applicant": ref("staff"),
                 "application_no": "委申2025-019", "applied_on": dt.date(2025, 6, 25)}),
        Example({"kind": "media_use", "subject": "令和7年度 外部記憶媒体の使用",
                 "purpose": "県とのデータ受け渡しに、登録した暗号化USBメモリと県支給のDVD-Rを使用するため",
                 "period_from": dt.date(2025, 4, 1), "period_to": dt.date(2026, 3, 31),
                 "media": [ref("media"), ref("media", 1)], "staff": [ref("staff"), ref("staff", 1)],
                 "status": "granted", "applicant": ref("staff"), "application_no": "委申2025-001",
                 "applied_on": dt.date(2025, 3, 24), "pref_no": "情政第102号", "answered_on": dt.date(2025, 3, 28),
                 "grantor": "石川県 総務部 情報政策課長"}),
    ),
)

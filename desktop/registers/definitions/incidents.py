"""事故記録 (incidents) — A20-1, A20-4: detection, report to the prefecture, timeline, evidence
(with SHA-256 and custody notes), the runbook followed, recovery confirmed, cause, recovery
method and prevention measures."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers.definitions._common import (
    INCIDENT_TYPES,
    Example,
    F,
    Kind,
    at,
    both_or_neither,
    not_before,
    note_field,
    ref,
)
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
)

STATUS = choices(
    ("open", "対応中", "Open"),
    ("recovered", "復旧済", "Recovered"),
    ("closed", "完了（報告済）", "Closed (reported)"),
)

TIMELINE = SubList(
    table="incident_timeline",
    fields=(
        F("at", Kind.DATETIME, "日時", "Time", required=True),
        F("entry", Kind.LONGTEXT, "経過", "What happened / what was done", required=True, max_length=2000),
        F("recorded_by", Kind.REF, "記録者", "Recorded by", ref="staff"),
    ),
)

EVIDENCE = SubList(
    table="incident_evidence",
    fields=(
        F("item", Kind.TEXT, "証拠物件", "Evidence item", required=True),
        F("collected_at", Kind.DATETIME, "収集日時", "Collected at"),
        F("collected_by", Kind.REF, "収集者", "Collected by", ref="staff"),
        F("storage", Kind.TEXT, "保管場所", "Where it is kept"),
        F("sha256", Kind.TEXT, "SHA-256", "SHA-256", hex_digest=True,
          help_ja="証拠ファイルを添付すると自動で計算されます。添付できない物件は別途計算した値を入力します"),
        F("custody", Kind.LONGTEXT, "保管・受渡しの記録", "Chain of custody", max_length=2000),
    ),
)


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    if rec.get("reported_at") is None:
        out.append(Flag("incident.not_reported", tr(CTX, "県への報告日時が記録されていません（A20-1）。"),
                        level="overdue", field="reported_at"))
    if rec.get("status") == "closed":
        pass
    elif rec.get("status") == "recovered":
        out.append(Flag("incident.final_report", tr(CTX, "復旧後の報告（原因・回復方法・再発防止策）を県へ提出してください（A20-4）。"),
                        field="status"))
    hashes = {a.sha256 for a in rec.get("evidence_files") or []}
    for i, ev in enumerate(rec.get("evidence") or [], 1):
        if ev.get("sha256") and hashes and ev["sha256"] not in hashes:
            out.append(Flag("incident.evidence_hash",
                            tr(CTX, "証拠物件{i}件目のSHA-256に一致する証拠ファイルが添付されていません。").format(i=i),
                            field="evidence"))
    if rec.get("runbook") is None:
        out.append(Flag("incident.no_runbook", tr(CTX, "使用した事故対応手順書が選ばれていません。"), level="info",
                        field="runbook"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    for rid, title, detected in ctx.conn.execute(
            "SELECT id, title, detected_at FROM incidents WHERE reported_at IS NULL"):
        items.append(DueItem("incidents", rid, title, dt.datetime.fromisoformat(detected).date(),
                             tr(CTX, "県への報告が記録されていません。"), True, "incident.not_reported"))
    for rid, title, confirmed in ctx.conn.execute(
            "SELECT id, title, recovery_confirmed_at FROM incidents WHERE status = 'recovered'"):
        items.append(DueItem("incidents", rid, title,
                             dt.datetime.fromisoformat(confirmed).date() if confirmed else None,
                             tr(CTX, "復旧後の報告が未提出です。"), False, "incident.final_report"))
    return items


def _needs_if_closed(name: str):
    return lambda v: v.get("status") != "closed" or bool(v.get(name))


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("not_reported", "reported_at IS NULL", index=False),
    FlagScope("recovered", "status = 'recovered'", index=False),
    # evidence hashes are compared with the attached files: any incident (incidents are few)
    FlagScope.every("evidence"),
    FlagScope("no_runbook", "runbook IS NULL"),
)


REGISTER = Register(
    slug="incidents",
    table="incidents",
    label_ja="事故記録",
    label_en="Security incidents",
    clauses=("A20-1", "A20-4"),
    description_ja="情報セキュリティ事故の記録。経過・証拠物件・復旧確認と、原因・回復方法・再発防止策を記録します。",
    fields=(
        F("title", Kind.TEXT, "件名", "Title", required=True),
        F("incident_type", Kind.CHOICE, "事故の種類", "Incident type", required=True, choices=INCIDENT_TYPES),
        F("detected_at", Kind.DATETIME, "発見日時", "Detected at", required=True),
        F("reported_at", Kind.DATETIME, "県への報告日時", "Reported to the prefecture at"),
        F("reported_to", Kind.TEXT, "報告先", "Reported to", help_ja="例: 石川県 総務部 情報政策課 ○○様"),
        F("affected_systems", Kind.LONGTEXT, "影響を受けたシステム", "Affected systems", max_length=2000),
        F("affected_data", Kind.LONGTEXT, "影響を受けたデータ", "Affected data", max_length=2000),
        F("runbook", Kind.REF, "使用した手順書", "Runbook followed", ref="runbooks"),
        F("status", Kind.CHOICE, "対応状況", "Status", required=True, choices=STATUS, default="open"),
        F("timeline", Kind.SUBLIST, "経過", "Timeline", sub=TIMELINE),
        F("evidence", Kind.SUBLIST, "証拠物件", "Evidence", sub=EVIDENCE),
        F("evidence_files", Kind.ATTACHMENTS, "証拠ファイル", "Evidence files"),
        F("recovery_confirmed_by", Kind.REF, "復旧確認者", "Recovery confirmed by", ref="staff"),
        F("recovery_confirmed_at", Kind.DATETIME, "復旧確認日時", "Recovery confirmed at"),
        F("cause", Kind.LONGTEXT, "原因", "Cause", max_length=4000),
        F("recovery_method", Kind.LONGTEXT, "回復方法", "Recovery method", max_length=4000),
        F("prevention", Kind.LONGTEXT, "再発防止策", "Prevention measures", max_length=4000),
        F("secondary_damage", Kind.LONGTEXT, "二次被害の有無・内容", "Secondary damage", max_length=2000,
          help_ja="例: 二次被害は確認されていない／不正利用の有無を調査中"),
        F("affected_response", Kind.LONGTEXT, "影響を受けた人への対応", "Response to the people affected",
          max_length=2000, help_ja="本人への連絡・お詫び・問合せ窓口など"),
        F("publication", Kind.LONGTEXT, "公表の有無・内容", "Publication", max_length=2000,
          help_ja="県と協議した公表の有無・時期・方法"),
        note_field(),
    ),
    rules=(
        Rule("reported_at", "県への報告日時は発見日時以降にしてください。", not_before("reported_at", "detected_at")),
        Rule("recovery_confirmed_at", "復旧確認日時は発見日時以降にしてください。",
             not_before("recovery_confirmed_at", "detected_at")),
        Rule("recovery_confirmed_by", "復旧確認者と復旧確認日時は両方を入力してください。",
             both_or_neither("recovery_confirmed_by", "recovery_confirmed_at")),
        Rule("recovery_confirmed_at", "「復旧済」「完了」にするには復旧確認（確認者・日時）を入力してください。",
             lambda v: v.get("status") == "open" or v.get("recovery_confirmed_at") is not None),
        Rule("cause", "「完了」にするには原因を入力してください。", _needs_if_closed("cause")),
        Rule("recovery_method", "「完了」にするには回復方法を入力してください。", _needs_if_closed("recovery_method")),
        Rule("prevention", "「完了」にするには再発防止策を入力してください。", _needs_if_closed("prevention")),
    ),
    list_columns=("detected_at", "title", "incident_type", "status", "reported_at"),
    search_fields=("title", "reported_to", "affected_systems", "affected_data", "cause", "recovery_method",
                   "prevention", "note"),
    natural_key="title",
    duplicate_key=("detected_at", "title"),
    default_sort=("detected_at", True),
    date_field="detected_at",
    status_field="status",
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    # for the due queries (no scan of the table; see test_query_plans.py)
    indexes=(
        Index("due_not_reported", "detected_at", "reported_at IS NULL"),
        Index("due_recovered", "recovery_confirmed_at", "status = 'recovered'"),
    ),
    examples=(
        Example({"title": "不審メールの添付ファイル実行", "incident_type": "malware",
                 "detected_at": at(2025, 6, 20, 10), "reported_at": at(2025, 6, 20, 11),
                 "reported_to": "石川県 情報政策課", "runbook": ref("runbooks"), "status": "open",
                 "timeline": [{"at": at(2025, 6, 20, 10), "entry": "端末をネットワークから切断", "recorded_by": ref("staff")}],
                 "evidence": [{"item": "メールのヘッダ", "sha256": "a" * 64, "collected_by": ref("staff"),
                               "custody": "金庫で保管"}]}),
    ),
)

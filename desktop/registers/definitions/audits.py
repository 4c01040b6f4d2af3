"""情報セキュリティ監査 (audits) — A21: audits the office cooperated with, and their findings
with corrective action, owner, due and done dates and evidence. An open finding past its due
date is overdue."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, not_before, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, SubList, choices

KINDS = choices(
    ("prefecture", "県による監査", "Audit by the prefecture"),
    ("external", "外部監査", "External audit"),
    ("internal", "内部監査", "Internal audit"),
)
SEVERITIES = choices(
    ("high", "重大", "Serious"),
    ("medium", "要改善", "Needs improvement"),
    ("low", "軽微", "Minor"),
    ("advice", "助言", "Advice"),
)

FINDINGS = SubList(
    table="audit_findings",
    fields=(
        F("finding", Kind.LONGTEXT, "指摘事項", "Finding", required=True, max_length=2000),
        F("severity", Kind.CHOICE, "重要度", "Severity", required=True, choices=SEVERITIES),
        F("clause", Kind.TEXT, "関係する条項", "Clause", max_length=50, help_ja="例: A15-9"),
        F("action", Kind.LONGTEXT, "是正措置", "Corrective action", max_length=2000),
        F("owner", Kind.REF, "担当者", "Owner", ref="staff"),
        F("due_on", Kind.DATE, "対応期限", "Due"),
        F("done_on", Kind.DATE, "完了日", "Done on"),
        F("evidence", Kind.TEXT, "完了の根拠", "Evidence"),
    ),
    rules=(
        Rule("done_on", "完了日を入力するには是正措置も入力してください。",
             lambda v: v.get("done_on") is None or bool(v.get("action"))),
    ),
)


def open_findings(rec: dict) -> list[dict]:
    return [f for f in rec.get("findings") or [] if f.get("done_on") is None]


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    still_open = open_findings(new)
    new["open_findings"] = len(still_open)
    dues = [f["due_on"] for f in still_open if f.get("due_on") is not None]
    new["next_finding_due_on"] = min(dues) if dues else None


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    late = [f for f in open_findings(rec) if f.get("due_on") is not None and f["due_on"] < ctx.today]
    out = []
    if late:
        out.append(Flag("audit.finding_overdue",
                        tr(CTX, "対応期限を過ぎた未完了の指摘事項が{n}件あります（A21）。").format(n=len(late)),
                        level="overdue", field="findings"))
    undated = [f for f in open_findings(rec) if f.get("due_on") is None]
    if undated:
        out.append(Flag("audit.finding_no_due",
                        tr(CTX, "対応期限のない未完了の指摘事項が{n}件あります（A21）。").format(n=len(undated)),
                        field="findings"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    horizon = (ctx.today + dt.timedelta(days=30)).isoformat()
    for rid, due, finding, title in ctx.conn.execute(
            "SELECT a.id, f.due_on, f.finding, a.title FROM audits a JOIN audit_findings f ON f.parent_id = a.id"
            " WHERE a.next_finding_due_on IS NOT NULL AND a.next_finding_due_on <= ?"
            " AND f.done_on IS NULL AND f.due_on IS NOT NULL AND f.due_on <= ?"
            " ORDER BY a.next_finding_due_on LIMIT 500", (horizon, horizon)):
        d = dt.date.fromisoformat(due)
        overdue = d < ctx.today
        short = " ".join((finding or "").split())[:30]
        items.append(DueItem("audits", rid, f"{title}: {short}", d,
                             tr(CTX, "監査の指摘事項の対応期限を過ぎています（A21）。") if overdue
                             else tr(CTX, "監査の指摘事項の対応期限が近づいています（A21）。"), overdue,
                             "audit.finding_due"))
    return items


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    # open findings: late ones (next_finding_due_on) and undated ones, both read from the findings
    FlagScope("open_findings", "open_findings > 0"),
)


REGISTER = Register(
    slug="audits",
    table="audits",
    label_ja="情報セキュリティ監査",
    label_en="Security audits",
    clauses=("A21",),
    description_ja="受けた情報セキュリティ監査と指摘事項。是正措置・担当・期限・完了を管理し、期限切れを要対応に出します。",
    fields=(
        F("title", Kind.TEXT, "監査の名称", "Audit", required=True),
        F("kind", Kind.CHOICE, "監査の種類", "Kind", required=True, choices=KINDS),
        F("audited_on", Kind.DATE, "監査日", "Audit date", required=True),
        F("auditor", Kind.TEXT, "監査人", "Auditor", required=True),
        F("scope", Kind.LONGTEXT, "監査の範囲", "Scope", max_length=2000),
        F("findings", Kind.SUBLIST, "指摘事項", "Findings", sub=FINDINGS),
        F("response_due_on", Kind.DATE, "対応状況の報告期限", "Response report due"),
        F("open_findings", Kind.NUMBER, "未完了の指摘", "Open findings", computed=True, unit_ja="件"),
        F("next_finding_due_on", Kind.DATE, "未完了の指摘の最も早い期限", "Earliest due of open findings",
          computed=True),
        F("attachments", Kind.ATTACHMENTS, "添付ファイル", "Attachments"),
        note_field(),
    ),
    rules=(
        Rule("response_due_on", "報告期限は監査日以降の日付にしてください。", not_before("response_due_on", "audited_on")),
    ),
    list_columns=("audited_on", "title", "kind", "auditor", "open_findings", "next_finding_due_on"),
    search_fields=("title", "auditor", "scope", "note"),
    natural_key="title",
    duplicate_key=("title", "audited_on"),
    default_sort=("audited_on", True),
    date_field="audited_on",
    status_field="kind",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    indexes=(Index("due_findings", "next_finding_due_on", "next_finding_due_on IS NOT NULL"),),
    examples=(
        Example({"title": "令和7年度 委託業務の情報セキュリティ監査", "kind": "prefecture",
                 "audited_on": dt.date(2025, 11, 12), "auditor": "石川県 情報政策課 監査担当",
                 "scope": "ネットワーク管理、運用手順、変更記録、媒体管理",
                 "response_due_on": dt.date(2025, 12, 26),
                 "findings": [
                     {"finding": "ファイアウォールのルールのうち2件に通過させる理由が書かれていない。",
                      "severity": "medium", "clause": "A15-9", "action": "理由を確認して記入し、不要な1件を削除した。",
                      "owner": ref("staff"), "due_on": dt.date(2025, 12, 12), "done_on": dt.date(2025, 12, 5),
                      "evidence": "ファイアウォール設定一覧（12月5日版）"},
                     {"finding": "運用手順書に接続履歴の保存期間が書かれていない。", "severity": "low",
                      "clause": "A17-1", "action": "保存期間（1年）を追記する。", "owner": ref("staff"),
                      "due_on": dt.date(2026, 1, 30)},
                 ]}),
    ),
)

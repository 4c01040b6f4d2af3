"""管理資料・手順書 (documents) — A15-1-a/-i/-u/-e, A15-2, A15-7, A17-1, A16-5, A3-2-2, A3-2-3:
the network documents (diagram, operation method, connection criteria, failure response),
the procedures (internet use, operations, external-connection users, media handling), each
with its revisions (number, date, author, summary, the file as an encrypted attachment) and
the next review (A15-2: keep them current). The operations procedure carries the A17-1
checklist ア–カ.

Due: a review past its date; a change of the same system recorded after the document's last
revision ("check whether the document needs a revision"). Bad input: a revision dated before
the previous one (refused, nothing written)."""

from __future__ import annotations

import datetime as dt

from desktop import settings
from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, add_months, note_field, ref
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

settings.declare("registers.document_review_months", int, 12,
                 tr("Settings", "管理資料・手順書の見直し間隔（か月、既定値）"), minimum=1, maximum=60)

_KINDS = (
    ("network_diagram", "ネットワーク構成図", "Network diagram", "A15-1-a"),
    ("network_operation", "ネットワークの運用管理方法", "Network operation method", "A15-1-i"),
    ("connection_criteria", "ネットワーク接続基準", "Network connection criteria", "A15-1-u"),
    ("failure_response", "ネットワーク障害時の対応方法", "Network failure response", "A15-1-e"),
    ("internet_procedure", "インターネット利用者の手順", "Internet-use procedure for users", "A15-7"),
    ("operations_procedure", "情報システム運用手順", "Operations procedure", "A17-1"),
    ("external_user_procedure", "外部接続の利用者の手順", "External-connection user procedure", "A16-5"),
    ("media_procedure", "記録媒体の取扱手順", "Media handling procedure", "A3-2-2"),
    ("other", "その他", "Other", ""),
)
KINDS = choices(*((v, ja, en) for v, ja, en, _ in _KINDS))
#: the clause each kind of document answers
KIND_CLAUSE = {v: c for v, _, _, c in _KINDS}

#: the operations procedure's items (A17-1 ア–カ): field → label
CHECKLIST = (
    ("covers_schedule", "ア 運用スケジュール", "(a) Operation schedule"),
    ("covers_connections", "イ 他の情報システムとの接続", "(b) Connections to other systems"),
    ("covers_software_limits", "ウ ソフトウェアの利用制限", "(c) Limits on software use"),
    ("covers_backups", "エ 重要なデータのバックアップ", "(d) Backups of important data"),
    ("covers_connection_log", "オ 接続履歴の記録", "(e) Recording the connection log"),
    ("covers_anomalies", "カ 異常を見つけたときの対処", "(f) Handling anomalies"),
)

REVISIONS = SubList(
    table="document_revisions",
    fields=(
        F("number", Kind.TEXT, "版", "Revision", required=True, max_length=20, help_ja="例: 第3版、3.1"),
        F("revised_on", Kind.DATE, "改訂日", "Revised on", required=True),
        F("author", Kind.REF, "改訂者", "Author", ref="staff"),
        F("summary", Kind.LONGTEXT, "改訂の概要", "Summary of the change", max_length=2000),
        F("file_name", Kind.TEXT, "ファイル名", "File", max_length=255,
          help_ja="この版のファイル（「添付ファイル」に暗号化して保存）"),
        F("file_sha256", Kind.TEXT, "ファイルのSHA-256", "File SHA-256", max_length=64, hex_digest=True),
    ),
)


def revisions_in_order(v: dict) -> bool:
    """Each revision is dated on or after the one before it (the list is oldest first)."""
    dates = [r.get("revised_on") for r in v.get("revisions") or []]
    dates = [d for d in dates if d is not None]
    return all(a <= b for a, b in zip(dates, dates[1:], strict=False))


def _numbers_unique(v: dict) -> bool:
    nums = [(r.get("number") or "").strip() for r in v.get("revisions") or []]
    nums = [n for n in nums if n]
    return len(nums) == len(set(nums))


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    revs = [r for r in new.get("revisions") or [] if r.get("revised_on") is not None]
    last = revs[-1] if revs else None
    new["last_revised_on"] = last["revised_on"] if last else None
    new["current_revision"] = last.get("number") if last else None
    if new.get("next_review_on") is None and last is not None:
        months = new.get("review_months") or ctx.setting("registers.document_review_months")
        new["next_review_on"] = add_months(last["revised_on"], int(months))
    elif old is not None and last is not None and old.get("last_revised_on") != last["revised_on"] \
            and new.get("next_review_on") == old.get("next_review_on"):
        # a new revision restarts the review interval unless the user set another date with it
        months = new.get("review_months") or ctx.setting("registers.document_review_months")
        new["next_review_on"] = add_months(last["revised_on"], int(months))


def missing_checklist(rec: dict) -> list[str]:
    """The A17-1 items an operations procedure does not cover yet (labels)."""
    if rec.get("kind") != "operations_procedure":
        return []
    return [tr(CTX, ja) for name, ja, _ in CHECKLIST if not rec.get(name)]


def changes_since(conn, rec: dict) -> int:
    """How many changes of the document's system were recorded after its last revision."""
    system, last = rec.get("system"), rec.get("last_revised_on")
    if system is None or last is None:
        return 0
    return conn.execute("SELECT count(*) FROM changes WHERE system = ? AND substr(changed_at, 1, 10) > ?",
                        (system, last.isoformat())).fetchone()[0]


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    clause = KIND_CLAUSE.get(rec.get("kind") or "", "") or "A15-2"
    if not rec.get("revisions"):
        out.append(Flag("document.no_revision", tr(CTX, "版（改訂履歴）が登録されていません（{clause}）。").format(clause=clause),
                        field="revisions"))
    due = rec.get("next_review_on")
    if due is not None and due < ctx.today:
        out.append(Flag("document.review_overdue", tr(CTX, "見直し予定日を過ぎています。内容が最新か確認してください（A15-2）。"),
                        level="overdue", field="next_review_on"))
    n = changes_since(ctx.conn, rec)
    if n:
        out.append(Flag("document.changed_since",
                        tr(CTX, "最終改訂の後に、このシステムの変更が{n}件記録されています。改訂が必要か確認してください（A15-2）。").format(n=n),
                        field="revisions"))
    missing = missing_checklist(rec)
    if missing:
        out.append(Flag("document.checklist", tr(CTX, "運用手順に次の項目がありません: {items}（A17-1）。").format(
            items="、".join(missing)), field="covers_schedule"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    horizon = (ctx.today + dt.timedelta(days=30)).isoformat()
    for rid, due, title in ctx.conn.execute(
            "SELECT d.id, d.next_review_on, d.title FROM documents d"
            " WHERE d.next_review_on IS NOT NULL AND d.next_review_on <= ? ORDER BY d.next_review_on LIMIT 500",
            (horizon,)):
        day = dt.date.fromisoformat(due)
        overdue = day < ctx.today
        items.append(DueItem("documents", rid, title, day,
                             tr(CTX, "管理資料の見直し予定日を過ぎています（A15-2）。") if overdue
                             else tr(CTX, "管理資料の見直し予定日が近づいています（A15-2）。"), overdue,
                             "document.review_due"))
    for rid, title, last in ctx.conn.execute(
            "SELECT d.id, d.title, d.last_revised_on FROM documents d"
            " WHERE d.system IS NOT NULL AND d.last_revised_on IS NOT NULL"
            " AND EXISTS (SELECT 1 FROM changes c WHERE c.system = d.system"
            "             AND c.changed_at > d.last_revised_on || 'T99') LIMIT 500"):
        items.append(DueItem("documents", rid, title, dt.date.fromisoformat(last),
                             tr(CTX, "最終改訂の後にシステムの変更があります。改訂が必要か確認してください（A15-2）。"),
                             False, "document.changed_since"))
    return items


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("no_revision", "last_revised_on IS NULL"),
    FlagScope("review", "next_review_on IS NOT NULL", columns="next_review_on", when="next_review_on < :today",
              index=False),
    FlagScope("changed", "system IS NOT NULL AND last_revised_on IS NOT NULL", index=False),
    FlagScope("checklist", "kind = 'operations_procedure' AND (" + " OR ".join(unset(c) for c, _, _ in CHECKLIST) + ")"),
)


REGISTER = Register(
    slug="documents",
    table="documents",
    label_ja="管理資料・手順書",
    label_en="Documents and procedures",
    clauses=("A15-1-a", "A15-1-i", "A15-1-u", "A15-1-e", "A15-2", "A15-7", "A17-1", "A16-5", "A3-2-2", "A3-2-3"),
    description_ja="ネットワークの管理資料と各種の手順書。版ごとの改訂履歴とファイル（暗号化して保存）、次回の見直し予定を管理します。",
    fields=(
        F("kind", Kind.CHOICE, "種類", "Kind", required=True, choices=KINDS),
        F("title", Kind.TEXT, "表題", "Title", required=True),
        F("system", Kind.REF, "システム", "System", ref="systems"),
        F("owner", Kind.REF, "管理担当者", "Owner", ref="staff"),
        F("revisions", Kind.SUBLIST, "改訂履歴", "Revisions", sub=REVISIONS,
          help_ja="古い版から順に。新しい版の改訂日は前の版の改訂日以降にします"),
        F("files", Kind.ATTACHMENTS, "添付ファイル（各版）", "Files (each revision)"),
        F("current_revision", Kind.TEXT, "現在の版", "Current revision", computed=True),
        F("last_revised_on", Kind.DATE, "最終改訂日", "Last revised on", computed=True),
        F("review_months", Kind.NUMBER, "見直し間隔", "Review interval", minimum=1, maximum=60, unit_ja="か月",
          help_ja="空欄のときは設定の既定値"),
        F("next_review_on", Kind.DATE, "次回見直し予定日", "Next review due",
          help_ja="空欄のときは最終改訂日と見直し間隔から計算します（A15-2）"),
        *(F(name, Kind.YESNO, ja, en, default=False, help_ja="情報システム運用手順に含まれているか（A17-1）")
          for name, ja, en in CHECKLIST),
        note_field(),
    ),
    rules=(
        Rule("revisions", "改訂履歴は古い版から順に入力し、新しい版の改訂日は前の版の改訂日以降にしてください。",
             revisions_in_order),
        Rule("revisions", "改訂履歴に同じ版が2回あります。", _numbers_unique),
    ),
    list_columns=("title", "kind", "current_revision", "last_revised_on", "next_review_on"),
    search_fields=("title", "current_revision", "note"),
    natural_key="title",
    duplicate_key=("kind", "title"),
    default_sort=("title", False),
    date_field="last_revised_on",
    status_field="kind",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    indexes=(
        Index("due_review", "next_review_on", "next_review_on IS NOT NULL"),
        Index("due_changed", "system, last_revised_on", "system IS NOT NULL AND last_revised_on IS NOT NULL"),
    ),
    examples=(
        Example({"kind": "operations_procedure", "title": "県税収納管理システム 運用手順書", "system": ref("systems"),
                 "owner": ref("staff"),
                 "revisions": [
                     {"number": "第1版", "revised_on": dt.date(2024, 4, 1), "author": ref("staff"),
                      "summary": "初版"},
                     {"number": "第2版", "revised_on": dt.date(2025, 4, 1), "author": ref("staff"),
                      "summary": "バックアップの世代数を5世代に変更し、接続履歴の保存期間（1年）を追記"},
                 ],
                 "review_months": 12, "covers_schedule": True, "covers_connections": True,
                 "covers_software_limits": True, "covers_backups": True, "covers_connection_log": True,
                 "covers_anomalies": True}),
        Example({"kind": "network_diagram", "title": "業務ネットワーク構成図", "system": ref("systems"),
                 "owner": ref("staff", 1),
                 "revisions": [{"number": "第3版", "revised_on": dt.date(2025, 8, 20), "author": ref("staff", 1),
                                "summary": "基幹スイッチの二重化を反映"}]}),
    ),
)

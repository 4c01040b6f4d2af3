"""媒体の利用記録 (media-events) — A3-2-2, A3-2-4 … A3-2-9: every copy, send, transport,
take-out, return, storage check, reuse, disposal and virus scan of an external medium. Acts
that need permission link one (coverage rule, A3-2-2); a send names its protection (A3-2-4),
a transport its reported responsibility and procedure (A3-2-5), a disposal or reuse its
erasure method, the prefecture's witness and the evidence (A3-2-6, A3-2-7), a scan its
product, pattern date and result (A3-2-9). Events update the medium's status and the time it
went out (A3-2-8).

Bad input, per case:
* an event on a medium already disposed (a new event, or one moved onto it): refused, nothing
  written — a disposed medium no longer exists, so the entry is a mistake;
* a second disposal of the same medium: refused the same way;
* an act without (or outside) its permission, a send without its protection, a transport
  without its report, a disposal without witness, a scan without its result: the act really
  happened, so the record is kept and flagged with the clause.
"""

from __future__ import annotations

import datetime as dt

from desktop.errors import ValidationError
from desktop.i18n import tr
from desktop.registers import coverage
from desktop.registers.definitions._common import Example, F, Kind, at, day, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Register, choices, unset

KINDS = choices(
    ("copy", "複製", "Copy"),
    ("send", "送付", "Send"),
    ("transport", "運搬", "Transport"),
    ("take_out", "持出し", "Take-out"),
    ("return", "返却・戻し", "Return"),
    ("storage_check", "保管確認", "Storage check"),
    ("reuse", "再利用（消去）", "Reuse (erased)"),
    ("disposal", "廃棄", "Disposal"),
    ("scan", "ウイルス検査", "Virus scan"),
)
#: kinds that need a 媒体の複製・送付・持出し・廃棄 permission (A3-2-2)
NEEDS_PERMISSION = ("copy", "send", "transport", "take_out", "reuse", "disposal")
#: kinds after which the medium is out of its storage place (A3-2-8)
OUT_KINDS = ("send", "transport", "take_out")
PROTECTION = choices(
    ("sealed", "親展（封緘）", "Sealed, addressee only"),
    ("by_hand", "手渡し", "By hand"),
    ("encrypted", "暗号化", "Encrypted"),
)
ERASURE = choices(
    ("electromagnetic", "電磁的消去（ツール使用）", "Electromagnetic erasure (tool)"),
    ("physical", "物理的破壊", "Physical destruction"),
)
SCAN_RESULTS = choices(
    ("clean", "検出なし", "Nothing found"),
    ("detected", "検出あり", "Malware found"),
)


def _to_act(v: dict) -> coverage.Act:
    kinds = ("media_handling", "important_copy") if v.get("kind") in ("copy", "send") else ("media_handling",)
    return coverage.Act(kinds if v.get("kind") in NEEDS_PERMISSION else (), day(v.get("at")), v.get("permission"),
                        (("media", v["medium"]),) if v.get("medium") is not None else (), "A3-2-2")


ACT = coverage.declare_act(coverage.ActSpec(
    slug="media-events", table="media_events", date_column="at", title_column="purpose",
    columns=("kind", "at", "medium", "permission"), to_act=_to_act))


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    medium = new.get("medium")
    moved = old is None or old.get("medium") != medium
    if medium is not None:
        row = ctx.conn.execute("SELECT status, identifier FROM media WHERE id = ?", (medium,)).fetchone()
        others = ctx.conn.execute(
            "SELECT count(*) FROM media_events WHERE medium = ? AND kind = 'disposal' AND id IS NOT ?",
            (medium, old.get("id") if old is not None else None)).fetchone()[0]
        if new.get("kind") == "disposal" and others:
            msg = tr(CTX, "媒体「{ident}」は既に廃棄が記録されています。同じ媒体を二度廃棄することはできません。").format(
                ident=row[1] if row else medium)
            raise ValidationError(msg, {"kind": msg})
        if moved and (others or (row is not None and row[0] == "disposed")):
            msg = tr(CTX, "媒体「{ident}」は廃棄済みのため、利用記録を追加できません。").format(
                ident=row[1] if row else medium)
            raise ValidationError(msg, {"medium": msg})
    coverage.stamp(ctx.conn, ACT, new)


def refresh_medium(conn, medium_id: int) -> None:
    """The medium's status and 持出し日時 from its events (latest last)."""
    status, out_since = None, None
    for kind, when in conn.execute("SELECT kind, at FROM media_events WHERE medium = ? ORDER BY at, id",
                                   (medium_id,)):
        if kind in OUT_KINDS:
            status, out_since = "out", out_since or when
        elif kind in ("return", "storage_check"):
            status, out_since = "stored", None
        elif kind == "reuse":
            status, out_since = "reused", None
        elif kind == "disposal":
            status, out_since = "disposed", None
    if status is None:
        conn.execute("UPDATE media SET out_since = NULL, status = CASE WHEN status IN ('out','disposed','reused')"
                     " THEN 'stored' ELSE status END WHERE id = ?", (medium_id,))
    else:
        conn.execute("UPDATE media SET status = ?, out_since = ? WHERE id = ?", (status, out_since, medium_id))


def _after_write(ctx: HookContext, rid: int, new: dict | None, old: dict | None) -> None:
    for v in (old, new):
        if v is not None and v.get("medium") is not None:
            refresh_medium(ctx.conn, v["medium"])


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = coverage.flags(ctx, ACT, rec)
    kind = rec.get("kind")
    if kind == "send" and not rec.get("protection"):
        out.append(Flag("media_event.no_protection",
                        tr(CTX, "送付の方法（親展・手渡し・暗号化）が記録されていません（A3-2-4）。"), field="protection"))
    if kind == "transport" and not (rec.get("transport_reported") and rec.get("transport_procedure")):
        out.append(Flag("media_event.transport_not_reported",
                        tr(CTX, "運搬の責任範囲と手順を県へ報告したことが記録されていません（A3-2-5）。"),
                        field="transport_reported"))
    if kind in ("disposal", "reuse"):
        clause = "A3-2-6" if kind == "disposal" else "A3-2-7"
        if not rec.get("erasure_method") or (rec.get("erasure_method") == "electromagnetic" and not rec.get("erasure_tool")):
            out.append(Flag("media_event.no_erasure",
                            tr(CTX, "消去の方法（使用したツール）または物理的破壊が記録されていません（{clause}）。").format(
                                clause=clause), field="erasure_method"))
        if not rec.get("witness_name"):
            out.append(Flag("media_event.no_witness",
                            tr(CTX, "県職員の立会い（氏名・所属）が記録されていません（{clause}）。").format(clause=clause),
                            level="overdue", field="witness_name"))
    if kind == "scan":
        if not rec.get("scan_product") or rec.get("scan_pattern_date") is None or not rec.get("scan_result"):
            out.append(Flag("media_event.scan_incomplete",
                            tr(CTX, "ウイルス検査の製品名・パターン日付・結果が記録されていません（A3-2-9）。"),
                            field="scan_result"))
        elif rec.get("scan_result") == "detected":
            out.append(Flag("media_event.malware",
                            tr(CTX, "ウイルスが検出されています。この媒体で県へデータを渡さないでください（A3-2-9）。"),
                            level="overdue", field="scan_result"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    return coverage.due(ctx, ACT)


def _title(rec: dict) -> str:
    c = KINDS_FIELD.choice(rec.get("kind"))
    when = rec.get("at")
    return f"{when.date().isoformat() if when else ''} {c.label if c else ''} {rec.get('purpose') or ''}".strip()[:80]


KINDS_FIELD = F("kind", Kind.CHOICE, "区分", "Kind", required=True, choices=KINDS)

#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("coverage", coverage.GAP_WHERE, index=False),
    FlagScope("send", "kind = 'send' AND " + unset("protection")),
    FlagScope("transport", "kind = 'transport' AND (" + unset("transport_reported") + " OR "
              + unset("transport_procedure") + ")"),
    FlagScope("erasure", "kind IN ('disposal', 'reuse')"),
    FlagScope("scan", "kind = 'scan' AND (" + unset("scan_product") + " OR scan_pattern_date IS NULL OR "
              + unset("scan_result") + " OR scan_result = 'detected')"),
)


REGISTER = Register(
    slug="media-events",
    table="media_events",
    label_ja="媒体の利用記録",
    label_en="Media events",
    clauses=("A3-2-2", "A3-2-4", "A3-2-5", "A3-2-6", "A3-2-7", "A3-2-8", "A3-2-9", "A18"),
    description_ja="媒体の複製・送付・運搬・持出し・返却・廃棄・ウイルス検査の記録。許可が必要な行為は許可の記録を選びます。",
    fields=(
        F("medium", Kind.REF, "媒体", "Medium", required=True, ref="media"),
        KINDS_FIELD,
        F("at", Kind.DATETIME, "日時", "Date and time", required=True),
        F("person", Kind.REF, "実施者", "Person", required=True, ref="staff"),
        F("purpose", Kind.TEXT, "目的・内容", "Purpose", required=True, max_length=200),
        F("destination", Kind.TEXT, "送付先・持出し先", "Destination", max_length=200),
        F("permission", Kind.REF, "許可の記録", "Permission", ref="permissions",
          help_ja="複製・送付・運搬・持出し・再利用・廃棄は県の許可の記録を選びます（A3-2-2）"),
        F("coverage", Kind.CHOICE, "許可の確認", "Permission check", choices=coverage.COVERAGE_CHOICES, computed=True),
        F("protection", Kind.CHOICE, "送付の方法", "Protection when sending", choices=PROTECTION),
        F("transport_reported", Kind.YESNO, "運搬の責任範囲・手順を報告済", "Transport procedure reported", default=False),
        F("transport_procedure", Kind.LONGTEXT, "運搬の責任範囲・手順", "Transport responsibility and procedure",
          max_length=2000),
        F("erasure_method", Kind.CHOICE, "消去の方法", "Erasure method", choices=ERASURE),
        F("erasure_tool", Kind.TEXT, "使用した消去ツール", "Erasure tool", max_length=100),
        F("witness_name", Kind.TEXT, "立会者（県職員）氏名", "Witness (prefecture) name", max_length=100),
        F("witness_section", Kind.TEXT, "立会者の所属", "Witness's section", max_length=100),
        F("evidence", Kind.ATTACHMENTS, "消去の証跡", "Erasure evidence"),
        F("scan_product", Kind.TEXT, "ウイルス対策製品", "Anti-virus product", max_length=100),
        F("scan_pattern_date", Kind.DATE, "パターンファイルの日付", "Pattern file date"),
        F("scan_result", Kind.CHOICE, "検査結果", "Scan result", choices=SCAN_RESULTS),
        note_field(),
    ),
    list_columns=("at", "medium", "kind", "purpose", "destination", "person", "coverage"),
    search_fields=("purpose", "destination", "transport_procedure", "erasure_tool", "witness_name", "scan_product", "note"),
    natural_key="at",
    duplicate_key=("medium", "kind", "at"),
    default_sort=("at", True),
    date_field="at",
    status_field="kind",
    prepare=_prepare,
    after_write=_after_write,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    indexes=(coverage.gap_index("at"), ),
    examples=(
        Example({"medium": ref("media"), "kind": "copy", "at": at(2025, 6, 11, 15), "person": ref("staff"),
                 "purpose": "住民記録の移行データを暗号化USBメモリへ複製", "permission": ref("permissions")}),
        Example({"medium": ref("media"), "kind": "take_out", "at": at(2025, 6, 12, 13), "person": ref("staff"),
                 "purpose": "移行データを県庁 情報政策課へ手渡し", "destination": "石川県庁 情報政策課",
                 "permission": ref("permissions")}),
        Example({"medium": ref("media"), "kind": "return", "at": at(2025, 6, 12, 16, 30), "person": ref("staff"),
                 "purpose": "県庁から戻り、施錠キャビネットA-2へ返却"}),
        Example({"medium": ref("media"), "kind": "scan", "at": at(2025, 6, 12, 10), "person": ref("staff"),
                 "purpose": "県へ渡す前のウイルス検査", "scan_product": "ウイルスバスター コーポレートエディション",
                 "scan_pattern_date": dt.date(2025, 6, 11), "scan_result": "clean"}),
    ),
)

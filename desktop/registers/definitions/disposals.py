"""情報機器の廃棄・リース返却 (disposals) — A7-1, A7-2: how the storage was erased or destroyed,
that the prefecture's software was uninstalled, who did it and who witnessed it, and the
certificate. A disposal can be recorded ahead (実施済 not yet ticked: the planned date);
once done, the equipment item becomes 廃棄済 / 返却済. Media disposals are media events.

Bad input: disposing of equipment already disposed of or returned (by another record) is
refused, nothing written."""

from __future__ import annotations

import datetime as dt

from desktop.errors import ValidationError
from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, note_field, ref
from desktop.registers.definitions.equipment import STATUS as EQUIPMENT_STATUS
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, choices

KINDS = choices(
    ("disposal", "廃棄", "Disposal"),
    ("lease_return", "リース返却", "Lease return"),
)
METHODS = choices(
    ("electromagnetic", "電磁的消去（ツール使用）", "Electromagnetic erasure (tool)"),
    ("physical", "物理的破壊", "Physical destruction"),
    ("both", "消去後に物理的破壊", "Erasure, then destruction"),
)


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    eq = new.get("equipment")
    if eq is None:
        return
    moved = old is None or old.get("equipment") != eq
    if moved:  # refused: the same item disposed of / returned twice
        row = ctx.conn.execute(
            "SELECT id FROM disposals WHERE equipment = ? AND id IS NOT ? LIMIT 1",
            (eq, old.get("id") if old else None)).fetchone()
        if row is not None:
            msg = tr(CTX, "この情報機器は既に廃棄・返却が記録されています（記録 {rid}）。").format(rid=row[0])
            raise ValidationError(msg, {"equipment": msg})
    completing = new.get("completed") and (moved or not old.get("completed"))
    if completing and not (ctx.importing and new.get("status_before")):
        row = ctx.conn.execute("SELECT status FROM equipment WHERE id = ?", (eq,)).fetchone()
        new["status_before"] = row[0] if row and row[0] not in ("disposed", "returned") else "stored"


def _after_write(ctx: HookContext, rid: int, new: dict | None, old: dict | None) -> None:
    if old is not None and old.get("equipment") is not None and (new is None or new.get("equipment") != old["equipment"]):
        # the record was deleted or moved to another item: the item gets back its status
        ctx.conn.execute("UPDATE equipment SET status = ? WHERE id = ? AND status IN ('disposed','returned')",
                         (old.get("status_before") or "stored", old["equipment"]))
    if new is not None and old is not None and old.get("completed") and not new.get("completed") \
            and old.get("equipment") == new.get("equipment"):
        ctx.conn.execute("UPDATE equipment SET status = ? WHERE id = ? AND status IN ('disposed','returned')",
                         (old.get("status_before") or "stored", old["equipment"]))
    if new is not None and new.get("equipment") is not None and new.get("completed"):
        status = "returned" if new.get("kind") == "lease_return" else "disposed"
        ctx.conn.execute("UPDATE equipment SET status = ? WHERE id = ?", (status, new["equipment"]))


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    if not rec.get("completed"):
        when = rec.get("done_on")
        if when is not None and when < ctx.today:
            out.append(Flag("disposal.overdue", tr(CTX, "予定日を過ぎても廃棄・返却の実施が記録されていません（A7-1）。"),
                            level="overdue", field="completed"))
        return out
    if rec.get("method") in ("electromagnetic", "both") and not rec.get("erasure_tool"):
        out.append(Flag("disposal.no_tool", tr(CTX, "電磁的消去に使用したツールが記録されていません（A7-1）。"),
                        field="erasure_tool"))
    if not rec.get("software_uninstalled"):
        out.append(Flag("disposal.software_left",
                        tr(CTX, "県から提供されたソフトウェアのアンインストールが記録されていません（A7-2）。"),
                        level="overdue", field="software_uninstalled"))
    if not rec.get("witness_name"):
        out.append(Flag("disposal.no_witness", tr(CTX, "立会者が記録されていません（A7-1）。"), field="witness_name"))
    if not rec.get("certificate"):
        out.append(Flag("disposal.no_certificate", tr(CTX, "消去・破壊の証明書が添付されていません（A7-1）。"),
                        level="info", field="certificate"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    horizon = (ctx.today + dt.timedelta(days=30)).isoformat()
    for rid, contractor, when in ctx.conn.execute(
            "SELECT id, contractor, done_on FROM disposals WHERE completed = 0 AND done_on <= ? ORDER BY done_on LIMIT 500",
            (horizon,)):
        d = dt.date.fromisoformat(when)
        items.append(DueItem("disposals", rid, contractor or "", d,
                             tr(CTX, "予定日を過ぎた廃棄・返却が未実施です（A7-1）。") if d < ctx.today
                             else tr(CTX, "情報機器の廃棄・返却の予定日が近づいています（A7-1）。"),
                             d < ctx.today, "disposal.planned"))
    return items


def _title(rec: dict) -> str:
    d = rec.get("done_on")
    return f"{d.isoformat() if d else ''} {rec.get('contractor') or ''}".strip()[:80]


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("planned", "completed = 0", columns="done_on", when="done_on < :today", index=False),
    # the certificate is an attachment: any completed disposal
    FlagScope("completed", "completed = 1"),
)


REGISTER = Register(
    slug="disposals",
    table="disposals",
    label_ja="情報機器の廃棄・返却",
    label_en="Equipment disposals",
    clauses=("A7-1", "A7-2"),
    description_ja="情報機器を廃棄またはリース返却したときの記録。データの消去・破壊の方法、ソフトウェアのアンインストール、立会者を記録します。",
    fields=(
        F("equipment", Kind.REF, "情報機器", "Equipment", required=True, ref="equipment"),
        F("kind", Kind.CHOICE, "区分", "Kind", required=True, choices=KINDS),
        F("done_on", Kind.DATE, "実施日（予定日）", "Date (planned date)", required=True),
        F("completed", Kind.YESNO, "実施済", "Done", default=False,
          help_ja="実施したら「はい」にします。機器の状態が廃棄済・返却済になります"),
        F("method", Kind.CHOICE, "消去・破壊の方法", "Erasure / destruction", required=True, choices=METHODS),
        F("erasure_tool", Kind.TEXT, "使用した消去ツール", "Erasure tool", max_length=100),
        F("software_uninstalled", Kind.YESNO, "県のソフトウェアをアンインストール済", "Prefecture software uninstalled",
          default=False),
        F("contractor", Kind.TEXT, "実施業者", "Done by (contractor)", max_length=100),
        F("witness_name", Kind.TEXT, "立会者氏名", "Witness name", max_length=100),
        F("witness_section", Kind.TEXT, "立会者の所属", "Witness's section", max_length=100),
        F("certificate", Kind.ATTACHMENTS, "証明書", "Certificate"),
        F("status_before", Kind.CHOICE, "廃棄前の機器の状態", "Equipment status before", choices=EQUIPMENT_STATUS,
          computed=True),
        note_field(),
    ),
    list_columns=("done_on", "equipment", "kind", "completed", "method", "contractor", "witness_name"),
    search_fields=("erasure_tool", "contractor", "witness_name", "witness_section", "note"),
    natural_key="done_on",
    duplicate_key=("equipment", "kind", "done_on"),
    default_sort=("done_on", True),
    date_field="done_on",
    status_field="kind",
    prepare=_prepare,
    after_write=_after_write,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    indexes=(Index("due_planned", "done_on", "completed = 0"),),
    examples=(
        Example({"equipment": ref("equipment"), "kind": "lease_return", "done_on": dt.date(2030, 3, 31),
                 "completed": False, "method": "electromagnetic", "erasure_tool": "Blancco Drive Eraser 7",
                 "contractor": "株式会社北陸リサイクルセンター", "witness_section": "石川県 総務部 情報政策課",
                 "note": "リース満了（5年）に伴う返却の予定。消去は県職員の立会いのもとで行う。"}),
    ),
)

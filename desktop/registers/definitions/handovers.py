"""引継記録 (handovers) — A17-6: when a person in charge changes, what was handed over, with
which documents (encrypted attachments), and both sides' confirmation.

The staff register's handover information lives here (``from_staff`` points back to the
person who left); migration 0008 moved the former staff sub-list rows into this register."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, not_before, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, unset


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    if rec.get("from_confirmed_on") is None or rec.get("to_confirmed_on") is None:
        out.append(Flag("handover.unconfirmed",
                        tr(CTX, "前任者と後任者の両方の確認が記録されていません（A17-6）。"),
                        field="to_confirmed_on" if rec.get("from_confirmed_on") else "from_confirmed_on"))
    if not rec.get("materials") and not rec.get("documents"):
        out.append(Flag("handover.no_documents", tr(CTX, "引継資料が記録されていません（A17-6）。"),
                        level="info", field="documents"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    for rid, handed, role in ctx.conn.execute(
            "SELECT h.id, h.handed_on, h.role FROM handovers h"
            " WHERE (h.from_confirmed_on IS NULL OR h.to_confirmed_on IS NULL) AND h.handed_on <= ?"
            " ORDER BY h.handed_on LIMIT 500",
            (ctx.today.isoformat(),)):
        d = dt.date.fromisoformat(handed)
        items.append(DueItem("handovers", rid, f"{handed} {role or ''}".strip(), d,
                             tr(CTX, "引継の確認（前任者・後任者）が済んでいません（A17-6）。"),
                             d < ctx.today - dt.timedelta(days=14), "handover.unconfirmed"))
    return items


def _title(rec: dict) -> str:
    d = rec.get("handed_on")
    return f"{d.isoformat() if d else ''} {rec.get('role') or ''}".strip()


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("unconfirmed", "from_confirmed_on IS NULL OR to_confirmed_on IS NULL", index=False),
    FlagScope("no_documents", unset("materials")),
)


REGISTER = Register(
    slug="handovers",
    table="handovers",
    label_ja="引継記録",
    label_en="Handovers",
    clauses=("A17-6",),
    description_ja="担当者が替わるときの引継の記録。引継資料（暗号化して保存）と、前任者・後任者の確認を残します。",
    fields=(
        F("from_staff", Kind.REF, "前任者", "Handed over by", required=True, ref="staff"),
        F("to_staff", Kind.REF, "後任者", "Taken over by", ref="staff"),
        F("role", Kind.TEXT, "引き継ぐ役割・業務", "Role or duties handed over"),
        F("handed_on", Kind.DATE, "引継日", "Handover date", required=True),
        F("items", Kind.LONGTEXT, "引継事項", "What was handed over", max_length=2000),
        F("materials", Kind.TEXT, "引継資料（名称）", "Handover documents (names)",
          help_ja="紙の資料の名称など。ファイルは下の「引継資料」に添付します"),
        F("documents", Kind.ATTACHMENTS, "引継資料", "Handover documents"),
        F("from_confirmed_on", Kind.DATE, "前任者の確認日", "Confirmed by the predecessor on"),
        F("to_confirmed_on", Kind.DATE, "後任者の確認日", "Confirmed by the successor on"),
        note_field(),
    ),
    rules=(
        Rule("to_staff", "後任者は前任者と別の人にしてください。",
             lambda v: v.get("to_staff") is None or v.get("to_staff") != v.get("from_staff")),
        Rule("from_confirmed_on", "前任者の確認日は引継日以降の日付にしてください。",
             not_before("from_confirmed_on", "handed_on")),
        Rule("to_confirmed_on", "後任者の確認日は引継日以降の日付にしてください。",
             not_before("to_confirmed_on", "handed_on")),
    ),
    list_columns=("handed_on", "from_staff", "to_staff", "role", "from_confirmed_on", "to_confirmed_on"),
    search_fields=("role", "items", "materials", "note"),
    natural_key="handed_on",
    duplicate_key=("from_staff", "handed_on", "role"),
    default_sort=("handed_on", True),
    date_field="handed_on",
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    indexes=(
        Index("due_unconfirmed", "handed_on", "from_confirmed_on IS NULL OR to_confirmed_on IS NULL"),
    ),
    examples=(
        Example({"from_staff": ref("staff"), "role": "データ交換担当（県との受け渡し）",
                 "handed_on": dt.date(2025, 10, 1), "materials": "データ交換手順書 第2版、交換用フォルダの権限一覧",
                 "items": "月次の交換日程、暗号化の手順、県の窓口担当者を引き継いだ。",
                 "from_confirmed_on": dt.date(2025, 10, 1),
                 "note": "後任者は10月着任予定の新任者（着任後に後任者と確認日を入力する）。"}),
        Example({"from_staff": ref("staff", 2), "to_staff": ref("staff", 1), "role": "運用保守（夜間バッチ監視）",
                 "handed_on": dt.date(2025, 6, 27), "materials": "運用手順書一式、鍵の管理簿",
                 "items": "夜間バッチの監視手順と保管庫の鍵を引き継いだ。",
                 "from_confirmed_on": dt.date(2025, 6, 27), "to_confirmed_on": dt.date(2025, 6, 30)}),
    ),
)

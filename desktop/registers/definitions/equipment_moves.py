"""情報機器の持出し (equipment-moves) — A5-1-2: equipment taken out of its place, with the
prefecture's permission (coverage rule), and brought back by the planned date.

Bad input: a return before the take-out is refused (nothing written); a take-out without (or
outside) its permission really happened, so it is kept and flagged with the clause."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers import coverage
from desktop.registers.definitions._common import Example, F, Kind, at, day, not_before, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule


def _to_act(v: dict) -> coverage.Act:
    eq = v.get("equipment")
    return coverage.Act(("equipment_takeout",), day(v.get("out_at")), v.get("permission"),
                        (("equipment", eq),) if eq is not None else (), "A5-1-2")


ACT = coverage.declare_act(coverage.ActSpec(
    slug="equipment-moves", table="equipment_moves", date_column="out_at", title_column="destination",
    columns=("equipment", "out_at", "permission"), to_act=_to_act))


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    coverage.stamp(ctx.conn, ACT, new)


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = coverage.flags(ctx, ACT, rec)
    planned = rec.get("planned_back_on")
    if rec.get("back_at") is None and planned is not None and planned < ctx.today:
        out.append(Flag("equipment_move.not_back",
                        tr(CTX, "返却予定日（{d}）を過ぎても戻りが記録されていません（A5-1-2）。").format(d=planned.isoformat()),
                        level="overdue", field="back_at"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = coverage.due(ctx, ACT)
    for rid, dest, planned in ctx.conn.execute(
            "SELECT id, destination, planned_back_on FROM equipment_moves WHERE back_at IS NULL AND planned_back_on < ?"
            " ORDER BY planned_back_on LIMIT 500", (ctx.today.isoformat(),)):
        items.append(DueItem("equipment-moves", rid, dest, dt.date.fromisoformat(planned),
                             tr(CTX, "持ち出した情報機器が返却予定日を過ぎても戻っていません（A5-1-2）。"), True,
                             "equipment_move.not_back"))
    return items


def _title(rec: dict) -> str:
    when = rec.get("out_at")
    return f"{when.date().isoformat() if when else ''} {rec.get('destination') or ''}".strip()[:80]


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("coverage", coverage.GAP_WHERE, index=False),
    FlagScope("not_back", "back_at IS NULL", columns="planned_back_on", when="planned_back_on < :today", index=False),
)


REGISTER = Register(
    slug="equipment-moves",
    table="equipment_moves",
    label_ja="情報機器の持出し",
    label_en="Equipment taken out",
    clauses=("A5-1-2",),
    description_ja="情報機器を設置場所から持ち出した記録。県の許可を選び、戻った日時を記録します。",
    fields=(
        F("equipment", Kind.REF, "情報機器", "Equipment", required=True, ref="equipment"),
        F("out_at", Kind.DATETIME, "持出し日時", "Taken out at", required=True),
        F("planned_back_on", Kind.DATE, "返却予定日", "Planned back on", required=True),
        F("back_at", Kind.DATETIME, "返却日時", "Back at"),
        F("destination", Kind.TEXT, "持出し先", "Destination", required=True, max_length=200),
        F("purpose", Kind.TEXT, "目的", "Purpose", required=True, max_length=200),
        F("person", Kind.REF, "持出し者", "Person", required=True, ref="staff"),
        F("permission", Kind.REF, "許可の記録", "Permission", ref="permissions",
          help_ja="情報機器の持出しの許可の記録を選びます（A5-1-2）"),
        F("coverage", Kind.CHOICE, "許可の確認", "Permission check", choices=coverage.COVERAGE_CHOICES, computed=True),
        note_field(),
    ),
    rules=(
        Rule("back_at", "返却日時は持出し日時より後にしてください。", not_before("back_at", "out_at")),
        Rule("planned_back_on", "返却予定日は持出し日以降の日付にしてください。", not_before("planned_back_on", "out_at")),
    ),
    list_columns=("out_at", "equipment", "destination", "person", "planned_back_on", "back_at", "coverage"),
    search_fields=("destination", "purpose", "note"),
    natural_key="out_at",
    duplicate_key=("equipment", "out_at"),
    default_sort=("out_at", True),
    date_field="out_at",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    indexes=(coverage.gap_index("out_at"), Index("due_not_back", "planned_back_on", "back_at IS NULL")),
    examples=(
        Example({"equipment": ref("equipment"), "out_at": at(2025, 6, 20, 9), "planned_back_on": dt.date(2025, 6, 20),
                 "back_at": at(2025, 6, 20, 17), "destination": "石川県庁 情報政策課 会議室",
                 "purpose": "システム更新の説明会でのデモンストレーション", "person": ref("staff")}),
    ),
)

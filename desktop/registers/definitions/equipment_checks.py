"""情報機器の存在確認 (equipment-checks) — A5-1-1: periodic checks that each item exists."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers.definitions import equipment
from desktop.registers.definitions._common import Example, F, Kind, note_field, ref
from desktop.registers.model import CTX, Flag, FlagScope, HookContext, Index, Register, choices

RESULTS = choices(
    ("found", "所在を確認", "Found"),
    ("not_found", "所在不明", "Not found"),
)


def _after_write(ctx: HookContext, rid: int, new: dict | None, old: dict | None) -> None:
    targets = {v.get("equipment") for v in (new, old) if v}
    for eq in targets - {None}:
        equipment.refresh_schedule(ctx.conn, eq, ctx.today)


def _after_insert_many(ctx: HookContext, written: list[tuple[int, dict]]) -> None:
    """An import's batch of checks: each item's schedule once, after all of them."""
    for eq in sorted({rec.get("equipment") for _rid, rec in written} - {None}):
        equipment.refresh_schedule(ctx.conn, eq, ctx.today)


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    if rec.get("result") == "not_found":
        return [Flag("equipment_check.not_found",
                     tr(CTX, "所在不明です。直ちに県へ報告し、事故として記録してください（A20-1）。"),
                     level="overdue", field="result")]
    return []


def _title(rec: dict) -> str:
    d = rec.get("checked_on")
    return f"{d.isoformat() if d else ''} #{rec.get('equipment') or ''}"


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("not_found", "result = 'not_found'"),
)


REGISTER = Register(
    slug="equipment-checks",
    table="equipment_checks",
    label_ja="存在確認",
    label_en="Equipment checks",
    clauses=("A5-1-1",),
    description_ja="情報機器の存在を定期的に確認した記録。確認すると機器の次回確認予定日が更新されます。",
    fields=(
        F("equipment", Kind.REF, "対象機器", "Equipment", required=True, ref="equipment"),
        F("checked_on", Kind.DATE, "確認日", "Checked on", required=True),
        F("checked_by", Kind.REF, "確認者", "Checked by", required=True, ref="staff"),
        F("result", Kind.CHOICE, "結果", "Result", required=True, choices=RESULTS, default="found"),
        F("location_seen", Kind.TEXT, "確認した場所", "Where it was seen"),
        note_field(),
    ),
    list_columns=("checked_on", "equipment", "checked_by", "result", "location_seen"),
    search_fields=("location_seen", "note"),
    natural_key="checked_on",
    duplicate_key=("equipment", "checked_on"),
    default_sort=("checked_on", True),
    date_field="checked_on",
    status_field="result",
    after_write=_after_write,
    after_insert_many=_after_insert_many,
    # an item's latest check found (equipment.last_check): a seek, not its whole history
    indexes=(Index("found_by_equipment", "equipment, checked_on", "result = 'found'"),),
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    title=_title,
    examples=(

        Example({"equipment": ref("equipment"), "checked_on": dt.date(2025, 5, 1), "checked_by": ref("staff"),
                 "result": "found", "location_seen": "本社サーバ室"}),
        Example({"equipment": ref("equipment", 1), "checked_on": dt.date(2025, 6, 30),
                 "checked_by": ref("staff", 1), "result": "found", "location_seen": "本社3階 運用室 2番席"}),
    ),
)

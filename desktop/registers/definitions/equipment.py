"""情報機器 (equipment) — A5-1, A5-2-2: the equipment that holds prefecture data, its
physical protection, and the schedule of its existence checks (see equipment_checks)."""

from __future__ import annotations

import datetime as dt

from desktop import settings
from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, add_months, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, choices

settings.declare("registers.equipment_check_months", int, 6,
                 tr("Settings", "情報機器の存在確認の間隔（か月、新しい機器の既定値）"), minimum=1, maximum=60)

KINDS = choices(
    ("server", "サーバ", "Server"),
    ("pc", "パソコン", "PC"),
    ("network", "ネットワーク機器", "Network device"),
    ("storage", "ストレージ", "Storage"),
    ("printer", "複合機・プリンタ", "Printer / MFP"),
    ("other", "その他", "Other"),
)
PROTECTION = choices(
    ("locked_room", "施錠できる部屋", "Locked room"),
    ("locked_rack", "施錠できるラック", "Locked rack"),
    ("locked_cabinet", "施錠できるキャビネット", "Locked cabinet"),
    ("none", "なし", "None"),
)
STATUS = choices(
    ("in_use", "使用中", "In use"),
    ("stored", "保管中", "Stored"),
    ("repair", "修理中", "Under repair"),
    ("disposed", "廃棄済", "Disposed"),
    ("returned", "返却済", "Returned"),
)
ACTIVE = ("in_use", "stored", "repair")


def _default_interval(ctx: HookContext) -> int:
    return settings.get(ctx.conn, "registers.equipment_check_months")


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    if new.get("check_interval_months") is None:
        new["check_interval_months"] = _default_interval(ctx)
    if old is not None:
        new["last_checked_on"] = last_check(ctx.conn, old["id"])
    elif not ctx.importing:  # an import keeps the exported value; checks are imported after
        new["last_checked_on"] = None
    new["next_check_due"] = next_due(new.get("last_checked_on"), new["check_interval_months"],
                                     new.get("registered_on") or ctx.today)


def next_due(last: dt.date | None, months: int, registered: dt.date) -> dt.date:
    return add_months(last or registered, int(months))


def last_check(conn, equipment_id: int) -> dt.date | None:
    row = conn.execute("SELECT max(checked_on) FROM equipment_checks WHERE equipment = ? AND result = 'found'",
                       (equipment_id,)).fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


def refresh_schedule(conn, equipment_id: int, today: dt.date) -> None:
    """Recompute 最終確認日 / 次回確認予定日 after a check was added, changed or deleted."""
    row = conn.execute("SELECT check_interval_months, registered_on FROM equipment WHERE id = ?",
                       (equipment_id,)).fetchone()
    if row is None:
        return
    last = last_check(conn, equipment_id)
    registered = dt.date.fromisoformat(row[1]) if row[1] else today
    due = next_due(last, row[0] or 6, registered)
    conn.execute("UPDATE equipment SET last_checked_on = ?, next_check_due = ? WHERE id = ?",
                 (last.isoformat() if last else None, due.isoformat(), equipment_id))


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    if rec.get("status") in ACTIVE:
        if rec.get("holds_pref_data") and rec.get("protection") in (None, "none"):
            out.append(Flag("equipment.unprotected",
                            tr(CTX, "県の情報を保存する機器に物理的な保護措置が記録されていません（A5-2-2）。"),
                            field="protection"))
        due = rec.get("next_check_due")
        if due is not None and due < ctx.today:
            out.append(Flag("equipment.check_overdue",
                            tr(CTX, "存在確認の予定日（{due}）を過ぎています（A5-1-1）。").format(due=due.isoformat()),
                            level="overdue", field="next_check_due"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    horizon = (ctx.today + dt.timedelta(days=30)).isoformat()
    items = []
    for rid, asset, due in ctx.conn.execute(
            "SELECT id, asset_no, next_check_due FROM equipment WHERE status IN ('in_use','stored','repair')"
            " AND next_check_due IS NOT NULL AND next_check_due <= ? ORDER BY next_check_due", (horizon,)):
        d = dt.date.fromisoformat(due)
        overdue = d < ctx.today
        msg = tr(CTX, "存在確認の期限を過ぎています。") if overdue else tr(CTX, "存在確認の予定日が近づいています。")
        items.append(DueItem("equipment", rid, asset, d, msg, overdue, "equipment.check_due", clause="A5-1-1"))
    return items


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("unprotected", "status IN ('in_use','stored','repair') AND holds_pref_data = 1"
              " AND ifnull(protection, 'none') = 'none'"),
    FlagScope("check_due", "status IN ('in_use','stored','repair')", columns="next_check_due",
              when="next_check_due < :today", index=False),
)


REGISTER = Register(
    slug="equipment",
    table="equipment",
    label_ja="情報機器",
    label_en="Equipment",
    clauses=("A5-1-1", "A5-2-2"),
    description_ja="県の情報を記録した情報機器の台帳。物理的な保護措置と、定期的な存在確認の予定を管理します。",
    fields=(
        F("asset_no", Kind.TEXT, "資産番号", "Asset number", required=True, max_length=50),
        F("kind", Kind.CHOICE, "種別", "Kind", required=True, choices=KINDS),
        F("maker", Kind.TEXT, "メーカー", "Maker", max_length=100),
        F("model", Kind.TEXT, "型番", "Model", max_length=100),
        F("serial_no", Kind.TEXT, "製造番号", "Serial number", max_length=100),
        F("location", Kind.TEXT, "設置場所", "Location", required=True),
        F("protection", Kind.CHOICE, "物理的保護措置", "Physical protection", choices=PROTECTION),
        F("holds_pref_data", Kind.YESNO, "県の情報の保存", "Holds prefecture data", default=False),
        F("owner", Kind.TEXT, "所有者", "Owner", help_ja="例: 石川県、当社、リース会社名"),
        F("custodian", Kind.REF, "管理担当者", "Custodian", ref="staff"),
        F("status", Kind.CHOICE, "状態", "Status", required=True, choices=STATUS, default="in_use"),
        F("registered_on", Kind.DATE, "登録日", "Registered on", default=lambda ctx: ctx.today),
        F("check_interval_months", Kind.NUMBER, "存在確認の間隔", "Check interval", unit_ja="か月",
          minimum=1, maximum=60, default=_default_interval),
        F("last_checked_on", Kind.DATE, "最終確認日", "Last checked on", computed=True),
        F("next_check_due", Kind.DATE, "次回確認予定日", "Next check due", computed=True),
        note_field(),
    ),
    list_columns=("asset_no", "kind", "maker", "model", "location", "status", "next_check_due"),
    search_fields=("asset_no", "maker", "model", "serial_no", "location", "owner", "note"),
    natural_key="asset_no",
    natural_key_unique=True,
    default_sort=("asset_no", False),
    date_field="next_check_due",
    status_field="status",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    # for the due queries (no scan of the table; see test_query_plans.py)
    indexes=(
        Index("due_check", "next_check_due", "status IN ('in_use','stored','repair')"),
    ),
    examples=(

        Example({"asset_no": "SV-001", "kind": "server", "maker": "富士通", "model": "PRIMERGY RX2540",
                 "serial_no": "MBFT12345", "location": "本社サーバ室", "protection": "locked_rack",
                 "holds_pref_data": True, "owner": "当社", "status": "in_use", "custodian": ref("staff"),
                 "registered_on": dt.date(2025, 4, 1)}),
        Example({"asset_no": "PC-014", "kind": "pc", "maker": "NEC", "model": "Mate MKM44",
                 "location": "本社3階 運用室", "protection": "locked_room", "holds_pref_data": True,
                 "owner": "当社", "status": "in_use", "custodian": ref("staff", 1),
                 "registered_on": dt.date(2025, 4, 1), "check_interval_months": 3}),
    ),
)

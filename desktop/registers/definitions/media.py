"""外部記憶媒体台帳 (media) — A3-1, A3-2-1, A3-2-3, A3-2-8: each external medium, who may use
it, where it is locked away and how it is protected. Its status follows its media events
(see media_events); the permission for using it is a 外部記憶媒体の使用 permission that names
it (permissions.media)."""

from __future__ import annotations

import datetime as dt

from desktop import settings
from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, choices
from desktop.timeutil import now

settings.declare("registers.media_out_hours", int, 24,
                 tr("Settings", "持ち出した媒体が戻らないまま要対応に出すまでの時間"), minimum=1, maximum=24 * 60)

TYPES = choices(
    ("usb", "USBメモリ", "USB memory"),
    ("disk", "外付けディスク", "External disk"),
    ("optical", "光ディスク（CD・DVD等）", "Optical disc"),
    ("tape", "磁気テープ", "Tape"),
    ("other", "その他", "Other"),
)
OWNERS = choices(
    ("office", "当社", "Our office"),
    ("prefecture", "県", "The prefecture"),
)
STATUS = choices(
    ("in_use", "使用中", "In use"),
    ("stored", "保管中", "In storage"),
    ("out", "持出し中", "Taken out"),
    ("disposed", "廃棄済", "Disposed"),
    ("reused", "再利用（消去済）", "Erased for reuse"),
)


def use_permission(conn, medium_id: int, today: dt.date) -> tuple[int, str] | None:
    """A granted 外部記憶媒体の使用 permission naming the medium whose period contains
    ``today``: ``(id, subject)`` or None (A3-1)."""
    row = conn.execute(
        "SELECT p.id, p.subject FROM permissions_media l JOIN permissions p ON p.id = l.owner_id"
        " WHERE l.ref_id = ? AND p.kind = 'media_use' AND p.status IN ('granted','conditional')"
        " AND p.period_from <= ? AND (p.period_to IS NULL OR p.period_to >= ?) LIMIT 1",
        (medium_id, today.isoformat(), today.isoformat())).fetchone()
    return (row[0], row[1]) if row else None


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    if rec.get("status") == "disposed":
        return out
    if rec.get("holds_pref_data"):
        if rec.get("id") and use_permission(ctx.conn, rec["id"], ctx.today) is None:
            out.append(Flag("media.no_use_permission",
                            tr(CTX, "県の情報を保存していますが、この媒体を対象とする使用の許可（有効期間内）がありません（A3-1）。"),
                            field="holds_pref_data"))
        if not rec.get("encrypted") and not rec.get("password"):
            out.append(Flag("media.unprotected",
                            tr(CTX, "県の情報を保存する媒体に暗号化・パスワードの設定が記録されていません（A3-2-3）。"),
                            field="password"))
    if not rec.get("permitted_users"):
        out.append(Flag("media.no_users", tr(CTX, "この媒体を利用できる者が決められていません（A3-2-1）。"),
                        field="permitted_users"))
    if not rec.get("storage_place"):
        out.append(Flag("media.no_storage", tr(CTX, "施錠できる保管場所が記録されていません（A3-2-3）。"),
                        field="storage_place"))
    since = rec.get("out_since")
    if since is not None:
        hours = ctx.setting("registers.media_out_hours")
        if since + dt.timedelta(hours=hours) < now():
            out.append(Flag("media.out_too_long",
                            tr(CTX, "持ち出してから{hours}時間を過ぎても返却が記録されていません。放置されていないか確認してください（A3-2-8）。").format(
                                hours=hours), level="overdue", field="out_since"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    hours = ctx.setting("registers.media_out_hours")
    limit = (now() - dt.timedelta(hours=hours)).isoformat()
    items = []
    for rid, ident, since in ctx.conn.execute(
            "SELECT id, identifier, out_since FROM media WHERE out_since IS NOT NULL AND out_since < ?"
            " ORDER BY out_since LIMIT 500", (limit,)):
        items.append(DueItem("media", rid, ident, dt.datetime.fromisoformat(since).date(),
                             tr(CTX, "持ち出した媒体の返却が記録されていません（A3-2-8）。"), True, "media.out_too_long"))
    return items


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    # permitted users and permissions are read from other tables: any medium not disposed of
    FlagScope("active", "ifnull(status, '') != 'disposed'"),
)


REGISTER = Register(
    slug="media",
    table="media",
    label_ja="外部記憶媒体",
    label_en="External media",
    clauses=("A3-1", "A3-2-1", "A3-2-3", "A3-2-8"),
    description_ja="USBメモリなど外部記憶媒体の台帳。利用できる者、施錠保管の場所、暗号化を記録し、利用記録から状態を更新します。",
    fields=(
        F("identifier", Kind.TEXT, "管理番号", "Identifier", required=True, max_length=50),
        F("media_type", Kind.CHOICE, "種類", "Type", required=True, choices=TYPES),
        F("owner", Kind.CHOICE, "所有者", "Owner", required=True, choices=OWNERS, default="office"),
        F("maker_model", Kind.TEXT, "メーカー・型番", "Maker / model", max_length=100),
        F("capacity", Kind.TEXT, "容量", "Capacity", max_length=30, help_ja="例: 64GB"),
        F("encrypted", Kind.YESNO, "暗号化", "Encrypted", default=False),
        F("password", Kind.YESNO, "パスワード設定", "Password set", default=False),
        F("storage_place", Kind.TEXT, "保管場所（施錠）", "Locked storage place", max_length=100,
          help_ja="例: 運用室 施錠キャビネットA-2"),
        F("permitted_users", Kind.REFS, "利用できる者", "Permitted users", ref="staff"),
        F("holds_pref_data", Kind.YESNO, "県の情報の保存", "Holds prefecture data", default=False),
        F("status", Kind.CHOICE, "状態", "Status", required=True, choices=STATUS, default="stored",
          help_ja="利用記録（持出し・返却・廃棄など）を登録すると更新されます"),
        F("out_since", Kind.DATETIME, "持出し日時", "Out since", computed=True),
        note_field(),
    ),
    list_columns=("identifier", "media_type", "owner", "capacity", "storage_place", "status", "out_since"),
    search_fields=("identifier", "maker_model", "capacity", "storage_place", "note"),
    natural_key="identifier",
    natural_key_unique=True,
    default_sort=("identifier", False),
    date_field="out_since",
    status_field="status",
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    indexes=(Index("due_out", "out_since", "out_since IS NOT NULL"),),
    examples=(
        Example({"identifier": "MD-001", "media_type": "usb", "owner": "office",
                 "maker_model": "アイ・オー・データ ED-S4/64GR", "capacity": "64GB", "encrypted": True, "password": True,
                 "storage_place": "運用室 施錠キャビネットA-2", "permitted_users": [ref("staff")],
                 "holds_pref_data": True, "status": "stored"}),
        Example({"identifier": "MD-002", "media_type": "optical", "owner": "prefecture", "capacity": "4.7GB",
                 "storage_place": "運用室 耐火金庫", "permitted_users": [ref("staff"), ref("staff", 1)],
                 "holds_pref_data": True, "status": "stored", "note": "県から受領した照合用データ（DVD-R）"}),
    ),
)

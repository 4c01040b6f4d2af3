"""管理体制 (structure) — A5-2-1, A5-2-3, A9-1, A17-7.

Each record is one *revision* of the management structure, effective from a date. Changing
the structure means creating a new revision (:func:`revise`); the structure as it stood on
any date is the revision with the latest 適用開始日 on or before that date (:func:`as_of`).
"""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers.definitions._common import ROLE_CHOICES, Example, F, Kind, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Register, Rule, SubList
from desktop.registers.values import from_db
from desktop.timeutil import parse_iso

MEMBERS = SubList(
    table="structure_members",
    fields=(
        F("role", Kind.CHOICE, "役割", "Role", required=True, choices=ROLE_CHOICES),
        F("staff", Kind.REF, "氏名（従事者）", "Name (staff)", ref="staff"),
        F("person_name", Kind.TEXT, "氏名（従事者以外）", "Name (other)", max_length=100,
          help_ja="県の担当者や外部の連絡先など、従事者名簿にいない人"),
        F("affiliation", Kind.TEXT, "所属・役職", "Department / title"),
        F("scope", Kind.LONGTEXT, "責任範囲", "Scope of responsibility", max_length=1000),
        F("phone", Kind.TEXT, "電話番号", "Phone", max_length=40),
        F("email", Kind.TEXT, "電子メール", "E-mail", max_length=254),
        F("hours", Kind.TEXT, "連絡可能な時間帯", "Reachable hours", max_length=100),
        F("contact_order", Kind.NUMBER, "連絡順位", "Order of contact", minimum=1, maximum=99),
    ),
    rules=(
        Rule("staff", "氏名（従事者）か氏名（従事者以外）のどちらかを入力してください。",
             lambda v: v.get("staff") is not None or bool(v.get("person_name"))),
    ),
)


def _title(rec: dict) -> str:
    start = rec.get("effective_from")
    return f"{start.isoformat() if start else ''} {rec.get('organization') or ''}".strip()


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    roles = {m.get("role") for m in rec.get("members") or []}
    out = []
    if "security_officer" not in roles:
        out.append(Flag("structure.no_security_officer",
                        tr(CTX, "情報セキュリティ責任者が定められていません。"), field="members"))
    if "failure_contact" not in roles and "incident_contact" not in roles:
        out.append(Flag("structure.no_contact",
                        tr(CTX, "障害時・事故時の連絡先が定められていません（A5-2-3、A17-7）。"), field="members"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    current = as_of(ctx.conn, ctx.today)
    if current is None:  # due since the vault was set up for this contract
        return [DueItem("structure", 0, tr(CTX, "管理体制"), _vault_created(ctx),
                        tr(CTX, "管理体制が登録されていません（A5-2-1、A9-1）。"), True, "structure.missing")]
    return []


def _vault_created(ctx: HookContext) -> dt.date | None:
    row = ctx.conn.execute("SELECT value FROM meta WHERE key = 'created_at'").fetchone()
    try:
        value = row[0] if isinstance(row[0], str) else bytes(row[0]).decode()
        return min(parse_iso(value).astimezone().date(), ctx.today)
    except (TypeError, ValueError, AttributeError):
        return None


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    # the roles are read from the members sub-list: any structure (an office has a few)
    FlagScope.every("members"),
)


REGISTER = Register(
    slug="structure",
    table="structure",
    label_ja="管理体制",
    label_en="Management structure",
    clauses=("A5-2-1", "A5-2-3", "A9-1", "A17-7"),
    description_ja="委託業務の管理体制・責任範囲・連絡体制。変更は新しい版として登録します。",
    fields=(
        F("effective_from", Kind.DATE, "適用開始日", "Effective from", required=True),
        F("organization", Kind.TEXT, "体制の名称", "Name of the structure", required=True,
          help_ja="例: ○○システム保守業務 管理体制"),
        F("contract", Kind.TEXT, "契約名", "Contract"),
        F("change_reason", Kind.LONGTEXT, "改定理由", "Reason for the revision", max_length=1000),
        F("members", Kind.SUBLIST, "体制表", "Members", sub=MEMBERS),
        note_field(),
    ),
    list_columns=("effective_from", "organization", "contract"),
    search_fields=("organization", "contract", "change_reason", "note"),
    natural_key="effective_from",
    natural_key_unique=True,
    default_sort=("effective_from", True),
    date_field="effective_from",
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    examples=(
        Example({"effective_from": dt.date(2025, 4, 1), "organization": "保守業務 管理体制",
                 "contract": "情報システム保守業務委託",
                 "members": [{"role": "security_officer", "staff": ref("staff"), "phone": "076-000-0001",
                              "scope": "情報セキュリティ全般", "contact_order": 1},
                             {"role": "failure_contact", "person_name": "石川県 情報政策課",
                              "phone": "076-225-0000", "hours": "8:30-17:15"},
                             {"role": "incident_contact", "staff": ref("staff"), "phone": "090-0000-0002",
                              "hours": "24時間（携帯）", "contact_order": 2}]}),
    ),
)


def as_of(conn, date: dt.date) -> dict | None:
    """The structure revision in effect on ``date`` (None before the first revision), with
    ``effective_to`` (the day before the next revision, or None)."""
    from desktop.registers import store

    row = conn.execute("SELECT id FROM structure WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT 1",
                       (date.isoformat(),)).fetchone()
    if row is None:
        return None
    rec = store.load(conn, REGISTER, row[0], with_attachments=False)
    nxt = conn.execute("SELECT min(effective_from) FROM structure WHERE effective_from > ?",
                       (rec["effective_from"].isoformat(),)).fetchone()[0]
    rec["effective_to"] = from_db(REGISTER.field("effective_from"), nxt) - dt.timedelta(days=1) if nxt else None
    return rec


def roles_held(conn, date: dt.date) -> set[str]:
    rec = as_of(conn, date)
    return {m["role"] for m in rec["members"]} if rec else set()

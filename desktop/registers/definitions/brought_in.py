"""持込機器 (brought-in) — A8-1, A8-2, A8-3: a device brought into the workplace and
connected to its networks: the prefecture's permission (coverage rule), the security
checklist (anti-virus with its pattern date, patches, other measures) and who confirmed it.

Bad input, per case: a period that ends before it starts, or anti-virus / patches marked
without their product or date, is refused (nothing written); a device marked as personally
owned is kept (it may really be in the room) and flagged (A8-3), as is a connection without
(or outside) its permission (A8-1) or an unconfirmed checklist (A8-2)."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers import coverage
from desktop.registers.definitions._common import Example, F, Kind, at, not_before, note_field, ref, requires
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, choices, unset

OWNERS = choices(
    ("company", "当社", "Our company"),
    ("other_company", "他社（メーカー・協力会社）", "Another company"),
    ("personal", "個人所有", "Personal"),
)


def _to_act(v: dict) -> coverage.Act:
    return coverage.Act(("device_connection",), v.get("period_from"), v.get("permission"), (), "A8-1")


ACT = coverage.declare_act(coverage.ActSpec(
    slug="brought-in", table="brought_in", date_column="period_from", title_column="device",
    columns=("period_from", "permission"), to_act=_to_act))


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    coverage.stamp(ctx.conn, ACT, new)


def checklist_gaps(rec: dict) -> list[str]:
    """The checklist items not yet confirmed (Japanese labels)."""
    gaps = []
    if not (rec.get("av_installed") and rec.get("av_product") and rec.get("av_pattern_date")):
        gaps.append(tr(CTX, "ウイルス対策ソフト（製品・パターン日付）"))
    if not (rec.get("patches_applied") and rec.get("patches_on")):
        gaps.append(tr(CTX, "修正プログラムの適用"))
    return gaps


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = coverage.flags(ctx, ACT, rec)
    if rec.get("owner") == "personal":
        out.append(Flag("brought_in.personal",
                        tr(CTX, "個人所有の機器は持ち込めません。業務での使用をやめ、会社の機器に替えてください（A8-3）。"),
                        level="overdue", field="owner"))
    gaps = checklist_gaps(rec)
    if gaps:
        out.append(Flag("brought_in.checklist",
                        tr(CTX, "確認できていない項目があります: {items}（A8-2）。").format(items="、".join(gaps)),
                        field="av_installed"))
    if rec.get("confirmed_by") is None or rec.get("confirmed_at") is None:
        out.append(Flag("brought_in.not_confirmed",
                        tr(CTX, "セキュリティ対策を確認した者と日時が記録されていません（A8-2）。"), field="confirmed_by"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = coverage.due(ctx, ACT)
    for rid, device, since in ctx.conn.execute(
            "SELECT id, device, period_from FROM brought_in WHERE owner = 'personal' ORDER BY period_from LIMIT 500"):
        items.append(DueItem("brought-in", rid, device, dt.date.fromisoformat(since),
                             tr(CTX, "個人所有の機器が持ち込まれています（A8-3）。"), True, "brought_in.personal"))
    return items


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("coverage", coverage.GAP_WHERE, index=False),
    FlagScope("personal", "owner = 'personal'", index=False),
    FlagScope("checklist", " OR ".join(unset(c) for c in ("av_installed", "av_product", "av_pattern_date",
                                                          "patches_applied", "patches_on"))),
    FlagScope("not_confirmed", "confirmed_by IS NULL OR confirmed_at IS NULL"),
)


REGISTER = Register(
    slug="brought-in",
    table="brought_in",
    label_ja="持込機器",
    label_en="Brought-in devices",
    clauses=("A8-1", "A8-2", "A8-3"),
    description_ja="業務の場所へ持ち込んでネットワークに接続する機器の記録。県の許可、ウイルス対策・修正プログラムの確認と確認者を記録します。",
    fields=(
        F("device", Kind.TEXT, "機器（名称・型番）", "Device", required=True, max_length=100),
        F("serial_no", Kind.TEXT, "製造番号", "Serial number", max_length=100),
        F("owner", Kind.CHOICE, "所有者", "Owner", required=True, choices=OWNERS, default="company",
          help_ja="個人所有の機器は持ち込めません（A8-3）"),
        F("owner_name", Kind.TEXT, "所有者名（会社名）", "Owner name", max_length=100),
        F("purpose", Kind.TEXT, "目的", "Purpose", required=True, max_length=200),
        F("period_from", Kind.DATE, "持込期間（開始）", "Period from", required=True),
        F("period_to", Kind.DATE, "持込期間（終了）", "Period to"),
        F("networks", Kind.TEXT, "接続するネットワーク", "Networks connected to", max_length=200),
        F("permission", Kind.REF, "許可の記録", "Permission", ref="permissions",
          help_ja="持込機器の接続の許可の記録を選びます（A8-1）"),
        F("coverage", Kind.CHOICE, "許可の確認", "Permission check", choices=coverage.COVERAGE_CHOICES, computed=True),
        F("av_installed", Kind.YESNO, "ウイルス対策ソフト導入", "Anti-virus installed", default=False),
        F("av_product", Kind.TEXT, "ウイルス対策製品", "Anti-virus product", max_length=100),
        F("av_pattern_date", Kind.DATE, "パターンファイルの日付", "Pattern file date"),
        F("patches_applied", Kind.YESNO, "修正プログラム適用", "Patches applied", default=False),
        F("patches_on", Kind.DATE, "修正プログラムの適用日", "Patches applied on"),
        F("other_measures", Kind.LONGTEXT, "その他の対策", "Other measures", max_length=2000),
        F("confirmed_by", Kind.REF, "確認者", "Confirmed by", ref="staff"),
        F("confirmed_at", Kind.DATETIME, "確認日時", "Confirmed at"),
        note_field(),
    ),
    rules=(
        Rule("period_to", "持込期間（終了）は持込期間（開始）以降の日付にしてください。", not_before("period_to", "period_from")),
        Rule("av_product", "ウイルス対策ソフト導入を「はい」にした場合は製品名を入力してください。",
             requires("av_installed", "av_product")),
        Rule("patches_on", "修正プログラム適用を「はい」にした場合は適用日を入力してください。",
             requires("patches_applied", "patches_on")),
        Rule("confirmed_at", "確認者と確認日時は両方を入力してください。",
             lambda v: (v.get("confirmed_by") is None) == (v.get("confirmed_at") is None)),
    ),
    list_columns=("period_from", "device", "owner", "purpose", "period_to", "coverage"),
    search_fields=("device", "serial_no", "owner_name", "purpose", "networks", "av_product", "other_measures", "note"),
    natural_key="device",
    duplicate_key=("device", "serial_no", "period_from"),
    default_sort=("period_from", True),
    date_field="period_from",
    status_field="owner",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    indexes=(coverage.gap_index("period_from"), Index("due_personal", "period_from", "owner = 'personal'")),
    examples=(
        Example({"device": "保守用ノートPC Dynabook B65", "serial_no": "3K123456H", "owner": "other_company",
                 "owner_name": "富士通Japan株式会社", "purpose": "メーカー技術者による障害調査",
                 "period_from": dt.date(2025, 7, 1), "period_to": dt.date(2025, 7, 3), "networks": "運用室 保守用セグメント",
                 "av_installed": True, "av_product": "ESET Endpoint Security",
                 "av_pattern_date": dt.date(2025, 6, 30), "patches_applied": True, "patches_on": dt.date(2025, 6, 25),
                 "confirmed_by": ref("staff"), "confirmed_at": at(2025, 7, 1, 9, 10)}),
    ),
)

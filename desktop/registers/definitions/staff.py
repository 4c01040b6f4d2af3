"""従事者 (staff) — A9-2, A17-6: who works on the contract, badges, handovers.

A person's handovers are records of the handovers register (``handovers.from_staff``); the
former sub-list ``staff_handovers`` was moved there by migration 0008."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers.definitions._common import (
    Example,
    F,
    Kind,
    not_before,
    note_field,
    requires,
)
from desktop.registers.model import (
    CTX,
    DueItem,
    Flag,
    FlagScope,
    HookContext,
    Index,
    Register,
    Rule,
    choices,
    unset,
)

STATUS = choices(
    ("active", "従事中", "Active"),
    ("left", "離任", "Left"),
)


def has_handover(conn, staff_id: int | None) -> bool:
    """Whether the handovers register holds a handover from this person (A17-6)."""
    if staff_id is None:
        return False
    return conn.execute("SELECT 1 FROM handovers WHERE from_staff = ? LIMIT 1", (staff_id,)).fetchone() is not None


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    ended = new.get("ended_on")
    new["status"] = "left" if ended is not None and ended <= ctx.today else "active"


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    left = rec.get("ended_on") is not None and rec["ended_on"] <= ctx.today
    if not left and not rec.get("badge_no"):
        out.append(Flag("staff.no_badge", tr(CTX, "名札・身分証明書の交付が記録されていません（A9-2）。"), field="badge_no"))
    if rec.get("ended_on") is not None and not has_handover(ctx.conn, rec.get("id")):
        out.append(Flag("staff.no_handover", tr(CTX, "離任にあたっての引継記録がありません（A17-6）。"), field="ended_on"))
    if not left and rec.get("contract_to") is not None and rec["contract_to"] < ctx.today:
        out.append(Flag("staff.contract_ended", tr(CTX, "契約期間が終了していますが、従事終了日が入力されていません。"),
                        level="overdue", field="ended_on", clause="A17-6"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    today = ctx.today.isoformat()
    for rid, name, ended in ctx.conn.execute(
            "SELECT s.id, s.name, s.ended_on FROM staff s WHERE s.ended_on IS NOT NULL AND s.ended_on <= ?"
            " AND NOT EXISTS (SELECT 1 FROM handovers h WHERE h.from_staff = s.id)", (today,)):
        import datetime as dt

        items.append(DueItem("staff", rid, name, dt.date.fromisoformat(ended),
                             tr(CTX, "引継記録がありません（A17-6）。"), True, "staff.no_handover"))
    return items


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("no_badge", unset("badge_no")),
    FlagScope("ended", "ended_on IS NOT NULL", index=False),
    FlagScope("contract_ended", "contract_to IS NOT NULL", columns="contract_to", when="contract_to < :today"),
)


REGISTER = Register(
    slug="staff",
    table="staff",
    label_ja="従事者",
    label_en="Staff",
    clauses=("A9-2", "A17-6"),
    description_ja="委託業務の従事者名簿。名札・身分証明書の交付と、離任時の引継を記録します。",
    fields=(
        F("name", Kind.TEXT, "氏名", "Name", required=True, max_length=100),
        F("name_kana", Kind.TEXT, "ふりがな", "Name (kana)", max_length=100),
        F("affiliation", Kind.TEXT, "所属", "Department"),
        F("job_role", Kind.TEXT, "担当業務", "Duties"),
        F("contract_from", Kind.DATE, "契約期間（開始）", "Contract from"),
        F("contract_to", Kind.DATE, "契約期間（終了）", "Contract to"),
        F("badge_no", Kind.TEXT, "名札・身分証番号", "Badge / ID card number", max_length=50),
        F("badge_issued_on", Kind.DATE, "名札・身分証の交付日", "Badge issued on"),
        F("started_on", Kind.DATE, "従事開始日", "Started on"),
        F("ended_on", Kind.DATE, "従事終了日", "Ended on"),
        F("status", Kind.CHOICE, "在籍状況", "Status", choices=STATUS, computed=True),
        note_field(),
    ),
    rules=(
        Rule("contract_to", "契約期間（終了）は契約期間（開始）以降の日付にしてください。",
             not_before("contract_to", "contract_from")),
        Rule("ended_on", "従事終了日は従事開始日以降の日付にしてください。", not_before("ended_on", "started_on")),
        Rule("badge_issued_on", "名札・身分証番号を入力した場合は交付日も入力してください。",
             requires("badge_no", "badge_issued_on")),
    ),
    list_columns=("name", "affiliation", "job_role", "badge_no", "started_on", "ended_on", "status"),
    search_fields=("name", "name_kana", "affiliation", "job_role", "badge_no", "note"),
    natural_key="name",
    duplicate_key=("name", "started_on"),  # import: the same person starting on the same day
    default_sort=("name", False),
    date_field="started_on",
    status_field="status",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    # for the due queries (no scan of the table; see test_query_plans.py)
    indexes=(
        Index("due_ended", "ended_on", "ended_on IS NOT NULL"),
    ),
    examples=(
        Example({"name": "山田 太郎", "name_kana": "やまだ たろう", "affiliation": "システム開発部",
                 "job_role": "運用保守", "badge_no": "B-001", "badge_issued_on": dt.date(2025, 4, 1),
                 "started_on": dt.date(2025, 4, 1), "contract_from": dt.date(2025, 4, 1),
                 "contract_to": dt.date(2026, 3, 31)}),
        Example({"name": "鈴木 花子", "name_kana": "すずき はなこ", "affiliation": "運用部",
                 "job_role": "データ交換担当", "badge_no": "B-002", "badge_issued_on": dt.date(2025, 4, 1),
                 "started_on": dt.date(2025, 4, 1)}),
        Example({"name": "田中 健", "name_kana": "たなか けん", "affiliation": "運用部", "job_role": "運用保守",
                 "badge_no": "B-003", "badge_issued_on": dt.date(2024, 4, 1), "started_on": dt.date(2024, 4, 1),
                 "ended_on": dt.date(2025, 6, 30)}),
    ),
)

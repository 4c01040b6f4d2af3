"""引継書 — one handover record: who handed over what to whom, with which documents, and both
sides' confirmation (A17-6)."""

from __future__ import annotations

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, join, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, KeyValue, Para, Section

TITLE = "引継書"
SLUG = "handovers"


def build(vault: VaultLike, head, *, record: int):
    src = Source(vault)
    cal = head.calendar
    r = src.get(SLUG, record)
    facts = [
        ("委託業務名", head.contract or "—"),
        ("引継日", date_text(r.get("handed_on"), cal)),
        ("前任者", src.staff_name(r.get("from_staff"))),
        ("後任者", src.staff_name(r.get("to_staff")) or "（未定）"),
        ("引き継ぐ役割・業務", text(r.get("role"), "—")),
    ]
    docs = [[str(i), a.name, f"{a.size:,}バイト"] for i, a in enumerate(r.get("documents") or [], 1)]
    items = [
        KeyValue(facts, numbered=True, border=True),
        Section("6　引継事項", text(r.get("items"), "—")),
        Section("7　引継資料", join([text(r.get("materials"))], "") or ("（下表の添付ファイル）" if docs else "—")),
    ]
    if docs:
        items.append(DataTable([Column("No.", 0.4, "right"), Column("ファイル名", 4.0), Column("大きさ", 1.2, "right")],
                               docs, font_size=8))
    items += [
        Section("8　確認", ""),
        KeyValue([
            ("前任者の確認", date_text(r.get("from_confirmed_on"), cal) if r.get("from_confirmed_on") else "未確認"),
            ("後任者の確認", date_text(r.get("to_confirmed_on"), cal) if r.get("to_confirmed_on") else "未確認"),
        ], border=True),
    ]
    body = [Para(f"{contract_phrase(head.contract)}の担当者の変更にあたり、下記のとおり引継を行いました。")]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="handover",
    title=TITLE,
    params=frozenset({"record"}),
    record_register="handovers",
    record_label="引継記録",
    clauses=("A17-6",),
    build=build,
    description="担当者の変更に伴う引継の記録（引継事項、引継資料、前任者・後任者の確認）です。",
    order=74,
))

"""重要情報の誤り等に関する報告 — an error found in important data, from a data-errors record
(A17-9 report to the prefecture; A19-3 the correction checked against the source)."""

from __future__ import annotations

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import KeyValue, Para, Section

TITLE = "重要情報の誤り等に関する報告"
SLUG = "data-errors"


def build(vault: VaultLike, head, *, record: int):
    src = Source(vault)
    cal = head.calendar
    r = src.get(SLUG, record)
    facts = [
        ("委託業務名", head.contract or "—"),
        ("発見日", date_text(r.get("found_on"), cal)),
        ("発見者", src.staff_name(r.get("found_by")) or "—"),
        ("対象のシステム・データ", text(r.get("target"))),
        ("県への第一報", (date_text(r["reported_on"], cal) + f"（{text(r.get('reported_to'))}）")
         if r.get("reported_on") else "未報告"),
        ("現在の状況", src.label(SLUG, "status", r.get("status"))),
    ]
    check = [
        ("訂正日", date_text(r.get("corrected_on"), cal) if r.get("corrected_on") else "未訂正"),
        ("原票との照合", src.label(SLUG, "verification", r.get("verification")) or "未照合"),
        ("照合者", src.staff_name(r.get("verified_by")) or "—"),
    ]
    items = [
        KeyValue(facts, numbered=True, border=True),
        Section("7　誤りの内容", text(r.get("description"))),
        Section("8　訂正の内容", text(r.get("correction"), "（訂正は未了です）")),
        Section("9　訂正内容の確認（原票との照合）", ""),
        KeyValue(check, border=True),
    ]
    if r.get("note"):
        items.append(Section("10　備考", text(r.get("note"))))
    body = [Para(f"{contract_phrase(head.contract)}において、重要な情報の内容に誤り等を発見しましたので、"
                 "下記のとおり報告します。")]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="data-error-report",
    title=TITLE,
    params=frozenset({"record"}),
    record_register="data-errors",
    record_label="誤りの記録",
    clauses=("A17-9", "A19-3"),
    build=build,
    description="重要な情報の誤りの報告です（発見の経緯、訂正、原票との照合）。",
    order=75,
))

"""教育実施記録 — the security training sessions of a fiscal year, with attendees (A17-5)."""

from __future__ import annotations

from desktop.calendar import fiscal_year_label, fiscal_year_range
from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, period_text, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Heading, Keep, KeyValue, Para

TITLE = "教育実施記録"


def build(vault: VaultLike, head, *, fiscal_year: int):
    src = Source(vault)
    cal = head.calendar
    start, end = fiscal_year_range(fiscal_year)
    label = fiscal_year_label(fiscal_year, cal)
    sessions = src.records("training-sessions", date_from=start, date_to=end)
    sessions.sort(key=lambda r: (r["held_on"], r["id"]))
    attendees_total = sum(len(r.get("attendees") or []) for r in sessions)
    people = {a for r in sessions for a in r.get("attendees") or []}
    untrained = src.untrained_staff(fiscal_year)
    items: list = [
        KeyValue(
            [
                ("委託業務名", head.contract or "—"),
                ("対象年度", f"{label}（{period_text(start, end, cal)}）"),
                ("実施回数", f"{len(sessions)}回"),
                ("受講者数", f"延べ {attendees_total}名（実人数 {len(people)}名）"),
                ("未受講者", "、".join(name for _, name in untrained) if untrained else "なし"),
            ],
            numbered=True,
        ),
        Heading("6　実施の記録"),
    ]
    if not sessions:
        items.append(Para("対象年度に実施した教育はありません。"))
    for i, r in enumerate(sessions, 1):
        names = [src.staff_name(a) for a in r.get("attendees") or []]
        check = src.label("training-sessions", "check_method", r.get("check_method")) or "—"
        if r.get("check_result"):
            check += f"\n{r['check_result']}"
        rows = [
            ("実施日", date_text(r.get("held_on"), cal)),
            ("テーマ", text(r.get("title"))),
            ("講師", text(r.get("trainer"))),
            ("内容", text(r.get("content"))),
            (f"受講者（{len(names)}名）", "、".join(names) or "—"),
            ("理解度の確認", check),
        ]
        if r.get("note"):
            rows.append(("備考", r["note"]))
        items.append(Keep([
            Heading(f"（{i}）{text(r.get('title'))}", level=2),
            KeyValue(rows, border=True, label_width=32),
        ]))
    body = [
        Para(f"{contract_phrase(head.contract)}に従事する者に対して{label}に実施した"
             "情報セキュリティに関する教育について、下記のとおり報告します。"),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="training-record",
    title=TITLE,
    params=frozenset({"fiscal_year"}),
    clauses=("A17-5",),
    build=build,
    description="年度内に実施した情報セキュリティ教育と受講者、未受講者の一覧です。",
    order=70,
))

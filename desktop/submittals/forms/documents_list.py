"""管理資料一覧（版数・改訂日） — the network documents and procedures with their current
revision, last revision date and next review (A15-1, A15-2, A15-7, A16-5, A17-1, A3-2)."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, short_date, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "管理資料一覧（版数・改訂日）"
SLUG = "documents"


def build(vault: VaultLike, head, *, as_of: dt.date):
    from desktop.registers.definitions import documents

    src = Source(vault)
    cal = head.calendar
    order = {c.value: i for i, c in enumerate(documents.KINDS)}
    recs = src.all(SLUG)
    recs.sort(key=lambda r: (order.get(r.get("kind") or "", 99), r.get("title") or "", r["id"]))
    rows = []
    overdue = 0
    for i, r in enumerate(recs, 1):
        revs = [v for v in r.get("revisions") or [] if v.get("revised_on") is None or v["revised_on"] <= as_of]
        last = revs[-1] if revs else None
        due = r.get("next_review_on")
        late = due is not None and due < as_of
        overdue += late
        clause = documents.KIND_CLAUSE.get(r.get("kind") or "", "")
        rows.append([
            str(i),
            src.label(SLUG, "kind", r.get("kind")) + (f"\n（{clause}）" if clause else ""),
            text(r.get("title")) + (f"\n{src.title('systems', r['system'])}" if r.get("system") else ""),
            text(last.get("number") if last else None, "—"),
            short_date(last.get("revised_on"), cal) if last else "—",
            text(last.get("summary") if last else None, "—"),
            (short_date(due, cal) if due else "—") + ("\n（期限超過）" if late else ""),
            src.staff_name(r.get("owner")) or "—",
        ])
    summary = [
        ("委託業務名", head.contract or "—"),
        ("基準日", date_text(as_of, cal)),
        ("管理資料の数", f"{len(recs)}件（うち見直し期限を過ぎたもの {overdue}件）"),
    ]
    items = [
        KeyValue(summary, numbered=True),
        Heading(f"{len(summary) + 1}　管理資料・手順書"),
        DataTable([Column("No.", 0.45, "right"), Column("種類", 1.35), Column("表題・システム", 2.0),
                   Column("版", 0.6, "center"), Column("改訂日", 0.9, "center"), Column("改訂の概要", 2.0),
                   Column("次回見直し", 0.95, "center"), Column("管理担当", 0.8)],
                  rows, font_size=7.5, empty_text="管理資料は登録されていません"),
    ]
    body = [Para(f"{contract_phrase(head.contract)}で作成・管理している管理資料及び手順書の版数と改訂日"
                 f"（{date_text(as_of, cal)}現在）は、下記のとおりです。")]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="documents-list",
    title=TITLE,
    params=frozenset({"as_of"}),
    clauses=("A15-1-a", "A15-1-i", "A15-1-u", "A15-1-e", "A15-2", "A15-7", "A17-1", "A16-5"),
    build=build,
    description="管理資料・手順書の一覧（版数、改訂日、次回見直し予定）です。",
    order=71,
))

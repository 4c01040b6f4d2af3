"""教育計画書 — the security training planned for a fiscal year (A17-5): theme, reason, who
should attend, the planned month and the content, from the training-plans register."""

from __future__ import annotations

from desktop.calendar import fiscal_year_label, fiscal_year_range
from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, period_text, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "教育計画書"


def plans(src: Source, fiscal_year: int) -> list[dict]:
    """The plans of ``fiscal_year`` in the order of the year (April first), then by id."""
    recs = [src.get("training-plans", rid)
            for rid in src.ids("training-plans", equals=(("fiscal_year", fiscal_year),))]
    return sorted(recs, key=lambda r: (month_order(r.get("planned_month")), r["id"]))


def month_order(month: int | None) -> int:
    """April = 0 … March = 11; no month last."""
    return 99 if month is None else (int(month) - 4) % 12


def month_text(month: int | None) -> str:
    return "未定" if month is None else f"{int(month)}月"


def check(vault: VaultLike, head, *, fiscal_year: int) -> list[str]:
    """Plans without a planned month; a year without a plan."""
    recs = plans(Source(vault), fiscal_year)
    if not recs:
        return ["この年度の教育計画が登録されていません。"]
    undated = [text(r.get("theme")) for r in recs if r.get("planned_month") is None]
    if undated:
        return [f"実施予定月が決まっていない計画があります: {'、'.join(undated)}"]
    return []


def build(vault: VaultLike, head, *, fiscal_year: int):
    src = Source(vault)
    cal = head.calendar
    start, end = fiscal_year_range(fiscal_year)
    label = fiscal_year_label(fiscal_year, cal)
    recs = plans(src, fiscal_year)
    rows = [
        [
            str(i),
            month_text(r.get("planned_month")),
            text(r.get("theme")),
            src.label("training-plans", "trigger", r.get("trigger")) or "—",
            text(r.get("target"), "全従事者"),
            text(r.get("content"), "—"),
        ]
        for i, r in enumerate(recs, 1)
    ]
    items = [
        KeyValue(
            [
                ("委託業務名", head.contract or "—"),
                ("対象年度", f"{label}（{fiscal_year}年度）　{period_text(start, end, cal)}" if cal == "wareki"
                 else f"{label}（{period_text(start, end, cal)}）"),
                ("計画の件数", f"{len(recs)}件"),
            ],
            numbered=True,
        ),
        Heading("4　教育の計画"),
        DataTable(
            [
                Column("No.", 0.35, "right"),
                Column("実施予定月", 0.75, "center"),
                Column("テーマ", 1.6),
                Column("教育の契機", 1.0),
                Column("対象者", 1.1),
                Column("内容", 2.6),
            ],
            rows,
            font_size=8.5,
            empty_text="この年度の教育計画は登録されていません",
        ),
        Para("（注）運用方法や操作手順を変更するときは、その内容の教育を計画に加え、変更の前に実施します。",
             indent=False, size=9),
    ]
    body = [
        Para(f"{contract_phrase(head.contract)}に従事する者に対して{label}に実施する"
             "情報セキュリティに関する教育の計画を、下記のとおり提出します。"),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="training-plan",
    title=TITLE,
    params=frozenset({"fiscal_year"}),
    clauses=("A17-5",),
    build=build,
    checks=check,
    description="年度の情報セキュリティ教育の計画（テーマ・契機・対象者・予定月・内容）を提出します。",
    order=69,
))

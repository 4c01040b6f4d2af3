"""教育実施記録 — the security training sessions of a fiscal year, with attendees (A17-5),
set against the year's plan (教育計画). Staff who gave a session (講師) are not counted as
having missed the training."""

from __future__ import annotations

from desktop.calendar import fiscal_year_label, fiscal_year_range
from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, period_text, text
from desktop.submittals.forms._data import Source
from desktop.submittals.forms.training_plan import month_text, plans
from desktop.submittals.layout import Column, DataTable, Heading, Keep, KeyValue, Para

TITLE = "教育実施記録"


def _squash(value: str) -> str:
    return "".join(str(value or "").split())


def lecturers(sessions: list[dict], staff: list[tuple[int, str]]) -> set[int]:
    """Staff (id, name) named as the trainer of a session."""
    trainers = [_squash(r.get("trainer") or "") for r in sessions]
    return {sid for sid, name in staff if _squash(name) and any(_squash(name) in t for t in trainers)}


def _plan_rows(src: Source, plan_recs: list[dict], sessions: list[dict], cal) -> list[list[str]]:
    by_plan: dict[int, list[dict]] = {}
    for r in sessions:
        if r.get("plan") is not None:
            by_plan.setdefault(int(r["plan"]), []).append(r)
    rows = []
    for p in plan_recs:
        held = by_plan.get(p["id"], [])
        rows.append([
            text(p.get("theme")),
            month_text(p.get("planned_month")),
            "、".join(date_text(r.get("held_on"), cal) for r in held) or "—",
            "実施済" if held else "未実施",
        ])
    for r in sessions:
        if r.get("plan") is None or int(r["plan"]) not in {p["id"] for p in plan_recs}:
            rows.append([text(r.get("title")), "（計画外）", date_text(r.get("held_on"), cal), "実施済"])
    return rows


def build(vault: VaultLike, head, *, fiscal_year: int):
    src = Source(vault)
    cal = head.calendar
    start, end = fiscal_year_range(fiscal_year)
    label = fiscal_year_label(fiscal_year, cal)
    sessions = src.records("training-sessions", date_from=start, date_to=end)
    sessions.sort(key=lambda r: (r["held_on"], r["id"]))
    attendees_total = sum(len(r.get("attendees") or []) for r in sessions)
    people = {a for r in sessions for a in r.get("attendees") or []}
    missed = src.untrained_staff(fiscal_year)
    teachers = lecturers(sessions, missed)
    untrained = [(sid, name) for sid, name in missed if sid not in teachers]
    plan_recs = plans(src, fiscal_year)
    summary = [
        ("委託業務名", head.contract or "—"),
        ("対象年度", f"{label}（{fiscal_year}年度）　{period_text(start, end, cal)}" if cal == "wareki"
                 else f"{label}（{period_text(start, end, cal)}）"),
        ("実施回数", f"{len(sessions)}回（計画 {len(plan_recs)}件）"),
        ("受講者数", f"延べ {attendees_total}名（実人数 {len(people)}名）"),
        ("未受講者", "、".join(name for _, name in untrained) if untrained else "なし"),
    ]
    if teachers:
        summary.append(("講師を務めた者", "、".join(name for sid, name in missed if sid in teachers)
                        + "（講師のため未受講者に含めない）"))
    n = len(summary)
    items: list = [
        KeyValue(summary, numbered=True),
        Heading(f"{n + 1}　計画と実施の対比"),
        DataTable(
            [Column("テーマ", 2.6), Column("実施予定月", 0.8, "center"), Column("実施日", 1.6),
             Column("状況", 0.7, "center")],
            _plan_rows(src, plan_recs, sessions, cal),
            font_size=8.5,
            empty_text="この年度の教育計画及び実施の記録はありません",
        ),
        Heading(f"{n + 2}　実施の記録"),
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

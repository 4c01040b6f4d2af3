"""保守作業記録 — maintenance work on important equipment in a period, for one item of
equipment or for all (A6; configuration changes with the prefecture's permission, A5-2-4)."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import (
    contract_phrase,
    join,
    numbers_text,
    period_text,
    short_date,
    short_datetime,
    text,
)
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "保守作業記録"


def _when(r: dict, cal) -> str:
    start, end = r.get("started_at"), r.get("ended_at")
    if start is None:
        return ""
    out = f"{short_date(start, cal)}\n{start.hour}:{start.minute:02d}"
    if end is not None:
        if end.date() == start.date():
            out += f"〜{end.hour}:{end.minute:02d}"
        else:
            out += f"〜\n{short_datetime(end, cal)}"
    return out


def _worker(src: Source, r: dict) -> str:
    return join([src.staff_name(r.get("worker")), text(r.get("outside_worker"))], "\n")


def _work(r: dict) -> str:
    out = text(r.get("work"))
    if r.get("result_note"):
        out += f"\n（結果）{r['result_note']}"
    return out


def _permission(r: dict, cal) -> str:
    if r.get("permission_no"):
        return join([text(r["permission_no"]), short_date(r.get("permission_date"), cal)], "\n")
    return "未記録" if r.get("kind") == "config" else "—"


def check(vault: VaultLike, head, *, period: tuple[dt.date, dt.date], record: int | None = None) -> list[str]:
    """Configuration changes without the prefecture's permission (A5-2-4)."""
    src = Source(vault)
    start, end = period
    equals = (("equipment", int(record)),) if record is not None else ()
    recs = src.records("maintenance", date_from=start, date_to=end, equals=equals)
    recs.sort(key=lambda r: (r["started_at"], r["id"]))
    missing = [i for i, r in enumerate(recs, 1)
               if r.get("kind") == "config" and not r.get("permission") and not r.get("permission_no")]
    if not missing:
        return []
    return [f"県の許可が記録されていない設定変更が{len(missing)}件あります（No. {numbers_text(missing)}）。"]


def _permission_text(src: Source, r: dict, cal) -> str:
    if r.get("permission"):
        return src.title("permissions", r["permission"])
    return _permission(r, cal)


def build(vault: VaultLike, head, *, period: tuple[dt.date, dt.date], record: int | None = None):
    src = Source(vault)
    cal = head.calendar
    start, end = period
    equals = (("equipment", int(record)),) if record is not None else ()
    recs = src.records("maintenance", date_from=start, date_to=end, equals=equals)
    recs.sort(key=lambda r: (r["started_at"], r["id"]))
    one = record is not None
    rows = []
    for i, r in enumerate(recs, 1):
        row = [str(i), _when(r, cal)]
        if not one:
            row.append(src.equipment_name(r.get("equipment"), sep="\n"))
        row += [
            src.label("maintenance", "kind", r.get("kind")),
            _worker(src, r),
            _work(r),
            src.label("maintenance", "result", r.get("result")) or "—",
            _permission_text(src, r, cal),
            short_date(r.get("next_planned_on"), cal) or "—",
        ]
        rows.append(row)
    columns = [Column("No.", 0.45, "right"), Column("作業日時", 1.3)]
    if not one:
        columns.append(Column("対象機器", 1.55))
    columns += [
        Column("作業区分", 0.85, "center"),
        Column("作業者", 1.1),
        Column("作業内容", 1.95 if not one else 3.5),
        Column("作業\n結果", 0.7, "center"),
        Column("県の許可\n番号・日付", 1.15),
        Column("次回予定", 0.95, "center"),
    ]
    summary = [
        ("委託業務名", head.contract or "—"),
        ("対象期間", period_text(start, end, cal)),
    ]
    if record is not None:
        e = src.get("equipment", record)
        summary.append(("対象機器", join([
            src.equipment_name(record),
            f"製造番号 {e['serial_no']}" if e.get("serial_no") else "",
            f"設置場所 {e['location']}" if e.get("location") else "",
        ], "\n")))
    else:
        summary.append(("対象機器", "保守作業を行ったすべての情報機器"))
    configs = sum(1 for r in recs if r.get("kind") == "config")
    summary.append(("作業件数", f"{len(recs)}件（うち設定変更 {configs}件）"))
    items = [
        KeyValue(summary, numbered=True),
        Heading(f"{len(summary) + 1}　作業の記録"),
        DataTable(columns, rows, font_size=8, empty_text="対象期間に保守作業はありません"),
    ]
    target = "下記の情報機器" if one else "情報機器"
    body = [
        Para(f"{contract_phrase(head.contract)}において{period_text(start, end, cal)}の間に"
             f"{target}に対して行った保守作業について、下記のとおり報告します。"),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="maintenance-record",
    title=TITLE,
    params=frozenset({"period"}),
    optional=frozenset({"record"}),
    record_register="equipment",
    record_label="対象機器",
    clauses=("A6", "A5-2-4"),
    build=build,
    checks=check,
    description="期間内の保守作業の記録です。機器を選ぶとその機器だけ、選ばなければすべての機器を載せます。",
    order=50,
))

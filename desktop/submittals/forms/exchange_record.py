"""データ交換記録 — the data exchanges of a period: counterpart, date-time, method, content,
size and SHA-256 verification, deletion from the storage area (A12-6, A12-4, A12-3)."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import (
    contract_phrase,
    hash_text,
    join,
    period_text,
    short_date,
    short_datetime,
    size_text,
    text,
)
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "データ交換記録"

NOTES = (
    "サイズ及びSHA-256は、交換したファイルから当社が算出した値です。"
    "照合欄は、その値と相手方から示された値との照合結果（一致・不一致・未照合）を示します。"
)


def exchanged(src: Source, start: dt.date, end: dt.date) -> list[dict]:
    recs = [r for r in src.records("exchanges", date_from=start, date_to=end)
            if r.get("exchanged_at") is not None and not r.get("cancelled")]
    recs.sort(key=lambda r: (r["exchanged_at"], r["id"]))
    return recs


def _row(src: Source, i: int, r: dict, cal) -> list[str]:
    when = short_datetime(r.get("exchanged_at"), cal)
    if r.get("planned_on"):
        when += f"\n（予定 {short_date(r['planned_on'], cal)}）"
    who = text(r.get("counterpart"))
    who += f"\n［{src.label('exchanges', 'direction', r.get('direction'))}］"
    method = src.label("exchanges", "method", r.get("method"))
    if r.get("line"):
        method += f"\n{r['line']}"
    content = text(r.get("content"))
    if r.get("file_name"):
        content += f"\n{r['file_name']}"
    if r.get("storage_area"):
        content += f"\n保存領域: {r['storage_area']}"
    if r.get("third_party"):
        consent = join([text(r.get("consent_no")), short_date(r.get("consent_on"), cal)], " ")
        content += f"\n第三者提供（県の了解 {consent or '未記録'}）"
    digest = size_text(r.get("file_size"))
    if r.get("file_sha256"):
        digest = join([digest, hash_text(r["file_sha256"])], "\n")
    verification = src.label("exchanges", "verification", r.get("verification") or "unverified")
    if r.get("deleted_on"):
        deleted = "済\n" + join([short_date(r["deleted_on"], cal),
                                 src.staff_name(r.get("deletion_confirmed_by"))], "\n")
    else:
        deleted = "未確認"
    handled = src.staff_name(r.get("handled_by"))
    if handled:
        who += f"\n実施: {handled}"
    return [str(i), when, who, method, content, digest or "—", verification, deleted]


def build(vault: VaultLike, head, *, period: tuple[dt.date, dt.date]):
    src = Source(vault)
    cal = head.calendar
    start, end = period
    recs = exchanged(src, start, end)
    rows = [_row(src, i, r, cal) for i, r in enumerate(recs, 1)]
    sent = sum(1 for r in recs if r.get("direction") == "send")
    verif = {v: sum(1 for r in recs if (r.get("verification") or "unverified") == v)
             for v in ("match", "mismatch", "unverified")}
    deleted = sum(1 for r in recs if r.get("deleted_on"))
    items = [
        KeyValue(
            [
                ("委託業務名", head.contract or "—"),
                ("対象期間", period_text(start, end, cal)),
                ("交換件数", f"{len(recs)}件（送付 {sent}件、受領 {len(recs) - sent}件）"),
                ("照合結果", f"一致 {verif['match']}件、不一致 {verif['mismatch']}件、"
                             f"未照合 {verif['unverified']}件"),
                ("削除の確認", f"確認済 {deleted}件、未確認 {len(recs) - deleted}件"),
            ],
            numbered=True,
        ),
        Heading("6　交換の記録"),
        DataTable(
            [
                Column("No.", 0.35, "right"),
                Column("交換日時", 1.25),
                Column("相手方・送受", 1.4),
                Column("交換方法", 1.0),
                Column("交換データの内容", 1.95),
                Column("サイズ・SHA-256", 1.75),
                Column("照合", 0.55, "center"),
                Column("削除確認", 0.8, "center"),
            ],
            rows,
            font_size=7.5,
            empty_text="対象期間にデータ交換はありません",
        ),
        Para(f"（注）{NOTES}", indent=False, size=9),
    ]
    body = [
        Para(f"{contract_phrase(head.contract)}において{period_text(start, end, cal)}の間に"
             "行ったデータ交換について、下記のとおり報告します。"),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="exchange-record",
    title=TITLE,
    params=frozenset({"period"}),
    clauses=("A12-6", "A12-4", "A12-3"),
    build=build,
    description="期間内のデータ交換（相手方・日時・方法・内容・サイズとSHA-256の照合・削除確認）の記録です。",
    order=40,
))

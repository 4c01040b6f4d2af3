"""データ交換記録 — the data exchanges of a period: counterpart, date-time, method, content,
size and SHA-256 verification, deletion from the storage area (A12-6, A12-4, A12-3).

Each row shows when the exchange was scheduled and when that schedule was recorded (the
proof that it was arranged beforehand, A12-5) and the 備考 (e.g. why a mismatch is
acceptable); exchanges called off are listed apart. The pre-issue check lists exchanges
without a confirmed deletion and mismatches without a note."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import (
    contract_phrase,
    hash_text,
    join,
    numbers_text,
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
    "交換日時欄の「予定」は交換の予定日、「登録」はその予定を台帳に記録した日時です。"
)


def exchanged(src: Source, start: dt.date, end: dt.date) -> list[dict]:
    recs = [r for r in src.records("exchanges", date_from=start, date_to=end)
            if r.get("exchanged_at") is not None and not r.get("cancelled")]
    recs.sort(key=lambda r: (r["exchanged_at"], r["id"]))
    return recs


def cancelled(src: Source, start: dt.date, end: dt.date) -> list[dict]:
    recs = [r for r in src.records("exchanges", date_from=start, date_to=end, date_field="planned_on")
            if r.get("cancelled")]
    recs.sort(key=lambda r: (r.get("planned_on") or dt.date.min, r["id"]))
    return recs


def _scheduled(r: dict, cal) -> str:
    """予定 R7.4.3 / 登録 R7.4.1 10:00 — the plan and when it was recorded (A12-5)."""
    if not r.get("planned_on"):
        return ""
    out = f"予定 {short_date(r['planned_on'], cal)}"
    if r.get("scheduled_at"):
        out += f"\n登録 {short_datetime(r['scheduled_at'], cal)}"
    return out


def _row(src: Source, i: int, r: dict, cal) -> list[str]:
    when = short_datetime(r.get("exchanged_at"), cal)
    if r.get("planned_on"):
        when += f"\n{_scheduled(r, cal)}"
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
        consent = src.title("permissions", r.get("permission")) if r.get("permission") else ""
        content += f"\n第三者提供（県の了解 {consent or '未記録'}）"
    if text(r.get("note")):
        content += f"\n（備考）{text(r.get('note'))}"
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


def _cancelled_rows(src: Source, recs: list[dict], cal) -> list[list[str]]:
    rows = []
    for i, r in enumerate(recs, 1):
        who = text(r.get("counterpart"))
        who += f"\n［{src.label('exchanges', 'direction', r.get('direction'))}］"
        rows.append([
            str(i),
            short_date(r.get("planned_on"), cal) or "—",
            short_datetime(r.get("scheduled_at"), cal) or "—",
            who,
            text(r.get("content")),
            text(r.get("note"), "—"),
        ])
    return rows


def check(vault: VaultLike, head, *, period: tuple[dt.date, dt.date]) -> list[str]:
    """Exchanges whose deletion is not confirmed; mismatches without a note."""
    src = Source(vault)
    recs = exchanged(src, *period)
    out = []
    undeleted = [i for i, r in enumerate(recs, 1) if not r.get("deleted_on")]
    if undeleted:
        out.append(f"保存領域からの削除が確認されていない交換が{len(undeleted)}件あります"
                   f"（No. {numbers_text(undeleted)}）。")
    silent = [i for i, r in enumerate(recs, 1)
              if r.get("verification") == "mismatch" and not text(r.get("note"))]
    if silent:
        out.append(f"照合結果が不一致なのに備考（理由・対応）のない交換が{len(silent)}件あります"
                   f"（No. {numbers_text(silent)}）。")
    return out


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
    called_off = cancelled(src, start, end)
    items = [
        KeyValue(
            [
                ("委託業務名", head.contract or "—"),
                ("対象期間", period_text(start, end, cal)),
                ("交換件数", f"{len(recs)}件（送付 {sent}件、受領 {len(recs) - sent}件）"),
                ("照合結果", f"一致 {verif['match']}件、不一致 {verif['mismatch']}件、"
                             f"未照合 {verif['unverified']}件"),
                ("削除の確認", f"確認済 {deleted}件、未確認 {len(recs) - deleted}件"),
                ("中止した交換", f"{len(called_off)}件（8に記載）" if called_off else "なし"),
            ],
            numbered=True,
        ),
        Heading("7　交換の記録"),
        DataTable(
            [
                Column("No.", 0.35, "right"),
                Column("交換日時", 1.4),
                Column("相手方・送受", 1.3),
                Column("交換方法", 1.1),  # LGWAN-ASP on one line
                Column("交換データの内容", 1.95),
                Column("サイズ・SHA-256", 1.65),
                Column("照合", 0.55, "center"),
                Column("削除確認", 0.8, "center"),
            ],
            rows,
            font_size=7.5,
            empty_text="対象期間にデータ交換はありません",
        ),
        Para(f"（注）{NOTES}", indent=False, size=9),
    ]
    if called_off:
        items += [
            Heading("8　中止した交換"),
            DataTable(
                [
                    Column("No.", 0.35, "right"),
                    Column("交換予定日", 0.9, "center"),
                    Column("日程の登録日時", 1.1),
                    Column("相手方・送受", 1.6),
                    Column("交換データの内容", 2.2),
                    Column("中止の理由（備考）", 2.2),
                ],
                _cancelled_rows(src, called_off, cal),
                font_size=7.5,
            ),
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
    clauses=("A12-6", "A12-4", "A12-3", "A12-5"),
    build=build,
    checks=check,
    description="期間内のデータ交換（相手方・日時・方法・内容・サイズとSHA-256の照合・削除確認）の記録です。",
    order=40,
))

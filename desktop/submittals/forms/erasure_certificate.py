"""データ消去・破壊 実施記録（立会記録） (A3-2-6, A3-2-7, A7-1, A7-2) — the media disposed of or
erased for reuse (media events) and the equipment disposed of or returned (disposals) in a
period, or one media event: what, when, how (tool or physical destruction), who did it, and
the prefecture's witness."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, join, numbers_text, period_text, short_date, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "データ消去・破壊 実施記録（立会記録）"


def _rows(src: Source, start: dt.date, end: dt.date, record: int | None) -> list[dict]:
    out = []
    if record is not None:
        events = [src.get("media-events", record)]
    else:
        events = [
            r
            for r in src.records("media-events", date_from=start, date_to=end)
            if r.get("kind") in ("disposal", "reuse")
        ]
    for r in events:
        m = src.get("media", r["medium"])
        out.append(
            {
                "on": r["at"].date(),
                "id": ("m", r["id"]),
                "what": join([text(m.get("identifier")), src.label("media", "media_type", m.get("media_type"))], "\n"),
                "kind": src.label("media-events", "kind", r.get("kind")),
                "method": join(
                    [src.label("media-events", "erasure_method", r.get("erasure_method")), text(r.get("erasure_tool"))],
                    "\n",
                ),
                "by": src.staff_name(r.get("person")),
                "software": "—",
                "witness": join([text(r.get("witness_name")), text(r.get("witness_section"))], "\n"),
                "witnessed": bool(r.get("witness_name")),
            }
        )
    if record is None:
        for r in src.records("disposals", date_from=start, date_to=end):
            if not r.get("completed"):
                continue
            out.append(
                {
                    "on": r["done_on"],
                    "id": ("e", r["id"]),
                    "what": src.equipment_name(r.get("equipment"), sep="\n"),
                    "kind": src.label("disposals", "kind", r.get("kind")),
                    "method": join(
                        [src.label("disposals", "method", r.get("method")), text(r.get("erasure_tool"))], "\n"
                    ),
                    "by": text(r.get("contractor")),
                    "software": "済" if r.get("software_uninstalled") else "未",
                    "witness": join([text(r.get("witness_name")), text(r.get("witness_section"))], "\n"),
                    "witnessed": bool(r.get("witness_name")),
                }
            )
    out.sort(key=lambda x: (x["on"], x["id"]))
    return out


def check(vault: VaultLike, head, *, period: tuple[dt.date, dt.date], record: int | None = None) -> list[str]:
    rows = _rows(Source(vault), *period, record)
    out = []
    no_witness = [i for i, r in enumerate(rows, 1) if not r["witnessed"]]
    if no_witness:
        out.append(
            f"立会者が記録されていない消去・破壊が{len(no_witness)}件あります（No. {numbers_text(no_witness)}）。"
        )
    left = [i for i, r in enumerate(rows, 1) if r["software"] == "未"]
    if left:
        out.append(
            f"県のソフトウェアのアンインストールが記録されていない機器が{len(left)}件あります"
            f"（No. {numbers_text(left)}）。"
        )
    return out


def build(vault: VaultLike, head, *, period: tuple[dt.date, dt.date], record: int | None = None):
    src = Source(vault)
    cal = head.calendar
    start, end = period
    rows = _rows(src, start, end, record)
    table = [
        [
            str(i),
            short_date(r["on"], cal),
            r["what"],
            r["kind"],
            r["method"] or "—",
            r["by"] or "—",
            r["software"],
            r["witness"] or "—",
        ]
        for i, r in enumerate(rows, 1)
    ]
    columns = [
        Column("No.", 0.45, "right"),
        Column("実施日", 0.9, "center"),
        Column("対象", 1.5),
        Column("区分", 0.95, "center", fit="リース返却"),
        Column("消去・破壊の方法", 1.6),
        Column("実施者・業者", 1.2),
        Column("ソフト\n削除", 0.55, "center"),
        Column("立会者（所属）", 1.5),
    ]
    summary = [
        ("委託業務名", head.contract or "—"),
        ("対象期間", period_text(start, end, cal)),
        ("件数", f"{len(rows)}件"),
    ]
    items = [
        KeyValue(summary, numbered=True),
        Heading(f"{len(summary) + 1}　実施の記録"),
        DataTable(columns, table, font_size=8, empty_text="対象期間に消去・破壊はありません"),
        Para(
            "「ソフト削除」欄は、県から提供されたソフトウェアのアンインストールの有無です（情報機器のみ）。",
            indent=False,
            size=8,
        ),
    ]
    body = [
        Para(
            f"{contract_phrase(head.contract)}において{period_text(start, end, cal)}の間に行った"
            "外部記憶媒体及び情報機器のデータの消去・破壊について、その方法と立会者を下記のとおり記録します。"
        )
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(
    FormKind(
        slug="erasure-certificate",
        title=TITLE,
        params=frozenset({"period"}),
        optional=frozenset({"record"}),
        record_register="media-events",
        record_label="媒体の利用記録（廃棄・再利用）",
        clauses=("A3-2-6", "A3-2-7", "A7-1", "A7-2"),
        build=build,
        checks=check,
        description="期間内の媒体の廃棄・再利用と情報機器の廃棄・返却を、方法と立会者とともに記録します。",
        order=17,
    )
)

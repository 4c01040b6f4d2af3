"""ソフトウェア一覧 — the software in use on a date with its licences and installations, and
whether each is approved for business use (A14-1, A14-2)."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.registers.definitions.software import UNCOUNTED
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, join, short_date, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "ソフトウェア一覧"


def build(vault: VaultLike, head, *, as_of: dt.date):
    src = Source(vault)
    cal = head.calendar
    used = [s for s in src.all("software") if s.get("removed_on") is None or s["removed_on"] > as_of]
    used.sort(key=lambda s: (text(s.get("product")), text(s.get("version")), s["id"]))
    rows, over, unapproved = [], 0, 0
    for i, s in enumerate(used, 1):
        counted = s.get("licence_type") not in UNCOUNTED
        n, m = s.get("installations") or 0, s.get("licences")
        marks = []
        if counted and n > (m or 0):
            over += 1
            marks.append("ライセンス超過")
        if s.get("category") == "file_sharing":
            unapproved += 1
            marks.append("ファイル共有ソフト")
        elif not s.get("approved"):
            unapproved += 1
            marks.append("未承認")
        places = join([src.title("equipment", e) for e in s.get("installed_on") or []], "、")
        rows.append([
            str(i),
            join([text(s.get("product")), text(s.get("version"))], " "),
            src.label("software", "category", s.get("category")),
            join([src.label("software", "licence_type", s.get("licence_type")), text(s.get("licence_no"))], "\n"),
            (f"{m}" if m is not None else "—") if counted else "—",
            join([f"{n}台", places], "\n"),
            join(["承認" if s.get("approved") else "未承認", src.staff_name(s.get("approved_by"))], "\n"),
            short_date(s.get("licence_until"), cal) or "—",
            join(marks, "\n") or "—",
        ])
    items = [
        KeyValue([
            ("委託業務名", head.contract or "—"),
            ("基準日", date_text(as_of, cal)),
            ("ソフトウェアの数", f"{len(used)}件"),
            ("ライセンス数の超過", f"{over}件" if over else "なし"),
            ("未承認・ファイル共有ソフト", f"{unapproved}件" if unapproved else "なし"),
        ], numbered=True),
        Heading("6　ソフトウェアの一覧"),
        DataTable([
            Column("No.", 0.4, "right"),
            Column("製品名・バージョン", 1.55),
            Column("分類", 0.95, fit="セキュリティ対策"),
            Column("ライセンス", 1.2),
            Column("保有数", 0.5, "right"),
            Column("インストール先", 1.4),
            Column("業務使用の承認", 0.85),
            Column("有効期限", 0.8),
            Column("確認事項", 0.95),
        ], rows, font_size=7.5, empty_text="登録されたソフトウェアはありません"),
    ]
    body = [
        Para(f"{contract_phrase(head.contract)}において使用するソフトウェアについて、{date_text(as_of, cal)}現在の"
             "使用許諾（ライセンス）及び業務上の必要性の確認の状況を、下記のとおり報告します。"),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="software-list",
    title=TITLE,
    params=frozenset({"as_of"}),
    clauses=("A14-1", "A14-2"),
    build=build,
    description="基準日に使用しているソフトウェアと、ライセンス数・インストール数・業務使用の承認の一覧です。",
    order=67,
))

"""外部記憶媒体管理台帳 (A3-1, A3-2-1, A3-2-3) — every medium not disposed of as of a date:
type, owner, capacity, protection, locked storage place, who may use it, whether it holds
prefecture data, its status and its use permission."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, join, numbers_text, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "外部記憶媒体管理台帳"


def _media(src: Source) -> list[dict]:
    recs = [r for r in src.all("media") if r.get("status") != "disposed"]
    recs.sort(key=lambda r: (r.get("identifier") or "", r["id"]))
    return recs


def _use_permission(src: Source, medium_id: int, as_of: dt.date) -> str:
    from desktop.registers.definitions.media import use_permission

    got = use_permission(src.svc.conn, medium_id, as_of)
    return src.title("permissions", got[0]) if got else ""


def check(vault: VaultLike, head, *, as_of: dt.date) -> list[str]:
    src = Source(vault)
    recs = _media(src)
    out = []
    no_users = [i for i, r in enumerate(recs, 1) if not r.get("permitted_users")]
    if no_users:
        out.append(f"利用できる者が決められていない媒体があります（No. {numbers_text(no_users)}）。")
    no_perm = [
        i for i, r in enumerate(recs, 1) if r.get("holds_pref_data") and not _use_permission(src, r["id"], as_of)
    ]
    if no_perm:
        out.append(f"県の情報を保存しているのに使用の許可がない媒体があります（No. {numbers_text(no_perm)}）。")
    return out


def build(vault: VaultLike, head, *, as_of: dt.date):
    src = Source(vault)
    cal = head.calendar
    recs = _media(src)
    rows = []
    for i, r in enumerate(recs, 1):
        protect = join([x for x, on in (("暗号化", r.get("encrypted")), ("パスワード", r.get("password"))) if on], "\n")
        rows.append(
            [
                str(i),
                join(
                    [
                        text(r.get("identifier")),
                        src.label("media", "media_type", r.get("media_type")),
                        text(r.get("capacity")),
                    ],
                    "\n",
                ),
                src.label("media", "owner", r.get("owner")),
                protect or "なし",
                text(r.get("storage_place"), "—"),
                join([src.staff_name(s) for s in r.get("permitted_users") or []], "\n") or "—",
                "有" if r.get("holds_pref_data") else "無",
                src.label("media", "status", r.get("status")),
                _use_permission(src, r["id"], as_of) or "—",
            ]
        )
    columns = [
        Column("No.", 0.45, "right"),
        Column("管理番号・種類・容量", 1.5),
        Column("所有", 0.5, "center"),
        Column("保護", 0.8, "center", fit="パスワード"),
        Column("保管場所（施錠）", 1.4),
        Column("利用できる者", 1.1),
        Column("県の\n情報", 0.45, "center"),
        Column("状態", 0.7, "center"),
        Column("使用の許可", 1.6),
    ]
    summary = [("委託業務名", head.contract or "—"), ("基準日", date_text(as_of, cal)), ("媒体の数", f"{len(recs)}件")]
    items = [
        KeyValue(summary, numbered=True),
        Heading(f"{len(summary) + 1}　媒体の一覧"),
        DataTable(columns, rows, font_size=8, empty_text="登録されている媒体はありません"),
    ]
    body = [
        Para(
            f"{contract_phrase(head.contract)}において使用する外部記憶媒体の管理状況は、"
            f"{date_text(as_of, cal)}現在、下記のとおりです。"
        )
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(
    FormKind(
        slug="media-register",
        title=TITLE,
        params=frozenset({"as_of"}),
        clauses=("A3-1", "A3-2-1", "A3-2-3"),
        build=build,
        checks=check,
        reports_until=lambda vault, *, as_of: as_of,
        description="外部記憶媒体の一覧（利用できる者・保管場所・使用の許可）を基準日現在で作ります。",
        order=14,
    )
)

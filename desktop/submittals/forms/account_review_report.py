"""利用者登録状況等 確認結果報告 — the reviews of user registrations, administrators' connection
history, external-connection logs and access records done in a period (A11-1-5, A11-1-6,
A16-4, A19-1), the state of the user IDs at the end of the period (A11-1-4) and the
external-connection users (A16-1, A16-3, A16-6). Reviews of this app itself appear like any
other system's."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, join, period_text, short_date, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "利用者登録状況等 確認結果報告"
KIND_ORDER = ("registration", "admin_log", "external_log", "access_analysis")


def _staff_left(src: Source, staff_id: int | None, on: dt.date) -> bool:
    if staff_id is None:
        return False
    ended = src.get("staff", staff_id).get("ended_on")
    return ended is not None and ended <= on


def _alive(rec: dict, start_field: str, start: dt.date, end: dt.date) -> bool:
    began = rec.get(start_field)
    gone = rec.get("deleted_on")
    return (began is None or began <= end) and (gone is None or gone >= start)


def _app_users_row(vault: VaultLike, src: Source, system: dict, start: dt.date, end: dt.date) -> list[str]:
    """This app's own users (its user list, read through the accounts service): those
    registered by the end of the period and not deleted, and those whose person has left."""
    from desktop.accounts.service import AccountService
    from desktop.registers.definitions.accounts import app_users_of_departed_staff

    users = [u for u in AccountService(vault).list_users() if dt.date.fromisoformat(u.created_at[:10]) <= end]
    issued = sum(1 for u in users if start <= dt.date.fromisoformat(u.created_at[:10]) <= end)
    left = [u for u, *_ in app_users_of_departed_staff(src.svc.conn, end) if any(x.user_id == u for x in users)]
    remarks = f"離任者の利用者が残っています: {join(left)}" if left else ""
    return [text(system.get("name")), f"{len(users)}件", f"{issued}件", "—", remarks or "—"]


def build(vault: VaultLike, head, *, period: tuple[dt.date, dt.date]):
    src = Source(vault)
    cal = head.calendar
    start, end = period
    reviews = src.records("account-reviews", date_from=start, date_to=end)
    reviews.sort(key=lambda r: (r["reviewed_on"], src.title("systems", r["system"]),
                                KIND_ORDER.index(r["kind"]) if r["kind"] in KIND_ORDER else 9, r["id"]))
    rows = []
    for i, r in enumerate(reviews, 1):
        found = join([f"（指摘）{r['findings']}" if r.get("findings") else "",
                      f"（措置）{r['actions']}" if r.get("actions") else ""], "\n")
        rows.append([
            str(i),
            short_date(r.get("reviewed_on"), cal),
            src.title("systems", r.get("system")),
            src.label("account-reviews", "kind", r.get("kind")),
            f"{short_date(r.get('period_from'), cal)}〜\n{short_date(r.get('period_to'), cal)}",
            text(r.get("reviewer")),
            "" if r.get("items_reviewed") is None else f"{r['items_reviewed']}件",
            src.label("account-reviews", "result", r.get("result")),
            found or "—",
        ])
    by_kind = {k: sum(1 for r in reviews if r.get("kind") == k) for k in KIND_ORDER}
    with_findings = sum(1 for r in reviews if r.get("result") == "findings")

    accounts = src.all("accounts")
    id_rows = []
    for system in sorted(src.all("systems"), key=lambda s: (text(s.get("name")), s["id"])):
        mine = [a for a in accounts if a.get("system") == system["id"]]
        if system.get("this_app") and not mine:
            id_rows.append(_app_users_row(vault, src, system, start, end))
            continue
        if not mine and system.get("status") == "retired":
            continue
        active = [a for a in mine
                  if a["issued_on"] <= end and (a.get("deleted_on") is None or a["deleted_on"] > end)]
        issued = sum(1 for a in mine if start <= a["issued_on"] <= end)
        deleted = sum(1 for a in mine if a.get("deleted_on") is not None and start <= a["deleted_on"] <= end)
        left = [a["login_id"] for a in active if _staff_left(src, a.get("holder"), end)]
        unapproved = [a["login_id"] for a in active if a.get("approved_on") is None]
        remarks = join([f"離任者のID未削除: {join(left)}" if left else "",
                        f"承認未記録: {join(unapproved)}" if unapproved else ""], "\n")
        id_rows.append([text(system.get("name")), f"{len(active)}件", f"{issued}件", f"{deleted}件", remarks or "—"])

    externals = [x for x in src.all("external-users") if _alive(x, "registered_on", start, end)]
    externals.sort(key=lambda x: (src.title("systems", x.get("system")), text(x.get("person")), x["id"]))
    ext_rows = []
    for x in externals:
        check = ("専用線" if x.get("dedicated_line")
                 else src.label("external-users", "caller_check", x.get("caller_check")))
        state = (f"削除 {short_date(x['deleted_on'], cal)}" if x.get("deleted_on") is not None
                 else f"有効期限 {short_date(x.get('valid_until'), cal)}" if x.get("valid_until") else "有効")
        ext_rows.append([
            join([text(x.get("person")), text(x.get("organisation"))], "\n"),
            src.title("systems", x.get("system")),
            src.staff_name(x.get("manager")),
            src.label("external-users", "method", x.get("method")),
            check or "なし",
            "取得" if x.get("logs_obtained") else "未取得",
            state,
        ])

    summary = [
        ("委託業務名", head.contract or "—"),
        ("対象期間", period_text(start, end, cal)),
        ("確認の件数", f"{len(reviews)}件（利用者登録状況 {by_kind['registration']}件、"
                       f"管理者接続履歴 {by_kind['admin_log']}件、外部接続の記録 {by_kind['external_log']}件、"
                       f"アクセス記録の分析 {by_kind['access_analysis']}件）"),
        ("指摘事項", f"{with_findings}件" if with_findings else "なし"),
    ]
    n = len(summary)
    items = [
        KeyValue(summary, numbered=True),
        Heading(f"{n + 1}　確認の結果"),
        DataTable([
            Column("No.", 0.4, "right"),
            Column("確認日", 0.8),
            Column("システム", 1.3),
            Column("確認の種類", 1.1),
            Column("対象期間", 0.85),
            Column("確認者", 0.8),
            Column("件数", 0.55, "right"),
            Column("結果", 0.7, "center", fit="指摘あり"),
            Column("指摘事項・措置", 2.1),
        ], rows, font_size=7.5, empty_text="対象期間に確認の記録はありません"),
        Heading(f"{n + 2}　利用者IDの状況（{short_date(end, cal)}現在）"),
        DataTable([
            Column("システム", 2.0),
            Column("有効なID", 0.8, "right"),
            Column("期間中の登録", 0.9, "right"),
            Column("期間中の削除", 0.9, "right"),
            Column("確認が必要な事項", 3.0),
        ], id_rows, font_size=8, empty_text="登録された利用者IDはありません"),
        Heading(f"{n + 3}　外部接続の利用者"),
        DataTable([
            Column("利用者・所属", 1.7),
            Column("システム", 1.3),
            Column("管理責任者", 0.9),
            Column("接続方法", 1.1),
            Column("相手の確認", 0.9),
            Column("接続記録", 0.6, "center"),
            Column("状態", 1.1),
        ], ext_rows, font_size=7.5, empty_text="対象期間に外部接続の利用者はありません"),
    ]
    body = [
        Para(f"{contract_phrase(head.contract)}において運用する情報システムについて、"
             f"{period_text(start, end, cal)}の間に行った利用者の登録状況の確認、管理者の接続履歴の検査等の結果を、"
             "下記のとおり報告します。"),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="account-review-report",
    title=TITLE,
    params=frozenset({"period"}),
    clauses=("A11-1-4", "A11-1-5", "A11-1-6", "A16-1", "A16-3", "A16-4", "A16-6", "A19-1"),
    build=build,
    description="期間内に行った利用者登録状況の確認・管理者接続履歴の検査・アクセス記録の分析の結果と、"
                "利用者ID・外部接続利用者の状況です。本アプリ自身の確認も載ります。",
    order=65,
))

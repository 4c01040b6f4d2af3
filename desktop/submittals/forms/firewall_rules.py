"""ファイアウォール設定一覧（取扱注意） — the rules of the firewall and router register as of a
date, per device in rule order (A15-9 port, direction, reason, source, destination; A15-10
rules wider than needed marked; A15-12 confidential).

The form kind is ``confidential``: producing it needs the officer or administrator role, issuing
and printing need a reason (recorded with the audit entry), and every page carries the 取扱注意
mark (see :func:`desktop.submittals.service.confidential_check`)."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.registers.model import HookContext
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, join, short_date, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "ファイアウォール設定一覧"
SLUG = "firewall-rules"
#: short words for the narrow columns
ACTION = {"allow": "許可", "deny": "拒否"}
DIRECTION = {"inbound": "受信", "outbound": "送信", "both": "双方向"}


def _in_force(r: dict, day: dt.date) -> bool:
    start, end = r.get("valid_from"), r.get("valid_to")
    return (start is None or start <= day) and (end is None or end >= day)


def build(vault: VaultLike, head, *, as_of: dt.date):
    from desktop.registers.definitions import firewall_rules

    src = Source(vault)
    # the submittal service checked the role (and, when issuing, the reason it audits)
    src.svc.open_confidential(SLUG, None, purpose="submittal", audited=False)
    cal = head.calendar
    recs = [r for r in src.all(SLUG) if _in_force(r, as_of)]
    ctx = HookContext(src.svc.conn, as_of, vault.session.user_id)
    devices: dict[int, list[dict]] = {}
    for r in recs:
        devices.setdefault(r["device"], []).append(r)
    order = sorted(devices, key=lambda d: src.equipment_name(d))
    items: list = []
    wide_count = 0
    summary = [
        ("委託業務名", head.contract or "—"),
        ("基準日", date_text(as_of, cal)),
        ("対象機器", f"{len(devices)}台"),
        ("ルール数", f"{len(recs)}件"),
    ]
    items.append(KeyValue(summary, numbered=True))
    n = len(summary)
    for dev in order:
        n += 1
        rules = sorted(devices[dev], key=lambda r: (r["rule_no"], r["id"]))
        rows = []
        for r in rules:
            wide = firewall_rules.wide_reasons(ctx, r)
            wide_count += bool(wide)
            rows.append([
                str(r["rule_no"]),
                ACTION.get(r.get("action") or "", ""),
                join([src.label(SLUG, "protocol", r.get("protocol")), text(r.get("ports"), "—")], "\n"),
                DIRECTION.get(r.get("direction") or "", ""),
                text(r.get("source")),
                text(r.get("destination")),
                text(r.get("reason")) + ("\n※ " + "、".join(wide) if wide else ""),
                join([short_date(r.get("valid_from"), cal) + "〜" + short_date(r.get("valid_to"), cal),
                      ("見直し " + short_date(r.get("last_reviewed_on"), cal)) if r.get("last_reviewed_on") else ""],
                     "\n"),
            ])
        items.append(Heading(f"{n}　{src.equipment_name(dev)}"))
        items.append(DataTable(
            [Column("No.", 0.5, "right"), Column("動作", 0.45, "center"), Column("プロトコル\nポート", 0.85),
             Column("方向", 0.6, "center"), Column("通信元", 1.25), Column("通信先", 1.25),
             Column("通過させる理由", 2.5), Column("有効期間\n見直し", 1.1)],
            rows, font_size=7.5))
    if not devices:
        items.append(DataTable([Column("機器", 1.0)], [], empty_text="基準日に有効なルールはありません"))
    body = [
        Para(f"{contract_phrase(head.contract)}で管理するファイアウォール及びルータの設定（{date_text(as_of, cal)}"
             "現在）は、下記のとおりです。"),
        Para("本書は設定内容を記載しているため取扱注意とし、外部に公開しないでください。"
             + (f"※印の{wide_count}件は、通過させる範囲が広いため見直しを検討しています。" if wide_count else "")),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="firewall-rules",
    title=TITLE,
    params=frozenset({"as_of"}),
    clauses=("A15-9", "A15-10", "A15-12"),
    build=build,
    description="基準日に有効なファイアウォール・ルータのルールの一覧です（取扱注意。作成・印刷には理由の入力が必要です）。",
    confidential=True,
    order=72,
))

"""ファイアウォール・ルータ設定 (firewall-rules) — A15-9, A15-10, A15-11, A15-12, A5-2-4: each
rule of a firewall or router with port, direction, reason, source and destination (A15-9);
rules wider than needed are flagged (A15-10); the register is confidential (A15-12): listing,
reading and printing need the officer or administrator role and a reason, recorded in the
audit trail, and CSV export needs an administrator's per-export permission.

A rule without a reason, a port outside 1–65535 and an address that is neither an IP address,
a CIDR network, ``any`` nor a named group (``@name``) are bad input: refused with a message on
the field, nothing written. A rule past its end date or not reviewed within the interval is
kept and flagged (it is what the device really has)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re

from desktop import settings
from desktop.i18n import tr
from desktop.registers import coverage
from desktop.registers.definitions._common import Example, F, Kind, add_months, not_before, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, choices

settings.declare("registers.firewall_max_port_range", int, 10,
                 tr("Settings", "ファイアウォールのルールで警告しないポート範囲の広さ（ポート数）"), minimum=1, maximum=65535)
settings.declare("registers.firewall_review_months", int, 6,
                 tr("Settings", "ファイアウォールのルールの見直し間隔（か月）"), minimum=1, maximum=36)

ACTIONS = choices(
    ("allow", "許可（通過させる）", "Allow"),
    ("deny", "拒否", "Deny"),
)
PROTOCOLS = choices(
    ("tcp", "TCP", "TCP"),
    ("udp", "UDP", "UDP"),
    ("tcp_udp", "TCP/UDP", "TCP/UDP"),
    ("icmp", "ICMP", "ICMP"),
    ("any", "すべて", "Any"),
)
DIRECTIONS = choices(
    ("inbound", "外部→内部（受信）", "Inbound"),
    ("outbound", "内部→外部（送信）", "Outbound"),
    ("both", "双方向", "Both"),
)

ANY = "any"
_GROUP = re.compile(r"^@[^\s,@]{1,60}$")
_SPLIT = re.compile(r"[,\s、]+")


def tokens(text: str | None) -> list[str]:
    return [t for t in _SPLIT.split((text or "").strip()) if t]


def port_ranges(text: str | None) -> list[tuple[int, int]] | None:
    """The port ranges of a ports cell (``443``, ``20-21``, ``25, 587``); ``[(1, 65535)]`` for
    ``any``; None when a token is not a port, a range of ports or ``any``."""
    out = []
    for t in tokens(text):
        if t.lower() == ANY:
            out.append((1, 65535))
            continue
        m = re.fullmatch(r"(\d{1,5})(?:-(\d{1,5}))?", t)
        if m is None:
            return None
        lo = int(m.group(1))
        hi = int(m.group(2)) if m.group(2) else lo
        if not (1 <= lo <= hi <= 65535):
            return None
        out.append((lo, hi))
    return out


def is_address(token: str) -> bool:
    """An IP address, a CIDR network, ``any`` or a named group (``@庁内LAN``)."""
    if token.lower() == ANY or _GROUP.match(token):
        return True
    try:
        if "/" in token:
            ipaddress.ip_network(token, strict=False)
        else:
            ipaddress.ip_address(token)
    except ValueError:
        return False
    return True


def _addresses_ok(name: str):
    def check(v: dict) -> bool:
        toks = tokens(v.get(name))
        return not v.get(name) or (bool(toks) and all(is_address(t) for t in toks))
    return check


def _ports_ok(v: dict) -> bool:
    text = v.get("ports")
    if not text:
        return True
    return port_ranges(text) is not None


def _ports_needed(v: dict) -> bool:
    return v.get("protocol") not in ("tcp", "udp", "tcp_udp") or bool(v.get("ports"))


def _is_any(text: str | None) -> bool:
    return any(t.lower() == ANY for t in tokens(text))


def _to_act(v: dict) -> coverage.Act:
    dev = v.get("device")
    return coverage.Act(("config_change",) if v.get("pref_system") else (), v.get("valid_from"),
                        v.get("permission"), (("equipment", dev),) if dev is not None else (), "A5-2-4")


ACT = coverage.declare_act(coverage.ActSpec(
    slug="firewall-rules", table="firewall_rules", date_column="valid_from", title_column="rule_no",
    columns=("pref_system", "valid_from", "device", "permission"), to_act=_to_act))


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    base = new.get("last_reviewed_on") or new.get("valid_from")
    months = ctx.setting("registers.firewall_review_months")
    new["review_due_on"] = add_months(base, months) if base is not None else None
    coverage.stamp(ctx.conn, ACT, new)


def wide_reasons(ctx: HookContext, rec: dict) -> list[str]:
    """Why a rule is wider than needed (A15-10): ``any`` source/destination/ports, a range of
    more ports than the setting allows."""
    if rec.get("action") != "allow":
        return []
    out = []
    if _is_any(rec.get("source")):
        out.append(tr(CTX, "通信元が any"))
    if _is_any(rec.get("destination")):
        out.append(tr(CTX, "通信先が any"))
    ranges = port_ranges(rec.get("ports")) or []
    limit = ctx.setting("registers.firewall_max_port_range")
    if _is_any(rec.get("ports")) or rec.get("protocol") == "any":
        out.append(tr(CTX, "ポートが any"))
    elif any(hi - lo + 1 > limit for lo, hi in ranges):
        out.append(tr(CTX, "ポートの範囲が{n}個を超える").format(n=limit))
    return out


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = coverage.flags(ctx, ACT, rec)
    if not (rec.get("reason") or "").strip():  # only on records stored before the reason was required
        out.append(Flag("firewall.no_reason", tr(CTX, "通過させる理由が書かれていません（A15-9）。"),
                        level="overdue", field="reason"))
    wide = wide_reasons(ctx, rec)
    if wide:
        out.append(Flag("firewall.too_wide",
                        tr(CTX, "必要最小限になっていない可能性があります: {why}（A15-10）。").format(why="、".join(wide)),
                        field="ports"))
    if rec.get("valid_to") is not None and rec["valid_to"] < ctx.today:
        out.append(Flag("firewall.expired", tr(CTX, "有効期限を過ぎたルールです。機器から削除してください（A15-10）。"),
                        level="overdue", field="valid_to"))
    due = rec.get("review_due_on")
    if due is not None and due < ctx.today:
        out.append(Flag("firewall.not_reviewed", tr(CTX, "見直しの間隔を過ぎています。ルールが今も必要か確認してください（A15-10）。"),
                        level="overdue", field="last_reviewed_on"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    today = ctx.today.isoformat()
    for rid, no, asset, end in ctx.conn.execute(
            "SELECT f.id, f.rule_no, e.asset_no, f.valid_to FROM firewall_rules f JOIN equipment e ON e.id = f.device"
            " WHERE f.valid_to IS NOT NULL AND f.valid_to < ? ORDER BY f.valid_to LIMIT 500", (today,)):
        items.append(DueItem("firewall-rules", rid, f"{asset} No.{no}", dt.date.fromisoformat(end),
                             tr(CTX, "有効期限を過ぎたファイアウォールのルールがあります（A15-10）。"), True,
                             "firewall.expired"))
    horizon = (ctx.today + dt.timedelta(days=30)).isoformat()
    for rid, no, asset, due in ctx.conn.execute(
            "SELECT f.id, f.rule_no, e.asset_no, f.review_due_on FROM firewall_rules f"
            " JOIN equipment e ON e.id = f.device"
            " WHERE f.review_due_on IS NOT NULL AND f.review_due_on <= ? ORDER BY f.review_due_on LIMIT 500",
            (horizon,)):
        d = dt.date.fromisoformat(due)
        items.append(DueItem("firewall-rules", rid, f"{asset} No.{no}", d,
                             tr(CTX, "ファイアウォールのルールの見直し時期です（A15-10）。"), d < ctx.today,
                             "firewall.not_reviewed"))
    return items + coverage.due(ctx, ACT, None)


def _title(rec: dict) -> str:
    return f"No.{rec.get('rule_no') if rec.get('rule_no') is not None else ''}"


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("coverage", coverage.GAP_WHERE, index=False),
    FlagScope("no_reason", "trim(ifnull(reason, '')) = ''"),
    FlagScope("allow", "action = 'allow'"),
    FlagScope("expired", "valid_to IS NOT NULL", columns="valid_to", when="valid_to < :today", index=False),
    FlagScope("review", "review_due_on IS NOT NULL", columns="review_due_on", when="review_due_on < :today",
              index=False),
)


REGISTER = Register(
    slug="firewall-rules",
    table="firewall_rules",
    label_ja="ファイアウォール・ルータ設定",
    label_en="Firewall and router rules",
    clauses=("A15-9", "A15-10", "A15-11", "A15-12", "A5-2-4"),
    description_ja="ファイアウォール・ルータのルール（ポート、方向、理由、通信元・通信先）。取扱注意: "
                   "表示・印刷には理由の入力が必要で、監査記録に残ります。",
    confidential=True,
    fields=(
        F("device", Kind.REF, "機器", "Device", required=True, ref="equipment"),
        F("rule_no", Kind.NUMBER, "ルール番号（順序）", "Rule number (order)", required=True, minimum=1, maximum=99999),
        F("action", Kind.CHOICE, "動作", "Action", required=True, choices=ACTIONS, default="allow"),
        F("protocol", Kind.CHOICE, "プロトコル", "Protocol", required=True, choices=PROTOCOLS),
        F("ports", Kind.TEXT, "ポート番号", "Ports", max_length=200,
          help_ja="例: 443 / 20-21 / 25, 587 / any（TCP・UDPでは必須）"),
        F("direction", Kind.CHOICE, "通信の方向", "Direction", required=True, choices=DIRECTIONS),
        F("source", Kind.TEXT, "通信元", "Source", required=True, max_length=500,
          help_ja="IPアドレス、CIDR（例: 10.0.0.0/24）、any、または @名前 のグループ（複数はカンマ区切り）"),
        F("destination", Kind.TEXT, "通信先", "Destination", required=True, max_length=500,
          help_ja="IPアドレス、CIDR、any、または @名前 のグループ（複数はカンマ区切り）"),
        F("reason", Kind.LONGTEXT, "通過させる理由", "Reason", required=True, max_length=2000),
        F("requested_by", Kind.REF, "依頼者", "Requested by", ref="staff"),
        F("approved_by", Kind.REF, "承認者", "Approved by", ref="staff"),
        F("pref_system", Kind.YESNO, "県のシステムに関わる設定", "Concerns a prefecture system", default=True,
          help_ja="県のシステムの設定変更には県の許可が必要です（A5-2-4）"),
        F("permission", Kind.REF, "県の許可", "Prefecture's permission", ref="permissions"),
        F("coverage", Kind.CHOICE, "許可の確認", "Permission check", choices=coverage.COVERAGE_CHOICES, computed=True),
        F("valid_from", Kind.DATE, "有効期間（開始）", "Valid from", required=True),
        F("valid_to", Kind.DATE, "有効期間（終了）", "Valid to"),
        F("last_reviewed_on", Kind.DATE, "最終見直し日", "Last reviewed on"),
        F("review_due_on", Kind.DATE, "次回見直し期限", "Next review due", computed=True),
        note_field(),
    ),
    rules=(
        Rule("reason", "通過させる理由を入力してください（A15-9）。",
             lambda v: bool((v.get("reason") or "").strip())),
        Rule("ports", "ポート番号は 1〜65535 の数、範囲（例: 8000-8080）、カンマ区切り、または any で入力してください。",
             _ports_ok),
        Rule("ports", "TCP・UDPのルールにはポート番号を入力してください（A15-9）。", _ports_needed),
        Rule("source", "通信元は IPアドレス、CIDR（例: 10.0.0.0/24）、any、または @名前 のグループで入力してください。",
             _addresses_ok("source")),
        Rule("destination", "通信先は IPアドレス、CIDR（例: 10.0.0.0/24）、any、または @名前 のグループで入力してください。",
             _addresses_ok("destination")),
        Rule("valid_to", "有効期間（終了）は有効期間（開始）以降の日付にしてください。", not_before("valid_to", "valid_from")),
        Rule("last_reviewed_on", "最終見直し日は有効期間（開始）以降の日付にしてください。",
             not_before("last_reviewed_on", "valid_from")),
    ),
    list_columns=("device", "rule_no", "action", "protocol", "ports", "direction", "source", "destination",
                  "valid_to", "review_due_on"),
    search_fields=("ports", "source", "destination", "reason", "note"),
    natural_key="rule_no",
    duplicate_key=("device", "rule_no", "valid_from"),
    default_sort=("rule_no", False),
    date_field="valid_from",
    status_field="action",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    indexes=(
        Index("due_expired", "valid_to", "valid_to IS NOT NULL"),
        Index("due_review", "review_due_on", "review_due_on IS NOT NULL"),
        coverage.gap_index("valid_from"),
    ),
    examples=(
        Example({"device": ref("equipment"), "rule_no": 10, "action": "allow", "protocol": "tcp", "ports": "443",
                 "direction": "inbound", "source": "@県庁LAN", "destination": "192.0.2.10",
                 "reason": "県庁の職員端末から業務システム（Webサーバ）へHTTPSで接続するため。",
                 "requested_by": ref("staff"), "approved_by": ref("staff"), "pref_system": False,
                 "valid_from": dt.date(2025, 4, 1), "last_reviewed_on": dt.date(2025, 10, 1)}),
        Example({"device": ref("equipment"), "rule_no": 20, "action": "allow", "protocol": "tcp", "ports": "22",
                 "direction": "inbound", "source": "198.51.100.0/28", "destination": "192.0.2.10",
                 "reason": "保守事業者の拠点から、保守作業の時だけSSHで接続するため。", "pref_system": False,
                 "valid_from": dt.date(2025, 4, 1), "valid_to": dt.date(2026, 3, 31),
                 "last_reviewed_on": dt.date(2025, 10, 1)}),
        Example({"device": ref("equipment"), "rule_no": 9999, "action": "deny", "protocol": "any",
                 "direction": "both", "source": "any", "destination": "any",
                 "reason": "上のルールで許可した通信以外はすべて遮断する（既定の拒否）。", "pref_system": False,
                 "valid_from": dt.date(2025, 4, 1), "last_reviewed_on": dt.date(2025, 10, 1)}),
    ),
)

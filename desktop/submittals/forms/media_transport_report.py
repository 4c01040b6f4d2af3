"""外部記憶媒体の運搬に係る責任範囲及び手順報告 (A3-2-5) — for one transport recorded in the
media events: the medium and its protection, when, who, where to, under which permission, and
the responsibility and procedure of the transport."""

from __future__ import annotations

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, join, short_datetime, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import KeyValue, Para, Section

TITLE = "外部記憶媒体の運搬に係る責任範囲及び手順報告"


def check(vault: VaultLike, head, *, record: int) -> list[str]:
    rec = Source(vault).get("media-events", record)
    out = []
    if rec.get("kind") not in ("transport", "take_out", "send"):
        out.append("選んだ記録は運搬・持出し・送付ではありません。")
    if not rec.get("transport_procedure"):
        out.append("運搬の責任範囲・手順が記入されていません。")
    if rec.get("coverage") != "ok":
        out.append("この運搬に対応する県の許可が確認できません。")
    return out


def build(vault: VaultLike, head, *, record: int):
    src = Source(vault)
    cal = head.calendar
    ev = src.get("media-events", record)
    m = src.get("media", ev["medium"])
    protect = join([x for x, on in (("暗号化", m.get("encrypted")), ("パスワード設定", m.get("password"))) if on], "・")
    summary = [
        ("委託業務名", head.contract or "—"),
        ("媒体", join([text(m.get("identifier")), src.label("media", "media_type", m.get("media_type")),
                     text(m.get("capacity"))], "　")),
        ("媒体の保護", protect or "なし"),
        ("運搬日時", short_datetime(ev.get("at"), cal)),
        ("運搬者", src.staff_name(ev.get("person"))),
        ("運搬先", text(ev.get("destination"), "—")),
        ("目的・内容", text(ev.get("purpose"))),
        ("送付の方法", src.label("media-events", "protection", ev.get("protection")) or "—"),
        ("県の許可", src.title("permissions", ev.get("permission")) or "未記録"),
    ]
    items = [
        KeyValue(summary, numbered=True),
        Section(f"{len(summary) + 1}　運搬に係る責任範囲及び手順", text(ev.get("transport_procedure"), "（未記入）")),
    ]
    body = [Para(f"{contract_phrase(head.contract)}において、県の情報を保存した外部記憶媒体を運搬するにあたり、"
                 "その責任範囲及び手順を下記のとおり報告します。")]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="media-transport-report",
    title=TITLE,
    params=frozenset({"record"}),
    record_register="media-events",
    record_label="媒体の利用記録（運搬）",
    clauses=("A3-2-5",),
    build=build,
    checks=check,
    description="媒体の運搬の記録から、運搬の責任範囲及び手順の報告書を作ります。",
    order=16,
))

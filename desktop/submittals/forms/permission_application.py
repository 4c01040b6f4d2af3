"""許可申請書 — a permission request to the prefecture (A3-2-2, A4, A5-1-2, A5-2-4, A8-1,
A10-1, A12-7, A18), printed from a draft or a submitted request of the ``permissions``
register: the request sentence worded per kind, purpose, scope, period, every person, item of
equipment and medium concerned, and the attached documents."""

from __future__ import annotations

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, join, period_text, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "許可申請書"

#: what the office asks to do, per kind of permission (the request sentence)
REQUESTS = {
    "media_use": "県の情報を外部記憶媒体に保存して使用すること",
    "media_handling": "県の情報を保存した外部記憶媒体の複製、送付、持出し又は廃棄を行うこと",
    "info_takeout": "県の情報を業務の場所の外へ持ち出すこと",
    "equipment_takeout": "県の情報を保存した情報機器を設置場所の外へ持ち出すこと",
    "config_change": "情報機器の設定を変更すること",
    "device_connection": "業務の場所に機器を持ち込み、ネットワークに接続すること",
    "test_data": "本番の業務データを試験用のデータとして使用すること",
    "third_party": "県の重要な情報を第三者に提供すること",
    "important_copy": "県の重要な情報を複製し、又は送信すること",
    "other": "下記の事項を行うこと",
}


def _items(src: Source, rec: dict) -> list[list[str]]:
    rows = []
    for sid in rec.get("staff") or []:
        s = src.get("staff", sid)
        rows.append(["従事者", text(s.get("name")), join([text(s.get("affiliation")), text(s.get("job_role"))], "　")])
    for eid in rec.get("equipment") or []:
        e = src.get("equipment", eid)
        rows.append(["情報機器", src.equipment_name(eid), text(e.get("location"))])
    for mid in rec.get("media") or []:
        m = src.get("media", mid)
        protect = join([x for x, on in (("暗号化", m.get("encrypted")), ("パスワード", m.get("password"))) if on], "・")
        name = join([text(m.get("identifier")), src.label("media", "media_type", m.get("media_type")),
                     text(m.get("capacity"))], "　")
        rows.append(["外部記憶媒体", name,
                     join([text(m.get("storage_place")), protect], "\n")])
    return [[str(i), *r] for i, r in enumerate(rows, 1)]


def check(vault: VaultLike, head, *, record: int) -> list[str]:
    rec = Source(vault).get("permissions", record)
    out = []
    if rec.get("status") not in ("draft", "submitted"):
        out.append("この申請は既に県の回答が記録されているか、取り下げられています。申請書を改めて出す必要があるか確認してください。")
    if not rec.get("scope"):
        out.append("範囲・内容が記入されていません。")
    return out


def build(vault: VaultLike, head, *, record: int):
    src = Source(vault)
    cal = head.calendar
    rec = src.get("permissions", record)
    kind = rec.get("kind")
    request = REQUESTS.get(kind or "other", REQUESTS["other"])
    atts = [a.name for a in rec.get("attachments") or []]
    summary = [
        ("委託業務名", head.contract or "—"),
        ("申請の種別", src.label("permissions", "kind", kind)),
        ("件名", text(rec.get("subject"))),
        ("目的", text(rec.get("purpose"))),
        ("範囲・内容", text(rec.get("scope"), "—")),
        ("期間", period_text(rec.get("period_from"), rec.get("period_to"), cal) if rec.get("period_to")
         else f"{date_text(rec.get('period_from'), cal)}から（終了日の定めなし）"),
        ("申請番号", text(rec.get("application_no"), "—")),
        ("申請者", src.staff_name(rec.get("applicant")) or "—"),
        ("添付書類", join(atts, "\n") if atts else "なし"),
    ]
    rows = _items(src, rec)
    items = [
        KeyValue(summary, numbered=True),
        Heading(f"{len(summary) + 1}　対象となる者・機器・媒体"),
        DataTable([Column("No.", 0.45, "right"), Column("区分", 1.0), Column("名称", 2.6),
                   Column("所属・場所・保護", 2.6)], rows, font_size=8.5,
                  empty_text="個別の対象は定めていません（範囲・内容のとおり）"),
    ]
    body = [Para(f"{contract_phrase(head.contract)}において、{request}について、下記のとおり許可を申請します。")]
    return head.document(title=TITLE, body=body, items=items, subject=f"{TITLE}（{text(rec.get('subject'))}）")


KIND = register(FormKind(
    slug="permission-application",
    title=TITLE,
    params=frozenset({"record"}),
    record_register="permissions",
    record_label="許可申請",
    clauses=("A3-1", "A3-2-2", "A4", "A5-1-2", "A5-2-4", "A8-1", "A10-1", "A12-7", "A18"),
    build=build,
    checks=check,
    description="許可・了解の申請の記録から、県へ提出する許可申請書を作ります（下書き・申請中の記録から）。",
    order=15,
))

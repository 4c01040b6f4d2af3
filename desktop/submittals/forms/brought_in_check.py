"""持込機器セキュリティ確認票 (A8-1, A8-2, A8-3) — for one brought-in device: the device and its
owner, purpose, period, networks and permission, the checklist (anti-virus with product and
pattern date, patches with date, other measures, company-owned) and who confirmed it when."""

from __future__ import annotations

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, join, period_text, short_datetime, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "持込機器セキュリティ確認票"


def check(vault: VaultLike, head, *, record: int) -> list[str]:
    rec = Source(vault).get("brought-in", record)
    out = []
    if rec.get("owner") == "personal":
        out.append("個人所有の機器です。持ち込むことはできません。")
    if rec.get("confirmed_by") is None:
        out.append("確認者が記録されていません。")
    if rec.get("coverage") != "ok":
        out.append("この機器の接続に対応する県の許可が確認できません。")
    return out


def build(vault: VaultLike, head, *, record: int):
    src = Source(vault)
    cal = head.calendar
    r = src.get("brought-in", record)

    def mark(ok) -> str:
        return "確認済" if ok else "未確認"

    period = (
        period_text(r["period_from"], r["period_to"], cal)
        if r.get("period_to")
        else f"{date_text(r.get('period_from'), cal)}から"
    )
    summary = [
        ("委託業務名", head.contract or "—"),
        (
            "機器（名称・型番）",
            join([text(r.get("device")), f"製造番号 {r['serial_no']}" if r.get("serial_no") else ""], "\n"),
        ),
        ("所有者", join([src.label("brought-in", "owner", r.get("owner")), text(r.get("owner_name"))], "　")),
        ("目的", text(r.get("purpose"))),
        ("持込期間", period),
        ("接続するネットワーク", text(r.get("networks"), "—")),
        ("県の許可", src.title("permissions", r.get("permission")) or "未記録"),
    ]
    rows = [
        [
            "1",
            "ウイルス対策ソフトが導入され、パターンファイルが最新であること",
            mark(r.get("av_installed") and r.get("av_product") and r.get("av_pattern_date")),
            join(
                [
                    text(r.get("av_product")),
                    f"パターン {date_text(r['av_pattern_date'], cal)}" if r.get("av_pattern_date") else "",
                ],
                "\n",
            ),
        ],
        [
            "2",
            "修正プログラム（セキュリティパッチ）が適用されていること",
            mark(r.get("patches_applied") and r.get("patches_on")),
            f"適用日 {date_text(r['patches_on'], cal)}" if r.get("patches_on") else "",
        ],
        [
            "3",
            "その他の対策（ある場合）",
            "記載あり" if r.get("other_measures") else "—",
            text(r.get("other_measures")),
        ],
        [
            "4",
            "個人所有の機器でないこと",
            mark(r.get("owner") != "personal"),
            src.label("brought-in", "owner", r.get("owner")),
        ],
    ]
    items = [
        KeyValue(summary, numbered=True, border=True),
        Heading(f"{len(summary) + 1}　確認項目"),
        DataTable(
            [Column("No.", 0.4, "right"), Column("確認項目", 2.6), Column("結果", 0.9, "center"), Column("内容", 2.2)],
            rows,
            font_size=8.5,
        ),
        Heading(f"{len(summary) + 2}　確認者"),
        KeyValue(
            [
                ("確認者", src.staff_name(r.get("confirmed_by")) or "（未記録）"),
                ("確認日時", short_datetime(r.get("confirmed_at"), cal) or "（未記録）"),
            ],
            border=True,
        ),
    ]
    body = [
        Para(
            f"{contract_phrase(head.contract)}において業務の場所に持ち込む機器について、"
            "ネットワークへの接続前に下記のセキュリティ対策を確認しました。"
        )
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(
    FormKind(
        slug="brought-in-check",
        title=TITLE,
        params=frozenset({"record"}),
        record_register="brought-in",
        record_label="持込機器",
        clauses=("A8-1", "A8-2", "A8-3"),
        build=build,
        checks=check,
        description="持込機器の記録から、接続前のセキュリティ確認票を作ります。",
        order=18,
    )
)

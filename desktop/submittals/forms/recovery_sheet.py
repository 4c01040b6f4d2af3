"""リカバリーキー保管票: the one-page sheet the administrator prints and locks away.

It carries the vault's recovery key in large fixed-pitch groups, where the vault is, and what
the key may be used for, with a box for the person who stored it to sign.

This sheet contains a secret. It is **not** a prefecture submittal and is **not** recorded in
the submittal history (no copy, no SHA-256, nothing in the vault); the caller should print
or save it straight away and not keep the bytes. The key is never put in the PDF metadata.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop.calendar import format_date
from desktop.errors import ValidationError
from desktop.i18n import tr
from desktop.submittals.fonts import FontSet, default_fonts
from desktop.submittals.layout import (
    FRAME_WIDTH,
    Heading,
    KeyValue,
    PdfMeta,
    build_pdf,
    make_styles,
    make_table,
    para,
    render_blocks,
)

TITLE = "リカバリーキー保管票"
_CROCKFORD = set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
_GROUPS_PER_LINE = 4


class KeyGroups(Flowable):
    """A key such as ``ABCD-EFGH-…`` drawn in fixed-pitch cells, groups numbered below.

    Each character is centred in a cell of the same width, whatever the font's own widths,
    so the groups line up like a monospaced font while still using the embedded font.
    """

    def __init__(
        self, key: str, font: str, size: float = 22, small_font: str | None = None
    ) -> None:
        super().__init__()
        self.groups = [g for g in key.split("-") if g]
        self.font = font
        self.small_font = small_font or font
        self.size = size
        widest = max(stringWidth(ch, font, size) for ch in "0123456789ABCDEFGHJKMNPQRSTVWXYZ-")
        self.pitch = widest * 1.18
        self.line_height = size * 1.9
        self.lines = [
            self.groups[i : i + _GROUPS_PER_LINE]
            for i in range(0, len(self.groups), _GROUPS_PER_LINE)
        ]

    def _line_width(self, groups: list[str]) -> float:
        chars = sum(len(g) for g in groups) + max(len(groups) - 1, 0)
        return chars * self.pitch

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = len(self.lines) * self.line_height + 4 * mm
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        number = 0
        for row, groups in enumerate(self.lines):
            baseline = self.height - 2 * mm - self.size - row * self.line_height
            x = (self.width - self._line_width(groups)) / 2
            for gi, group in enumerate(groups):
                number += 1
                start = x
                for ch in group:
                    c.setFont(self.font, self.size)
                    c.drawCentredString(x + self.pitch / 2, baseline, ch)
                    x += self.pitch
                c.setFont(self.small_font, 7)
                c.setFillGray(0.45)
                c.drawCentredString((start + x) / 2, baseline - self.size * 0.55, f"({number})")
                c.setFillGray(0)
                if gi < len(groups) - 1:
                    c.setFont(self.font, self.size)
                    c.drawCentredString(x + self.pitch / 2, baseline, "-")
                    x += self.pitch


def _key_box(key: str, fonts: FontSet) -> Table:
    commands = [
        ("BOX", (0, 0), (-1, -1), 1.2, (0, 0, 0)),
        ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
    ]
    return make_table(
        [[KeyGroups(key, fonts.gothic, small_font=fonts.mincho)]], [FRAME_WIDTH], fonts, commands
    )


def _storage_box(st: Any, row_height: float = 12 * mm) -> Table:
    cell = st.variant(st.body, size=10)
    blank_date = "令和　　　年　　　月　　　日"
    rows = [
        ("保管日", blank_date),
        ("保管場所", ""),
        ("保管者 氏名（署名）", ""),
        ("確認者 氏名（署名）", ""),
    ]
    data = [[para(label, cell), para(value, cell)] for label, value in rows]
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.6, (0.25, 0.25, 0.25)),
        ("BACKGROUND", (0, 0), (0, -1), (0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]
    widths = [48 * mm, FRAME_WIDTH - 48 * mm]
    return make_table(data, widths, st.fonts, commands, rowHeights=[row_height] * len(rows))


_INSTRUCTIONS = (
    "このキーは、管理者のパスワードを忘れたときや、台帳を使っていたパソコンが故障したときに、"
    "台帳を開いて管理者のパスワードを設定し直すためのものです。",
    "このキーがあれば、パスワードがなくても台帳のすべての記録を読むことができます。"
    "現金や印鑑と同じく、施錠できるキャビネットまたは金庫に保管してください。",
    "コピー、写真撮影、スキャン、パソコンやクラウドへの保存はしないでください。",
    "使用できるのは、情報セキュリティの責任者（または責任者が指名した管理者）に限ります。"
    "使用したときは、日時・使用者・理由を記録してください。",
    "紛失したとき、または他人に見られたおそれがあるときは、直ちに責任者に報告してください。"
    "キーを作り直した場合、この用紙は使えなくなりますので、シュレッダー等で確実に廃棄してください。",
    "この用紙の PDF ファイルを保存した場合は、印刷後に確実に削除してください。",
)


def render_recovery_sheet(
    *,
    office_name: str,
    vault_path: str | os.PathLike[str],
    recovery_key: str,
    created_at: _dt.date,
    fonts: FontSet | None = None,
    admin_fingerprint: str | None = None,
) -> bytes:
    """Render the リカバリーキー保管票 as PDF bytes (one A4 page).

    Not recorded in the submittal history: the sheet contains the recovery key.
    ``recovery_key`` is the key as shown to the user (``XXXX-XXXX-…``).
    ``admin_fingerprint`` is the first administrator's signing-key fingerprint
    (:func:`desktop.audit.verification.first_admin_fingerprint`, ``1A2B 3C4D …``): printed
    so that the one shown by the app can later be compared with paper nobody could re-sign.
    """
    key = recovery_key.strip().upper()
    if not key or not re.fullmatch(r"[0-9A-Z]+(-[0-9A-Z]+)*", key):
        raise ValidationError(tr("Submittals", "リカバリーキーの形式が正しくありません。"))
    fonts = fonts or default_fonts()
    st = make_styles(fonts)
    created = created_at.date() if isinstance(created_at, _dt.datetime) else created_at
    # the fingerprint adds a row and a note: tighter spacing keeps the sheet on one page
    gap = 3.5 * mm if admin_fingerprint else 6 * mm

    story: list[Flowable] = [
        para(TITLE, st.variant(st.title, size=18)),
        para("委託セキュリティ台帳", st.variant(st.small, align="center")),
        Spacer(1, gap),
        *render_blocks(
            [
                KeyValue(
                    [
                        ("事業者名", office_name),
                        ("台帳ファイル", os.fspath(vault_path)),
                        ("作成日", format_date(created, "wareki")),
                        *([("管理者の署名鍵", f"{admin_fingerprint}　（アプリの「ユーザー管理」画面の指紋と"
                                              "一致すること。違えば署名の差し替えのおそれ）")]
                          if admin_fingerprint else []),
                    ],
                    border=True,
                    label_width=32,
                )
            ],
            st,
        ),
        Spacer(1, gap),
        para("リカバリーキー", st.heading1),
        Spacer(1, 1 * mm),
        _key_box(key, fonts),
        Spacer(1, 1.5 * mm),
    ]
    if set(key.replace("-", "")) <= _CROCKFORD:
        story.append(
            para(
                "使われている文字は数字 0〜9 と英大文字（I・L・O・U を除く）です。"
                "「0」は数字のゼロ、「1」は数字のイチです。入力するときのハイフン（-）は省略できます。",
                st.small,
            )
        )
    story.append(Spacer(1, gap - 1 * mm))
    story += render_blocks([Heading("取扱い")], st)
    item_style = st.variant(st.body, size=10)
    story.append(
        make_table(
            [
                [para(f"{i}.", item_style), para(text, item_style)]
                for i, text in enumerate(_INSTRUCTIONS, 1)
            ],
            [7 * mm, FRAME_WIDTH - 7 * mm],
            fonts,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ],
        )
    )
    story.append(Spacer(1, gap))
    story.append(
        KeepTogether([para("保管の記録", st.heading1), Spacer(1, 1 * mm),
                      _storage_box(st, 10 * mm if admin_fingerprint else 12 * mm)])
    )

    meta = PdfMeta(title=TITLE, author=office_name, subject=TITLE)
    return build_pdf(story, meta, fonts)

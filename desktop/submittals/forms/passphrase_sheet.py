"""バックアップ パスフレーズ保管票: the one-page sheet for a generated backup passphrase.

Like the recovery-key sheet (:mod:`desktop.submittals.forms.recovery_sheet`, whose
fixed-pitch key drawing it reuses) it carries a secret: it is **not** a prefecture
submittal, is **not** recorded in the submittal history, and the passphrase is never put in
the PDF metadata. The caller prints or saves it straight away and does not keep the bytes.
"""

from __future__ import annotations

import datetime as _dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop.backup.passphrase import ALPHABET, ENTROPY_BITS, is_generated_form
from desktop.calendar import format_date
from desktop.errors import ValidationError
from desktop.i18n import tr
from desktop.submittals.fonts import FontSet, default_fonts
from desktop.submittals.forms.recovery_sheet import KeyGroups
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

TITLE = "バックアップ パスフレーズ保管票"

_INSTRUCTIONS = (
    "このパスフレーズは、台帳のバックアップファイルを開く（復元する）ための鍵です。"
    "忘れるとバックアップから復元できません。",
    "このパスフレーズとバックアップファイルの両方を持つ人は、台帳のすべての記録を読むことができます。"
    "バックアップの媒体とは別の、施錠できるキャビネットまたは金庫に保管してください。",
    "コピー、写真撮影、スキャン、パソコンやクラウドへの保存はしないでください。",
    "入力するときは、ハイフン（-）も含めて、書かれているとおりに入力してください。",
    "パスフレーズを変えてバックアップを作り直した場合も、古いバックアップを残している間はこの用紙を保管し、"
    "古いバックアップを廃棄したらシュレッダー等で確実に廃棄してください。",
    "この用紙の PDF ファイルを保存した場合は、印刷後に確実に削除してください。",
)


class _OneLine(KeyGroups):
    """All groups on one line: a hyphen at a line break would be easy to miss when typing."""

    def __init__(self, key: str, font: str, size: float, small_font: str) -> None:
        super().__init__(key, font, size, small_font)
        self.lines = [self.groups]


def _passphrase_box(passphrase: str, fonts: FontSet) -> Table:
    commands = [
        ("BOX", (0, 0), (-1, -1), 1.2, (0, 0, 0)),
        ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
    ]
    return make_table([[_OneLine(passphrase, fonts.gothic, 18, fonts.mincho)]], [FRAME_WIDTH], fonts, commands)


def _storage_box(st) -> Table:
    cell = st.variant(st.body, size=10)
    rows = [
        ("保管日", "令和　　　年　　　月　　　日"),
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
    return make_table(data, [48 * mm, FRAME_WIDTH - 48 * mm], st.fonts, commands, rowHeights=[12 * mm] * len(rows))


def render_passphrase_sheet(*, office_name: str, passphrase: str, created_at: _dt.date, backup_name: str = "",
                            fonts: FontSet | None = None) -> bytes:
    """Render the sheet as PDF bytes (one A4 page) for a passphrase made by
    :func:`desktop.backup.passphrase.generate_passphrase`. Not recorded anywhere."""
    if not is_generated_form(passphrase):
        raise ValidationError(tr("Submittals", "保管票を作れるのは、このアプリが生成したパスフレーズだけです。"))
    fonts = fonts or default_fonts()
    st = make_styles(fonts)
    created = created_at.date() if isinstance(created_at, _dt.datetime) else created_at
    rows = [("事業者名", office_name)]
    if backup_name:
        rows.append(("バックアップ", backup_name))
    rows.append(("作成日", format_date(created, "wareki")))
    story: list[Flowable] = [
        para(TITLE, st.variant(st.title, size=18)),
        para("委託セキュリティ台帳", st.variant(st.small, align="center")),
        Spacer(1, 6 * mm),
        *render_blocks([KeyValue(rows, border=True, label_width=32)], st),
        Spacer(1, 6 * mm),
        para("パスフレーズ", st.heading1),
        Spacer(1, 1 * mm),
        _passphrase_box(passphrase, fonts),
        Spacer(1, 1.5 * mm),
        para(f"使われている文字は英小文字（i・l・o を除く）と数字 2〜9、区切りのハイフン（-）です"
             f"（{len(ALPHABET)} 種類の文字 × {len(passphrase.replace('-', ''))} 文字、"
             f"約 {int(ENTROPY_BITS)} ビット）。大文字・記号・全角文字は使いません。", st.small),
        Spacer(1, 5 * mm),
    ]
    story += render_blocks([Heading("取扱い")], st)
    item_style = st.variant(st.body, size=10)
    story.append(make_table(
        [[para(f"{i}.", item_style), para(text, item_style)] for i, text in enumerate(_INSTRUCTIONS, 1)],
        [7 * mm, FRAME_WIDTH - 7 * mm], fonts,
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
         ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)],
    ))
    story.append(Spacer(1, 6 * mm))
    story.append(KeepTogether([para("保管の記録", st.heading1), Spacer(1, 1 * mm), _storage_box(st)]))
    return build_pdf(story, PdfMeta(title=TITLE, author=office_name, subject=TITLE), fonts)

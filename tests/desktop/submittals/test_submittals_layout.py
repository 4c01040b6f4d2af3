from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.errors import DaichoError
from desktop.submittals.layout import (
    Column,
    DataTable,
    Gap,
    Heading,
    KeyValue,
    PageBreak,
    Para,
    Section,
    render_pdf,
    write_pdf,
)

from .conftest import OFFICE, make_document, pdffonts, pdftotext


def test_multi_page_document_text(big_pdf):
    path, data = big_pdf
    reader = PdfReader(io.BytesIO(data))
    n = len(reader.pages)
    assert n > 5
    pages = [p.extract_text() for p in reader.pages]
    first = pages[0]
    for needle in [
        "北情第12号",
        "令和7年4月1日",
        "石川県知事 様",
        "株式会社北陸情報サービス",
        "代表取締役",
        "個人情報の取扱状況に関する報告書",
        "記",
        "委託業務名",
        "相手方",
    ]:
        assert needle in first, needle
    for i, text in enumerate(pages, start=1):
        assert f"{i} / {n}" in text
    # Header row repeated on every page the table continues on.
    for text in pages[1:-1]:
        for header in ("相手方", "日時", "方法", "内容", "サイズ", "SHA-256", "削除確認"):
            assert header in text
    assert "以上" in pages[-1]
    assert "security@hokuriku-info.example.jp" in pages[-1]


def test_pdftotext_extracts_japanese(big_pdf):
    path, _ = big_pdf
    text = pdftotext(path)
    pages = text.split("\f")
    assert "個人情報の取扱状況に関する報告書" in pages[0]
    assert "令和7年4月1日" in pages[0]
    assert "石川県総務部デジタル推進監室" in "".join(text.split())  # wrapped in its cell
    assert "1 / " in pages[0]
    assert "削除確認" in pages[1] and "SHA-256" in pages[1]
    # Every row made it (the last row's hash, possibly wrapped in its cell).
    last_hash = f"{(199 * 0x9E3779B97F4A7C15) % (1 << 256):064x}"
    assert last_hash[-16:] in "".join(text.split())


def test_fonts_embedded_as_subsets(big_pdf):
    path, _ = big_pdf
    rows = pdffonts(path)
    assert rows
    for row in rows:
        # name type [type2] encoding emb sub uni object ID
        emb, sub, uni = row[-5], row[-4], row[-3]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row
        assert "Helvetica" not in row[0] and "Heisei" not in row[0]


def test_every_page_rasterises(big_pdf, tmp_path):
    path, data = big_pdf
    exe = shutil.which("pdftoppm")
    if exe is None:
        pytest.skip("pdftoppm is not installed")
    out = subprocess.run(
        [exe, "-r", "50", "-png", str(path), str(tmp_path / "p")], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stderr.strip() == ""
    assert len(list(tmp_path.glob("p-*.png"))) == len(PdfReader(io.BytesIO(data)).pages)


def test_metadata(big_pdf):
    _, data = big_pdf
    info = PdfReader(io.BytesIO(data)).metadata
    assert info.title == "個人情報の取扱状況に関する報告書"
    assert info.author == "株式会社北陸情報サービス"
    assert info.subject == "個人情報の取扱状況に関する報告書"
    assert info["/Creator"] == "委託セキュリティ台帳"
    assert info["/CreationDate"].startswith("D:20250401093000+09'00'")


def test_a4_portrait(big_pdf):
    _, data = big_pdf
    for page in PdfReader(io.BytesIO(data)).pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(w - 595.28) < 0.5 and abs(h - 841.89) < 0.5


def test_plain_text_is_not_markup_and_blocks_render(fonts, tmp_path):
    doc = make_document(
        rows=0,
        doc_number="",
        calendar="western",
        addressee="石川県総務部長 様",
        body=[
            Para("記号 <b>太字ではない</b> & そのまま", indent=False),
            Heading("1　概要"),
            Heading("（1）詳細", level=2),
            Section("2　経緯", "一段落目。\n改行あり。\n\n二段落目。", level=2),
            Gap(5),
            KeyValue([("項目", "値")], border=True),
            KeyValue([]),
            PageBreak(),
            Para("右寄せ", align="right", indent=False),
        ],
        items=[DataTable([Column("日付"), Column("内容", 3)], [], caption="一覧")],
        seal_boxes=(),
        contact=None,
        closing=False,
    )
    path = tmp_path / "blocks.pdf"
    write_pdf(path, render_pdf(doc, fonts))
    text = pdftotext(path)
    assert "記号 <b>太字ではない</b> & そのまま" in text
    assert "2025年4月1日" in text and "令和" not in text.split("\f")[0].splitlines()[0]
    assert "石川県総務部長 様" in text
    assert "該当なし" in text
    assert "以上" not in text
    assert "二段落目。" in text
    assert text.count("\f") == 2  # two pages (PageBreak)


def test_no_applicant_fields_and_bad_block(fonts):
    from desktop.submittals.layout import Applicant

    data = render_pdf(make_document(rows=3, applicant=Applicant()), fonts)
    assert data.startswith(b"%PDF")
    with pytest.raises(TypeError):
        render_pdf(make_document(rows=0, body=["not a block"]), fonts)


def test_applicant_from_bare_keys():
    from desktop.submittals.layout import Applicant, Contact

    bare = {k.removeprefix("office."): v for k, v in OFFICE.items()}
    assert Applicant.from_settings(bare) == Applicant.from_settings(OFFICE)
    assert Contact.from_settings(bare).email == OFFICE["office.email"]
    assert not Contact()


# --------------------------------------------------------------------------- atomic write


def test_write_pdf_atomic(tmp_path):
    target = tmp_path / "out.pdf"
    digest = write_pdf(target, b"%PDF-1.4 first")
    assert digest == hashlib.sha256(b"%PDF-1.4 first").hexdigest()
    assert target.read_bytes() == b"%PDF-1.4 first"
    write_pdf(target, b"%PDF-1.4 second")
    assert target.read_bytes() == b"%PDF-1.4 second"
    assert sorted(os.listdir(tmp_path)) == ["out.pdf"]


def test_write_pdf_failure_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    write_pdf(target, b"%PDF-1.4 original")

    def boom(*_a, **_k):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(RuntimeError):
        write_pdf(target, b"%PDF-1.4 new")
    monkeypatch.undo()
    assert target.read_bytes() == b"%PDF-1.4 original"
    assert sorted(os.listdir(tmp_path)) == ["out.pdf"]

    with pytest.raises(TypeError):
        write_pdf(tmp_path / "other.pdf", "not bytes")  # type: ignore[arg-type]
    assert sorted(os.listdir(tmp_path)) == ["out.pdf"]


def test_write_pdf_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DaichoError):
        write_pdf(tmp_path / "missing" / "out.pdf", b"%PDF")


# --------------------------------------------------------------------------- layering


def test_core_does_not_import_qt_widgets_or_ui():
    code = (
        "import sys, desktop.submittals.layout, desktop.submittals.forms.recovery_sheet, "
        "desktop.submittals.forms as f; f.load_all(); "
        "bad = [m for m in sys.modules if m.startswith('PySide6.QtWidgets') or m == 'ui' or m.startswith('ui.')]; "
        "assert not bad, bad"
    )
    root = Path(__file__).resolve().parents[3]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)


def test_non_embedded_font_is_refused(fonts):
    from reportlab.platypus import Table

    from desktop.submittals.layout import PdfMeta, build_pdf

    with pytest.raises(RuntimeError, match="Helvetica"):
        build_pdf([Table([["", "plain"]])], PdfMeta(title="x"), fonts)


def test_cell_taller_than_a_page_splits_across_pages(fonts, tmp_path):
    from .conftest import EXCHANGE_COLUMNS

    long_text = "経緯の説明。" * 700
    rows = [
        ["県", "日時", "方法", long_text, "1 KB", "a" * 64, "済"],
        ["県", "b", "c", "短い", "1", "b", "未"],
    ]
    doc = make_document(
        rows=0,
        items=[
            DataTable(EXCHANGE_COLUMNS, rows),
            KeyValue([("事故の経緯", long_text)], border=True),
        ],
    )
    path = tmp_path / "long.pdf"
    write_pdf(path, render_pdf(doc, fonts))
    text = pdftotext(path)
    pages = text.split("\f")[:-1]
    assert len(pages) >= 5
    assert text.count("説") == 1400  # nothing lost at the page breaks (words may straddle them)


def test_section_lines_are_paragraphs(fonts):
    from desktop.submittals.layout import make_styles, render_blocks

    flowables = render_blocks(
        [Section("1　概要", "一行目。\n　二行目。\n\n三行目。")], make_styles(fonts)
    )
    texts = [f.text for f in flowables if hasattr(f, "text")]
    assert texts[-3:] == ["一行目。", "二行目。", "三行目。"]

"""The recovery sheet carries the first administrator's signing-key fingerprint when given,
and still fits on one A4 page."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from desktop.submittals.forms.recovery_sheet import render_recovery_sheet
from desktop.submittals.layout import write_pdf

from .conftest import pdftotext

KEY = "9KZK-GAYH-PH3G-8T8V-CC8R-G6JV-DTP6-1175"
FP = "1A2B 3C4D 5E6F 7A8B 9C0D"


def _sheet(fonts, tmp_path, **kw):
    data = render_recovery_sheet(office_name="株式会社北陸情報サービス",
                                 vault_path="/home/yamada/.local/share/itaku-daicho/daicho.vault",
                                 recovery_key=KEY, created_at=dt.date(2026, 12, 1), fonts=fonts, **kw)
    path = tmp_path / "sheet.pdf"
    write_pdf(path, data)
    return data, "".join(pdftotext(path).split())


def test_fingerprint_printed_on_one_page(fonts, tmp_path):
    data, text = _sheet(fonts, tmp_path, admin_fingerprint=FP)
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    assert "管理者の署名鍵" in text and FP.replace(" ", "") in text
    assert "ユーザー管理" in text and "保管者" in text


def test_without_fingerprint_no_row(fonts, tmp_path):
    _data, text = _sheet(fonts, tmp_path)
    assert "管理者の署名鍵" not in text

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop.errors import ValidationError
from desktop.submittals import forms
from desktop.submittals.forms.recovery_sheet import render_recovery_sheet
from desktop.submittals.layout import write_pdf

from .conftest import pdffonts, pdftotext

KEY = "9KZK-GAYH-PH3G-8T8V-CC8R-G6JV-DTP6-1175"


def test_recovery_sheet(fonts, tmp_path):
    data = render_recovery_sheet(
        office_name="株式会社北陸情報サービス",
        vault_path="/home/yamada/.local/share/itaku-daicho/daicho.vault",
        recovery_key=KEY,
        created_at=dt.datetime(2025, 4, 1, 10, 0),
        fonts=fonts,
    )
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    path = tmp_path / "sheet.pdf"
    write_pdf(path, data)
    text = pdftotext(path)
    squeezed = "".join(text.split())
    assert "リカバリーキー保管票" in text
    assert "株式会社北陸情報サービス" in text
    assert "daicho.vault" in text
    assert "令和7年4月1日" in text
    alnum = "".join(ch for ch in squeezed if ch.isascii() and ch.isalnum())
    # Two lines of four groups (group numbers are printed below each line).
    assert "9KZKGAYHPH3G8T8V" in alnum and "CC8RG6JVDTP61175" in alnum
    assert "施錠" in text and "保管者" in text
    # The key is a secret: never in the metadata.
    meta = reader.metadata
    assert KEY not in " ".join(str(v) for v in meta.values())
    for row in pdffonts(path):
        assert (row[-5], row[-4]) == ("yes", "yes"), row


def test_key_groups_in_order(fonts, tmp_path):
    data = render_recovery_sheet(
        office_name="テスト",
        vault_path="x.vault",
        recovery_key=KEY.lower(),
        created_at=dt.date(2025, 4, 1),
        fonts=fonts,
    )
    path = tmp_path / "sheet.pdf"
    write_pdf(path, data)
    squeezed = "".join(pdftotext(path).split())
    for group in KEY.split("-"):
        assert group in squeezed


@pytest.mark.parametrize("bad", ["", "ABCD EFGH", "ABCD--EFGH", "ＡＢＣＤ", "AB<CD"])
def test_malformed_key_refused(fonts, bad):
    with pytest.raises(ValidationError):
        render_recovery_sheet(
            office_name="x",
            vault_path="x",
            recovery_key=bad,
            created_at=dt.date(2025, 4, 1),
            fonts=fonts,
        )


def test_recovery_sheet_is_not_a_form_kind():
    kinds = forms.load_all()
    assert "recovery-sheet" not in kinds
    assert all("recovery" not in slug for slug in kinds)


def test_form_registry(monkeypatch):
    monkeypatch.setattr(forms, "KINDS", {})
    kind = forms.FormKind(
        slug="test-form", title="テスト報告書", params=frozenset({"period"}), clauses=("C-1",)
    )
    assert forms.register(kind) is kind
    assert forms.register(kind) is kind  # idempotent (module re-import)
    with pytest.raises(ValueError):
        forms.register(forms.FormKind(slug="test-form", title="別の報告書"))
    with pytest.raises(ValueError):
        forms.FormKind(slug="x", title="x", params=frozenset({"nonsense"}))
    with pytest.raises(ValueError):
        forms.FormKind(slug="Bad Slug", title="x")
    assert forms.get("test-form") is kind
    from desktop.errors import NotFound

    with pytest.raises(NotFound):
        forms.get("missing-form")

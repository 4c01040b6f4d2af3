"""Loud alarm for the reportlab internals desktop/submittals/kinsoku.py relies on.

``JaParagraph`` overrides ``Paragraph._setup`` and ``Paragraph.breakLinesCJK`` and calls the
private helpers ``_handleBulletWidth`` and ``makeCJKParaLine``; it also reads the
``blPara``/``_splitpara`` state that ``Paragraph.split`` leaves on the halves. None of that is
public API, so pyproject.toml bounds reportlab (``<5.2``) and this test fingerprints the source
of each piece. When a new reportlab changes one of them, this fails naming it: read the change,
adapt kinsoku.py if needed (its tests must pass), then record the new fingerprint here and
raise the bound in pyproject.toml.
"""

from __future__ import annotations

import hashlib
import inspect

import pytest
import reportlab
from reportlab.platypus import paragraph

#: sha256 (first 16 hex digits) of inspect.getsource() of each piece, reportlab 5.1.0
FINGERPRINTS = {
    "Paragraph._setup": "876b56bb886e522c",
    "Paragraph.breakLinesCJK": "90c658521803a5a2",
    "Paragraph.split": "4b80e7e382d591f1",
    "_handleBulletWidth": "ecc1bd7eb89a47de",
    "makeCJKParaLine": "ca18174cf13aa732",
    "ParaLines": "4d957d960703a739",
}
SIGNATURES = {
    "Paragraph._setup": "(self, text, style, bulletText, frags, cleaner)",
    "Paragraph.breakLinesCJK": "(self, maxWidths)",
    "_handleBulletWidth": "(bulletText, style, maxWidths)",
    "makeCJKParaLine": "(U, maxWidth, widthUsed, extraSpace, lineBreak, calcBounds)",
}


def _piece(name: str):
    obj = paragraph
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


@pytest.mark.parametrize("name", sorted(FINGERPRINTS))
def test_overridden_reportlab_internals_are_unchanged(name):
    source = inspect.getsource(_piece(name))
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]
    assert digest == FINGERPRINTS[name], (
        f"reportlab {reportlab.Version} changed {name}, which desktop/submittals/kinsoku.py overrides or "
        f"calls: review the change, adapt JaParagraph, then update FINGERPRINTS here and the bound in pyproject.toml")


@pytest.mark.parametrize("name", sorted(SIGNATURES))
def test_signatures_kinsoku_overrides(name):
    assert str(inspect.signature(_piece(name))) == SIGNATURES[name], f"reportlab changed the signature of {name}"


def test_split_paragraphs_still_carry_the_state_kinsoku_reads():
    source = inspect.getsource(paragraph.Paragraph.split)
    assert "_splitpara" in source and "blPara" in source


def test_the_bound_in_pyproject_holds_the_installed_release():
    major, minor = (int(x) for x in reportlab.Version.split(".")[:2])
    assert (4, 0) <= (major, minor) < (5, 2)

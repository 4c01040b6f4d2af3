"""Meta-test: every clause of the catalog is named by at least one test (its ID such as
``A12-3`` in the test's text, or ``A12_3`` in a test name), unless the catalog declares it
``manual`` (the records cannot decide it; the officer confirms it)."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.compliance import catalog

TESTS = Path(__file__).resolve().parents[2]
SELF = Path(__file__).resolve()
#: what may follow an ID: not a further segment of a longer ID ("-6", "_ka"), not a letter or digit
_NEXT = r"(?![-_](?:\d+|ka|ki|ku|a|i|u|e|o)(?![A-Za-z0-9]))(?![A-Za-z0-9])(?!-[A-Za-z0-9])"


def _pattern(cid: str) -> re.Pattern:
    dashed = re.escape(cid)
    underscored = re.escape(cid.replace("-", "_"))
    return re.compile(rf"(?<![A-Za-z0-9-])(?:{dashed}|{underscored}){_NEXT}")


def named_clauses() -> set[str]:
    text = "\n".join(p.read_text("utf-8", errors="replace") for p in TESTS.rglob("*.py") if p.resolve() != SELF)
    return {c.id for c in catalog.CLAUSES if _pattern(c.id).search(text)}


def test_pattern_respects_clause_boundaries():
    p = _pattern("A3-2")
    assert not p.search("A3-2-6") and not p.search("def test_A3_2_6_x")
    assert p.search("（A3-2）") and p.search("def test_A3_2_copy(")
    assert _pattern("A12-3").search("def test_A12_3_deletion_boundary(")
    assert not _pattern("A10-5-a").search("A10-5-ka")


def test_every_clause_is_named_by_a_test_unless_manual():
    named = named_clauses()
    unnamed = [c.id for c in catalog.CLAUSES if c.id not in named and not c.manual]
    assert not unnamed, f"clauses no test names (write a test, or declare them manual): {unnamed}"

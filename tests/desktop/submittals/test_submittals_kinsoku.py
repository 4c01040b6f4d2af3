from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.submittals.kinsoku import CANNOT_END, CANNOT_START, JaParagraph, break_lines
from desktop.submittals.layout import Para, make_styles, render_pdf, write_pdf

from .conftest import make_document, pdftotext


def _lines(text, width, *, hang=True, char=10.0):
    widths = [char] * len(text)
    return [text[a:b] for a, b, _ in break_lines(text, widths, width, hang=hang)]


def test_full_stop_hangs_instead_of_starting_a_line():
    assert _lines("あいうえお。かきくけこ", 50) == ["あいうえお。", "かきくけこ"]


def test_full_stop_pushed_out_without_hanging():
    assert _lines("あいうえお。かきくけこ", 50, hang=False) == ["あいうえ", "お。かきく", "けこ"]


def test_stop_and_closing_bracket_move_together():
    # 。 may not hang because 」 would then start the next line: push back instead.
    assert _lines("あいうえお。」かき", 50) == ["あいうえ", "お。」かき"]


def test_opening_bracket_does_not_end_a_line():
    assert _lines("あいうえ（おか）き", 50) == ["あいうえ", "（おか）き"]


def test_small_kana_and_long_vowel_do_not_start_a_line():
    assert _lines("あいうえおーかき", 50)[1][0] != "ー"
    assert _lines("あいうえおっかき", 50)[1][0] != "っ"
    assert _lines("あいうえお々かき", 50)[1][0] != "々"


def test_latin_word_kept_whole_when_possible():
    lines = _lines("あいうえおかきくけこabcd", 120, char=10.0)
    assert lines == ["あいうえおかきくけこ", "abcd"]


def test_overlong_word_is_cut():
    text = "0123456789abcdef" * 4
    lines = _lines(text, 100)
    assert "".join(lines) == text
    assert all(len(line) <= 10 for line in lines)


def test_spaces_stay_at_line_end_and_forced_breaks():
    assert _lines("ab cd ef", 30) == ["ab ", "cd ", "ef"]
    assert _lines("あい\nうえ", 100) == ["あい\n", "うえ"]


_plain = st.sampled_from(list("あいうえおかきくけこ漢字情報委託台帳"))
_start = st.sampled_from(sorted(CANNOT_START - {" "}))
_end = st.sampled_from(sorted(CANNOT_END))
_token = st.one_of(
    _plain,
    st.tuples(_plain, _plain, _start).map("".join),
    st.tuples(_end, _plain, _plain).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_token, min_size=1, max_size=80), st.integers(min_value=6, max_value=30), st.booleans()
)
def test_kinsoku_property(tokens, chars_per_line, hang):
    text = "".join(tokens)
    lines = _lines(text, chars_per_line * 10.0, hang=hang)
    assert "".join(lines) == text
    for i, line in enumerate(lines):
        assert line
        if i > 0:
            assert line[0] not in CANNOT_START, lines
        if i < len(lines) - 1:
            assert line[-1] not in CANNOT_END, lines
        # Never wider than the line, except one hanging 句読点.
        limit = chars_per_line + (1 if hang else 0)
        assert len(line) <= limit


def test_paragraph_keeps_ideographic_spaces(fonts):
    st_ = make_styles(fonts)
    p = JaParagraph("名　称　　令和　　年", st_.body)
    assert "".join(f.text for f in p.frags) == "名　称　　令和　　年"


def test_rendered_pdf_has_no_forbidden_line_starts(fonts, tmp_path):
    # 45 full-width characters fill a 170 mm line at 10.5 pt: the natural break puts the
    # punctuation at the start of the next line.
    body = [
        Para("あ" * 45 + "。" + "い" * 30, indent=False),
        Para("う" * 45 + "。」" + "え" * 30, indent=False),
        Para("か" * 44 + "（き）" + "く" * 30, indent=False),
        Para("け" * 45 + "ー" + "こ" * 30, indent=False),
    ]
    doc = make_document(rows=0, body=body, items=[], date=dt.date(2025, 4, 1))
    path = tmp_path / "kinsoku.pdf"
    write_pdf(path, render_pdf(doc, fonts))
    lines = [ln.strip() for ln in pdftotext(path).splitlines() if ln.strip()]
    assert any(ln.startswith("あ") and ln.endswith("。") for ln in lines)  # hanging stop
    assert any(ln.startswith("う。」") for ln in lines)  # pushed out together
    assert any(ln.startswith("（き）") for ln in lines)
    for ln in lines:
        assert ln[0] not in CANNOT_START, ln
        assert ln[-1] not in CANNOT_END, ln

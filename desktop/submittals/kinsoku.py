"""Japanese line breaking (禁則処理) for reportlab paragraphs.

reportlab's ``wordWrap='CJK'`` only half-does this: it lets *one* character from a short
list hang past the margin, misses the full-width ，．！？：；》〉 and never looks at
characters that must not end a line (（「『【…). So ``。」`` at a break leaves ``」`` at
the start of the next line, and ``（`` can be stranded at a line end.

:func:`break_lines` is the pure rule set (tested without a PDF); :class:`JaParagraph` is a
``Paragraph`` whose CJK line breaking uses it. Rules, in order, at the first character
that does not fit:

* spaces at the break stay at the end of the line (they are invisible);
* a 句読点 (。、，．) may hang in the margin (ぶら下げ) when ``hang`` is on and the next
  character may start a line;
* otherwise the break moves back (追い出し) until the next line does not start with a
  行頭禁則 character and the line does not end with a 行末禁則 character, preferring not
  to split a run of Latin letters/digits (an e-mail address, a hash) within half a line;
* a Latin token (a word such as LGWAN, a number 12,345, a date R7.11.19, a time or a time
  range 9:00〜11:30, a file name, a path) is never split when it fits on a line: it moves
  to the next line whole. A token longer than a line breaks only after ``\\`` or ``/`` when
  it is a path, else preferably after ``-_.,:`` …, and never leaves one character of it
  alone on a line;
* when nothing qualifies (a 64-character hash in a narrow cell) the line is cut where it
  overflowed.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import Paragraph, ParaLines, _handleBulletWidth, makeCJKParaLine
from reportlab.rl_config import _FUZZ

# 行頭禁則: characters that must not start a line.
CANNOT_START = frozenset(
    ")]}）］｝〕〉》」』】〙〗〟’”｠»"  # closing brackets and quotes
    "、。，．,.・：；:;！？!?‼⁇⁈⁉…‥"  # punctuation
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"  # small kana
    "ーｰ々〻ゝゞヽヾ゛゜"  # prolonged sound mark, iteration marks
    "‐゠–〜～"  # hyphens and wave dashes
    "％%℃°′″‰￠"  # postfix units
    "ｧｨｩｪｫｯｬｭｮ｡､｣･"  # half-width katakana forms
)
# 行末禁則: characters that must not end a line.
CANNOT_END = frozenset("([{（［｛〔〈《「『【〘〖〝‘“｟«｢￥＄£＃＠〒#$@")
# Characters allowed to hang in the right margin (ぶら下げ).
HANGABLE = frozenset("、。，．,.､｡")

_LINE_BREAK = "\n"


def _is_space(ch: str) -> bool:
    return ch != _LINE_BREAK and ch.isspace()


def _is_word(ch: str) -> bool:
    return ord(ch) < 0x2000 and not ch.isspace() and ch not in CANNOT_START and ch not in CANNOT_END


# Joiners that belong to a token only between two digits (9:00〜11:30 is one range).
_DIGIT_JOINERS = frozenset("〜～")
# Where a token longer than a line may break: paths after a separator, else after these.
_PATH_SEPARATORS = frozenset("\\/")
_SOFT_SEPARATORS = frozenset("-_.,:;@+=&?#")


def _is_token_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` belongs to a Latin token (a word, number, time, date, path …)."""
    ch = text[i]
    if ch in _DIGIT_JOINERS:
        return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    return ord(ch) < 0x2000 and not ch.isspace()


def _inside_token(text: str, b: int) -> bool:
    """Whether a break before ``text[b]`` would split a token."""
    return 0 < b < len(text) and _is_token_at(text, b - 1) and _is_token_at(text, b)


def _token_bounds(text: str, i: int) -> tuple[int, int]:
    start = i
    while start > 0 and _is_token_at(text, start - 1):
        start -= 1
    stop = i
    while stop < len(text) and _is_token_at(text, stop):
        stop += 1
    return start, stop


def _token_break(text: str, pos: int, end: int, start: int, stop: int) -> int | None:
    """A break inside the token ``text[start:stop]`` (longer than a line) at or before
    ``end``: paths only after ``\\`` or ``/``, other tokens preferably after a separator;
    never leaving a single character of the token alone on a line."""
    first = max(pos, start)
    token = text[start:stop]
    if any(c in _PATH_SEPARATORS for c in token):
        allowed = _PATH_SEPARATORS
    elif any(c in _DIGIT_JOINERS for c in token):
        allowed = _DIGIT_JOINERS  # a range breaks after 〜: 9:00〜 / 11:30
    elif any(c in _SOFT_SEPARATORS for c in token):
        allowed = _SOFT_SEPARATORS
    else:
        allowed = None
    for b in range(end, first + 1, -1):
        if b - first < 2 or stop - b < 2:
            continue
        if allowed is None:
            return b
        if text[b - 1] in allowed and text[b] not in allowed:
            return b
    return None


def _kinsoku_ok(text: str, b: int) -> bool:
    return text[b] not in CANNOT_START and text[b - 1] not in CANNOT_END


def _break_at_token(text: str, pos: int, end: int, widths: Sequence[float] | None,
                    max_width: float) -> int | None:
    """The break when the overflow falls inside a token (None: decide as for any text)."""
    start, stop = _token_bounds(text, end)
    fits = widths is None or sum(widths[start:stop]) <= max_width + _FUZZ
    if start > pos and fits:
        # the whole token to the next line (追い出し), at a break kinsoku allows
        for b in range(start, pos, -1):
            if _kinsoku_ok(text, b) and not _inside_token(text, b):
                return b
    if not fits:
        tb = _token_break(text, pos, end, start, stop)
        if tb is not None:
            return tb
        if start > pos and _kinsoku_ok(text, start):
            return start
    return None


def _choose_break(text: str, pos: int, end: int, hang: bool,
                  widths: Sequence[float] | None = None, max_width: float = 0.0) -> int:
    """Where to end the line starting at ``pos`` whose character ``end`` overflowed."""
    n = len(text)
    ch = text[end]
    if _is_space(ch):
        return end
    if (
        hang
        and ch in HANGABLE
        and end > pos
        and not _inside_token(text, end)
        and text[end - 1] not in CANNOT_END
        and (end + 1 >= n or text[end + 1] not in CANNOT_START)
    ):
        return end + 1

    def kinsoku_ok(b: int) -> bool:
        return text[b] not in CANNOT_START and text[b - 1] not in CANNOT_END

    if _inside_token(text, end):
        b = _break_at_token(text, pos, end, widths, max_width)
        if b is not None:
            return b
    half = max(pos + 1, (pos + end) // 2)
    for b in range(end, half - 1, -1):
        if kinsoku_ok(b) and not (_is_word(text[b - 1]) and _is_word(text[b])) \
                and not _inside_token(text, b):
            return b
    for b in range(end, pos, -1):
        if kinsoku_ok(b) and not _inside_token(text, b):
            return b
    for b in range(end, pos, -1):
        if kinsoku_ok(b):
            return b
    return max(end, pos + 1)


def break_lines(
    text: str,
    widths: Sequence[float],
    max_widths: float | Sequence[float],
    *,
    hang: bool = True,
) -> list[tuple[int, int, float]]:
    """Split ``text`` (one width per character; ``"\\n"`` is a forced break) into lines.

    Returns ``(start, end, width)`` per line: ``text[start:end]`` is the line (including a
    trailing ``"\\n"`` or trailing spaces); ``width`` excludes trailing spaces and may exceed
    the line's maximum by a hanging 句読点.
    """
    if not isinstance(max_widths, Sequence):
        max_widths = [max_widths]
    lines: list[tuple[int, int, float]] = []
    n = len(text)
    pos = 0
    while pos < n:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used = 0.0
        end = pos
        forced = False
        while end < n:
            ch = text[end]
            if ch == _LINE_BREAK:
                forced = True
                break
            w = widths[end]
            if used + w > max_width + _FUZZ and end > pos and not _is_space(ch):
                break
            used += w
            end += 1
        if forced:
            stop = end + 1
        elif end >= n:
            stop = n
        else:
            stop = _choose_break(text, pos, end, hang, widths, max_width)
            while stop < n and _is_space(text[stop]):
                stop += 1  # spaces after the break stay on this line, invisible
        vis = stop
        while vis > pos and (text[vis - 1] == _LINE_BREAK or _is_space(text[vis - 1])):
            vis -= 1
        lines.append((pos, stop, sum(widths[pos:vis])))
        pos = stop
    return lines


class _Glyph(str):
    """One character with its fragment (what ``makeCJKParaLine`` needs)."""

    frag: object
    width: float

    def __new__(cls, value: str, frag: object, width: float) -> _Glyph:
        self = str.__new__(cls, value)
        self.frag = frag
        self.width = width
        return self


_width_cache: dict[tuple[str, float], dict[str, float]] = {}


def _char_width(ch: str, font_name: str, font_size: float) -> float:
    cache = _width_cache.get((font_name, font_size))
    if cache is None:
        cache = _width_cache[(font_name, font_size)] = {}
    w = cache.get(ch)
    if w is None:
        w = cache[ch] = stringWidth(ch, font_name, font_size)
    return w


def _keep_text(text: str) -> str:
    return text


def _frag_text(frag) -> str:
    # The remainder of a split simple paragraph carries ``words`` instead of ``text``.
    text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
    return text.decode("utf8") if isinstance(text, bytes) else text


class JaParagraph(Paragraph):
    """A ``Paragraph`` with Japanese 禁則処理. Use a style with ``wordWrap='CJK'``.

    Set ``hangingPunctuation = False`` on the style to keep 句読点 inside the frame (table
    cells, boxes); by default left-aligned and justified text lets them hang into the
    margin, centred and right-aligned text does not.
    """

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803 - reportlab's names
        # reportlab's default cleaner collapses runs of whitespace, including the ideographic
        # space (U+3000) Japanese documents use for layout (名　称, 令和　　年). Our markup is
        # built from plain text by the caller, so it is kept exactly as given.
        super()._setup(text, style, bulletText, frags, _keep_text)

    def breakLinesCJK(self, maxWidths):  # noqa: N802, N803 - reportlab's names
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]  # noqa: N806 - reportlab's name
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        frags = self.frags
        simple = (
            len(frags) == 1
            and not hasattr(frags[0], "cbDefn")
            and not hasattr(frags[0], "lineBreak")
            and not style.endDots
        )
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            # The first half of a split paragraph: its lines are already decided.
            if simple:
                return frags[0].clone(kind=0, lines=self.blPara.lines)
            return self.blPara
        if not frags:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        # Tables wrap each cell several times at the same width: remember the last answer.
        key = tuple(maxWidths)
        memo = getattr(self, "_ja_memo", None)
        if memo is not None and memo[0] == key:
            return memo[1]
        hang = getattr(style, "hangingPunctuation", None)
        if hang is None:
            hang = style.alignment in (TA_LEFT, TA_JUSTIFY)
        result = (
            self._break_simple(maxWidths, hang) if simple else self._break_frags(maxWidths, hang)
        )
        self._ja_memo = (key, result)
        return result

    def _break_simple(self, maxWidths, hang):  # noqa: N803
        """One plain fragment: lines as strings (reportlab's fast ``kind=0`` form)."""
        f = self.frags[0]
        text = _frag_text(f)
        font_name, font_size = f.fontName, f.fontSize
        widths = [_char_width(ch, font_name, font_size) for ch in text]
        lines = []
        for i, (start, stop, used) in enumerate(break_lines(text, widths, maxWidths, hang=hang)):
            max_width = maxWidths[min(i, len(maxWidths) - 1)]
            lines.append((max_width - used, [text[start:stop].rstrip()]))
        return f.clone(kind=0, lines=lines, ascent=font_size, descent=-0.2 * font_size)

    def _break_frags(self, maxWidths, hang):  # noqa: N803
        """Several fragments (line breaks, mixed fonts): ``kind=1`` lines of glyphs."""
        style = self.style
        glyphs: list[_Glyph] = []
        chars: list[str] = []
        widths: list[float] = []
        for f in self.frags:
            text = _frag_text(f)
            if hasattr(f, "lineBreak"):
                glyphs.append(_Glyph(text or "", f, 0.0))
                chars.append(_LINE_BREAK)
                widths.append(0.0)
                continue
            cb = getattr(f, "cbDefn", None)
            if not text:
                w = float(getattr(cb, "width", 0) or 0)
                glyphs.append(_Glyph("", f, w))
                chars.append("\ufffc")  # object replacement: breakable like an ideograph
                widths.append(w)
                continue
            for ch in text:
                w = _char_width(ch, f.fontName, f.fontSize)
                glyphs.append(_Glyph(ch, f, w))
                chars.append(ch)
                widths.append(w)
        autoLeading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))  # noqa: N806
        calc_bounds = autoLeading not in ("", "off")
        text = "".join(chars)
        lines = []
        for i, (start, stop, used) in enumerate(break_lines(text, widths, maxWidths, hang=hang)):
            max_width = maxWidths[min(i, len(maxWidths) - 1)]
            line_break = stop > start and text[stop - 1] == _LINE_BREAK
            segment = glyphs[start:stop]
            lines.append(
                makeCJKParaLine(segment, max_width, used, max_width - used, line_break, calc_bounds)
            )
        return ParaLines(kind=1, lines=lines)

"""Settings of the submittals (declared once here; stored in the vault).

- document numbers: ``submittals.number_format`` with ``{prefix}`` (``submittals.number_prefix``),
  ``{n}`` (the sequence number), ``{nendo}`` (令和7年度) and ``{fy}`` (2025); the sequence is
  kept in the vault and restarts every April when ``submittals.number_reset_fiscal_year``;
- ``submittals.addressee``: the addressee of every form: ``governor`` (石川県知事 様),
  ``section_head`` (the head of the prefecture's section in charge, ``submittals.section``
  + 長 様, e.g. 石川県総務部〇〇課長 様) or any other text; ``submittals.addressees.<form>``
  chooses another for one form, and an issue may choose another again;
- ``submittals.section``: the prefecture's section in charge of the contract (所管課); the
  contract's name (委託業務名) is ``office.contract``, printed the same on every form;
- ``submittals.seals.<form>``: labels of the name/seal boxes of one form (none by default);
- ``submittals.font_mincho`` / ``submittals.font_gothic``: font files (empty: found
  automatically, see :mod:`desktop.submittals.fonts`);
- the calendar is the app-wide ``display.calendar`` (和暦 / 西暦).
"""

from __future__ import annotations

import string
from typing import Any

from desktop import settings
from desktop.errors import ValidationError
from desktop.i18n import tr

NUMBER_FORMAT = "submittals.number_format"
NUMBER_PREFIX = "submittals.number_prefix"
NUMBER_RESET = "submittals.number_reset_fiscal_year"
ADDRESSEE = "submittals.addressee"
FONT_MINCHO = "submittals.font_mincho"
FONT_GOTHIC = "submittals.font_gothic"
CALENDAR = "display.calendar"
SEALS_PREFIX = "submittals.seals."
ADDRESSEES_PREFIX = "submittals.addressees."
SECTION = "submittals.section"
GOVERNOR = "governor"
SECTION_HEAD = "section_head"

DEFAULT_NUMBER_FORMAT = "{prefix}第{n}号"
DEFAULT_ADDRESSEE = "石川県知事 様"
NUMBER_FIELDS = frozenset({"prefix", "n", "nendo", "fy"})

settings.declare(
    NUMBER_FORMAT, str, DEFAULT_NUMBER_FORMAT,
    tr("Settings", "文書番号の書式（{prefix} 記号、{n} 番号、{nendo} 年度。空欄にすると番号を付けない）"),
)
settings.declare(NUMBER_PREFIX, str, "", tr("Settings", "文書番号の記号（例: 北情）"))
settings.declare(NUMBER_RESET, bool, True, tr("Settings", "文書番号を年度ごとに1から振り直す"))
settings.declare(
    ADDRESSEE, str, DEFAULT_ADDRESSEE,
    tr("Settings", "提出書類の宛先（governor: 石川県知事、section_head: 所管課の長、又は宛先の文字）"),
)
settings.declare(SECTION, str, "", tr("Settings", "県の所管課（例: 石川県総務部情報政策課）"))
settings.declare(
    FONT_MINCHO, str, "", tr("Settings", "提出書類の明朝体フォントファイル（空欄: 自動）")
)
settings.declare(
    FONT_GOTHIC, str, "", tr("Settings", "提出書類のゴシック体フォントファイル（空欄: 自動）")
)


def declare_seals(slug: str, title: str) -> str:
    """Declare the seal-box and addressee settings of one form (called when a form
    registers); returns the seal-box key."""
    key = SEALS_PREFIX + slug
    if key not in settings.SETTINGS:
        settings.declare(
            key, list, [], tr("Settings", "押印欄の見出し（{title}）").format(title=title)
        )
    addressee = ADDRESSEES_PREFIX + slug
    if addressee not in settings.SETTINGS:
        settings.declare(
            addressee, str, "",
            tr("Settings", "宛先（{title}。空欄: 共通の宛先）").format(title=title),
        )
    return key


def addressee_text(choice: str, section: str) -> str:
    """The printed addressee for a choice: ``governor``, ``section_head`` (needs the
    section) or the text itself; '' when the choice cannot be printed."""
    choice = (choice or "").strip()
    if not choice or choice == GOVERNOR:
        return DEFAULT_ADDRESSEE
    if choice == SECTION_HEAD:
        section = (section or "").strip()
        return f"{section}長 様" if section else ""
    return choice


def addressee_choices(section: str) -> list[tuple[str, str]]:
    """``(value, printed text)`` of the standard addressees (the section head only when the
    section is set)."""
    out = [(GOVERNOR, DEFAULT_ADDRESSEE)]
    if (section or "").strip():
        out.append((SECTION_HEAD, addressee_text(SECTION_HEAD, section)))
    return out


def resolve_addressee(conn: Any, slug: str, override: str | None = None) -> str:
    """The addressee a form prints: the issue's choice, else the form's setting, else the
    common setting. Refuses ``section_head`` without a section (a clear message)."""
    section = settings.get(conn, SECTION) or ""
    form_key = ADDRESSEES_PREFIX + slug
    form_value = settings.get(conn, form_key) if form_key in settings.SETTINGS else ""
    choice = next(
        (c for c in (override, form_value, settings.get(conn, ADDRESSEE)) if c and str(c).strip()),
        GOVERNOR,
    )
    text = addressee_text(str(choice), section)
    if not text:
        raise ValidationError(
            tr("Submittals", "宛先を所管課の長にするには、県の所管課（submittals.section）を設定してください。"),
            {"addressee": ""},
        )
    return text


def check_number_format(fmt: str) -> None:
    """Raise :class:`ValidationError` unless ``fmt`` is empty or a usable number format."""
    if not fmt:
        return
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(fmt) if name is not None}
    except ValueError:
        names = {"?"}
    if "n" not in names or not names <= NUMBER_FIELDS:
        raise ValidationError(
            tr(
                "Submittals",
                "文書番号の書式が正しくありません: {fmt}（{{n}} を含め、使えるのは "
                "{{prefix}} {{n}} {{nendo}} {{fy}} だけです）",
            ).format(fmt=fmt),
            {NUMBER_FORMAT: ""},
        )


def seal_labels(value: Any) -> list[str]:
    """A seal-box setting's value as clean labels (a list, or a comma-separated string)."""
    if isinstance(value, str):
        value = value.replace("、", ",").split(",")
    return [str(v).strip() for v in value or [] if str(v).strip()]

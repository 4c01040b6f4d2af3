"""Settings of the submittals (declared once here; stored in the vault).

- document numbers: ``submittals.number_format`` with ``{prefix}`` (``submittals.number_prefix``),
  ``{n}`` (the sequence number), ``{nendo}`` (令和7年度) and ``{fy}`` (2025); the sequence is
  kept in the vault and restarts every April when ``submittals.number_reset_fiscal_year``;
- ``submittals.addressee``: 石川県知事 様 unless the contract names a section;
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

DEFAULT_NUMBER_FORMAT = "{prefix}第{n}号"
DEFAULT_ADDRESSEE = "石川県知事 様"
NUMBER_FIELDS = frozenset({"prefix", "n", "nendo", "fy"})

settings.declare(
    NUMBER_FORMAT, str, DEFAULT_NUMBER_FORMAT,
    tr("Settings", "文書番号の書式（{prefix} 記号、{n} 番号、{nendo} 年度。空欄にすると番号を付けない）"),
)
settings.declare(NUMBER_PREFIX, str, "", tr("Settings", "文書番号の記号（例: 北情）"))
settings.declare(NUMBER_RESET, bool, True, tr("Settings", "文書番号を年度ごとに1から振り直す"))
settings.declare(ADDRESSEE, str, DEFAULT_ADDRESSEE, tr("Settings", "提出書類の宛先"))
settings.declare(
    FONT_MINCHO, str, "", tr("Settings", "提出書類の明朝体フォントファイル（空欄: 自動）")
)
settings.declare(
    FONT_GOTHIC, str, "", tr("Settings", "提出書類のゴシック体フォントファイル（空欄: 自動）")
)


def declare_seals(slug: str, title: str) -> str:
    """Declare the seal-box setting of one form (called when a form registers)."""
    key = SEALS_PREFIX + slug
    if key not in settings.SETTINGS:
        settings.declare(
            key, list, [], tr("Settings", "押印欄の見出し（{title}）").format(title=title)
        )
    return key


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

"""Japanese TrueType fonts for submittals.

Every submittal is set in a 明朝 (Mincho) font embedded in the PDF as a subset, so it looks
the same on the prefecture's computers as on ours. Headings may use a ゴシック (Gothic) font;
when none is found they use the Mincho font.

Resolution order, for each kind:

1. the font file named in the settings (``mincho_path`` / ``gothic_path``): when set, it must
   work; a missing or unusable file is an error (we never silently print with another font);
2. fonts known to ship with (or to be commonly installed on) the operating system:
   Windows BIZ UD明朝 / MS 明朝, Linux IPAex明朝 (``fc-match``, then known paths), macOS
   IPAex明朝 or any TrueType Japanese font;
3. otherwise :class:`DaichoError` naming what to install.

Only TrueType outlines can be embedded by reportlab; OpenType/CFF fonts (Noto CJK, some
Hiragino files) are skipped. We never fall back to reportlab's non-embedded CID fonts
(``HeiseiMin-W3``): those print differently, or not at all, on the reader's side.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.errors import DaichoError
from desktop.i18n import tr

log = logging.getLogger(__name__)

FontKind = Literal["mincho", "gothic"]

# Characters a usable font must have: kana, common kanji, ASCII.
_REQUIRED_CHARS = "あア明朝令和年月日様記以上0A"


@dataclass(frozen=True, slots=True)
class FontFile:
    path: Path
    subfont_index: int = 0  # index inside a .ttc collection


@dataclass(frozen=True, slots=True)
class FontSet:
    """Registered reportlab font names for a document."""

    mincho: str
    gothic: str  # the Mincho name again when no Gothic font was found
    mincho_file: FontFile
    gothic_file: FontFile | None


class _Unusable(Exception):
    """A font file that cannot be used; the message is Japanese, for the user."""


_lock = threading.Lock()
_registered: dict[tuple[str, int, int, int], str] = {}


def _register(file: FontFile) -> str:
    """Load and register ``file`` with reportlab; return its font name. Cached per file."""
    path = file.path
    try:
        st = path.stat()
    except OSError:
        raise _Unusable(tr("Submittals", "ファイルが見つかりません")) from None
    key = (str(path), file.subfont_index, st.st_mtime_ns, st.st_size)
    with _lock:
        name = _registered.get(key)
        if name is not None:
            return name
        digest = hashlib.sha1(repr(key).encode()).hexdigest()[:10]
        name = f"DaichoJP-{digest}"
        try:
            font = TTFont(name, str(path), subfontIndex=file.subfont_index)
        except Exception as exc:  # noqa: BLE001 - reportlab raises TTFError, struct.error, OSError, …
            log.info("font %s unusable: %s", path, exc)
            if "postscript outlines" in str(exc).lower():
                raise _Unusable(
                    tr(
                        "Submittals",
                        "TrueType 形式ではありません（OpenType/CFF 形式は埋め込めません）",
                    )
                ) from None
            raise _Unusable(tr("Submittals", "フォントファイルを読み込めません")) from None
        cmap = font.face.charToGlyph
        if any(ord(ch) not in cmap for ch in _REQUIRED_CHARS):
            raise _Unusable(tr("Submittals", "日本語の文字が含まれていません"))
        pdfmetrics.registerFont(font)
        _registered[key] = name
        return name


def _fc_match(family: str) -> Iterator[FontFile]:
    exe = shutil.which("fc-match")
    if not exe:
        return
    try:
        out = subprocess.run(
            [exe, "-f", "%{file}\n%{index}", family],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return
    lines = out.splitlines()
    if lines and lines[0].strip():
        index = int(lines[1]) if len(lines) > 1 and lines[1].strip().isdigit() else 0
        yield FontFile(Path(lines[0].strip()), index)


def _candidates(kind: FontKind, platform: str) -> Iterator[FontFile]:
    """Font files to try for ``kind`` on ``platform``, best first (they may not exist)."""
    mincho = kind == "mincho"
    if platform.startswith("win"):
        fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        user_fonts = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
        names = (
            ["BIZ-UDMinchoM.ttc", "ipaexm.ttf", "msmincho.ttc", "yumin.ttf"]
            if mincho
            else ["BIZ-UDGothicR.ttc", "ipaexg.ttf", "msgothic.ttc", "YuGothR.ttc", "meiryo.ttc"]
        )
        for name in names:
            yield FontFile(fonts / name)
            if os.environ.get("LOCALAPPDATA"):
                yield FontFile(user_fonts / name)
    elif platform == "darwin":
        home = Path.home()
        ipa = "ipaexm.ttf" if mincho else "ipaexg.ttf"
        for folder in (home / "Library" / "Fonts", Path("/Library/Fonts")):
            yield FontFile(folder / ipa)
        if mincho:
            yield FontFile(Path("/Library/Fonts/Microsoft/MS Mincho.ttf"))
            yield FontFile(Path("/System/Library/Fonts/ヒラギノ明朝 ProN.ttc"))
            yield FontFile(Path("/System/Library/Fonts/Supplemental/ヒラギノ明朝 ProN.ttc"))
        else:
            yield FontFile(Path("/Library/Fonts/Microsoft/MS Gothic.ttf"))
            yield FontFile(Path("/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc"))
            yield FontFile(Path("/System/Library/Fonts/Supplemental/ヒラギノ角ゴシック W3.ttc"))
        yield from _fc_match("IPAexMincho" if mincho else "IPAexGothic")
    else:
        yield from _fc_match("IPAexMincho" if mincho else "IPAexGothic")
        if mincho:
            yield FontFile(Path("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"))
            yield FontFile(Path("/usr/share/fonts/truetype/ipaexfont-mincho/ipaexm.ttf"))
            yield FontFile(Path("/usr/share/fonts/ipa-ex-mincho/ipaexm.ttf"))
            yield FontFile(Path("/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf"))
            yield from _fc_match("IPAMincho")
        else:
            yield FontFile(Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"))
            yield FontFile(Path("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"))
            yield FontFile(Path("/usr/share/fonts/ipa-ex-gothic/ipaexg.ttf"))
            yield FontFile(Path("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"))
            yield from _fc_match("IPAGothic")


def _first_usable(files: Iterable[FontFile]) -> tuple[FontFile, str] | None:
    seen: set[FontFile] = set()
    for file in files:
        if file in seen or not file.path.is_file():
            continue
        seen.add(file)
        try:
            return file, _register(file)
        except _Unusable as exc:
            log.info("skipping font %s: %s", file.path, exc)
    return None


def _configured(path: str | os.PathLike[str]) -> tuple[FontFile, str]:
    file = FontFile(Path(path))
    try:
        return file, _register(file)
    except _Unusable as exc:
        raise DaichoError(
            tr(
                "Submittals",
                "設定されたフォントファイルを使用できません: {path}（{reason}）\n"
                "管理者が「提出書類」の「書式の設定…」で、明朝体・ゴシック体のフォントファイル"
                "（TrueType 形式の .ttf / .ttc）を指定し直すか、空欄にして自動で探すようにしてください。",
            ).format(path=file.path, reason=exc),
            code="font-unusable",
        ) from None


def _missing_font_message() -> str:
    return tr(
        "Submittals",
        "PDF の作成に必要な日本語の明朝体フォント（TrueType 形式）が見つかりません。\n"
        "・Debian / Ubuntu: 「sudo apt install fonts-ipaexfont-mincho」でインストールしてください。\n"
        "・Windows: 「BIZ UD明朝」（Windows 10 以降に標準搭載）または「MS 明朝」が必要です。\n"
        "・macOS: IPAex明朝（https://moji.or.jp/ipafont/）をインストールしてください。\n"
        "フォントファイル（.ttf / .ttc）の場所は設定で指定することもできます。",
    )


def resolve_fonts(
    mincho_path: str | os.PathLike[str] | None = None,
    gothic_path: str | os.PathLike[str] | None = None,
    *,
    platform: str | None = None,
) -> FontSet:
    """Find, load and register the fonts for a submittal.

    ``mincho_path`` / ``gothic_path`` come from the settings (empty or ``None`` when unset).
    Raises :class:`DaichoError` when no usable Mincho font exists, or when a configured file
    cannot be used.
    """
    platform = platform or sys.platform
    if mincho_path:
        mincho = _configured(mincho_path)
    else:
        found = _first_usable(_candidates("mincho", platform))
        if found is None:
            raise DaichoError(_missing_font_message(), code="font-missing")
        mincho = found
    if gothic_path:
        gothic: tuple[FontFile, str] | None = _configured(gothic_path)
    else:
        gothic = _first_usable(_candidates("gothic", platform))
    return FontSet(
        mincho=mincho[1],
        gothic=gothic[1] if gothic else mincho[1],
        mincho_file=mincho[0],
        gothic_file=gothic[0] if gothic else None,
    )


_default: FontSet | None = None


def default_fonts() -> FontSet:
    """The fonts found on this computer (no settings), resolved once per process."""
    global _default
    if _default is None:
        _default = resolve_fonts()
    return _default

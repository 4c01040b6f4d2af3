"""Read a Qt ``.qm`` translation file without Qt (the CLI never loads Qt).

The GUI installs ``resources/i18n/daicho_en.qm`` as a ``QTranslator``; the command line reads
the same file here into a ``{(context, source): translation}`` table and hands it to
:func:`desktop.i18n.install_catalog`, so core messages and help texts come out in English
when the UI language is English. Only what lrelease writes for our files is understood:
the message block with context, source text and a singular translation (plural forms are
not used by the app).
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = range(1, 10)


class BadCatalog(ValueError):
    pass


def _u32(data: bytes, pos: int) -> int:
    if pos + 4 > len(data):
        raise BadCatalog("truncated")
    return struct.unpack_from(">I", data, pos)[0]


def _messages(block: bytes) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    pos = 0
    context = source = translation = None
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            if context is not None and source is not None and translation is not None:
                table[(context, source)] = translation
            context = source = translation = None
        elif tag == _TRANSLATION:
            size = _u32(block, pos)
            pos += 4
            if size != 0xFFFFFFFF:
                text = block[pos:pos + size].decode("utf-16-be")
                pos += size
                translation = text if translation is None else translation  # first form only
        elif tag in (_SOURCE, _CONTEXT, _COMMENT, _SOURCE16, _CONTEXT16):
            size = _u32(block, pos)
            pos += 4
            raw = block[pos:pos + size]
            pos += size
            text = raw.decode("utf-16-be") if tag in (_SOURCE16, _CONTEXT16) else raw.decode("utf-8")
            if tag in (_SOURCE, _SOURCE16):
                source = text
            elif tag in (_CONTEXT, _CONTEXT16):
                context = text
        elif tag == _OBSOLETE1:
            pos += 4
        elif tag == _OBSOLETE2:
            pass
        else:
            raise BadCatalog(f"unknown message tag {tag:#x}")
    return table


def load(path: Path) -> dict[tuple[str, str], str]:
    data = Path(path).read_bytes()
    if not data.startswith(MAGIC):
        raise BadCatalog("not a .qm file")
    pos = len(MAGIC)
    while pos < len(data):
        tag = data[pos]
        size = _u32(data, pos + 1)
        pos += 5
        if tag == _MESSAGES:
            return _messages(data[pos:pos + size])
        pos += size
    return {}

"""Translation hook for the core.

Source strings are Japanese (the product's default language). When the Qt GUI (or the CLI)
has installed a translator, :func:`tr` routes through ``QCoreApplication.translate`` so the
same ``resources/i18n/*.ts`` files translate core messages too. Without Qt loaded it returns
the Japanese source text, or the English of the catalog the CLI installed
(:func:`install_catalog`), so the core never has to import Qt.
"""

from __future__ import annotations

import sys

#: ``{(context, source): translation}`` installed by the command line when the UI language is
#: English (read from the same .qm file without Qt, :mod:`desktop.qmcatalog`); None: Japanese
_catalog: dict[tuple[str, str], str] | None = None


def install_catalog(catalog: dict[tuple[str, str], str] | None) -> None:
    global _catalog
    _catalog = catalog


def tr(context: str, text: str) -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None or qtcore.QCoreApplication.instance() is None:
        return text if _catalog is None else _catalog.get((context, text), text)
    return qtcore.QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, for lupdate
    return text

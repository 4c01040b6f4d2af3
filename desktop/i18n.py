"""Translation hook for the core.

Source strings are Japanese (the product's default language). When the Qt GUI (or the CLI)
has installed a translator, :func:`tr` routes through ``QCoreApplication.translate`` so the
same ``resources/i18n/*.ts`` files translate core messages too. Without Qt loaded it returns
the Japanese source text, so the core never has to import Qt.
"""

from __future__ import annotations

import sys


def tr(context: str, text: str) -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text
    app = qtcore.QCoreApplication.instance()
    if app is None:
        return text
    return qtcore.QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, for lupdate
    return text

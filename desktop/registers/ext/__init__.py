"""Where one register truly differs from the generic mechanism: a module named after its slug
(``exchanges.py`` for ``exchanges``, ``training_sessions.py`` for ``training-sessions``).

An extension calls the register service's public API (and reads through ``svc.conn`` inside
``desktop/``); the service never imports an extension. Callers find one by slug::

    ext = ext_for("structure")          # the module, or None when the register has none
    ext.revise(svc, base_id, dt.date(2026, 4, 1))
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType


def module_name(slug: str) -> str:
    return f"{__name__}.{slug.replace('-', '_')}"


def ext_for(slug: str) -> ModuleType | None:
    """The extension module of register ``slug``, or None (most registers have none)."""
    name = module_name(slug)
    if importlib.util.find_spec(name) is None:
        return None
    return importlib.import_module(name)

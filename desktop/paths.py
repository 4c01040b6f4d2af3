"""Where the app's read-only data lives: ``db_migrations/`` and ``resources/``.

- Source checkout (``make run``, ``pip install -e``): the repository root.
- Frozen app (PyInstaller): ``sys._MEIPASS`` — the bundle's data folder (``_internal/`` of a
  one-folder build, ``Contents/Frameworks`` of a macOS ``.app``).
- Installed wheel: the data is not inside the Python packages, so look in
  ``<sys.prefix>/share/itaku-daicho`` (where a packager or ``data-files`` puts it), and let
  ``DAICHO_RESOURCES=/dir`` name the folder explicitly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import APP_NAME


def resource_root() -> Path:
    """The folder holding ``db_migrations/`` and ``resources/``."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
    env = os.environ.get("DAICHO_RESOURCES")
    if env:
        return Path(env)
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "db_migrations").is_dir():
        return checkout
    shared = Path(sys.prefix) / "share" / APP_NAME
    return shared if (shared / "db_migrations").is_dir() else checkout

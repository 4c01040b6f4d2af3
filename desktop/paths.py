"""Where the app's read-only data lives: ``db_migrations/`` and ``resources/{i18n,icons}``.

Found through :mod:`importlib.resources`, never relative to the working directory:

- Installed wheel (``pip install itaku_daicho-*.whl``): the build (``setup.py``) copies the
  data into the package, ``desktop/_data/`` — migrations, icons and the ``.qm`` translations
  compiled at build time — so ``importlib.resources.files("desktop") / "_data"`` holds it.
- Frozen app (PyInstaller): ``sys._MEIPASS`` — the bundle's data folder (``_internal/`` of a
  one-folder build, ``Contents/Frameworks`` of a macOS ``.app``), same layout.
- Source checkout (``make run``, ``pip install -e``): the data is where the developers edit
  it, at the repository root beside the ``desktop`` package.
- ``DAICHO_RESOURCES=/dir`` names the folder explicitly (packagers).

:func:`resource` returns one file or folder and raises :class:`MissingResource`, whose message
names what is missing, when an installation lacks it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.errors import DaichoError
from desktop.i18n import tr

#: a folder every complete installation has (the first thing ``daicho init`` needs)
_MARKER = "db_migrations"


class MissingResource(DaichoError):
    code = "missing-resource"


def _package_data() -> Path:
    from importlib.resources import files

    return Path(str(files("desktop"))) / "_data"


def resource_root() -> Path:
    """The folder holding ``db_migrations/`` and ``resources/``."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
    env = os.environ.get("DAICHO_RESOURCES")
    if env:
        return Path(env)
    packaged = _package_data()  # ~2 ms on the GUI's start (bench_foundation.py (d))
    if (packaged / _MARKER).is_dir():
        return packaged
    checkout = packaged.parent.parent  # <repo>/desktop/_data -> <repo>
    if (checkout / _MARKER).is_dir() and (checkout / "pyproject.toml").is_file():
        return checkout
    return packaged  # incomplete installation: resource() names what is missing there


def resource(*parts: str) -> Path:
    """``resource("db_migrations")``, ``resource("resources", "icons", "lock.svg")`` — or
    :class:`MissingResource` naming the missing piece and where it was looked for."""
    path = resource_root().joinpath(*parts)
    if not path.exists():
        raise missing_resource("/".join(parts), path.parent)
    return path


def missing_resource(name: str, where: Path) -> MissingResource:
    return MissingResource(tr("Resources", "アプリのデータ「{name}」が見つかりません（{where}）。"
                                           "インストールが不完全です。アプリを入れ直してください。").format(
        name=name, where=where))

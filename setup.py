"""Build hook: put the app's data inside the wheel (see desktop/paths.py).

Everything else about the project is declared in pyproject.toml. This file only extends
``build_py`` so that a wheel (and so ``pip install itaku_daicho-*.whl``) carries, under
``desktop/_data/``, the same layout as the source checkout:

- ``db_migrations/*.sql``
- ``resources/icons/*.svg``
- ``docs/manual/**/*.md`` — the user manual the help window (F1) shows
- ``resources/i18n/*.qm`` — compiled here from the ``.ts`` sources with Qt's ``lrelease``
  (from PySide6, a build requirement), so a wheel never ships a stale translation.

An editable install (``pip install -e``) reads the data from the checkout instead.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
COPIED = (("db_migrations", "*.sql"), ("resources/icons", "*.svg"), ("docs/manual", "**/*.md"))


def _lrelease() -> list[str]:
    try:
        import PySide6
    except ImportError as exc:
        raise SystemExit("setup.py: PySide6 (its lrelease) is needed to compile resources/i18n/*.ts; "
                         "install PySide6-Essentials in the build environment") from exc
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return [str(folder / name)]
    raise SystemExit(f"setup.py: Qt's lrelease not found in {folder}")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the checkout's own folders are used (desktop/paths.py)
        target = Path(self.build_lib) / "desktop" / "_data"
        for folder, pattern in COPIED:
            found = sorted((HERE / folder).glob(pattern))
            if not found:
                raise SystemExit(f"setup.py: nothing matches {folder}/{pattern}")
            for path in found:
                dest = target / folder / path.relative_to(HERE / folder)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, dest)
        sources = sorted((HERE / "resources" / "i18n").glob("*.ts"))
        if not sources:
            raise SystemExit("setup.py: no resources/i18n/*.ts to compile")
        (target / "resources" / "i18n").mkdir(parents=True, exist_ok=True)
        lrelease = _lrelease()
        for ts in sources:
            qm = target / "resources" / "i18n" / ts.with_suffix(".qm").name
            subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise SystemExit(f"setup.py: lrelease wrote no {qm.name}")
        print(f"setup.py: data copied into {target}", file=sys.stderr)


setup(cmdclass={"build_py": BuildPyWithData})

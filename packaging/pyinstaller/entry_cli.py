"""Frozen entry point of the command line (``daicho``), used by itaku-daicho.spec only.

``desktop.cli.main.main`` calls ``multiprocessing.freeze_support()`` itself; doing it here as
well keeps worker processes (audit verification, ``spawn``) from building the parser first.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from desktop.cli.main import main

    sys.exit(main())

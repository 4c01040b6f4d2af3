"""Frozen entry point of the GUI (``itaku-daicho``), used by itaku-daicho.spec only.

``freeze_support()`` runs before anything else: audit verification starts worker processes
with the ``spawn`` method, and in a frozen app each worker is this executable started again
with ``--multiprocessing-fork``. Catching that here keeps workers from importing Qt or
opening a window.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ui.app import main

    sys.exit(main())

"""Itaku Daicho core: everything that runs without a screen.

Nothing in this package imports QtWidgets or the ``ui`` package.
"""

__version__ = "0.1.0"
APP_NAME = "itaku-daicho"

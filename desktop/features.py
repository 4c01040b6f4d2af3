"""Every module that declares settings of a feature, imported statically in one list.

A feature declares its settings with :func:`desktop.settings.declare` beside the code that
reads them, when its module is imported. :mod:`desktop.settings` itself imports no feature
(features import it), so a front end that lists or changes *all* settings — ``daicho
settings``, the GUI's settings pages — imports this module first. Adding a feature with
settings means adding its module here; ``tests/desktop/settings`` checks that a fresh process
importing only this module sees every feature's settings.
"""

from __future__ import annotations

import desktop.backup.history
import desktop.compliance.marks
import desktop.registers.attachments
import desktop.registers.definitions
import desktop.submittals.options
from desktop import settings

#: the modules above, in the order they are imported
FEATURE_MODULES = (
    desktop.registers.definitions,
    desktop.registers.attachments,
    desktop.submittals.options,
    desktop.backup.history,
    desktop.compliance.marks,
)


def all_settings() -> dict[str, settings.Setting]:
    """Every declared setting: the core's and each feature's."""
    return dict(settings.SETTINGS)

"""Encrypted backups: export, verify, restore — including on a new PC.

A backup is one SQLCipher 4 file keyed with a passphrase (independent of user passwords and
of the PC); see :mod:`desktop.backup.format` for what is inside and
:mod:`desktop.backup.keys` for how keys are handled. The main window calls
:func:`backup_status` for its "last backup / overdue" line.
"""

# scheduled backups declare their settings on import; desktop.features lists this package
# through desktop.backup.history, so importing the module here declares them for every front end
from desktop.backup import copies, schedule  # noqa: F401
from desktop.backup.export import (  # noqa: F401
    ExportResult,
    check_passphrase,
    create_backup_file,
    default_file_name,
    export_backup,
    record_backup,
)
from desktop.backup.format import (  # noqa: F401
    BackupCancelled,
    BackupDamaged,
    BackupError,
    BackupTooNew,
    BackupTruncated,
    NotABackup,
    WrongPassphrase,
    WrongPassphraseOrDamaged,
)
from desktop.backup.history import (  # noqa: F401
    REMINDER_KEY,
    HistoryEntry,
    backup_status,
    backup_status_text,
    last_export,
    list_history,
)
from desktop.backup.restore import RestoreResult, restore_backup  # noqa: F401
from desktop.backup.verify import BackupInfo, verify_backup  # noqa: F401

"""The encrypted vault: SQLCipher database + key-slot file + terminal binding."""

from desktop.vault.vault import (  # noqa: F401
    AuthFailed,
    LockedOut,
    TerminalNotRegistered,
    Vault,
    WrongVaultKey,
    create_vault,
    unlock,
    unlock_with_recovery,
)

"""An unlocked vault: the open database, its key-slot file, the session and the key changes.

The parts live beside this module: :mod:`database` (opening the SQLCipher file),
:mod:`slots` (how the key's shares are wrapped), :mod:`keyfile`/:mod:`keystore` (the key-slot
file, written only under its lock and authenticated), :mod:`changes` (two-phase slot changes
and re-keys), :mod:`logins` (lockout and pre-unlock events), :mod:`witness` (the audit head
kept outside the vault) and :mod:`opening` (the unlock flows that build a :class:`Vault`).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3

from desktop import settings as app_settings
from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.session import Session
from desktop.vault import crypto, keystore, logins
from desktop.vault import slots as slotlib
from desktop.vault.database import VaultCorrupt, WrongVaultKey, db_error_message, open_database
from desktop.vault.keyfile import KeyFile, keyfile_path
from desktop.vault.lockfile import WriterLock
from desktop.vault.slots import Shares
from desktop.vault.terminal import TerminalStore

log = logging.getLogger(__name__)


class AuthFailed(DaichoError):
    code = "auth-failed"


class LockedOut(DaichoError):
    code = "locked-out"

    def __init__(self, message: str, until) -> None:
        super().__init__(message)
        self.until = until


class TerminalNotRegistered(DaichoError):
    code = "terminal-not-registered"


class Vault:
    """An unlocked vault. Create one with :func:`create_vault`, :func:`unlock` or
    :func:`unlock_with_recovery`."""

    def __init__(
        self,
        path: Path,
        keyfile: KeyFile,
        conn,
        shares: Shares,
        session: Session,
        lock: WriterLock | None,
        terminals: TerminalStore | None,
        terminal_id: str | None,
        *,
        readonly: bool = False,
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.store = keystore.KeyStore(self.path)
        self.keyfile = keyfile
        self.conn = conn
        self._shares = shares
        self.session = session
        self._lock = lock
        self.terminals = terminals or TerminalStore()
        self.terminal_id = terminal_id
        self._tx_depth = 0
        #: called with the vault after every committed top-level transaction
        self.after_commit: list[Callable[[Vault], None]] = []
        #: called with the vault just before it closes
        self.before_close: list[Callable[[Vault], None]] = []
        #: what opening found that the user must be told (rollback, unverified events, …)
        self.findings: list[str] = []
        #: the session user's X25519 private key (signing key derivation), None when unknown
        self._user_private: bytes | None = None

    # -- basics ---------------------------------------------------------------------------

    @property
    def keyfile_path(self) -> Path:
        return keyfile_path(self.path)

    @property
    def vault_id(self) -> str:
        return self.keyfile.vault_id

    def database_key(self) -> bytes:
        """The raw database key (for a second connection, e.g. a backup snapshot)."""
        return self._shares.dek

    def connect_reader(self) -> sqlcipher3.Connection:
        """A separate read connection (WAL snapshot reads while the app keeps working)."""
        return open_database(self.path, self._shares.dek)

    @property
    def state_key(self) -> bytes | None:
        return keystore.state_key(self._shares.terminal)

    @property
    def slots_key(self) -> bytes:
        return keystore.slots_key(self._shares.dek)

    def update_state(self, change: Callable[[KeyFile], None]) -> None:
        """Apply a change to the key-slot file's state (locked, re-read, authenticated)."""
        self.keyfile = self.store.update(change, state_key=self.state_key, slots_key=self.slots_key)

    def close(self) -> None:
        for hook in list(self.before_close):
            try:
                hook(self)
            except Exception:  # noqa: BLE001 - closing must finish
                log.warning("a close hook failed: %s", type(hook).__name__)
        self.before_close.clear()
        if self.conn is not None:
            if not self.readonly:
                with contextlib.suppress(sqlcipher3.Error):
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            from desktop.audit import trail

            trail.detach_signer(self.conn)
            self.conn.close()
            self.conn = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self._user_private = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """One write transaction; nested use becomes a savepoint."""
        if self.readonly:
            raise DaichoError(tr("Vault", "読み取り専用で開いているため変更できません。"))
        conn = self.conn
        if self._tx_depth:
            name = f"sp{self._tx_depth}"
            conn.execute(f"SAVEPOINT {name}")
            self._tx_depth += 1
            try:
                yield conn
                conn.execute(f"RELEASE {name}")
            except BaseException:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
                raise
            finally:
                self._tx_depth -= 1
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as exc:
            raise DaichoError(db_error_message(exc)) from None
        self._tx_depth = 1
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlcipher3.OperationalError as exc:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise DaichoError(db_error_message(exc)) from None
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
        finally:
            self._tx_depth = 0
        for hook in list(self.after_commit):
            hook(self)

    def audit(self, action: str, **kw) -> int:
        """Append an audit entry as the current user in its own transaction."""
        from desktop.audit import trail

        with self.transaction() as conn:
            return trail.append(conn, self.session.user_id, action, **kw)

    def setting(self, key: str):
        return app_settings.get(self.conn, key)

    def verify_audit(self):
        from desktop.audit import verification

        return verification.verify_vault(self)

    # -- password checks while open (lock screen, re-authentication) ------------------------

    def verify_password(self, user_id: str, password: str) -> bool:
        """Check a password against the slot, with lockout, recording failures."""
        from desktop.audit import trail

        fresh = self.store.load()
        try:
            logins.check_lockout(fresh, user_id)
        except logins.LockedOutError as exc:
            raise LockedOut(str(exc), exc.until) from None
        slot = fresh.users.get(user_id)
        if slot is not None:
            try:
                slotlib.unwrap_user_private(self.vault_id, user_id, slot, password)
            except crypto.DecryptError:
                pass
            else:
                self.update_state(lambda kf: logins.clear_failures(kf, user_id))
                return True
        else:
            self._dummy_kdf(password)
        locked = {"now": False}

        def count(kf: KeyFile) -> None:
            locked["now"] = logins.record_failure(kf, user_id)

        self.update_state(count)
        with self.transaction() as conn:
            trail.append(conn, user_id, "auth.failure", details={"reason": "password", "where": "unlock-screen"})
            if locked["now"]:
                trail.append(conn, user_id, "auth.lockout", details={})
        if locked["now"]:
            until = logins.locked_until(self.keyfile, user_id)
            raise LockedOut(logins.lockout_message(until), until)
        return False

    def password_opens_any_slot(self, password: str) -> bool:
        """True when ``password`` is some user's current login password (costs one Argon2id
        per user; used to refuse a backup passphrase equal to a login password)."""
        for user_id, slot in {**self.keyfile.disabled, **self.keyfile.users}.items():
            try:
                slotlib.unwrap_user_private(self.vault_id, user_id, slot, password)
            except crypto.DecryptError:
                continue
            return True
        return False

    def adopt_private_key(self, priv: bytes) -> None:
        """The session user's key pair changed (own password change): sign with the new key."""
        from desktop.audit import trail

        self._user_private = priv
        if self.conn is not None:
            trail.attach_signer(
                self.conn, self.session.user_id, slotlib.signing_key(priv), slotlib.signing_public(priv)
            )

    def _dummy_kdf(self, password: str) -> None:
        dummy_kdf(self.keyfile, password)

    # -- slots (each a two-phase change, see desktop.vault.changes) ----------------------------

    def kdf_for_new_slots(self) -> crypto.KdfParams:
        slot = self.keyfile.users.get(self.session.user_id) or next(iter(self.keyfile.users.values()))
        return slotlib.kdf_of(slot)

    def public_key_of(self, user_id: str) -> bytes | None:
        slot = self.keyfile.users.get(user_id) or self.keyfile.disabled.get(user_id)
        return crypto.b64d(slot["pub"]) if slot else None

    def register_this_terminal(self, name: str | None = None) -> str:
        from desktop.vault import changes

        return changes.register_this_terminal(self, name)

    def remove_terminal(self, terminal_id: str) -> None:
        """Remove a terminal and re-key, so a copy of its slot no longer opens the vault."""
        from desktop.vault import changes

        changes.remove_terminal(self, terminal_id)

    def set_binding(self, enabled: bool) -> None:
        """Switch terminal binding off (explicit administrator choice) or on again."""
        from desktop.vault import changes

        changes.set_binding(self, enabled)

    def rekey(self, *, reason: str) -> None:
        """New database key: reseal both shares to every user, terminal and the recovery key."""
        from desktop.vault import changes

        changes.rekey(self, reason=reason)

    def replace_recovery_key(self) -> str:
        from desktop.vault import changes

        return changes.replace_recovery_key(self)


def dummy_kdf(kf: KeyFile, password: str) -> None:
    """The same Argon2id work as a real slot, for an unknown user ID (no timing oracle)."""
    import os

    any_slot = next(iter(kf.users.values()), None) or next(iter(kf.disabled.values()), None)
    try:
        params = slotlib.kdf_of(any_slot) if any_slot else crypto.KdfParams(6, crypto.DEFAULT_MEMORY_KIB)
        crypto.derive_key(password, os.urandom(16), params)
    except (KeyError, TypeError, ValueError):
        pass


# The opening flows build Vault objects; they are re-exported here for the many callers that
# import them from this module.
from desktop.vault.opening import (  # noqa: E402
    create_vault,
    unlock,
    unlock_with_recovery,
)

__all__ = [
    "AuthFailed",
    "LockedOut",
    "TerminalNotRegistered",
    "WrongVaultKey",
    "VaultCorrupt",
    "Vault",
    "create_vault",
    "unlock",
    "unlock_with_recovery",
    "open_database",
    "Shares",
]

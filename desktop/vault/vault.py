"""Opening, creating and holding an unlocked vault.

Key hierarchy (see :mod:`desktop.vault.keyfile`)::

    database key = HKDF(user share ‖ terminal share)
    user share      sealed to every user's X25519 public key and to the recovery key
    terminal share  sealed to every registered terminal's public key (private key in the
                    OS keyring) and to the recovery key; stored plainly only when the
                    administrator chose to run without terminal binding
    user private key  wrapped with AES-256-GCM under Argon2id(password)

A new PC is registered with the recovery key (which yields both shares); every user's
password then works there, since their slots do not depend on the terminal.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import os
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from desktop import settings as app_settings
from desktop.accounts.session import Session
from desktop.audit import trail
from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.timeutil import now, now_iso, parse_iso
from desktop.vault import crypto, migrations
from desktop.vault.keyfile import KeyFile, keyfile_path
from desktop.vault.lockfile import WriterLock
from desktop.vault.terminal import (
    KeyringUnavailable,
    TerminalIdentity,
    TerminalStore,
    this_host_name,
)

log = logging.getLogger(__name__)

DEK_INFO = b"daicho-database-key-v1"


class AuthFailed(DaichoError):
    code = "auth-failed"


class LockedOut(DaichoError):
    code = "locked-out"

    def __init__(self, message: str, until) -> None:
        super().__init__(message)
        self.until = until


class TerminalNotRegistered(DaichoError):
    code = "terminal-not-registered"


class WrongVaultKey(DaichoError):
    code = "wrong-key"


class VaultCorrupt(DaichoError):
    code = "corrupt"


def _ctx(kind: str, vault_id: str, extra: str = "") -> bytes:
    return f"{kind}|{vault_id}|{extra}".encode()


def derive_dek(user_share: bytes, terminal_share: bytes) -> bytes:
    return crypto.hkdf(user_share + terminal_share, DEK_INFO)


def open_database(path: Path, dek: bytes, *, readonly: bool = False) -> sqlcipher3.Connection:
    """Open a SQLCipher file with a raw key and check the key with a test query."""
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error:
        raise DaichoError(tr("Vault", "台帳ファイルを開けません: {path}").format(path=path)) from None
    conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        damaged = _damaged_pages(conn)
        conn.close()
        if damaged and 1 not in damaged:
            # the key is right (page 1 authenticates) but a schema page is damaged
            raise VaultCorrupt(tr(
                "Vault", "台帳ファイルが壊れています: {page} ページ目の暗号化ページの認証に失敗しました。バックアップから復元してください。"
            ).format(page=damaged[0])) from None
        raise WrongVaultKey(
            tr("Vault", "台帳ファイルを復号できません。ファイルが壊れているか、鍵ファイルがこの台帳のものではありません。")
        ) from None
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # Sorts, temp tables and statement journals in memory, whatever the SQLite build's
    # default: SQLite's temp files (in TMPDIR) are not covered by the page encryption.
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.row_factory = sqlcipher3.Row
    return conn


def _damaged_pages(conn) -> list[int]:
    """Pages whose SQLCipher HMAC fails (all of them when the key is wrong)."""
    import re

    pages = []
    try:
        for row in conn.execute("PRAGMA cipher_integrity_check"):
            m = re.search(r"page (\d+)", str(row[0]))
            if m:
                pages.append(int(m.group(1)))
    except sqlcipher3.Error:
        return []
    return pages


@dataclass
class _Shares:
    user: bytes = field(repr=False)
    terminal: bytes = field(repr=False)

    @property
    def dek(self) -> bytes:
        return derive_dek(self.user, self.terminal)


class Vault:
    """An unlocked vault. Create one with :func:`create_vault`, :func:`unlock` or
    :func:`unlock_with_recovery`."""

    def __init__(self, path: Path, keyfile: KeyFile, conn, shares: _Shares, session: Session,
                 lock: WriterLock | None, terminals: TerminalStore | None,
                 terminal_id: str | None, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.keyfile = keyfile
        self.conn = conn
        self._shares = shares
        self.session = session
        self._lock = lock
        self.terminals = terminals or TerminalStore()
        self.terminal_id = terminal_id
        self._tx_depth = 0

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

    def save_keyfile(self) -> None:
        """Write the key-slot file, re-authenticating its state with the current key."""
        _save_state(self.keyfile, self.keyfile_path, _state_key(self._shares.terminal))

    def close(self) -> None:
        if self.conn is not None:
            if not self.readonly:
                with contextlib.suppress(sqlcipher3.Error):
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

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
            raise DaichoError(_db_error_message(exc)) from None
        self._tx_depth = 1
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlcipher3.OperationalError as exc:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise DaichoError(_db_error_message(exc)) from None
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
        finally:
            self._tx_depth = 0
        self._mirror_audit_head()

    def audit(self, action: str, **kw) -> int:
        """Append an audit entry as the current user in its own transaction."""
        with self.transaction() as conn:
            return trail.append(conn, self.session.user_id, action, **kw)

    def setting(self, key: str):
        return app_settings.get(self.conn, key)

    # -- key-slot state (lockout, pending events, audit head) -------------------------------

    def _mirror_audit_head(self) -> None:
        """After each commit: mirror the audit head (and the lockout policy, which must be
        known before the vault is open) into the key-slot file."""
        seq, mac = trail.head(self.conn)
        state = self.keyfile.state
        before_policy = state.get("policy")
        _lockout_policy(self.keyfile, self.conn)
        if state.get("audit_head", {}).get("seq") == seq and state.get("policy") == before_policy:
            return
        state["audit_head"] = {"seq": seq, "mac": mac.hex()}
        self.save_keyfile()

    def verify_audit(self) -> trail.ChainReport:
        head = self.keyfile.state.get("audit_head")
        expected = (int(head["seq"]), head["mac"]) if head else None
        report = trail.verify(self.conn, expected, source=(self.path, self._shares.dek))
        if report.ok:
            found = self.conn.execute(
                "SELECT seq, at, details FROM audit_log WHERE action = 'audit.truncated' ORDER BY seq LIMIT 1"
            ).fetchone()
            if found:
                info = json.loads(found[2])
                last = info.get("expected_seq") or 0
                first = min((info.get("found_seq") or 0) + 1, last) if last else "?"
                return trail.ChainReport(False, report.count, found[0], tr(
                    "Audit", "監査ログの末尾（{first} 番から {last} 番）が、台帳を閉じている間に削除されていました（{at} に検出、記録 {seq} 番）。"
                ).format(first=first, last=last, at=found[1], seq=found[0]))
        if report.ok and expected is None and report.count > 0:
            return trail.ChainReport(False, report.count, report.count, tr(
                "Audit", "鍵ファイルに監査ログの末尾の記録がないため、末尾の削除を検出できません（鍵ファイルが差し替えられた可能性があります）。"))
        return report

    # -- password checks while open (lock screen, re-authentication) ------------------------

    def verify_password(self, user_id: str, password: str) -> bool:
        """Check a password against the slot, with lockout, recording failures."""
        slot = self.keyfile.users.get(user_id)
        _check_lockout(self.keyfile, user_id, self.conn)
        if slot is not None:
            try:
                _unwrap_user_private(self.keyfile, user_id, slot, password)
            except crypto.DecryptError:
                pass
            else:
                _clear_failures(self.keyfile, user_id)
                self.save_keyfile()
                return True
        locked = _record_failure(self.keyfile, user_id, self.conn)
        self.save_keyfile()
        with self.transaction() as conn:
            trail.append(conn, user_id, "auth.failure", details={"reason": "password", "where": "unlock-screen"})
            if locked:
                trail.append(conn, user_id, "auth.lockout", details={})
        if locked:
            _check_lockout(self.keyfile, user_id)  # tell the caller now, as unlock() does
        return False

    def password_opens_any_slot(self, password: str) -> bool:
        """True when ``password`` is some user's current login password (costs one Argon2id
        per user; used to refuse a backup passphrase equal to a login password)."""
        for user_id, slot in self.keyfile.users.items():
            try:
                _unwrap_user_private(self.keyfile, user_id, slot, password)
            except (crypto.DecryptError, KeyError, ValueError):
                continue
            return True
        return False

    # -- slots ------------------------------------------------------------------------------

    def add_user_slot(self, user_id: str, password: str, kdf: crypto.KdfParams) -> bytes:
        """Create (or replace) a user's slot; returns the new public key."""
        priv, pub = crypto.new_keypair()
        self.keyfile.users[user_id] = _make_user_slot(self.vault_id, user_id, priv, pub, password, kdf, self._shares.user)
        self.save_keyfile()
        return pub

    def rewrap_user_slot(self, user_id: str, old_password: str, new_password: str, kdf: crypto.KdfParams | None = None) -> None:
        slot = self.keyfile.users[user_id]
        priv = _unwrap_user_private(self.keyfile, user_id, slot, old_password)
        kdf = kdf or crypto.KdfParams.from_json(slot["kdf"])
        pub = crypto.b64d(slot["pub"])
        self.keyfile.users[user_id] = _make_user_slot(self.vault_id, user_id, priv, pub, new_password, kdf, self._shares.user)
        self.save_keyfile()

    def remove_user_slot(self, user_id: str) -> None:
        self.keyfile.users.pop(user_id, None)
        self.keyfile.state.get("lockout", {}).pop(user_id, None)
        self.save_keyfile()

    # -- terminals --------------------------------------------------------------------------

    def register_this_terminal(self, name: str | None = None) -> str:
        """Register this PC (keyring) as a terminal; needs an open vault (shares in memory)."""
        ident = self.terminals.load(self.vault_id)
        if ident is None or ident.terminal_id in self.keyfile.terminals:
            if ident is not None and ident.terminal_id in self.keyfile.terminals:
                return ident.terminal_id
            ident = self.terminals.create(self.vault_id)
        name = name or this_host_name()
        self.keyfile.terminals[ident.terminal_id] = _make_terminal_slot(
            self.vault_id, ident.terminal_id, ident.public_key, name, self._shares.terminal
        )
        self.save_keyfile()
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO terminals (terminal_id, name, registered_at, registered_by)"
                " VALUES (?, ?, ?, ?)",
                (ident.terminal_id, name, now_iso(), self.session.user_id),
            )
            trail.append(conn, self.session.user_id, "terminal.register", entity="terminal",
                         entity_id=ident.terminal_id, details={"name": name})
        self.terminal_id = ident.terminal_id
        return ident.terminal_id

    def remove_terminal(self, terminal_id: str) -> None:
        """Remove a terminal and re-key, so a copy of its slot no longer opens the vault."""
        self.session.require_admin()
        if terminal_id not in self.keyfile.terminals:
            raise DaichoError(tr("Vault", "登録されていない端末です: {id}").format(id=terminal_id))
        self.keyfile.terminals.pop(terminal_id)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE terminals SET removed_at = ?, removed_by = ? WHERE terminal_id = ?",
                (now_iso(), self.session.user_id, terminal_id),
            )
            trail.append(conn, self.session.user_id, "terminal.remove", entity="terminal", entity_id=terminal_id)
        self.rekey(reason="terminal-removed")

    def set_binding(self, enabled: bool) -> None:
        """Switch terminal binding off (explicit administrator choice) or on again."""
        self.session.require_admin()
        if enabled == self.keyfile.binding:
            return
        if enabled:
            self.keyfile.plain_terminal_share = None
            self.save_keyfile()
            self.register_this_terminal()
            self.audit("terminal.binding_enabled")
            self.rekey(reason="binding-enabled")
        else:
            self.keyfile.plain_terminal_share = crypto.b64e(self._shares.terminal)
            self.save_keyfile()
            self.audit("terminal.binding_disabled", details={"reason": "administrator-choice"})

    # -- re-key -----------------------------------------------------------------------------

    def rekey(self, *, reason: str) -> None:
        """New database key: reseal both shares to every user, terminal and the recovery key.

        Nobody re-enters anything: users' slots keep their wrapped private keys; only the
        sealed shares change. A copy of an old slot file no longer opens the database.
        """
        self.session.require_admin()
        new = _Shares(crypto.random_key(), crypto.random_key())
        kf = self.keyfile
        nxt = {
            "users": {uid: {**slot, "sealed_share": crypto.seal(crypto.b64d(slot["pub"]), new.user, _ctx("user-share", kf.vault_id, uid))}
                      for uid, slot in kf.users.items()},
            "terminals": {tid: {**slot, "sealed_share": crypto.seal(crypto.b64d(slot["pub"]), new.terminal, _ctx("terminal-share", kf.vault_id, tid))}
                          for tid, slot in kf.terminals.items()},
            "recovery": {**kf.recovery, "sealed_shares": crypto.seal(crypto.b64d(kf.recovery["pub"]), new.user + new.terminal, _ctx("recovery", kf.vault_id))},
            "plain_terminal_share": crypto.b64e(new.terminal) if not kf.binding else None,
        }
        # 1. record the next generation beside the current one (a crash now leaves both usable)
        kf.next_generation = nxt
        kf.state["rekey_due"] = reason  # cleared on success; retried at an administrator's login
        self.save_keyfile()
        # 2. re-encrypt the database (rekey is not supported in WAL mode), then prove that
        #    the new key opens it before the slots are promoted
        conn = self.conn
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute(f"PRAGMA rekey = \"x'{new.dek.hex()}'\"")
            open_database(self.path, new.dek, readonly=True).close()
        except (sqlcipher3.Error, WrongVaultKey, VaultCorrupt) as exc:
            log.error("re-key failed: %s", type(exc).__name__)
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("PRAGMA journal_mode = WAL")
            still_old = True
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                open_database(self.path, self._shares.dek, readonly=True).close()
            except (sqlcipher3.Error, WrongVaultKey, VaultCorrupt):
                still_old = False
            if still_old:
                kf.next_generation = None
                self.save_keyfile()
                with contextlib.suppress(DaichoError, sqlcipher3.Error):
                    self.audit("vault.rekey_failed", details={"reason": reason, "error": type(exc).__name__})
            # else: leave next_generation so the next unlock finishes the promotion
            raise DaichoError(tr(
                "Vault", "台帳の鍵を更新できませんでした。別のプログラム（daicho verify など）が台帳を読み取っていないか確認し、"
                "閉じてからもう一度お試しください。"
            )) from None
        conn.execute("PRAGMA journal_mode = WAL")
        # 3. promote the next generation
        kf.users, kf.terminals, kf.recovery = nxt["users"], nxt["terminals"], nxt["recovery"]
        kf.plain_terminal_share = nxt["plain_terminal_share"]
        kf.next_generation = None
        kf.state.pop("rekey_due", None)
        self._shares = new
        self.save_keyfile()
        self.audit("vault.rekey", details={"reason": reason})

    # -- recovery key -------------------------------------------------------------------------

    def replace_recovery_key(self) -> str:
        self.session.require_admin()
        key = crypto.new_recovery_key()
        self.keyfile.recovery = _make_recovery_slot(self.vault_id, key, self._shares)
        self.save_keyfile()
        self.audit("vault.recovery_key_replaced")
        return key


# ---------------------------------------------------------------------------------------------
# slot construction


def _make_user_slot(vault_id, user_id, priv, pub, password, kdf: crypto.KdfParams, user_share) -> dict:
    salt = os.urandom(16)
    kek = crypto.derive_key(password, salt, kdf)
    return {
        "pub": crypto.b64e(pub),
        "kdf": {**kdf.to_json(), "salt": crypto.b64e(salt)},
        "wrapped_private": crypto.wrap(kek, priv, aad=_ctx("user-private", vault_id, user_id)),
        "sealed_share": crypto.seal(pub, user_share, _ctx("user-share", vault_id, user_id)),
    }


def _make_terminal_slot(vault_id, terminal_id, pub, name, terminal_share) -> dict:
    return {
        "pub": crypto.b64e(pub),
        "name": name,
        "registered_at": now_iso(),
        "sealed_share": crypto.seal(pub, terminal_share, _ctx("terminal-share", vault_id, terminal_id)),
    }


def _make_recovery_slot(vault_id, recovery_key: str, shares: _Shares) -> dict:
    priv = crypto.recovery_private_key(crypto.normalize_recovery_key(recovery_key))
    pub = crypto.public_from_private(priv)
    return {
        "pub": crypto.b64e(pub),
        "sealed_shares": crypto.seal(pub, shares.user + shares.terminal, _ctx("recovery", vault_id)),
    }


def _unwrap_user_private(kf: KeyFile, user_id: str, slot: dict, password: str) -> bytes:
    kdf = crypto.KdfParams.from_json(slot["kdf"])
    kek = crypto.derive_key(password, crypto.b64d(slot["kdf"]["salt"]), kdf)
    return crypto.unwrap(kek, slot["wrapped_private"], aad=_ctx("user-private", kf.vault_id, user_id))


# ---------------------------------------------------------------------------------------------
# authenticated state in the key-slot file
#
# ``state`` holds lockout counters, events recorded before the vault was open and the audit
# head, authenticated by an HMAC under a key derived from the terminal share. Events recorded
# where that key is not available (an unregistered PC, a wrong recovery key) go to
# ``state["unauthenticated"]``, which the MAC does not cover; they reach the trail marked as
# such. A state whose MAC does not verify is quarantined: it is replaced by a clean one and
# the next unlock records ``keys.state_unverified`` — a forged state is never re-signed.


def _state_key(terminal_share: bytes | None) -> bytes | None:
    return None if terminal_share is None else crypto.hkdf(terminal_share, b"daicho-keyfile-state-v1")


def _state_body(state: dict) -> bytes:
    body = {k: v for k, v in state.items() if k not in ("mac", "unauthenticated")}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _state_authentic(state: dict, key: bytes | None) -> bool | None:
    """True/False when checkable, None when no key is available or nothing is signed yet."""
    signed = {k: v for k, v in state.items() if k not in ("mac", "unauthenticated")}
    if key is None or (not signed and not state.get("mac")):
        return None
    mac = state.get("mac")
    if not mac:
        return False
    return hmac.compare_digest(crypto.mac(key, _state_body(state)).hex(), mac)


def _load_state(kf: KeyFile, key: bytes | None) -> bool | None:
    """Check the state's MAC; quarantine a state that fails. Returns the check's result."""
    authentic = _state_authentic(kf.state, key)
    if authentic is False:
        old = kf.state
        unauth = list(old.get("unauthenticated", []))
        for ev in old.get("pending", []) if isinstance(old.get("pending"), list) else []:
            if isinstance(ev, dict):
                unauth.append(ev)
        kf.state = {"tainted": {"at": now_iso()}, "unauthenticated": unauth[-1000:]}
        log.warning("key-slot state failed authentication; quarantined")
    return authentic


def _save_state(kf: KeyFile, path: Path, key: bytes | None) -> None:
    """Write the key-slot file; with ``key`` the signed part of the state is re-signed.

    Without a key only ``state["unauthenticated"]`` may have changed, so the existing MAC
    stays valid.
    """
    if key is not None:
        kf.state["mac"] = crypto.mac(key, _state_body(kf.state)).hex()
    kf.save(path)


def _policy_from(conn) -> tuple[int, int]:
    if conn is None:
        return (
            app_settings.SETTINGS["policy.lockout_attempts"].default,
            app_settings.SETTINGS["policy.lockout_minutes"].default,
        )
    return app_settings.get(conn, "policy.lockout_attempts"), app_settings.get(conn, "policy.lockout_minutes")


def _lockout_policy(kf: KeyFile, conn) -> tuple[int, int]:
    cached = kf.state.get("policy")
    if conn is not None:
        attempts, minutes = _policy_from(conn)
        kf.state["policy"] = {"attempts": attempts, "minutes": minutes}
        return attempts, minutes
    if cached:
        return int(cached["attempts"]), int(cached["minutes"])
    return _policy_from(None)


def _check_lockout(kf: KeyFile, user_id: str, conn=None) -> None:
    entry = kf.state.get("lockout", {}).get(user_id)
    if not entry or not entry.get("locked_until"):
        return
    try:
        until = parse_iso(entry["locked_until"])
    except (TypeError, ValueError):
        return
    if until > now():
        minutes = max(1, int((until - now()).total_seconds() + 59) // 60)
        raise LockedOut(
            tr("Vault", "ログインに続けて失敗したため、このユーザーは一時的にロックされています。あと約 {minutes} 分お待ちください。").format(minutes=minutes),
            until,
        )


def _record_failure(kf: KeyFile, user_id: str, conn=None, *, reason: str = "password") -> bool:
    """Count a failure; return True when it locks the user out now."""
    attempts, minutes = _lockout_policy(kf, conn)
    lockout = kf.state.setdefault("lockout", {})
    entry = lockout.setdefault(user_id, {"failures": 0, "locked_until": None})
    entry["failures"] = int(entry.get("failures", 0)) + 1
    locked = False
    if entry["failures"] >= attempts:
        import datetime as dt

        entry["locked_until"] = (now() + dt.timedelta(minutes=minutes)).isoformat()
        entry["failures"] = 0
        locked = True
    return locked


def _clear_failures(kf: KeyFile, user_id: str) -> None:
    lockout = kf.state.get("lockout", {})
    lockout.pop(user_id, None)
    for stale in [k for k in lockout if k not in kf.users]:  # unknown IDs counted by older versions
        lockout.pop(stale, None)


def _who(kf: KeyFile, user_id: str) -> tuple[str | None, dict]:
    """The user ID a failed login may leave in the key-slot file (plain JSON on disk).

    A known ID is kept as is. An unknown one is not: it is often a password typed into the
    ID field. Only its length is kept, and it gets no lockout counter (there is no account to
    protect; the known IDs are in the key-slot file anyway).
    """
    if user_id in kf.users:
        return user_id, {}
    return None, {"unknown_user_id_length": len(user_id or "")}


def _pending(kf: KeyFile, event: str, user_id: str | None, *, authenticated: bool = True, **details) -> None:
    """Remember an authentication event until the trail can take it (next unlock)."""
    bucket = "pending" if authenticated else "unauthenticated"
    events = kf.state.setdefault(bucket, [])
    events.append({"at": now_iso(), "event": event, "user_id": user_id, "host": this_host_name(), **details})
    del events[:-1000]  # bounded


def _head_mismatch(vault: Vault) -> dict | None:
    """Compare the trail's end with the head mirrored in the key-slot file (truncation)."""
    head = vault.keyfile.state.get("audit_head")
    if not head:
        return None
    try:
        expected_seq, expected_mac = int(head["seq"]), str(head["mac"])
    except (KeyError, TypeError, ValueError):
        return {"expected_seq": None, "found_seq": trail.head(vault.conn)[0]}
    found_seq = trail.head(vault.conn)[0]
    row = vault.conn.execute("SELECT mac FROM audit_log WHERE seq = ?", (expected_seq,)).fetchone()
    if expected_seq == 0 or (row is not None and bytes(row[0]).hex() == expected_mac):
        return None
    return {"expected_seq": expected_seq, "found_seq": found_seq}


def _flush_pending(vault: Vault) -> None:
    """Move events recorded before the vault was open into the trail.

    First, before anything is appended, the trail's end is checked against the head in the
    key-slot file: entries removed from the end while the vault was closed would otherwise
    be papered over by the next appends. The finding is itself recorded (``audit.truncated``)
    and reported by every later verification.
    """
    state = vault.keyfile.state
    mismatch = _head_mismatch(vault)
    tainted = state.pop("tainted", None)
    groups = [(state.pop("pending", []), True), (state.pop("unauthenticated", []), False)]
    with vault.transaction() as conn:
        if mismatch:
            trail.append(conn, None, "audit.truncated", details=mismatch)
        if tainted:
            trail.append(conn, None, "keys.state_unverified",
                         details={"note": "key-slot state failed authentication and was reset",
                                  "detected_at": tainted.get("at")})
        for events, authentic in groups:
            for ev in events:
                if not isinstance(ev, dict) or not isinstance(ev.get("event"), str):
                    continue
                details = {k: v for k, v in ev.items() if k not in ("at", "event", "user_id")}
                details["recorded_before_unlock"] = True
                details["authenticated"] = authentic
                action = ev["event"] if ev["event"].startswith("auth.") else "auth.other"
                trail.append(conn, ev.get("user_id"), action, details=details, at=str(ev.get("at") or now_iso()))


# ---------------------------------------------------------------------------------------------
# opening


def _terminal_share(kf: KeyFile, store: TerminalStore) -> tuple[bytes | None, str | None]:
    """Return (terminal share, terminal id) for this PC, or (None, reason-code)."""
    if kf.plain_terminal_share is not None:
        return crypto.b64d(kf.plain_terminal_share), None
    try:
        ident = store.load(kf.vault_id)
    except KeyringUnavailable:
        return None, "keyring-unavailable"
    if ident is None or ident.terminal_id not in kf.terminals:
        return None, "not-registered"
    slot = kf.terminals[ident.terminal_id]
    try:
        return crypto.unseal(ident.private_key, slot["sealed_share"], _ctx("terminal-share", kf.vault_id, ident.terminal_id)), ident.terminal_id
    except crypto.DecryptError:
        for gen in filter(None, [kf.next_generation]):
            nslot = gen["terminals"].get(ident.terminal_id)
            if nslot:
                with contextlib.suppress(crypto.DecryptError):
                    return crypto.unseal(ident.private_key, nslot["sealed_share"], _ctx("terminal-share", kf.vault_id, ident.terminal_id)), ident.terminal_id
        return None, "not-registered"


def _open_with_shares(path: Path, kf: KeyFile, shares: _Shares, shares_next: _Shares | None, *,
                      readonly: bool = False) -> tuple[sqlcipher3.Connection, _Shares]:
    try:
        return open_database(path, shares.dek, readonly=readonly), shares
    except WrongVaultKey:
        if shares_next is None:
            raise
    # a re-key was interrupted after the database was re-encrypted: finish promoting it
    conn = open_database(path, shares_next.dek)
    nxt = kf.next_generation
    kf.users, kf.terminals, kf.recovery = nxt["users"], nxt["terminals"], nxt["recovery"]
    kf.plain_terminal_share = nxt.get("plain_terminal_share")
    kf.next_generation = None
    return conn, shares_next


def _check_files(path: Path) -> None:
    if not path.exists():
        raise DaichoError(tr("Vault", "台帳ファイルが見つかりません: {path}").format(path=path))


def _session_for(conn, user_id: str, *, via_recovery: bool = False) -> Session:
    row = conn.execute(
        "SELECT display_name, role, enabled, must_change_password, password_changed_at, deleted_at"
        " FROM users WHERE user_id = ?",
        (user_id,),
    ).fetchone()
    if row is None or row["deleted_at"]:
        raise AuthFailed(tr("Vault", "ユーザーIDまたはパスワードが違います。"))
    if not row["enabled"]:
        raise AuthFailed(tr("Vault", "このユーザーは無効にされています。管理者に連絡してください。"))
    must_change = bool(row["must_change_password"])
    max_age = app_settings.get(conn, "policy.max_age_days")
    if max_age and not via_recovery:
        import datetime as dt

        if now() - parse_iso(row["password_changed_at"]) > dt.timedelta(days=max_age):
            must_change = True
    return Session(user_id, row["display_name"], row["role"], must_change, via_recovery)


def unlock(path: Path | str, user_id: str, password: str, *, terminals: TerminalStore | None = None,
           readonly: bool = False) -> Vault:
    """Open the vault as ``user_id``. Raises AuthFailed, LockedOut, TerminalNotRegistered, …

    ``readonly=True`` opens a read-only connection without taking the writer lock (e.g. for
    ``daicho verify`` while the GUI is open). Nothing is written to the database then; the
    login is remembered in the key-slot file and reaches the trail at the next normal unlock.
    """
    path = Path(path)
    _check_files(path)
    kf_path = keyfile_path(path)
    kf = KeyFile.load(kf_path)
    store = terminals or TerminalStore()
    terminal_share, terminal_id = _terminal_share(kf, store)
    skey = _state_key(terminal_share)
    _load_state(kf, skey)
    _check_lockout(kf, user_id)
    slot = kf.users.get(user_id)
    priv = None
    if slot is not None:
        try:
            priv = _unwrap_user_private(kf, user_id, slot, password)
        except crypto.DecryptError:
            priv = None
    if priv is None:
        who, unknown = _who(kf, user_id)
        locked = False
        if skey is not None and who is not None:
            locked = _record_failure(kf, who)
        _pending(kf, "auth.failure", who, authenticated=skey is not None, reason="password", **unknown)
        if locked:
            _pending(kf, "auth.lockout", user_id)
        _save_state(kf, kf_path, skey)
        if locked:
            _check_lockout(kf, user_id)
        raise AuthFailed(tr("Vault", "ユーザーIDまたはパスワードが違います。"))
    if terminal_share is None:
        _pending(kf, "auth.failure", user_id, authenticated=False, reason=terminal_id)
        _save_state(kf, kf_path, None)
        if terminal_id == "keyring-unavailable":
            raise TerminalNotRegistered(tr(
                "Vault", "この台帳は登録済みの端末でだけ開けますが、このPCでは安全なキーリング（資格情報の保管場所）が使えません。"
                "キーリングを使える状態にするか、管理者がリカバリーキーで開いてください。"))
        raise TerminalNotRegistered(tr(
            "Vault", "このPCは、この台帳を開ける端末として登録されていません。管理者がリカバリーキーを使ってこのPCを登録してください。"))
    ctx = _ctx("user-share", kf.vault_id, user_id)
    user_share = _unseal_either(priv, slot, kf.next_generation and kf.next_generation["users"].get(user_id), ctx)
    shares = _Shares(user_share[0], terminal_share)
    shares_next = None
    if user_share[1] is not None and not readonly:
        shares_next = _Shares(user_share[1], _next_terminal_share(kf, store, terminal_share))
    lock = None
    if not readonly:
        lock = WriterLock(path)
        lock.acquire()
    conn = None
    try:
        try:
            conn, shares = _open_with_shares(path, kf, shares, shares_next, readonly=readonly)
            if readonly:
                migrations.check_not_newer(migrations.current_version(conn))
                if migrations.pending(conn):
                    raise DaichoError(tr("Vault", "この台帳はスキーマの更新が必要です。一度通常どおり開いてから、やり直してください。"))
            else:
                migrations.apply(conn, vault_path=path)
            session = _session_for(conn, user_id)
        except AuthFailed:
            if readonly:
                _pending(kf, "auth.refused", user_id, reason="disabled-or-deleted")
                _save_state(kf, kf_path, _state_key(shares.terminal))
            else:
                _pending(kf, "auth.refused", user_id, reason="disabled-or-deleted")
                vault = Vault(path, kf, conn, shares, Session(user_id, user_id, "viewer"), lock, store, terminal_id)
                conn = lock = None
                try:
                    _flush_pending(vault)
                finally:
                    vault.close()
            raise
        except sqlcipher3.DatabaseError as exc:
            raise VaultCorrupt(_corrupt_message(exc, conn)) from None
        vault = Vault(path, kf, conn, shares, session, lock, store, terminal_id, readonly=readonly)
        conn = lock = None
        try:
            _clear_failures(kf, user_id)
            _lockout_policy(kf, vault.conn)
            details = {"terminal": terminal_id or "unbound", "host": this_host_name()}
            if readonly:
                # Remember the read-only login for the trail, unless another process holds
                # the vault (its copy of the key-slot file would overwrite ours anyway).
                probe = WriterLock(path)
                try:
                    probe.acquire()
                except DaichoError:
                    log.info("vault in use elsewhere; read-only login not recorded in the key file")
                else:
                    try:
                        fresh = KeyFile.load(kf_path)
                        if _state_authentic(fresh.state, skey) is not False:
                            _pending(fresh, "auth.login", user_id, readonly=True, **details)
                            _save_state(fresh, kf_path, skey)
                    finally:
                        probe.release()
            else:
                _flush_pending(vault)
                vault.audit("auth.login", details=details)
                _retry_rekey(vault)
        except sqlcipher3.DatabaseError as exc:
            message = _corrupt_message(exc, vault.conn)
            vault.close()
            raise VaultCorrupt(message) from None
        except BaseException:
            vault.close()
            raise
        return vault
    except BaseException:
        if conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                conn.close()
        if lock is not None:
            lock.release()
        raise


def _retry_rekey(vault: Vault) -> None:
    """A re-key that failed earlier (e.g. another program was reading) is retried when an
    administrator logs in, so a removed user's or terminal's old key stops working."""
    reason = vault.keyfile.state.get("rekey_due")
    if not reason or vault.session.role != "admin" or vault.session.must_change_password:
        return
    try:
        vault.rekey(reason=f"{reason}-retry")
    except DaichoError:
        log.warning("re-key retry failed; will try again at the next administrator login")


def _corrupt_message(exc: Exception, conn=None) -> str:
    """Name the damaged page when SQLCipher can tell (page authentication failure)."""
    log.error("database error while opening: %s", type(exc).__name__)
    detail = ""
    if conn is not None:
        from desktop.vault import integrity

        with contextlib.suppress(sqlcipher3.Error):
            problems = integrity._cipher_problems(conn)
            if problems:
                detail = "\n" + problems[0]
    return tr("Vault", "台帳ファイルが壊れています（暗号化ページの検証に失敗しました）。バックアップから復元してください。") + detail


def _unseal_either(priv: bytes, slot: dict, next_slot: dict | None, ctx: bytes) -> tuple[bytes, bytes | None]:
    current = crypto.unseal(priv, slot["sealed_share"], ctx)
    nxt = None
    if next_slot is not None:
        with contextlib.suppress(crypto.DecryptError):
            nxt = crypto.unseal(priv, next_slot["sealed_share"], ctx)
    return current, nxt


def _next_terminal_share(kf: KeyFile, store: TerminalStore, fallback: bytes) -> bytes:
    nxt = kf.next_generation or {}
    if nxt.get("plain_terminal_share"):
        return crypto.b64d(nxt["plain_terminal_share"])
    ident = store.load(kf.vault_id)
    if ident and ident.terminal_id in nxt.get("terminals", {}):
        with contextlib.suppress(crypto.DecryptError):
            return crypto.unseal(ident.private_key, nxt["terminals"][ident.terminal_id]["sealed_share"],
                                 _ctx("terminal-share", kf.vault_id, ident.terminal_id))
    return fallback


def unlock_with_recovery(path: Path | str, recovery_key: str, user_id: str, password: str, *,
                         terminals: TerminalStore | None = None, register_terminal: bool = True) -> Vault:
    """Open with the recovery key (any PC) as an administrator, and register this PC.

    The administrator's password is still checked against their slot, so the recovery key
    alone grants nothing but the ability to vouch for a new terminal.
    """
    path = Path(path)
    _check_files(path)
    kf_path = keyfile_path(path)
    kf = KeyFile.load(kf_path)
    store = terminals or TerminalStore()
    try:
        rbytes = crypto.normalize_recovery_key(recovery_key)
    except ValueError:
        raise AuthFailed(tr("Vault", "リカバリーキーの形式が正しくありません（4文字ずつ8組の英数字です）。")) from None
    rpriv = crypto.recovery_private_key(rbytes)
    rctx = _ctx("recovery", kf.vault_id)
    try:
        both = crypto.unseal(rpriv, kf.recovery["sealed_shares"], rctx)
    except (crypto.DecryptError, KeyError):
        who, unknown = _who(kf, user_id)
        _pending(kf, "auth.failure", who, authenticated=False, reason="recovery-key", **unknown)
        _save_state(kf, kf_path, None)
        raise AuthFailed(tr("Vault", "リカバリーキーが違います。")) from None
    shares = _Shares(both[:32], both[32:])
    shares_next = None
    if kf.next_generation:
        with contextlib.suppress(crypto.DecryptError, KeyError):
            nboth = crypto.unseal(rpriv, kf.next_generation["recovery"]["sealed_shares"], rctx)
            shares_next = _Shares(nboth[:32], nboth[32:])
    skey = _state_key(shares.terminal)
    _load_state(kf, skey)
    _check_lockout(kf, user_id)
    slot = kf.users.get(user_id)
    try:
        if slot is None:
            raise crypto.DecryptError
        _unwrap_user_private(kf, user_id, slot, password)
    except crypto.DecryptError:
        who, unknown = _who(kf, user_id)
        locked = _record_failure(kf, who) if who is not None else False
        _pending(kf, "auth.failure", who, reason="password", via="recovery", **unknown)
        if locked:
            _pending(kf, "auth.lockout", user_id)
        _save_state(kf, kf_path, skey)
        if locked:
            _check_lockout(kf, user_id)
        raise AuthFailed(tr("Vault", "ユーザーIDまたはパスワードが違います。")) from None
    lock = WriterLock(path)
    lock.acquire()
    conn = None
    try:
        try:
            conn, shares = _open_with_shares(path, kf, shares, shares_next)
            migrations.apply(conn, vault_path=path)
            session = _session_for(conn, user_id, via_recovery=True)
        except sqlcipher3.DatabaseError as exc:
            raise VaultCorrupt(_corrupt_message(exc, conn)) from None
        vault = Vault(path, kf, conn, shares, session, lock, store, None)
        conn = lock = None
        try:
            if session.role != "admin":
                _pending(kf, "auth.refused", user_id, reason="recovery-not-admin")
                _flush_pending(vault)
                raise AuthFailed(tr("Vault", "リカバリーキーで開けるのは管理者だけです。"))
            _clear_failures(kf, user_id)
            _flush_pending(vault)
            vault.audit("auth.login_recovery", details={"host": this_host_name()})
            if register_terminal and kf.binding:
                vault.register_this_terminal()
        except BaseException:
            vault.close()
            raise
        return vault
    except BaseException:
        if conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                conn.close()
        if lock is not None:
            lock.release()
        raise


def create_vault(path: Path | str, *, office: dict, admin_id: str, admin_name: str, admin_password: str,
                 binding: bool = True, terminals: TerminalStore | None = None,
                 kdf: crypto.KdfParams | None = None) -> tuple[Vault, str]:
    """Create a new vault; return (vault unlocked as the administrator, recovery key)."""
    from desktop.accounts import policy

    path = Path(path)
    if path.exists() or keyfile_path(path).exists():
        raise DaichoError(tr("Vault", "同じ名前のファイルがすでにあります: {path}").format(path=path))
    policy.check_user_id(admin_id)
    policy.check_password(admin_password, admin_id, policy.Policy())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DaichoError(tr("Vault", "フォルダーを作成できません: {path}（{reason}）").format(path=path.parent, reason=exc.strerror)) from None
    store = terminals or TerminalStore()
    if binding and not store.available():
        raise KeyringUnavailable("no secure keyring")
    kdf = kdf or crypto.tune_kdf()
    vault_id = uuid.uuid4().hex
    shares = _Shares(crypto.random_key(), crypto.random_key())
    kf = KeyFile(vault_id=vault_id)
    recovery_key = crypto.new_recovery_key()
    kf.recovery = _make_recovery_slot(vault_id, recovery_key, shares)
    if not binding:
        kf.plain_terminal_share = crypto.b64e(shares.terminal)
    admin_priv, admin_pub = crypto.new_keypair()
    kf.users[admin_id] = _make_user_slot(vault_id, admin_id, admin_priv, admin_pub, admin_password, kdf, shares.user)
    lock = WriterLock(path)
    lock.acquire()
    try:
        conn = open_database(path, shares.dek)
        migrations.apply(conn)
        kf.save(keyfile_path(path))
        vault = Vault(path, kf, conn, shares, Session(admin_id, admin_name, "admin"), lock, store, None)
        from desktop.accounts import service as accounts

        with vault.transaction() as c:
            trail.ensure_key(c)
            c.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?), ('created_at', ?)", (vault_id, now_iso()))
            c.execute("INSERT INTO meta (key, value) VALUES ('history_key', ?)", (secrets.token_bytes(32),))
            for key, value in office.items():
                app_settings.put(c, f"office.{key}", value)
            accounts.insert_user_row(c, admin_id, admin_name, "admin", admin_pub, created_by=None, must_change=False)
            accounts.remember_password(c, admin_id, admin_password)
            trail.append(c, admin_id, "vault.create", details={"office": office, "binding": binding})
            if not binding:
                trail.append(c, admin_id, "terminal.binding_disabled", details={"reason": "administrator-choice"})
        if binding:
            vault.register_this_terminal()
        return vault, recovery_key
    except BaseException:
        lock.release()
        with contextlib.suppress(OSError):
            for p in (path, keyfile_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
                if p.exists():
                    p.unlink()
        raise


def _db_error_message(exc: Exception) -> str:
    text = str(exc).lower()
    if "full" in text:
        return tr("Vault", "ディスクの空き容量が不足しているため保存できませんでした。空き容量を確保してからやり直してください（入力内容は失われていません）。")
    if "locked" in text or "busy" in text:
        return tr("Vault", "台帳が別の処理で使用中のため保存できませんでした。少し待ってからやり直してください。")
    if "readonly" in text or "read-only" in text:
        return tr("Vault", "台帳ファイルが読み取り専用のため保存できませんでした。")
    return tr("Vault", "データベースの操作に失敗しました。")


__all__ = [
    "AuthFailed", "LockedOut", "TerminalNotRegistered", "WrongVaultKey", "Vault",
    "create_vault", "unlock", "unlock_with_recovery", "TerminalIdentity",
]

"""The ways a vault is opened — by password (:func:`unlock`), by the recovery key on any PC
(:func:`unlock_with_recovery`), or by creating it (:func:`create_vault`) — sharing one
failure path and one "after opening" sequence (interrupted key changes resolved, the key
file's authenticity checked, events recorded before unlock moved into the trail, the
external witness of the audit head compared and updated).
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import NoReturn

import sqlcipher3

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.vault import crypto, keystore, logins, migrations
from desktop.vault import slots as slotlib
from desktop.vault.after_open import after_open, session_for, wrong_password
from desktop.vault.creating import create_vault  # noqa: F401 - re-exported (desktop.vault.vault)
from desktop.vault.database import VaultCorrupt, WrongVaultKey, corrupt_message, open_database
from desktop.vault.keyfile import KeyFile
from desktop.vault.lockfile import WriterLock
from desktop.vault.slots import Shares
from desktop.vault.terminal import KeyringUnavailable, TerminalStore, this_host_name
from desktop.vault.vault import AuthFailed, LockedOut, TerminalNotRegistered, Vault, dummy_kdf

log = logging.getLogger(__name__)


def _check_files(path: Path) -> None:
    if not path.exists():
        raise DaichoError(tr("Vault", "台帳ファイルが見つかりません: {path}").format(path=path))


def fresh_state_key(tstore: TerminalStore):
    """The state key of whatever key file is on disk when the lock is held (a re-key may have
    changed the terminal share since this process read the file)."""

    def derive(kf: KeyFile) -> bytes | None:
        cur, nxt, _tid = _terminal_shares(kf, tstore)
        return keystore.state_key(cur if cur is not None else nxt)

    return derive


def _fail(
    store: keystore.KeyStore,
    skey,
    kf: KeyFile,
    user_id: str,
    *,
    reason: str,
    error: DaichoError,
    count: bool = True,
    event: str = "auth.failure",
    **details,
) -> NoReturn:
    """The one failure path: count the failure (fresh copy, under the lock), remember the
    event for the trail, raise ``error`` (or LockedOut when this failure locks the user)."""
    known, unknown = logins.who(kf, user_id)
    locked = {"now": False}

    def change(fresh: KeyFile) -> None:
        if count and skey is not None and known is not None:
            locked["now"] = logins.record_failure(fresh, known)
        logins.pending(fresh, event, known, authenticated=skey is not None, reason=reason, **unknown, **details)
        if locked["now"]:
            logins.pending(fresh, "auth.lockout", known)

    try:
        fresh = store.update(change, state_key=skey)
    except DaichoError:
        log.warning("could not record a failed login in the key file")
        raise error from None
    if locked["now"] and known is not None:
        until = logins.locked_until(fresh, known)
        raise LockedOut(logins.lockout_message(until), until)
    raise error


def _refuse_if_disabled(store: keystore.KeyStore, skey: bytes | None, kf: KeyFile, user_id: str, password: str) -> None:
    """A disabled user's slot has no share; the right password still tells them why."""
    slot = kf.disabled.get(user_id)
    if slot is None:
        dummy_kdf(kf, password)
        return
    try:
        slotlib.unwrap_user_private(kf.vault_id, user_id, slot, password)
    except crypto.DecryptError:
        return
    _fail(
        store,
        skey,
        kf,
        user_id,
        reason="disabled-or-deleted",
        count=False,
        event="auth.refused",
        error=AuthFailed(tr("Vault", "このユーザーは無効にされています。管理者に連絡してください。")),
    )


def _check_lockout(kf: KeyFile, user_id: str) -> None:
    try:
        logins.check_lockout(kf, user_id)
    except logins.LockedOutError as exc:
        raise LockedOut(str(exc), exc.until) from None


# -- terminal shares ----------------------------------------------------------------------------------


def _terminal_shares(kf: KeyFile, store: TerminalStore) -> tuple[bytes | None, bytes | None, str | None]:
    """(current share, next share or None, terminal id or a reason code) for this PC."""
    nxt = (kf.intent or {}).get("next") or {}
    if kf.plain_terminal_share is not None or nxt.get("plain_terminal_share"):
        cur = crypto.b64d(kf.plain_terminal_share) if kf.plain_terminal_share else None
        nxt_share = crypto.b64d(nxt["plain_terminal_share"]) if nxt.get("plain_terminal_share") else None
        if cur is not None or nxt_share is not None:
            tid = None
            if cur is None:  # binding being switched off: this PC's slot holds the current share
                cur, _n, tid = _terminal_shares(KeyFile(vault_id=kf.vault_id, terminals=kf.terminals), store)
            return cur, nxt_share, tid
    try:
        ident = store.load(kf.vault_id)
    except KeyringUnavailable:
        return None, None, "keyring-unavailable"
    if ident is None:
        return None, None, "not-registered"
    cur = nxt_share = None
    slot = kf.terminals.get(ident.terminal_id)
    if slot is not None:
        with contextlib.suppress(crypto.DecryptError):
            cur = slotlib.unseal_terminal_share(kf.vault_id, ident.terminal_id, slot, ident.private_key)
    nslot = (nxt.get("terminals") or {}).get(ident.terminal_id)
    if nslot is not None:
        with contextlib.suppress(crypto.DecryptError):
            nxt_share = slotlib.unseal_terminal_share(kf.vault_id, ident.terminal_id, nslot, ident.private_key)
    if cur is None and nxt_share is None:
        return None, None, "not-registered"
    return cur, nxt_share, ident.terminal_id


def _terminal_refused(reason: str | None) -> TerminalNotRegistered:
    if reason == "keyring-unavailable":
        return TerminalNotRegistered(
            tr(
                "Vault",
                "この台帳は登録済みの端末でだけ開けますが、このPCでは安全なキーリング（資格情報の保管場所）"
                "が使えません。キーリングを使える状態にするか、管理者がリカバリーキーで開いてください。",
            )
        )
    return TerminalNotRegistered(
        tr(
            "Vault",
            "このPCは、この台帳を開ける端末として登録されていません。"
            "管理者がリカバリーキーを使ってこのPCを登録してください。",
        )
    )


# -- opening the database with the right generation -----------------------------------------------------


def _open_generation(
    path: Path, kf: KeyFile, current: Shares | None, nxt: Shares | None, *, readonly: bool
) -> tuple[sqlcipher3.Connection, Shares, bool]:
    """Open with the current key, or with the intent's when a re-key already re-encrypted
    the database. Returns (connection, shares used, opened with the next key)."""
    if current is not None:
        try:
            return open_database(path, current.dek, readonly=readonly), current, False
        except WrongVaultKey:
            if nxt is None or nxt.dek == current.dek:
                raise
    if nxt is None:
        raise WrongVaultKey(
            tr(
                "Vault",
                "台帳ファイルを復号できません。ファイルが壊れているか、鍵ファイルがこの台帳のものではありません。",
            )
        )
    conn = open_database(path, nxt.dek, readonly=readonly)
    return conn, nxt, bool((kf.intent or {}).get("rekey"))


def _check_slots_mac(conn, kf: KeyFile, file_shares: Shares | None) -> None:
    """The key file must be authenticated under the key of the generation that wrote it."""
    marked = conn.execute("SELECT value FROM meta WHERE key = 'keyfile_authenticated'").fetchone()
    if kf.legacy:
        if marked is not None:
            raise keystore.tampered_error()  # an authenticated file was replaced by an old-format one
        return
    if file_shares is None:
        raise DaichoError(
            tr("Vault", "鍵の変更が途中で中断されています。変更前から台帳を開ける利用者が開くと完了します。")
        )
    if not keystore.slots_authentic(kf, keystore.slots_key(file_shares.dek)):
        raise keystore.tampered_error()


# -- unlock ----------------------------------------------------------------------------------------------


def unlock(  # noqa: C901 - the one ordered login sequence
    path: Path | str, user_id: str, password: str, *, terminals: TerminalStore | None = None, readonly: bool = False
) -> Vault:
    """Open the vault as ``user_id``. Raises AuthFailed, LockedOut, TerminalNotRegistered, …

    ``readonly=True`` opens a read-only connection without taking the writer lock (e.g. for
    ``daicho verify`` while the GUI is open). Nothing is written to the database then; the
    login is remembered in the key-slot file and reaches the trail at the next normal unlock.
    """
    path = Path(path)
    _check_files(path)
    store = keystore.KeyStore(path)
    kf = store.load()
    tstore = terminals or TerminalStore()
    t_cur, t_next, terminal_id = _terminal_shares(kf, tstore)
    skey = keystore.state_key(t_cur if t_cur is not None else t_next)
    keystore.check_state(kf, skey)
    _check_lockout(kf, user_id)
    cur_slot = kf.users.get(user_id)
    next_slot = ((kf.intent or {}).get("next") or {}).get("users", {}).get(user_id)
    priv, used = None, None
    for cand in (cur_slot, next_slot):
        if cand is None or (cand is next_slot and slotlib.same_credentials(cand, cur_slot)):
            continue
        try:
            priv, used = slotlib.unwrap_user_private(kf.vault_id, user_id, cand, password), cand
            break
        except crypto.DecryptError:
            continue
    if cur_slot is None and next_slot is None:
        _refuse_if_disabled(store, fresh_state_key(tstore) if skey is not None else None, kf, user_id, password)
    if priv is None:
        _fail(
            store,
            fresh_state_key(tstore) if skey is not None else None,
            kf,
            user_id,
            reason="password",
            error=wrong_password(),
        )
    if t_cur is None and t_next is None:
        _fail(
            store,
            None,
            kf,
            user_id,
            reason=terminal_id or "not-registered",
            count=False,
            error=_terminal_refused(terminal_id),
        )
    u_cur = None
    if cur_slot is not None and used is cur_slot:
        with contextlib.suppress(crypto.DecryptError):
            u_cur = slotlib.unseal_user_share(kf.vault_id, user_id, cur_slot, priv)
    u_next = None
    if next_slot is not None:
        with contextlib.suppress(crypto.DecryptError):
            u_next = slotlib.unseal_user_share(kf.vault_id, user_id, next_slot, priv)
    if u_cur is None and u_next is None:
        raise VaultCorrupt(
            tr(
                "Vault",
                "鍵ファイルの利用者の登録が壊れています（共有鍵を取り出せません）。"
                "バックアップから復元するか、管理者に連絡してください。",
            )
        )
    shares_cur = Shares(u_cur, t_cur) if u_cur is not None and t_cur is not None else None
    rekeying = bool((kf.intent or {}).get("rekey"))
    shares_next = None
    if u_next is not None:
        t_for_next = t_next if rekeying else (t_next or t_cur)
        if t_for_next is not None:
            shares_next = Shares(u_next, t_for_next)
    if shares_cur is None and shares_next is not None and not rekeying:
        shares_cur = shares_next  # same shares; only this user's slot changes
    lock = None
    if not readonly:
        lock = WriterLock(path)
        lock.acquire()
    conn = None
    try:
        try:
            conn, shares, on_next = _open_generation(path, kf, shares_cur, shares_next, readonly=readonly)
            _check_slots_mac(conn, kf, shares_cur if shares_cur is not None else (None if rekeying else shares))
            if readonly:
                migrations.check_not_newer(migrations.current_version(conn))
                if migrations.pending(conn):
                    raise DaichoError(
                        tr(
                            "Vault",
                            "この台帳はスキーマの更新が必要です。一度通常どおり開いてから、やり直してください。",
                        )
                    )
            else:
                migrations.apply(conn, vault_path=path)
            session = session_for(conn, user_id)
        except AuthFailed:
            if conn is not None:
                conn.close()
                conn = None
            with contextlib.suppress(DaichoError):
                store.update(
                    lambda f: logins.pending(f, "auth.refused", user_id, reason="disabled-or-deleted"),
                    state_key=fresh_state_key(tstore),
                )
            raise
        except sqlcipher3.DatabaseError as exc:
            raise VaultCorrupt(corrupt_message(exc, conn)) from None
        vault = Vault(
            path,
            kf,
            conn,
            shares,
            session,
            lock,
            tstore,
            terminal_id if terminal_id not in ("keyring-unavailable", "not-registered") else None,
            readonly=readonly,
        )
        conn = lock = None
        try:
            details = {"terminal": vault.terminal_id or "unbound", "host": this_host_name()}
            if readonly:
                _remember_readonly_login(vault, fresh_state_key(tstore), user_id, details)
                if priv is not None:
                    vault._user_private = priv
            else:
                after_open(
                    vault,
                    shares_current=shares_cur,
                    shares_next=shares_next,
                    db_on_next=on_next,
                    used_slot=used,
                    priv=priv,
                    login_action="auth.login",
                    details=details,
                )
        except BaseException as exc:  # noqa: BLE001 - closed and re-raised by _abandon_vault
            _abandon_vault(vault, exc)
        return vault
    except BaseException:
        _abandon(conn, lock)
        raise


def _abandon_vault(vault: Vault, exc: BaseException) -> NoReturn:
    """Finishing an open failed: close the vault; a database error is reported as damage."""
    message = corrupt_message(exc, vault.conn) if isinstance(exc, sqlcipher3.DatabaseError) else None
    vault.close()
    if message is not None:
        raise VaultCorrupt(message) from None
    raise exc


def _abandon(conn, lock: WriterLock | None) -> None:
    """Opening failed before a Vault owned the connection and the writer lock: release them."""
    if conn is not None:
        with contextlib.suppress(sqlcipher3.Error):
            conn.close()
    if lock is not None:
        lock.release()


def _remember_readonly_login(vault: Vault, skey: bytes | None, user_id: str, details: dict) -> None:
    """Remember a read-only login for the trail, unless another process holds the vault."""
    probe = WriterLock(vault.path)
    try:
        probe.acquire()
    except DaichoError:
        log.info("vault in use elsewhere; read-only login not recorded in the key file")
        return
    try:
        vault.store.update(lambda f: logins.pending(f, "auth.login", user_id, readonly=True, **details), state_key=skey)
    except DaichoError:
        log.info("read-only login not recorded in the key file")
    finally:
        probe.release()


# -- the recovery key ----------------------------------------------------------------------------------------


def unlock_with_recovery(
    path: Path | str,
    recovery_key: str,
    user_id: str,
    password: str,
    *,
    terminals: TerminalStore | None = None,
    register_terminal: bool = True,
) -> Vault:
    """Open with the recovery key (any PC) as an administrator, and register this PC.

    The administrator's password is still checked against their slot, so the recovery key
    alone grants nothing but the ability to vouch for a new terminal.
    """
    path = Path(path)
    _check_files(path)
    store = keystore.KeyStore(path)
    kf = store.load()
    tstore = terminals or TerminalStore()
    try:
        rpriv = crypto.recovery_private_key(crypto.normalize_recovery_key(recovery_key))
    except ValueError:
        raise AuthFailed(tr("Vault", "リカバリーキーの形式が正しくありません（4文字ずつ8組の英数字です）。")) from None
    shares_cur = shares_next = None
    with contextlib.suppress(crypto.DecryptError):
        shares_cur = slotlib.unseal_recovery(kf.vault_id, kf.recovery, rpriv)
    nxt = (kf.intent or {}).get("next") or {}
    if nxt.get("recovery"):
        with contextlib.suppress(crypto.DecryptError):
            shares_next = slotlib.unseal_recovery(kf.vault_id, nxt["recovery"], rpriv)
    if shares_cur is None and shares_next is None:
        _fail(
            store,
            None,
            kf,
            user_id,
            reason="recovery-key",
            count=False,
            error=AuthFailed(tr("Vault", "リカバリーキーが違います。")),
        )
    opened = shares_cur or shares_next
    assert opened is not None  # _fail above raised otherwise
    skey = keystore.state_key(opened.terminal)
    keystore.check_state(kf, skey)
    _check_lockout(kf, user_id)
    cur_slot = kf.users.get(user_id)
    next_slot = nxt.get("users", {}).get(user_id)
    priv, used = None, None
    for cand in (cur_slot, next_slot):
        if cand is None:
            continue
        try:
            priv, used = slotlib.unwrap_user_private(kf.vault_id, user_id, cand, password), cand
            break
        except crypto.DecryptError:
            continue
    if cur_slot is None and next_slot is None:
        dummy_kdf(kf, password)
    if priv is None:
        _fail(store, skey, kf, user_id, reason="password", via="recovery", error=wrong_password())
    if shares_cur is None:
        shares_cur = shares_next if not nxt or not (kf.intent or {}).get("rekey") else None
    lock: WriterLock | None = WriterLock(path)
    assert lock is not None
    lock.acquire()
    conn = None
    try:
        try:
            conn, shares, on_next = _open_generation(path, kf, shares_cur, shares_next, readonly=False)
            _check_slots_mac(conn, kf, shares_cur)
            migrations.apply(conn, vault_path=path)
            session = session_for(conn, user_id, via_recovery=True)
        except sqlcipher3.DatabaseError as exc:
            raise VaultCorrupt(corrupt_message(exc, conn)) from None
        vault = Vault(path, kf, conn, shares, session, lock, tstore, None)
        conn = lock = None
        try:
            if session.role != "admin":
                with contextlib.suppress(DaichoError):
                    vault.update_state(
                        lambda f: logins.pending(f, "auth.refused", user_id, reason="recovery-not-admin")
                    )
                raise AuthFailed(tr("Vault", "リカバリーキーで開けるのは管理者だけです。"))
            after_open(
                vault,
                shares_current=shares_cur,
                shares_next=shares_next,
                db_on_next=on_next,
                used_slot=used,
                priv=priv,
                login_action="auth.login_recovery",
                details={"host": this_host_name()},
            )
            if register_terminal and vault.keyfile.binding:
                vault.register_this_terminal()
        except BaseException as exc:  # noqa: BLE001 - closed and re-raised by _abandon_vault
            _abandon_vault(vault, exc)
        return vault
    except BaseException:
        _abandon(conn, lock)
        raise

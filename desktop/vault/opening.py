"""The ways a vault is opened — by password (:func:`unlock`), by the recovery key on any PC
(:func:`unlock_with_recovery`), or by creating it (:func:`create_vault`) — sharing one
failure path and one "after opening" sequence (interrupted key changes resolved, the key
file's authenticity checked, events recorded before unlock moved into the trail, the
external witness of the audit head compared and updated).
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
import uuid
from pathlib import Path
from typing import NoReturn

import sqlcipher3

from desktop import settings as app_settings
from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.session import Session
from desktop.timeutil import now, now_iso, parse_iso
from desktop.vault import changes, crypto, keystore, logins, migrations, password_history, witness
from desktop.vault import slots as slotlib
from desktop.vault.database import VaultCorrupt, WrongVaultKey, corrupt_message, open_database
from desktop.vault.keyfile import KeyFile, keyfile_path
from desktop.vault.lockfile import WriterLock
from desktop.vault.slots import Shares
from desktop.vault.terminal import KeyringUnavailable, TerminalStore, this_host_name
from desktop.vault.vault import AuthFailed, LockedOut, TerminalNotRegistered, Vault, dummy_kdf

log = logging.getLogger(__name__)


def _check_files(path: Path) -> None:
    if not path.exists():
        raise DaichoError(tr("Vault", "台帳ファイルが見つかりません: {path}").format(path=path))


def _wrong_password() -> AuthFailed:
    return AuthFailed(tr("Vault", "ユーザーIDまたはパスワードが違います。"))


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


# -- the sequence after the database is open ----------------------------------------------------------------


def _session_for(conn, user_id: str, *, via_recovery: bool = False) -> Session:
    row = conn.execute(
        "SELECT display_name, role, enabled, must_change_password, password_changed_at, deleted_at FROM users WHERE "
        "user_id = ?",
        (user_id,),
    ).fetchone()
    if row is None or row["deleted_at"]:
        raise _wrong_password()
    if not row["enabled"]:
        raise AuthFailed(tr("Vault", "このユーザーは無効にされています。管理者に連絡してください。"))
    must_change = bool(row["must_change_password"])
    max_age = app_settings.get(conn, "policy.max_age_days")
    if max_age and not via_recovery:
        import datetime as dt

        if now() - parse_iso(row["password_changed_at"]) > dt.timedelta(days=max_age):
            must_change = True
    return Session(user_id, row["display_name"], row["role"], must_change, via_recovery)


def _after_open(
    vault: Vault,
    *,
    shares_current: Shares | None,
    shares_next: Shares | None,
    db_on_next: bool,
    used_slot: dict | None,
    priv: bytes | None,
    login_action: str,
    details: dict,
) -> None:
    """Everything a writable open does once the database is open, in order."""
    from desktop.audit import trail

    if vault.keyfile.intent is not None:
        outcome = changes.resolve_at_open(
            vault, shares_current=shares_current or vault._shares, shares_next=shares_next, db_on_next_key=db_on_next
        )
        if used_slot is not None and not slotlib.same_credentials(
            vault.keyfile.users.get(vault.session.user_id), used_slot
        ):
            raise _wrong_password()
        log.info("key change at open: %s", outcome)
    uid = vault.session.user_id
    _register_hooks(vault)
    if priv is not None:
        trail.attach_signer(vault.conn, uid, slotlib.signing_key(priv), slotlib.signing_public(priv))
        vault._user_private = priv

    def on_login(kf: KeyFile) -> None:
        logins.clear_failures(kf, uid)
        attempts, minutes = logins.policy_from(vault.conn)
        kf.state["policy"] = {"attempts": attempts, "minutes": minutes}

    vault.update_state(on_login)  # also signs a version-1 key file for the first time
    flush_pending(vault)
    with vault.transaction() as conn:
        conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('keyfile_authenticated', '1')")
        if changes.db_generation(conn) is None:
            changes.set_db_generation(conn, vault.keyfile.generation)
        _check_generations(vault, conn)
        if priv is not None:
            _register_signing_key(vault, conn, uid, priv)
        converted = password_history.convert_legacy(conn, lambda user: _slot_kdf(vault, user))
        if converted:
            trail.append(conn, uid, "accounts.password_history_converted", details={"rows": converted})
        trail.append(conn, uid, login_action, details=details)
    witness.check_and_update(vault)


def _check_generations(vault: Vault, conn) -> None:
    """Key file and database must agree on the slot generation (no intent pending now)."""
    from desktop.audit import trail

    db_gen = changes.db_generation(conn)
    kf_gen = vault.keyfile.generation
    if db_gen is None or db_gen == kf_gen:
        return
    if db_gen < kf_gen:
        msg = tr(
            "Vault",
            "台帳ファイルが鍵ファイルより古い版に戻されています（ロールバック）。鍵の世代: 鍵ファイル "
            "{kf}、台帳 {db}。",
        )
    else:
        msg = tr("Vault", "鍵ファイルが台帳より古い版に戻されています。鍵の世代: 鍵ファイル {kf}、台帳 {db}。")
    text = msg.format(kf=kf_gen, db=db_gen)
    vault.findings.append(text)
    trail.append(conn, None, "vault.generation_mismatch", details={"keyfile": kf_gen, "database": db_gen})
    changes.set_db_generation(conn, kf_gen)


def _slot_kdf(vault: Vault, user_id: str) -> crypto.KdfParams:
    slot = vault.keyfile.users.get(user_id) or vault.keyfile.disabled.get(user_id)
    return slotlib.kdf_of(slot) if slot else vault.kdf_for_new_slots()


def _register_signing_key(vault: Vault, conn, user_id: str, priv: bytes) -> None:
    """A user whose signing key the vault does not know yet (a vault made before audit
    signatures) registers it on first login: trust on first use, recorded as such."""
    from desktop.audit import trail

    pub = slotlib.signing_public(priv)
    row = conn.execute("SELECT sign_public_key FROM users WHERE user_id = ?", (user_id,)).fetchone()
    if row is not None and row[0] is None:
        conn.execute("UPDATE users SET sign_public_key = ? WHERE user_id = ?", (pub, user_id))
        trail.append(
            conn,
            user_id,
            "user.signing_key_registered",
            entity="user",
            entity_id=user_id,
            details={"sign_public_key": pub.hex(), "trust": "first-use"},
        )


def _register_hooks(vault: Vault) -> None:
    from desktop.audit import trail

    def mirror_audit_head(v: Vault) -> None:
        """The audit head and the lockout policy (needed before the database is open)."""
        seq, mac = trail.head(v.conn)
        attempts, minutes = logins.policy_from(v.conn)
        policy = {"attempts": attempts, "minutes": minutes}
        head = v.keyfile.state.get("audit_head") or {}
        if head.get("seq") == seq and head.get("mac") == mac.hex() and v.keyfile.state.get("policy") == policy:
            return

        def change(kf: KeyFile) -> None:
            kf.state["audit_head"] = {"seq": seq, "mac": mac.hex()}
            kf.state["policy"] = policy

        v.update_state(change)

    vault.after_commit.append(mirror_audit_head)
    vault.before_close.append(witness.update_on_close)


def _head_mismatch(vault: Vault) -> dict | None:
    """Compare the trail's end with the head mirrored in the key-slot file (truncation)."""
    from desktop.audit import trail

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


def flush_pending(vault: Vault) -> None:
    """Move events recorded before the vault was open into the trail.

    First the trail's end is checked against the head in the key-slot file (entries removed
    from the end while the vault was closed). Events authenticated by this PC's terminal key
    become entries (marked ``recorded_before_unlock``); unauthenticated ones (written by
    anyone who could edit the file) go to ``unverified_events`` — shown to administrators,
    never entered in the chain as if they were entries; one entry records how many.
    """
    from desktop.audit import trail

    state = vault.keyfile.state
    mismatch = _head_mismatch(vault)
    tainted = state.get("tainted")
    pending = [e for e in state.get("pending", []) if isinstance(e, dict) and isinstance(e.get("event"), str)]
    unverified = [e for e in state.get("unauthenticated", []) if isinstance(e, dict)]
    if not (mismatch or tainted or pending or unverified):
        return
    with vault.transaction() as conn:
        if mismatch:
            trail.append(conn, None, "audit.truncated", details=mismatch)
        if tainted:
            trail.append(
                conn,
                None,
                "keys.state_unverified",
                details={
                    "note": "key-slot state failed authentication and was reset (lockouts kept)",
                    "detected_at": tainted.get("at"),
                },
            )
            vault.findings.append(
                tr("Vault", "鍵ファイルの状態情報の認証に失敗したため、初期化しました（ロックアウトは維持）。")
            )
        for ev in pending:
            details = {k: v for k, v in ev.items() if k not in ("at", "event", "user_id")}
            details["recorded_before_unlock"] = True
            details["verified_by"] = "terminal-key"
            action = ev["event"] if ev["event"].startswith("auth.") else "auth.other"
            trail.append(conn, ev.get("user_id"), action, details=details, at=str(ev.get("at") or now_iso()))
        if unverified:
            for ev in unverified:
                conn.execute(
                    "INSERT INTO unverified_events (recorded_at, event, user_id, details, imported_at) VALUES (?, ?, "
                    "?, ?, ?)",
                    (
                        str(ev.get("at", ""))[:40],
                        str(ev.get("event", ""))[:60],
                        None if ev.get("user_id") is None else str(ev.get("user_id"))[:100],
                        json.dumps(
                            {k: v for k, v in ev.items() if k not in ("at", "event", "user_id")},
                            ensure_ascii=False,
                            default=str,
                        )[:2000],
                        now_iso(),
                    ),
                )
            trail.append(conn, None, "auth.unverified_events", details={"count": len(unverified)})

    def clear(kf: KeyFile) -> None:
        kf.state.pop("tainted", None)
        kf.state.pop("pending", None)
        kf.state.pop("unauthenticated", None)

    vault.update_state(clear)


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
            error=_wrong_password(),
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
            session = _session_for(conn, user_id)
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
                _after_open(
                    vault,
                    shares_current=shares_cur,
                    shares_next=shares_next,
                    db_on_next=on_next,
                    used_slot=used,
                    priv=priv,
                    login_action="auth.login",
                    details=details,
                )
        except sqlcipher3.DatabaseError as exc:
            message = corrupt_message(exc, vault.conn)
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


def unlock_with_recovery(  # noqa: C901 - as unlock
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
        _fail(store, skey, kf, user_id, reason="password", via="recovery", error=_wrong_password())
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
            session = _session_for(conn, user_id, via_recovery=True)
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
            _after_open(
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
        except sqlcipher3.DatabaseError as exc:
            message = corrupt_message(exc, vault.conn)
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


# -- creating ---------------------------------------------------------------------------------------------------


def create_vault(
    path: Path | str,
    *,
    office: dict,
    admin_id: str,
    admin_name: str,
    admin_password: str,
    binding: bool = True,
    terminals: TerminalStore | None = None,
    kdf: crypto.KdfParams | None = None,
    check_credentials=None,
) -> tuple[Vault, str]:
    """Create a new vault; return (vault unlocked as the administrator, recovery key).

    ``check_credentials(user_id, password)`` raises when the first administrator's ID or
    password breaks the account rules (the accounts package passes its policy check; see
    :func:`desktop.accounts.setup.create_vault`)."""
    from desktop.audit import trail

    path = Path(path)
    if path.exists() or keyfile_path(path).exists():
        raise DaichoError(tr("Vault", "同じ名前のファイルがすでにあります: {path}").format(path=path))
    if check_credentials is not None:
        check_credentials(admin_id, admin_password)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DaichoError(
            tr("Vault", "フォルダーを作成できません: {path}（{reason}）").format(path=path.parent, reason=exc.strerror)
        ) from None
    tstore = terminals or TerminalStore()
    if binding and not tstore.available():
        raise KeyringUnavailable("no secure keyring")
    kdf = kdf or crypto.tune_kdf()
    vault_id = uuid.uuid4().hex
    shares = Shares.new()
    kf = KeyFile(vault_id=vault_id, generation=1)
    recovery_key = crypto.new_recovery_key()
    kf.recovery = slotlib.make_recovery_slot(vault_id, recovery_key, shares)
    if not binding:
        kf.plain_terminal_share = crypto.b64e(shares.terminal)
    admin_priv, admin_pub = crypto.new_keypair()
    kf.users[admin_id] = slotlib.make_user_slot(
        vault_id, admin_id, admin_priv, admin_pub, admin_password, kdf, shares.user
    )
    store = keystore.KeyStore(path)
    lock = WriterLock(path)
    lock.acquire()
    try:
        conn = open_database(path, shares.dek)
        migrations.apply(conn)
        store.create(kf, slots_key=keystore.slots_key(shares.dek), state_key=keystore.state_key(shares.terminal))
        vault = Vault(path, kf, conn, shares, Session(admin_id, admin_name, "admin"), lock, tstore, None)
        _register_hooks(vault)
        sign_pub = slotlib.signing_public(admin_priv)
        trail.attach_signer(conn, admin_id, slotlib.signing_key(admin_priv), sign_pub)
        vault._user_private = admin_priv
        with vault.transaction() as c:
            trail.ensure_key(c)
            c.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?), ('created_at', ?)", (vault_id, now_iso()))
            c.execute("INSERT INTO meta (key, value) VALUES ('history_key', ?)", (secrets.token_bytes(32),))
            c.execute("INSERT INTO meta (key, value) VALUES ('keyfile_authenticated', '1')")
            c.execute(
                "INSERT INTO meta (key, value) VALUES ('recovery_fingerprint', ?)",
                (slotlib.recovery_fingerprint(kf.recovery),),
            )
            changes.set_db_generation(c, kf.generation)
            for key, value in office.items():
                app_settings.put(c, f"office.{key}", value)
            stamp = now_iso()
            c.execute(
                "INSERT INTO users (user_id, display_name, role, enabled, public_key, must_change_password, "
                "password_changed_at, created_at, created_by, sign_public_key) VALUES (?, ?, 'admin', 1, ?, 0, ?, ?, "
                "NULL, ?)",
                (admin_id, admin_name, admin_pub, stamp, stamp, sign_pub),
            )
            password_history.remember(c, admin_id, admin_password, kdf)
            trail.append(
                c,
                admin_id,
                "vault.create",
                details={
                    "office": office,
                    "binding": binding,
                    "first_admin": admin_id,
                    "sign_public_key": sign_pub.hex(),
                    "fingerprint": slotlib.fingerprint(sign_pub),
                    "recovery_fingerprint": slotlib.recovery_fingerprint(kf.recovery),
                },
            )
            if not binding:
                trail.append(c, admin_id, "terminal.binding_disabled", details={"reason": "administrator-choice"})
        if binding:
            vault.register_this_terminal()
        witness.check_and_update(vault)
        return vault, recovery_key
    except BaseException:
        lock.release()
        with contextlib.suppress(OSError):
            for p in (path, keyfile_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
                if p.exists():
                    p.unlink()
        raise

"""Two-phase changes of the key slots, and re-keys.

Every change of who can open the vault (a user added, removed, disabled or re-enabled, a
password changed or reset, a terminal registered or removed, binding switched, the recovery
key replaced, a re-key) goes through :func:`apply`:

1. **intent** — under the key-file lock, on a fresh copy at the generation this vault knows
   (compare-and-swap), the next slot set is computed and written beside the current one as
   ``intent = {generation: N+1, op, rekey, next}``; current slots keep working.
2. **commit** — the database change, its audit entry and ``meta.keys_generation = N+1`` in
   one transaction. If it fails the intent is withdrawn.
3. **re-key** (when the change revokes someone) — the database is re-encrypted under the new
   key (``PRAGMA rekey``) and checked.
4. **promote** — under the lock: the next slots become current, generation N+1, intent gone,
   authenticated under the (new) database key.

A crash anywhere leaves a state that the next open resolves (:func:`resolve_at_open`): the
database's generation says whether step 2 happened; if it did, the change is completed (the
re-key is redone if needed — any user can, since the next shares are sealed to everyone who
keeps access); if not, the intent is dropped. The audit trail and the slots therefore always
agree. Tests kill the process at every step (``DAICHO_TEST_KILL_AT=op:step``).
"""

from __future__ import annotations

import contextlib
import copy
import logging
import os
import signal
from collections.abc import Callable

import sqlcipher3

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.timeutil import now_iso
from desktop.vault import crypto, keystore
from desktop.vault import slots as slotlib
from desktop.vault.database import VaultCorrupt, WrongVaultKey, open_database
from desktop.vault.keyfile import KeyFile
from desktop.vault.slots import Shares
from desktop.vault.terminal import this_host_name

log = logging.getLogger(__name__)

KILL_ENV = "DAICHO_TEST_KILL_AT"
STEPS = ("intent", "commit", "rekey", "promote")


def kill_point(op: str, step: str) -> None:
    """Deterministic crash points for the tests (SIGKILL, no clean-up runs)."""
    if os.environ.get(KILL_ENV) == f"{op}:{step}":
        os.kill(os.getpid(), signal.SIGKILL)


# -- the database side of the generation ------------------------------------------------------------


def db_generation(conn) -> int | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'keys_generation'").fetchone()
    if row is None:
        return None
    try:
        return int(row[0])
    except (TypeError, ValueError):
        return None


def set_db_generation(conn, generation: int) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('keys_generation', ?)", (str(generation),))


# -- the protocol ---------------------------------------------------------------------------------------


def apply(
    vault,
    op: str,
    mutate: Callable[[dict, Shares], None],
    *,
    rekey: bool = False,
    db_change: Callable[[sqlcipher3.Connection], object] | None = None,
) -> None:
    """Change the slots in two phases (see the module docstring).

    ``mutate(next_slots, shares)`` edits a copy of the current slots; ``shares`` are the
    shares the next generation uses (new ones when ``rekey``). ``db_change(conn)`` makes the
    database side (rows, audit entry) inside the committing transaction.
    """
    v = vault
    gen = v.keyfile.generation
    new = Shares.new() if rekey else v._shares

    def write_intent(kf: KeyFile) -> None:
        if kf.intent is not None:
            raise DaichoError(tr("Vault", "前回の鍵の変更が完了していません。台帳を開き直してからやり直してください。"))
        nxt = copy.deepcopy(kf.slots())
        mutate(nxt, new)
        if rekey:
            nxt = slotlib.resealed(kf.vault_id, nxt, new)
        kf.intent = {"generation": gen + 1, "op": op, "rekey": rekey, "at": now_iso(), "next": nxt}

    file_keys = {"slots_key": v.slots_key, "state_key": v.state_key}
    v.keyfile = v.store.update(write_intent, expect_generation=gen, **file_keys)
    kill_point(op, "intent")
    try:
        with v.transaction() as conn:
            if db_change is not None:
                db_change(conn)
            set_db_generation(conn, gen + 1)
    except BaseException:
        with contextlib.suppress(DaichoError, OSError):
            v.keyfile = v.store.update(_withdraw, **file_keys)
        raise
    kill_point(op, "commit")
    if rekey:
        rekey_database(v, new)
        kill_point(op, "rekey")
    promote(v, new, file_keys)
    kill_point(op, "promote")


def _withdraw(kf: KeyFile) -> None:
    kf.intent = None


def rekey_database(vault, new: Shares) -> None:
    """Re-encrypt the open database under ``new`` (rekey is not supported in WAL mode) and
    prove that the new key opens it. On failure the intent stays: the next open finishes."""
    conn = vault.conn
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA rekey = \"x'{new.dek.hex()}'\"")
        open_database(vault.path, new.dek, readonly=True).close()
    except (sqlcipher3.Error, WrongVaultKey, VaultCorrupt) as exc:
        log.error("re-key failed: %s", type(exc).__name__)
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("PRAGMA journal_mode = WAL")
        raise DaichoError(
            tr(
                "Vault",
                "台帳の鍵を更新できませんでした。別のプログラム（daicho verify など）"
                "が台帳を読み取っていないか確認し、閉じてから台帳を開き直してください（開き直すと鍵の更新が完了します）。",
            )
        ) from None
    conn.execute("PRAGMA journal_mode = WAL")
    vault._shares = new


def promote(vault, new: Shares, file_keys: dict) -> None:
    """Make the intent current; ``file_keys`` authenticate the file as the intent left it."""
    vault.keyfile = vault.store.update(
        promote_intent,
        **file_keys,
        next_slots_key=keystore.slots_key(new.dek),
        next_state_key=keystore.state_key(new.terminal),
    )
    vault._shares = new


def promote_intent(kf: KeyFile) -> None:
    intent = kf.intent
    if intent is None:
        return
    kf.set_slots(intent["next"])
    if intent.get("generation") is not None:
        kf.generation = int(intent["generation"])
    kf.intent = None


# -- resolving an interrupted change when the vault opens --------------------------------------------------


def resolve_at_open(vault, *, shares_current: Shares, shares_next: Shares | None, db_on_next_key: bool) -> str | None:
    """Complete or roll back a change left by a crash; return "completed", "rolled-back" or
    None. ``vault`` is open (writer lock held); ``shares_current`` are the shares of the
    current slots (they authenticate the file as the intent left it), ``shares_next`` the
    intent's, when this user and PC can unseal them."""
    intent = vault.keyfile.intent
    if intent is None:
        return None
    file_keys = {
        "slots_key": keystore.slots_key(shares_current.dek),
        "state_key": keystore.state_key(shares_current.terminal),
    }
    gen = intent.get("generation")
    committed = db_on_next_key or (gen is not None and (db_generation(vault.conn) or 0) >= int(gen))
    if not committed:
        vault.keyfile = vault.store.update(_withdraw, **file_keys)
        vault._shares = shares_current
        log.info("an interrupted key change was rolled back (%s)", intent.get("op"))
        return "rolled-back"
    final = shares_current
    if intent.get("rekey"):
        if shares_next is None:
            raise DaichoError(
                tr("Vault", "鍵の変更が途中で中断されています。変更後も台帳を開ける利用者が開くと完了します。")
            )
        final = shares_next
        if not db_on_next_key:
            rekey_database(vault, shares_next)
    promote(vault, final, file_keys)
    log.info("an interrupted key change was completed (%s)", intent.get("op"))
    return "completed"


# -- the operations -----------------------------------------------------------------------------------------


def add_user(vault, user_id: str, password: str, kdf: crypto.KdfParams, db_change) -> bytes:
    """A new user's slot; returns the public key."""
    priv, pub = crypto.new_keypair()

    def mutate(nxt: dict, shares: Shares) -> None:
        if user_id in nxt["users"] or user_id in nxt["disabled"]:
            raise DaichoError(
                tr("Accounts", "このユーザーIDはすでに使われています（削除済みのIDも再利用できません）。")
            )
        nxt["users"][user_id] = slotlib.make_user_slot(vault.vault_id, user_id, priv, pub, password, kdf, shares.user)

    apply(vault, "user-add", mutate, db_change=lambda conn: db_change(conn, pub, slotlib.signing_public(priv)))
    return pub


def change_password(vault, user_id: str, old_password: str, new_password: str, db_change) -> bytes:
    """The user's own change: a new key pair (the administrator who set the initial password
    knew the old one) wrapped under the new password. Returns the new X25519 private key."""
    slot = vault.keyfile.users[user_id]
    slotlib.unwrap_user_private(vault.vault_id, user_id, slot, old_password)  # raises on a wrong password
    priv, pub = crypto.new_keypair()
    kdf = slotlib.kdf_of(slot)

    def mutate(nxt: dict, shares: Shares) -> None:
        nxt["users"][user_id] = slotlib.make_user_slot(
            vault.vault_id, user_id, priv, pub, new_password, kdf, shares.user
        )

    apply(vault, "passwd", mutate, db_change=lambda conn: db_change(conn, pub, slotlib.signing_public(priv)))
    return priv


def reset_password(vault, user_id: str, new_password: str, db_change) -> None:
    """Administrator reset: new key pair under the new initial password, and a re-key, so
    the old key file plus the old password opens nothing current."""
    priv, pub = crypto.new_keypair()
    kdf = vault.kdf_for_new_slots()
    enabled = user_id in vault.keyfile.users

    def mutate(nxt: dict, shares: Shares) -> None:
        slot = slotlib.make_user_slot(vault.vault_id, user_id, priv, pub, new_password, kdf, shares.user)
        if enabled:
            nxt["users"][user_id] = slot
        else:
            nxt["disabled"][user_id] = slotlib.without_share(slot)

    apply(vault, "reset", mutate, rekey=True, db_change=lambda conn: db_change(conn, pub, slotlib.signing_public(priv)))


def set_user_enabled(vault, user_id: str, enabled: bool, db_change) -> None:
    """Disable: the slot loses its share and the vault is re-keyed. Enable: the current
    user share is sealed to the kept public key (no password needed)."""

    def mutate(nxt: dict, shares: Shares) -> None:
        if enabled:
            slot = nxt["disabled"].pop(user_id, None)
            if slot is not None:
                nxt["users"][user_id] = {
                    **slot,
                    "sealed_share": slotlib.seal_user_share(vault.vault_id, user_id, slot, shares.user),
                }
        else:
            slot = nxt["users"].pop(user_id, None)
            if slot is not None:
                nxt["disabled"][user_id] = slotlib.without_share(slot)

    apply(vault, "user-enable" if enabled else "user-disable", mutate, rekey=not enabled, db_change=db_change)


def remove_user(vault, user_id: str, db_change, *, rekey: bool = True) -> None:
    def mutate(nxt: dict, shares: Shares) -> None:
        nxt["users"].pop(user_id, None)
        nxt["disabled"].pop(user_id, None)

    apply(vault, "user-delete", mutate, rekey=rekey, db_change=db_change)


def register_this_terminal(vault, name: str | None = None) -> str:
    """Register this PC (keyring) as a terminal; needs an open vault (shares in memory)."""
    from desktop.audit import trail

    ident = vault.terminals.load(vault.vault_id)
    if ident is not None and ident.terminal_id in vault.keyfile.terminals:
        vault.terminal_id = ident.terminal_id
        return ident.terminal_id
    if ident is None:
        ident = vault.terminals.create(vault.vault_id)
    name = name or this_host_name()

    def mutate(nxt: dict, shares: Shares) -> None:
        nxt["terminals"][ident.terminal_id] = slotlib.make_terminal_slot(
            vault.vault_id, ident.terminal_id, ident.public_key, name, shares.terminal
        )

    def db_change(conn) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO terminals (terminal_id, name, registered_at, registered_by) VALUES (?, ?, ?, ?)",
            (ident.terminal_id, name, now_iso(), vault.session.user_id),
        )
        trail.append(
            conn,
            vault.session.user_id,
            "terminal.register",
            entity="terminal",
            entity_id=ident.terminal_id,
            details={"name": name},
        )

    apply(vault, "terminal-register", mutate, db_change=db_change)
    vault.terminal_id = ident.terminal_id
    return ident.terminal_id


def remove_terminal(vault, terminal_id: str) -> None:
    from desktop.audit import trail

    vault.session.require_admin()
    if terminal_id not in vault.keyfile.terminals:
        raise DaichoError(tr("Vault", "登録されていない端末です: {id}").format(id=terminal_id))

    def mutate(nxt: dict, shares: Shares) -> None:
        nxt["terminals"].pop(terminal_id, None)

    def db_change(conn) -> None:
        conn.execute(
            "UPDATE terminals SET removed_at = ?, removed_by = ? WHERE terminal_id = ?",
            (now_iso(), vault.session.user_id, terminal_id),
        )
        trail.append(
            conn,
            vault.session.user_id,
            "terminal.remove",
            entity="terminal",
            entity_id=terminal_id,
            details={"rekey": True},
        )

    apply(vault, "terminal-remove", mutate, rekey=True, db_change=db_change)


def set_binding(vault, enabled: bool) -> None:
    from desktop.audit import trail

    vault.session.require_admin()
    if enabled == vault.keyfile.binding:
        return
    if enabled:
        ident = vault.terminals.load(vault.vault_id) or vault.terminals.create(vault.vault_id)
        name = this_host_name()

        def mutate(nxt: dict, shares: Shares) -> None:
            nxt["plain_terminal_share"] = None
            nxt["terminals"][ident.terminal_id] = slotlib.make_terminal_slot(
                vault.vault_id, ident.terminal_id, ident.public_key, name, shares.terminal
            )

        def db_change(conn) -> None:
            conn.execute(
                "INSERT OR REPLACE INTO terminals (terminal_id, name, registered_at, registered_by)"
                " VALUES (?, ?, ?, ?)",
                (ident.terminal_id, name, now_iso(), vault.session.user_id),
            )
            trail.append(
                conn,
                vault.session.user_id,
                "terminal.register",
                entity="terminal",
                entity_id=ident.terminal_id,
                details={"name": name},
            )
            trail.append(conn, vault.session.user_id, "terminal.binding_enabled")

        # a re-key: the plain terminal share that sat in the key file must stop working
        apply(vault, "binding-on", mutate, rekey=True, db_change=db_change)
        vault.terminal_id = ident.terminal_id
        return

    def mutate_off(nxt: dict, shares: Shares) -> None:
        nxt["plain_terminal_share"] = crypto.b64e(shares.terminal)

    apply(
        vault,
        "binding-off",
        mutate_off,
        db_change=lambda conn: trail.append(
            conn, vault.session.user_id, "terminal.binding_disabled", details={"reason": "administrator-choice"}
        ),
    )


def rekey(vault, *, reason: str) -> None:
    from desktop.audit import trail

    vault.session.require_admin()
    apply(
        vault,
        "rekey",
        lambda nxt, shares: None,
        rekey=True,
        db_change=lambda conn: trail.append(conn, vault.session.user_id, "vault.rekey", details={"reason": reason}),
    )


def replace_recovery_key(vault) -> str:
    """A new recovery key (the old one is assumed lost or seen): re-keyed, so the old
    recovery key with an old key file opens nothing current."""
    from desktop.audit import trail

    vault.session.require_admin()
    key = crypto.new_recovery_key()
    holder = {}

    def mutate(nxt: dict, shares: Shares) -> None:
        nxt["recovery"] = slotlib.make_recovery_slot(vault.vault_id, key, shares)
        holder["fp"] = slotlib.recovery_fingerprint(nxt["recovery"])

    def db_change(conn) -> None:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('recovery_fingerprint', ?)", (holder["fp"],))
        trail.append(conn, vault.session.user_id, "vault.recovery_key_replaced", details={"fingerprint": holder["fp"]})

    apply(vault, "recovery", mutate, rekey=True, db_change=db_change)
    return key

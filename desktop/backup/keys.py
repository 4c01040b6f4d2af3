"""Key handling for backups: what a backup carries, and the restored vault's new key slots.

A backup carries only public keys and password-wrapped private keys (see
:mod:`desktop.backup.format`); it never carries a sealed share nor the database key, so its
passphrase never opens the live vault.

A restore proves authority by unwrapping an administrator's private key from the backed-up
slot (their password as it was at backup time) or by the recovery key (its public key must
match the backed-up one). The restored vault then gets a **new** database key: fresh user
and terminal shares, sealed to every backed-up user's public key (so everyone logs in with
the password they had), to the recovery public key, and to the terminals that may open it.

This module builds key-slot files from the vault's own helpers (``desktop.vault.vault``);
it is the only place in ``desktop.backup`` that touches them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.timeutil import now_iso
from desktop.vault import crypto
from desktop.vault import vault as _v
from desktop.vault.keyfile import KeyFile

# --- export side -----------------------------------------------------------------------------


def slots_for_backup(keyfile: KeyFile, live_users: set[str], live_terminals: set[str]) -> list[tuple[str, str, dict]]:
    """(kind, id, data) rows for ``backup_keyslots``: public and password-wrapped parts only."""
    kf = copy.deepcopy(keyfile)
    rows: list[tuple[str, str, dict]] = []
    for uid, slot in sorted(kf.users.items()):
        if uid in live_users:
            rows.append(("user", uid, {"pub": slot["pub"], "kdf": slot["kdf"], "wrapped_private": slot["wrapped_private"]}))
    for tid, slot in sorted(kf.terminals.items()):
        if tid in live_terminals:
            rows.append(("terminal", tid, {"pub": slot["pub"], "name": slot.get("name", ""),
                                           "registered_at": slot.get("registered_at", "")}))
    rows.append(("recovery", "recovery", {"pub": kf.recovery["pub"]}))
    return rows


# --- restore side ----------------------------------------------------------------------------


@dataclass
class RestoreAuth:
    """Who authorised a restore: an administrator (by password) or the recovery key."""

    user_id: str | None
    via: str  # "password" | "recovery-key"


def authenticate(vault_id: str, slots: dict, users_rows: dict[str, dict], *, user_id: str | None = None,
                 password: str | None = None, recovery_key: str | None = None) -> RestoreAuth:
    """Check the administrator's password (as in the backup) or the recovery key."""
    if recovery_key is not None:
        try:
            rbytes = crypto.normalize_recovery_key(recovery_key)
        except ValueError:
            raise _v.AuthFailed(tr("Vault", "リカバリーキーの形式が正しくありません（4文字ずつ8組の英数字です）。")) from None
        pub = crypto.public_from_private(crypto.recovery_private_key(rbytes))
        rec = slots.get("recovery", {}).get("recovery")
        if not rec or crypto.b64d(rec["pub"]) != pub:
            raise _v.AuthFailed(tr("Backup", "リカバリーキーが違います（このバックアップの台帳のリカバリーキーではありません）。"))
        return RestoreAuth(user_id, "recovery-key")
    if not user_id or password is None:
        raise DaichoError(tr("Backup", "復元には、バックアップ時点の管理者のユーザーIDとパスワード、またはリカバリーキーが必要です。"))
    wrong = _v.AuthFailed(tr("Backup", "ユーザーIDまたはパスワードが違います（バックアップを作成した時点のパスワードです）。"))
    slot = slots.get("user", {}).get(user_id)
    row = users_rows.get(user_id)
    if slot is None or row is None:
        raise wrong
    try:
        _v._unwrap_user_private(KeyFile(vault_id=vault_id), user_id, slot, password)
    except (crypto.DecryptError, KeyError, ValueError):
        raise wrong from None
    if row.get("role") != "admin" or not row.get("enabled") or row.get("deleted_at"):
        raise _v.AuthFailed(tr("Backup", "復元できるのは、バックアップ時点で有効な管理者だけです。"))
    return RestoreAuth(user_id, "password")


@dataclass
class NewKeys:
    keyfile: KeyFile
    dek: bytes = field(repr=False)
    terminal_share: bytes = field(repr=False)
    user_share: bytes = field(repr=False)


def build_keyfile(vault_id: str, slots: dict, *, binding: bool, users: set[str], terminals: dict[str, dict]) -> NewKeys:
    """A key-slot file for the restored vault under a brand-new database key.

    ``users``: user IDs whose backed-up slots are kept (present and not deleted);
    ``terminals``: terminal_id -> {pub (b64), name, registered_at} that may open it.
    """
    user_share, terminal_share = crypto.random_key(), crypto.random_key()
    ctx = _v._ctx
    kf = KeyFile(vault_id=vault_id)
    for uid, slot in sorted(slots.get("user", {}).items()):
        if uid not in users:
            continue
        kf.users[uid] = {
            "pub": slot["pub"],
            "kdf": slot["kdf"],
            "wrapped_private": slot["wrapped_private"],
            "sealed_share": crypto.seal(crypto.b64d(slot["pub"]), user_share, ctx("user-share", vault_id, uid)),
        }
    if binding:
        for tid, t in sorted(terminals.items()):
            kf.terminals[tid] = {
                "pub": t["pub"],
                "name": t.get("name", ""),
                "registered_at": t.get("registered_at") or now_iso(),
                "sealed_share": crypto.seal(crypto.b64d(t["pub"]), terminal_share, ctx("terminal-share", vault_id, tid)),
            }
    else:
        kf.plain_terminal_share = crypto.b64e(terminal_share)
    rec_pub = crypto.b64d(slots["recovery"]["recovery"]["pub"])
    kf.recovery = {
        "pub": slots["recovery"]["recovery"]["pub"],
        "sealed_shares": crypto.seal(rec_pub, user_share + terminal_share, ctx("recovery", vault_id)),
    }
    return NewKeys(kf, _v.derive_dek(user_share, terminal_share), terminal_share, user_share)


def sign_state(keys: NewKeys, audit_head: tuple[int, bytes], policy: dict | None = None) -> None:
    """Fill the new key-slot file's authenticated state (audit head for truncation checks)."""
    seq, mac = audit_head
    keys.keyfile.state = {"audit_head": {"seq": seq, "mac": mac.hex()}}
    if policy:
        keys.keyfile.state["policy"] = policy
    key = _v._state_key(keys.terminal_share)
    keys.keyfile.state["mac"] = crypto.mac(key, _v._state_body(keys.keyfile.state)).hex()


def open_restored(path, dek: bytes):
    return _v.open_database(path, dek)


def live_state_key(live: KeyFile, store, recovery_key: str | None) -> bytes | None:
    """The key that authenticates the live key-slot file's state, when this PC can get it:
    plain terminal share (no binding), this PC's terminal identity, or the recovery key."""
    share = None
    try:
        share, _tid = _v._terminal_share(live, store)
    except Exception:  # noqa: BLE001 - no keyring: try the recovery key
        share = None
    if share is None and recovery_key is not None:
        try:
            rpriv = crypto.recovery_private_key(crypto.normalize_recovery_key(recovery_key))
            share = crypto.unseal(rpriv, live.recovery["sealed_shares"], _v._ctx("recovery", live.vault_id))[32:]
        except (ValueError, KeyError, crypto.DecryptError):
            share = None
    return None if share is None else _v._state_key(share)


def drop_audit_head(kf: KeyFile, state_key: bytes) -> None:
    """While the database file is being swapped, neither file's audit head can be asserted:
    leave it out (re-signed), so whichever database is in place opens without a false
    truncation alarm. The next commit mirrors the real head again."""
    kf.state.pop("audit_head", None)
    kf.state["mac"] = crypto.mac(state_key, _v._state_body(kf.state)).hex()

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
from desktop.vault import crypto, keystore
from desktop.vault import slots as slotlib
from desktop.vault.keyfile import KeyFile
from desktop.vault.vault import AuthFailed, open_database

# --- export side -----------------------------------------------------------------------------


def slots_for_backup(keyfile: KeyFile, live_users: set[str], live_terminals: set[str]) -> list[tuple[str, str, dict]]:
    """(kind, id, data) rows for ``backup_keyslots``: public and password-wrapped parts only."""
    kf = copy.deepcopy(keyfile)
    rows: list[tuple[str, str, dict]] = []
    for uid, slot in sorted({**kf.disabled, **kf.users}.items()):
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
    #: the administrator's private key (signs the restore's audit entries), when known
    private_key: bytes | None = field(default=None, repr=False)


def authenticate(vault_id: str, slots: dict, users_rows: dict[str, dict], *, user_id: str | None = None,
                 password: str | None = None, recovery_key: str | None = None) -> RestoreAuth:
    """Check the administrator's password (as in the backup) or the recovery key."""
    if recovery_key is not None:
        try:
            rbytes = crypto.normalize_recovery_key(recovery_key)
        except ValueError:
            raise AuthFailed(tr("Vault", "リカバリーキーの形式が正しくありません（4文字ずつ8組の英数字です）。")) from None
        pub = crypto.public_from_private(crypto.recovery_private_key(rbytes))
        rec = slots.get("recovery", {}).get("recovery")
        if not rec or crypto.b64d(rec["pub"]) != pub:
            raise AuthFailed(tr("Backup", "リカバリーキーが違います（このバックアップの台帳のリカバリーキーではありません）。"))
        return RestoreAuth(user_id, "recovery-key")
    if not user_id or password is None:
        raise DaichoError(tr("Backup", "復元には、バックアップ時点の管理者のユーザーIDとパスワード、またはリカバリーキーが必要です。"))
    wrong = AuthFailed(tr("Backup", "ユーザーIDまたはパスワードが違います（バックアップを作成した時点のパスワードです）。"))
    slot = slots.get("user", {}).get(user_id)
    row = users_rows.get(user_id)
    if slot is None or row is None:
        raise wrong
    try:
        priv = slotlib.unwrap_user_private(vault_id, user_id, slot, password)
    except crypto.DecryptError:
        raise wrong from None
    if row.get("role") != "admin" or not row.get("enabled") or row.get("deleted_at"):
        raise AuthFailed(tr("Backup", "復元できるのは、バックアップ時点で有効な管理者だけです。"))
    return RestoreAuth(user_id, "password", priv)


@dataclass
class NewKeys:
    keyfile: KeyFile
    dek: bytes = field(repr=False)
    terminal_share: bytes = field(repr=False)
    user_share: bytes = field(repr=False)

    @property
    def slots_key(self) -> bytes:
        return keystore.slots_key(self.dek)

    @property
    def state_key(self) -> bytes:
        return keystore.state_key(self.terminal_share)


def build_keyfile(vault_id: str, slots: dict, *, binding: bool, users: set[str], terminals: dict[str, dict],
                  generation: int = 1) -> NewKeys:
    """A key-slot file for the restored vault under a brand-new database key.

    ``users``: user IDs whose backed-up slots are kept (present and not deleted);
    ``terminals``: terminal_id -> {pub (b64), name, registered_at} that may open it.
    """
    shares = slotlib.Shares.new()
    kf = KeyFile(vault_id=vault_id, generation=generation)
    for uid, slot in sorted(slots.get("user", {}).items()):
        if uid not in users:
            continue
        kept = {"pub": slot["pub"], "kdf": slot["kdf"], "wrapped_private": slot["wrapped_private"]}
        kf.users[uid] = {**kept, "sealed_share": slotlib.seal_user_share(vault_id, uid, kept, shares.user)}
    if binding:
        for tid, t in sorted(terminals.items()):
            kf.terminals[tid] = {
                "pub": t["pub"],
                "name": t.get("name", ""),
                "registered_at": t.get("registered_at") or now_iso(),
                "sealed_share": crypto.seal(crypto.b64d(t["pub"]), shares.terminal,
                                            slotlib.ctx("terminal-share", vault_id, tid)),
            }
    else:
        kf.plain_terminal_share = crypto.b64e(shares.terminal)
    rec_pub = crypto.b64d(slots["recovery"]["recovery"]["pub"])
    kf.recovery = {
        "pub": slots["recovery"]["recovery"]["pub"],
        "sealed_shares": crypto.seal(rec_pub, shares.user + shares.terminal, slotlib.ctx("recovery", vault_id)),
    }
    return NewKeys(kf, shares.dek, shares.terminal, shares.user)


def sign_state(keys: NewKeys, audit_head: tuple[int, bytes], policy: dict | None = None) -> None:
    """Fill and authenticate the new key-slot file (slots MAC and state with the audit head)."""
    seq, mac = audit_head
    keys.keyfile.state = {"audit_head": {"seq": seq, "mac": mac.hex()}}
    if policy:
        keys.keyfile.state["policy"] = policy
    keystore.sign_slots(keys.keyfile, keys.slots_key)
    keystore.sign_state(keys.keyfile.state, keys.state_key)


def open_restored(path, dek: bytes):
    return open_database(path, dek)


def stage_replacement(live_path, keys: NewKeys, live_keys: tuple[bytes, bytes | None], db_salt: str) -> None:
    """Before the database file is swapped: record the restored slots as an intent beside the
    live ones (authenticated with the live vault's keys), so whichever database file is in
    place opens — the live one with the current slots, the restored one with the intent's,
    which the next unlock then promotes (see :mod:`desktop.vault.changes`). The audit head is
    left out meanwhile: neither file's trail can be asserted during the swap."""
    slots_key, state_key = live_keys

    def change(kf: KeyFile) -> None:
        kf.intent = {"generation": keys.keyfile.generation, "op": "restore", "rekey": True, "at": now_iso(),
                     "restore": {"db_salt": db_salt}, "next": copy.deepcopy(keys.keyfile.slots())}
        kf.state.pop("audit_head", None)

    keystore.KeyStore(live_path).update(change, slots_key=slots_key, state_key=state_key)


def install(live_path, keys: NewKeys) -> None:
    """Write the restored vault's key-slot file (after the swap, or for a new location)."""
    store = keystore.KeyStore(live_path)
    with store.locked():
        keys.keyfile.save(store.path)

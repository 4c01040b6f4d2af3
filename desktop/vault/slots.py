"""Key slots: how the database key's two shares are wrapped for users, terminals and the
recovery key. Pure functions over slot dictionaries (no files); the public API that the
vault, the opening flows and backups use.

    database key = HKDF(user share ‖ terminal share)
    user share      sealed to every enabled user's X25519 public key and to the recovery key
    terminal share  sealed to every registered terminal's public key and to the recovery key
    user private key  wrapped with AES-256-GCM under Argon2id(password)
    user signing key  Ed25519, derived from the user's private key (audit entries)
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field

from desktop.timeutil import now_iso
from desktop.vault import crypto

DEK_INFO = b"daicho-database-key-v1"
SIGNING_INFO = b"daicho-audit-signing-v1"


def ctx(kind: str, vault_id: str, extra: str = "") -> bytes:
    return f"{kind}|{vault_id}|{extra}".encode()


def derive_dek(user_share: bytes, terminal_share: bytes) -> bytes:
    return crypto.hkdf(user_share + terminal_share, DEK_INFO)


@dataclass
class Shares:
    user: bytes = field(repr=False)
    terminal: bytes = field(repr=False)

    @property
    def dek(self) -> bytes:
        return derive_dek(self.user, self.terminal)

    @classmethod
    def new(cls) -> Shares:
        return cls(crypto.random_key(), crypto.random_key())


# -- users ---------------------------------------------------------------------------------------


def make_user_slot(
    vault_id: str, user_id: str, priv: bytes, pub: bytes, password: str, kdf: crypto.KdfParams, user_share: bytes | None
) -> dict:
    """A user's slot; ``user_share=None`` makes a slot without share (a disabled user)."""
    salt = os.urandom(16)
    kek = crypto.derive_key(password, salt, kdf)
    slot = {
        "pub": crypto.b64e(pub),
        "kdf": {**kdf.to_json(), "salt": crypto.b64e(salt)},
        "wrapped_private": crypto.wrap(kek, priv, aad=ctx("user-private", vault_id, user_id)),
    }
    if user_share is not None:
        slot["sealed_share"] = seal_user_share(vault_id, user_id, slot, user_share)
    return slot


def seal_user_share(vault_id: str, user_id: str, slot: dict, user_share: bytes) -> dict:
    return crypto.seal(crypto.b64d(slot["pub"]), user_share, ctx("user-share", vault_id, user_id))


def without_share(slot: dict) -> dict:
    return {k: v for k, v in slot.items() if k != "sealed_share"}


def unwrap_user_private(vault_id: str, user_id: str, slot: dict, password: str) -> bytes:
    """The user's X25519 private key; raises crypto.DecryptError on a wrong password."""
    try:
        kdf = crypto.KdfParams.from_json(slot["kdf"])
        kek = crypto.derive_key(password, crypto.b64d(slot["kdf"]["salt"]), kdf)
        return crypto.unwrap(kek, slot["wrapped_private"], aad=ctx("user-private", vault_id, user_id))
    except (KeyError, TypeError, ValueError):
        raise crypto.DecryptError("malformed slot") from None


def unseal_user_share(vault_id: str, user_id: str, slot: dict, priv: bytes) -> bytes:
    try:
        return crypto.unseal(priv, slot["sealed_share"], ctx("user-share", vault_id, user_id))
    except (KeyError, TypeError, ValueError):
        raise crypto.DecryptError("malformed slot") from None


def same_credentials(a: dict | None, b: dict | None) -> bool:
    """Both slots unwrap with the same password to the same key (sealed shares may differ)."""
    if not a or not b:
        return False
    return a.get("wrapped_private") == b.get("wrapped_private") and a.get("kdf") == b.get("kdf")


def kdf_of(slot: dict) -> crypto.KdfParams:
    return crypto.KdfParams.from_json(slot["kdf"])


# -- terminals and the recovery key ------------------------------------------------------------


def make_terminal_slot(vault_id: str, terminal_id: str, pub: bytes, name: str, terminal_share: bytes) -> dict:
    return {
        "pub": crypto.b64e(pub),
        "name": name,
        "registered_at": now_iso(),
        "sealed_share": crypto.seal(pub, terminal_share, ctx("terminal-share", vault_id, terminal_id)),
    }


def unseal_terminal_share(vault_id: str, terminal_id: str, slot: dict, priv: bytes) -> bytes:
    try:
        return crypto.unseal(priv, slot["sealed_share"], ctx("terminal-share", vault_id, terminal_id))
    except (KeyError, TypeError, ValueError):
        raise crypto.DecryptError("malformed slot") from None


def make_recovery_slot(vault_id: str, recovery_key: str, shares: Shares) -> dict:
    priv = crypto.recovery_private_key(crypto.normalize_recovery_key(recovery_key))
    pub = crypto.public_from_private(priv)
    return {
        "pub": crypto.b64e(pub),
        "sealed_shares": crypto.seal(pub, shares.user + shares.terminal, ctx("recovery", vault_id)),
    }


def unseal_recovery(vault_id: str, recovery: dict, rpriv: bytes) -> Shares:
    try:
        both = crypto.unseal(rpriv, recovery["sealed_shares"], ctx("recovery", vault_id))
    except (KeyError, TypeError, ValueError):
        raise crypto.DecryptError("malformed slot") from None
    return Shares(both[:32], both[32:])


def recovery_fingerprint(recovery: dict) -> str:
    return fingerprint(crypto.b64d(recovery["pub"]))


def fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint of a public key (printed on the recovery sheet)."""
    import hashlib

    digest = hashlib.sha256(public_key).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


# -- re-sealing (re-key) ---------------------------------------------------------------------------


def resealed(vault_id: str, slots: dict, new: Shares) -> dict:
    """A copy of ``slots`` with both shares of ``new`` sealed to every member."""
    out = copy.deepcopy(slots)
    out["users"] = {
        uid: {**slot, "sealed_share": seal_user_share(vault_id, uid, slot, new.user)}
        for uid, slot in slots.get("users", {}).items()
    }
    out["terminals"] = {
        tid: {
            **slot,
            "sealed_share": crypto.seal(crypto.b64d(slot["pub"]), new.terminal, ctx("terminal-share", vault_id, tid)),
        }
        for tid, slot in slots.get("terminals", {}).items()
    }
    rec = slots.get("recovery") or {}
    if rec.get("pub"):
        out["recovery"] = {
            **rec,
            "sealed_shares": crypto.seal(crypto.b64d(rec["pub"]), new.user + new.terminal, ctx("recovery", vault_id)),
        }
    if slots.get("plain_terminal_share") is not None:
        out["plain_terminal_share"] = crypto.b64e(new.terminal)
    return out


# -- audit signing keys ------------------------------------------------------------------------------


def signing_key(priv: bytes):
    """The user's Ed25519 signing key, derived from their X25519 private key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(crypto.hkdf(priv, SIGNING_INFO))


def signing_public(priv: bytes) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return signing_key(priv).public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

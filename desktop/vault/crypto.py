"""Cryptographic building blocks of the key hierarchy.

- Argon2id turns a password into a key-encryption key (parameters kept per slot).
- AES-256-GCM wraps small secrets (a user's private key) under such a key.
- X25519 + HKDF-SHA256 + AES-256-GCM "seals" a secret to a public key, as age does for
  recipients, so an administrator can re-key the vault for every user and every terminal
  without knowing their passwords or terminal secrets.
- The recovery key is 160 random bits written as 8 groups of 4 Crockford base32 characters.
"""

from __future__ import annotations

import base64
import hmac
import os
import secrets
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_LEN = 32


class DecryptError(Exception):
    """Authentication of a wrapped or sealed secret failed (wrong key or altered data)."""


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def random_key() -> bytes:
    return secrets.token_bytes(KEY_LEN)


def hkdf(ikm: bytes, info: bytes, length: int = KEY_LEN, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


# --- Argon2id -----------------------------------------------------------------------------


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int = 1

    def to_json(self) -> dict:
        return {"alg": "argon2id", "t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_json(cls, data: dict) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError("unsupported KDF")
        return cls(int(data["t"]), int(data["m"]), int(data["p"]))


#: Cheap parameters for tests only (tests pass them explicitly; the app never uses them).
TEST_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
DEFAULT_MEMORY_KIB = 64 * 1024


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    # cryptography's Argon2id (RFC 9106, version 0x13) gives the same bytes as argon2-cffi's
    # hash_secret_raw(type=ID) that release 0.1 used; tests/desktop/vault/test_kdf_vectors.py
    # keeps vectors from the slots of that release so existing vaults keep opening.
    kdf = Argon2id(salt=salt, length=KEY_LEN, iterations=params.time_cost,
                   lanes=params.parallelism, memory_cost=params.memory_kib)
    return kdf.derive(password.encode("utf-8"))


def tune_kdf(target_seconds: float = 0.4, memory_kib: int = DEFAULT_MEMORY_KIB) -> KdfParams:
    """Pick a time cost so that one derivation takes about ``target_seconds`` here."""
    salt = os.urandom(16)
    t = 1
    while True:
        params = KdfParams(t, memory_kib)
        start = time.perf_counter()
        derive_key("calibration", salt, params)
        elapsed = time.perf_counter() - start
        if elapsed >= target_seconds * 0.85 or t >= 40:
            return params
        # scale the time cost towards the target in one or two steps
        t = max(t + 1, int(t * target_seconds / max(elapsed, 1e-3)))


# --- AES-GCM wrapping --------------------------------------------------------------------


def wrap(key: bytes, plaintext: bytes, aad: bytes = b"") -> dict:
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, plaintext, aad)
    return {"nonce": b64e(nonce), "ct": b64e(ct)}


def unwrap(key: bytes, box: dict, aad: bytes = b"") -> bytes:
    try:
        return AESGCM(key).decrypt(b64d(box["nonce"]), b64d(box["ct"]), aad)
    except (InvalidTag, KeyError, ValueError, TypeError):
        raise DecryptError() from None


# --- X25519 sealing ------------------------------------------------------------------------


def new_keypair() -> tuple[bytes, bytes]:
    """Return (private_raw, public_raw)."""
    priv = X25519PrivateKey.generate()
    return _priv_raw(priv), _pub_raw(priv.public_key())


def _priv_raw(priv: X25519PrivateKey) -> bytes:
    return priv.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _pub_raw(pub: X25519PublicKey) -> bytes:
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_from_private(priv_raw: bytes) -> bytes:
    return _pub_raw(X25519PrivateKey.from_private_bytes(priv_raw).public_key())


def seal(recipient_pub: bytes, plaintext: bytes, context: bytes) -> dict:
    eph = X25519PrivateKey.generate()
    eph_pub = _pub_raw(eph.public_key())
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_pub))
    key = hkdf(shared, b"daicho-seal-v1|" + context, salt=eph_pub + recipient_pub)
    box = wrap(key, plaintext, aad=context)
    box["epk"] = b64e(eph_pub)
    return box


def unseal(recipient_priv: bytes, box: dict, context: bytes) -> bytes:
    try:
        priv = X25519PrivateKey.from_private_bytes(recipient_priv)
        eph_pub = b64d(box["epk"])
        shared = priv.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    except (KeyError, ValueError, TypeError):
        raise DecryptError() from None
    key = hkdf(shared, b"daicho-seal-v1|" + context, salt=eph_pub + _pub_raw(priv.public_key()))
    return unwrap(key, box, aad=context)


# --- Recovery key --------------------------------------------------------------------------

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_MAP = {c: i for i, c in enumerate(_CROCKFORD)}
_CROCKFORD_MAP.update({"O": 0, "I": 1, "L": 1})
RECOVERY_GROUPS = 8


def new_recovery_key() -> str:
    bits = int.from_bytes(secrets.token_bytes(20), "big")  # 160 bits = 32 base32 chars
    chars = []
    for _ in range(32):
        chars.append(_CROCKFORD[bits & 31])
        bits >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, 32, 4))


def normalize_recovery_key(text: str) -> bytes:
    """Parse a typed recovery key (case, spaces, hyphens and O/I/L confusions forgiven)."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n\u3000")
    if len(cleaned) != 32 or any(ch not in _CROCKFORD_MAP for ch in cleaned):
        raise ValueError("malformed recovery key")
    value = 0
    for ch in cleaned:
        value = (value << 5) | _CROCKFORD_MAP[ch]
    return value.to_bytes(20, "big")


def recovery_private_key(recovery_bytes: bytes) -> bytes:
    # The recovery key has 160 bits of entropy: a plain HKDF is enough (no password stretching).
    return hkdf(recovery_bytes, b"daicho-recovery-x25519-v1")


def mac(key: bytes, data: bytes) -> bytes:
    return hmac.digest(key, data, "sha256")

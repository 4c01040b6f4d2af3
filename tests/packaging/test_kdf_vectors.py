"""Argon2id now comes from cryptography (argon2-cffi dropped): same bytes as release 0.1.

The vectors were computed with argon2-cffi 25.1 (``hash_secret_raw(type=ID, hash_len=32)``),
what release 0.1 derived its key-encryption keys with; two are the very slots of the vault
that release wrote (tests/fixtures/vaults/schema4).
"""

from __future__ import annotations

import base64
import json
import tomllib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.vault import crypto, slots

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vaults" / "schema4" / "keys.json"

VECTORS = [
    # password, salt (base64), t, m (KiB), p, key (hex)
    ("Kanazawa-Castle-2026!", "198n0Wquuefe6xJJMkrzqg==", 1, 8, 1,
     "19ae84dc96d8834f366fd7970d11dee0f4df16033b811a69b6f92778da230add"),
    ("Hakusan-River-Tea-77", "JEGF19k9LjvcG5/MageGjw==", 1, 8, 1,
     "0b019afa0a0f976d86a329b29568dd44b57b50de263a10ba07601eb1edb5886c"),
    ("パスワード日本語", base64.b64encode(bytes(range(16))).decode(), 3, 4096, 2,
     "309594e8afc872211aaf571d1a666b6d0e33d01ba663bf5786ec7aac459d4fd6"),
    ("calibration", base64.b64encode(bytes(16)).decode(), 2, 65536, 1,
     "818f26e9323c8a4b6dbf68485d528eb5eeaceb4d425201afa6b8a58e6f769406"),
]


@pytest.mark.parametrize("password,salt,t,m,p,expected", VECTORS)
def test_argon2id_matches_the_vectors_of_release_0_1(password, salt, t, m, p, expected):
    key = crypto.derive_key(password, base64.b64decode(salt), crypto.KdfParams(t, m, p))
    assert key.hex() == expected


@pytest.mark.parametrize("user,password", [("admin", "Kanazawa-Castle-2026!"), ("suzuki", "Hakusan-River-Tea-77")])
def test_slots_written_by_release_0_1_unwrap(user, password):
    keys = json.loads(FIXTURE.read_text(encoding="utf-8"))
    slot = keys["users"][user]
    priv = slots.unwrap_user_private(keys["vault_id"], user, slot, password)
    pub = X25519PrivateKey.from_private_bytes(priv).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert base64.b64encode(pub).decode() == slot["pub"]
    with pytest.raises(crypto.DecryptError):
        slots.unwrap_user_private(keys["vault_id"], user, slot, password + "x")


def test_argon2_cffi_is_no_longer_a_dependency():
    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    requires = project["project"]["dependencies"]
    assert not [r for r in requires if r.lower().startswith("argon2")]
    source = (Path(crypto.__file__)).read_text(encoding="utf-8")
    assert "import argon2" not in source and "from argon2" not in source

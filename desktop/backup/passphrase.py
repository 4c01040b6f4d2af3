"""Backup passphrases: the strength rules, and a generator that is easy to type anywhere.

A backup passphrase follows the same rules as a login password
(:func:`desktop.accounts.policy.check_password`: minimum length, zxcvbn strength, Japanese
reasons) and must not be any user's login password (:meth:`Vault.password_opens_any_slot`):
a backup is meant to be read by whoever holds the passphrase, so it must not also be a way
into the live vault, nor fall to a guess of someone's password.

The generator makes 5 groups of 4 characters joined by hyphens, e.g. ``k7mq-2xdf-h9tb-...``,
from 31 symbols: lowercase letters without ``i``, ``l``, ``o`` and the digits ``2``–``9``
(no ``0``/``o``, ``1``/``l``/``i`` to confuse on paper). Lowercase letters, digits and the
hyphen sit on the same keys on a Japanese (JIS) and a US keyboard, need no Shift and no IME
switch. Entropy: 20 × log2(31) ≈ 99.1 bits (:data:`ENTROPY_BITS`), well above 80 bits —
beyond brute force even at SQLCipher's PBKDF2 cost of ~1 ms per guess and far more so at
the cost of a real attacker's hardware.
"""

from __future__ import annotations

import math
import secrets

from desktop.accounts import policy as pw
from desktop.backup import format as fmt
from desktop.errors import ValidationError
from desktop.i18n import tr

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
GROUPS = 5
GROUP_LENGTH = 4
#: bits of entropy of a generated passphrase (≈ 99.1)
ENTROPY_BITS = GROUPS * GROUP_LENGTH * math.log2(len(ALPHABET))


def generate_passphrase() -> str:
    """A new random passphrase (``secrets``: the OS's cryptographic random source)."""
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(GROUPS))


def is_generated_form(text: str) -> bool:
    groups = text.split("-")
    return len(groups) == GROUPS and all(len(g) == GROUP_LENGTH and set(g) <= set(ALPHABET) for g in groups)


def check_strength(passphrase: str, policy: pw.Policy, *, user_id: str = "") -> None:
    """The same strength rules as user passwords (length, zxcvbn score), plus SQLCipher's."""
    fmt.check_passphrase_shape(passphrase)
    pw.check_password(passphrase, user_id, policy)


def check_not_a_login_password(vault, passphrase: str) -> None:
    """Refuse a passphrase that opens some user's key slot (one Argon2id per user: call it off
    the GUI thread). The message names no user."""
    if vault.password_opens_any_slot(passphrase):
        reason = tr("Backup", "ユーザーのログインパスワードと同じものは、バックアップのパスフレーズに使えません。")
        raise ValidationError(tr("Backup", "このパスフレーズは使えません。") + "\n・" + reason, {"passphrase": reason})


def new_passphrase(policy: pw.Policy, *, user_id: str = "") -> str:
    """A generated passphrase that passes :func:`check_strength` (almost always the first)."""
    for _ in range(20):
        candidate = generate_passphrase()
        try:
            check_strength(candidate, policy, user_id=user_id)
        except ValidationError:
            continue   # e.g. it happened to contain the user ID
        return candidate
    raise ValidationError(tr("Backup", "パスフレーズを生成できませんでした。もう一度お試しください。"))

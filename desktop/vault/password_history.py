"""Fingerprints of past passwords (reuse ban) that cost as much to test as a key slot.

fingerprint = Argon2id(HMAC-SHA256(history_key, user ‖ NUL ‖ password), salt, params)

``salt`` is one per user (all of a user's rows share it, so a check costs one Argon2id) and
``params`` are the user's slot parameters. ``history_key`` lives inside the database: someone
holding a backup and its passphrase still pays one Argon2id per guess and user, as through
the key slots. Rows of scheme 1 (HMAC only, vaults made before this scheme) are converted by
:func:`convert_legacy` at the next unlock (Argon2id over the stored HMAC), then checked the
same way.
"""

from __future__ import annotations

import hmac
import json
import os

from desktop.timeutil import now_iso
from desktop.vault import crypto

SCHEME = 2


def _hmac(conn, user_id: str, password: str) -> bytes:
    key = conn.execute("SELECT value FROM meta WHERE key = 'history_key'").fetchone()[0]
    return hmac.digest(key, f"{user_id}\x00{password}".encode(), "sha256")


def _slow(pre: bytes, salt: bytes, params: crypto.KdfParams) -> bytes:
    return crypto.derive_key(pre.hex(), salt, params)


def _user_salt(conn, user_id: str, params: crypto.KdfParams) -> tuple[bytes, crypto.KdfParams]:
    row = conn.execute(
        "SELECT salt, kdf FROM password_history WHERE user_id = ? AND scheme = ? ORDER BY id DESC LIMIT 1",
        (user_id, SCHEME),
    ).fetchone()
    if row is not None and row[0] is not None:
        return bytes(row[0]), crypto.KdfParams.from_json(json.loads(row[1]))
    return os.urandom(16), params


def remember(conn, user_id: str, password: str, params: crypto.KdfParams) -> None:
    salt, params = _user_salt(conn, user_id, params)
    conn.execute(
        "INSERT INTO password_history (user_id, fingerprint, changed_at, salt, kdf, scheme) VALUES (?, ?, ?, ?, ?, ?)",
        (
            user_id,
            _slow(_hmac(conn, user_id, password), salt, params),
            now_iso(),
            salt,
            json.dumps(params.to_json()),
            SCHEME,
        ),
    )


def recently_used(conn, user_id: str, password: str, keep: int) -> bool:
    rows = conn.execute(
        "SELECT fingerprint, salt, kdf FROM password_history WHERE user_id = ? AND scheme = ? ORDER BY id DESC LIMIT ?",
        (user_id, SCHEME, keep),
    ).fetchall()
    if not rows:
        return False
    pre = _hmac(conn, user_id, password)
    computed: dict[tuple[bytes, str], bytes] = {}
    for fingerprint, salt, kdf in rows:
        k = (bytes(salt), kdf)
        if k not in computed:
            computed[k] = _slow(pre, bytes(salt), crypto.KdfParams.from_json(json.loads(kdf)))
        if hmac.compare_digest(computed[k], bytes(fingerprint)):
            return True
    return False


def convert_legacy(conn, params_for) -> int:
    """Turn scheme-1 rows into scheme-2 ones; ``params_for(user_id)`` gives a user's slot
    parameters. Rows beyond the newest 24 per user are dropped (no policy keeps more)."""
    users = [r[0] for r in conn.execute("SELECT DISTINCT user_id FROM password_history WHERE scheme = 1")]
    done = 0
    for user_id in users:
        rows = conn.execute(
            "SELECT id, fingerprint FROM password_history WHERE user_id = ? AND scheme = 1 ORDER BY id DESC", (user_id,)
        ).fetchall()
        salt, params = _user_salt(conn, user_id, params_for(user_id))
        for i, (row_id, old) in enumerate(rows):
            if i >= 24:
                conn.execute("DELETE FROM password_history WHERE id = ?", (row_id,))
                continue
            conn.execute(
                "UPDATE password_history SET fingerprint = ?, salt = ?, kdf = ?, scheme = ? WHERE id = ?",
                (_slow(bytes(old), salt, params), salt, json.dumps(params.to_json()), SCHEME, row_id),
            )
            done += 1
    return done

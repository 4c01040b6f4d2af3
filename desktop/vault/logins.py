"""Login bookkeeping kept in the key-slot file's authenticated state: lockout counters, the
lockout policy (needed before the database is open) and events recorded before unlock.

These functions change a :class:`KeyFile`'s ``state`` only; callers apply them inside
:meth:`desktop.vault.keystore.KeyStore.update`, so they always work on a fresh copy.
"""

from __future__ import annotations

import datetime as dt

from desktop import settings as app_settings
from desktop.i18n import tr
from desktop.timeutil import now, now_iso, parse_iso
from desktop.vault.keyfile import KeyFile
from desktop.vault.terminal import this_host_name

MAX_EVENTS = 1000


class LockedOutError(Exception):
    """Raised by :func:`check_lockout`; the vault turns it into ``LockedOut``."""

    def __init__(self, message: str, until) -> None:
        super().__init__(message)
        self.until = until


def policy_from(conn) -> tuple[int, int]:
    if conn is None:
        return (
            app_settings.SETTINGS["policy.lockout_attempts"].default,
            app_settings.SETTINGS["policy.lockout_minutes"].default,
        )
    return app_settings.get(conn, "policy.lockout_attempts"), app_settings.get(conn, "policy.lockout_minutes")


def cached_policy(kf: KeyFile) -> tuple[int, int]:
    cached = kf.state.get("policy")
    try:
        if cached:
            return int(cached["attempts"]), int(cached["minutes"])
    except (KeyError, TypeError, ValueError):
        pass
    return policy_from(None)


def lockout_message(until) -> str:
    minutes = max(1, int((until - now()).total_seconds() + 59) // 60)
    return tr(
        "Vault",
        "ログインに続けて失敗したため、このユーザーは一時的にロックされています。あと約 {minutes} 分お待ちください。",
    ).format(minutes=minutes)


def locked_until(kf: KeyFile, user_id: str):
    entry = kf.state.get("lockout", {}).get(user_id)
    if not isinstance(entry, dict) or not entry.get("locked_until"):
        return None
    try:
        until = parse_iso(entry["locked_until"])
    except (TypeError, ValueError):
        return None
    return until if until > now() else None


def check_lockout(kf: KeyFile, user_id: str) -> None:
    until = locked_until(kf, user_id)
    if until is not None:
        raise LockedOutError(lockout_message(until), until)


def record_failure(kf: KeyFile, user_id: str) -> bool:
    """Count a failure; return True when it locks the user out now."""
    attempts, minutes = cached_policy(kf)
    lockout = kf.state.setdefault("lockout", {})
    entry = lockout.setdefault(user_id, {"failures": 0, "locked_until": None})
    entry["failures"] = int(entry.get("failures", 0)) + 1
    if entry["failures"] >= attempts:
        entry["locked_until"] = (now() + dt.timedelta(minutes=minutes)).isoformat()
        entry["failures"] = 0
        return True
    return False


def clear_failures(kf: KeyFile, user_id: str) -> None:
    lockout = kf.state.get("lockout", {})
    lockout.pop(user_id, None)
    for stale in [k for k in lockout if k not in kf.users]:  # unknown IDs counted by older versions
        lockout.pop(stale, None)


def who(kf: KeyFile, user_id: str) -> tuple[str | None, dict]:
    """The user ID a failed login may leave in the key-slot file (plain JSON on disk).

    A known ID is kept as is. An unknown one is not: it is often a password typed into the
    ID field. Only its length is kept, and it gets no lockout counter.
    """
    if user_id in kf.users or user_id in kf.disabled:
        return user_id, {}
    return None, {"unknown_user_id_length": len(user_id or "")}


def pending(kf: KeyFile, event: str, user_id: str | None, *, authenticated: bool = True, **details) -> None:
    """Remember an authentication event until the trail can take it (next unlock).

    ``authenticated`` events sit in the MAC-covered state (only a process holding this PC's
    terminal share could have written them); the others go to ``unauthenticated`` and are
    shown to administrators as unverified, never entered in the chain as entries.
    """
    bucket = "pending" if authenticated else "unauthenticated"
    events = kf.state.setdefault(bucket, [])
    events.append({"at": now_iso(), "event": event, "user_id": user_id, "host": this_host_name(), **details})
    del events[:-MAX_EVENTS]

"""Serialised, authenticated reads and writes of the key-slot file.

Every write follows one path (:meth:`KeyStore.update`): take an exclusive lock on
``<vault>.keys.lock`` (held only for the write, so a failed login in another process can
count while the vault is open elsewhere), re-read the file, apply the change to that fresh
copy, authenticate, write atomically (temp file, fsync, rename), release. Nobody writes back
a copy read before the lock was taken, so a failed login can never undo a re-key that
finished while its Argon2id was running.

Two authentications, because two kinds of writers exist:

- ``slots_mac`` covers the slots, the generation and any intent. Its key is derived from the
  database key: only an open vault can change slots. A file whose slots were edited without
  the database key is refused (:class:`KeyFileTampered`).
- ``state["mac"]`` covers lockout counters, events recorded before unlock, the audit head and
  the lockout policy. Its key is derived from the terminal share, so a failed login on a
  registered PC can count without the database key. A state whose MAC fails is quarantined:
  its lockout entries are kept (the stricter reading: a damaged MAC must not release a
  lockout), everything else is dropped, and the next unlock records the finding.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.timeutil import now_iso
from desktop.vault import crypto
from desktop.vault.keyfile import KeyFile, KeyFileError, keyfile_path

log = logging.getLogger(__name__)

LOCK_TIMEOUT_SECONDS = 30.0
STATE_INFO = b"daicho-keyfile-state-v1"
SLOTS_INFO = b"daicho-keyfile-slots-v1"


class KeyFileTampered(DaichoError):
    code = "keyfile-tampered"


class KeyFileChanged(DaichoError):
    code = "keyfile-changed"


def state_key(terminal_share: bytes | None) -> bytes | None:
    return None if terminal_share is None else crypto.hkdf(terminal_share, STATE_INFO)


def slots_key(dek: bytes) -> bytes:
    return crypto.hkdf(dek, SLOTS_INFO)


def sign_slots(kf: KeyFile, key: bytes) -> None:
    kf.slots_mac = crypto.mac(key, kf.slots_body()).hex()
    kf.legacy = False


def slots_authentic(kf: KeyFile, key: bytes) -> bool:
    if not kf.slots_mac:
        return False
    return hmac.compare_digest(crypto.mac(key, kf.slots_body()).hex(), str(kf.slots_mac))


def tampered_error() -> KeyFileTampered:
    return KeyFileTampered(
        tr(
            "Vault",
            "鍵ファイルが台帳の鍵なしで書き換えられています（利用者・端末・リカバリーキーの登録が改ざんされた可能"
            "性があります）。この鍵ファイルでは開けません。バックアップから復元するか、"
            "管理者に連絡してください。",
        )
    )


# -- the state part -------------------------------------------------------------------------------


def _state_body(state: dict) -> bytes:
    body = {k: v for k, v in state.items() if k not in ("mac", "unauthenticated")}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def state_authentic(state: dict, key: bytes | None) -> bool | None:
    """True/False when checkable, None when no key is available or nothing is signed yet."""
    signed = {k: v for k, v in state.items() if k not in ("mac", "unauthenticated")}
    if key is None or (not signed and not state.get("mac")):
        return None
    mac = state.get("mac")
    if not mac:
        return False
    return hmac.compare_digest(crypto.mac(key, _state_body(state)).hex(), str(mac))


def sign_state(state: dict, key: bytes) -> None:
    state["mac"] = crypto.mac(key, _state_body(state)).hex()


def check_state(kf: KeyFile, key: bytes | None) -> bool | None:
    """Check the state's MAC; quarantine a state that fails (keeping its lockouts)."""
    authentic = state_authentic(kf.state, key)
    if authentic is False:
        old = kf.state
        unauth = [e for e in old.get("unauthenticated", []) if isinstance(e, dict)]
        pending = old.get("pending")
        unauth += [e for e in pending if isinstance(e, dict)] if isinstance(pending, list) else []
        lockout = old.get("lockout")
        kept = {k: v for k, v in lockout.items() if isinstance(v, dict)} if isinstance(lockout, dict) else {}
        kf.state = {"tainted": {"at": now_iso()}, "unauthenticated": unauth[-1000:], "lockout": kept}
        log.warning("key-slot state failed authentication; quarantined (lockouts kept)")
    return authentic


# -- the store ---------------------------------------------------------------------------------


class KeyStore:
    """The key-slot file of one vault, read and written under its own lock."""

    def __init__(self, vault_path: Path | str) -> None:
        self.path = keyfile_path(Path(vault_path))
        self.lock_path = Path(str(self.path) + ".lock")

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> KeyFile:
        return KeyFile.load(self.path)

    @contextlib.contextmanager
    def locked(self, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
        try:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise KeyFileError(
                tr("Vault", "鍵ファイルのロックを作成できません: {path}（{reason}）").format(
                    path=self.lock_path, reason=exc.strerror
                )
            ) from None
        try:
            _lock_fd(fd, timeout)
            try:
                yield
            finally:
                _unlock_fd(fd)
        finally:
            os.close(fd)

    def update(
        self,
        change: Callable[[KeyFile], None],
        *,
        state_key: bytes | None | Callable[[KeyFile], bytes | None],
        slots_key: bytes | None = None,
        expect_generation: int | None = None,
        next_state_key: bytes | None = None,
        next_slots_key: bytes | None = None,
    ) -> KeyFile:
        """Re-read under the lock, apply ``change``, authenticate, write; return the result.

        Without ``slots_key`` the change may touch only ``state`` (anything else raises).
        ``expect_generation`` makes a slot change a compare-and-swap: the file must still be
        at the generation the caller last saw. ``next_*_key`` sign the result when the change
        switches to a new database key (a re-key's promotion); the file read is checked with
        the current keys.
        """
        with self.locked():
            kf = self.load()
            if callable(state_key):  # derived from the fresh copy (its terminal share may be new)
                state_key = state_key(kf)
            before = kf.slots_body()
            if slots_key is not None and not kf.legacy and not slots_authentic(kf, slots_key):
                raise tampered_error()
            if expect_generation is not None and kf.generation != expect_generation:
                raise KeyFileChanged(
                    tr("Vault", "鍵ファイルが別のプログラムで変更されました。台帳を開き直してからやり直してください。")
                )
            check_state(kf, state_key)
            change(kf)
            sign_with = next_slots_key or slots_key
            if kf.slots_body() != before or (sign_with is not None and kf.legacy):
                if sign_with is None:
                    raise RuntimeError("a state-only key-file update changed slots")
                sign_slots(kf, sign_with)
            state_with = next_state_key or state_key
            if state_with is not None:
                sign_state(kf.state, state_with)
            kf.save(self.path)
            return kf

    def create(self, kf: KeyFile, *, slots_key: bytes, state_key: bytes | None) -> None:
        with self.locked():
            sign_slots(kf, slots_key)
            if state_key is not None:
                sign_state(kf.state, state_key)
            kf.save(self.path)


def _lock_fd(fd: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if sys.platform == "win32":
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise KeyFileError(
                    tr("Vault", "鍵ファイルが別の処理で使用中です。少し待ってからやり直してください。")
                ) from None
            time.sleep(0.01)


def _unlock_fd(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)

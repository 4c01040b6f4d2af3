"""Terminal binding (A10-5 ク): a per-PC X25519 private key kept in the OS keyring.

The key-slot file holds, for each registered terminal, the vault's *terminal share* sealed to
that terminal's public key. A PC whose keyring has no matching private key cannot produce the
terminal share, so a copied vault does not open there with a user password alone.

Only an allowlist of OS-encrypted keyring backends is used (:data:`SECURE_BACKENDS`);
plaintext ones (keyrings.alt's file backends, the ``fail``/``null`` backends, anything
unknown) count as no keyring: a secret never lands in a plaintext file.
"""

from __future__ import annotations

import logging
import socket
import uuid
from dataclasses import dataclass, field

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.vault import crypto

log = logging.getLogger(__name__)

SERVICE = "itaku-daicho"

# Only backends known to keep secrets encrypted by the operating system are used. Anything
# else (keyrings.alt's file backends, ``fail``/``null``, third-party plaintext stores, or a
# class merely *named* like a secure one elsewhere) counts as "no keyring": an allowlist, so a
# plaintext backend that happens to be installed can never be picked up.
SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",  # GNOME Keyring, KeePassXC, … over D-Bus
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)


def backend_id(backend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def is_secure_backend(backend) -> bool:
    return backend_id(backend) in SECURE_BACKENDS


class KeyringUnavailable(DaichoError):
    """No secure keyring backend works on this PC."""

    code = "keyring-unavailable"

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            tr(
                "Vault",
                "このPCでは安全なキーリング（OSの資格情報の保管場所）が使えないため、端末の登録情報を保存できません。",
            )
        )
        self.detail = detail


@dataclass
class TerminalIdentity:
    terminal_id: str
    private_key: bytes = field(repr=False)  # never in a log line or traceback

    @property
    def public_key(self) -> bytes:
        return crypto.public_from_private(self.private_key)


def _secure_backends():
    import keyring
    from keyring.backends import chainer

    backend = keyring.get_keyring()
    candidates = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    safe = []
    for b in candidates:
        if not is_secure_backend(b):
            log.info("keyring backend %s is not accepted as secure", backend_id(b))
            continue
        try:
            if b.priority <= 0:
                continue
        except Exception:  # noqa: BLE001 - a backend's priority probe may fail in any way
            continue
        safe.append(b)
    return safe


def backend_name() -> str | None:
    try:
        backends = _secure_backends()
    except Exception:  # noqa: BLE001
        return None
    if not backends:
        return None
    return backend_id(backends[0])


class TerminalStore:
    """Reads and writes this PC's terminal identity for one vault in the OS keyring."""

    def __init__(self, backend=None) -> None:
        self._backend = backend

    def _get_backend(self):
        if self._backend is not None:
            return self._backend
        try:
            backends = _secure_backends()
        except Exception as exc:  # noqa: BLE001
            raise KeyringUnavailable(str(type(exc).__name__)) from None
        if not backends:
            raise KeyringUnavailable("no secure backend")
        self._backend = backends[0]
        return self._backend

    def available(self) -> bool:
        try:
            backend = self._get_backend()
            backend.get_password(SERVICE, "probe")
            return True
        except Exception:  # noqa: BLE001 - any failure means "no working keyring"
            return False

    def load(self, vault_id: str) -> TerminalIdentity | None:
        try:
            value = self._get_backend().get_password(SERVICE, f"vault:{vault_id}")
        except KeyringUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001
            raise KeyringUnavailable(type(exc).__name__) from None
        if not value:
            return None
        try:
            terminal_id, priv_b64 = value.split(":", 1)
            return TerminalIdentity(terminal_id, crypto.b64d(priv_b64))
        except ValueError:
            log.warning("ignoring malformed terminal entry in the keyring")
            return None

    def create(self, vault_id: str) -> TerminalIdentity:
        priv, _pub = crypto.new_keypair()
        ident = TerminalIdentity(uuid.uuid4().hex[:16], priv)
        try:
            self._get_backend().set_password(SERVICE, f"vault:{vault_id}", f"{ident.terminal_id}:{crypto.b64e(priv)}")
        except KeyringUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001
            raise KeyringUnavailable(type(exc).__name__) from None
        return ident

    def forget(self, vault_id: str) -> None:
        try:
            self._get_backend().delete_password(SERVICE, f"vault:{vault_id}")
        except Exception:  # noqa: BLE001 - nothing to forget
            pass


def this_host_name() -> str:
    try:
        return socket.gethostname() or "unknown"
    except OSError:
        return "unknown"

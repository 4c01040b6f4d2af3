"""The key-slot file that sits beside the vault (``<vault>.keys``): its format only.

JSON, written atomically, and only through :class:`desktop.vault.keystore.KeyStore` (which
serialises writers and authenticates the content). It holds only wrapped or sealed secrets
and public keys:

- ``users``: per user, an X25519 key pair whose private half is wrapped (AES-256-GCM) under an
  Argon2id key from the user's password (parameters per slot), and the *user share* of the
  database key sealed to the user's public key.
- ``disabled``: slots of disabled users: public key and wrapped private key, **no** share (a
  disabled user's old password opens nothing; re-enabling seals the share to the public key).
- ``terminals``: per registered PC, its public key and the *terminal share* sealed to it.
  ``plain_terminal_share`` replaces them when the administrator chose to run without binding.
- ``recovery``: the recovery public key and both shares sealed to it.
- ``generation``: bumped by every slot change; the database keeps the generation it agrees
  with (``meta.keys_generation``), so a key change interrupted by a crash is completed or
  rolled back at the next open (see :mod:`desktop.vault.changes`).
- ``intent``: a slot change in progress: ``{"generation", "op", "rekey", "next": {…slots…}}``.
- ``slots_mac``: HMAC over everything above under a key derived from the database key, so an
  edit made without the database key is detected (:mod:`desktop.vault.keystore`).
- ``state``: lockout counters, logins recorded before the vault was open, the audit head and
  the lockout policy; authenticated separately with a key derived from the terminal share
  (a failed login must be able to count without the database key).

The database key is HKDF(user share ‖ terminal share); neither share alone opens the vault.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import DaichoError
from desktop.fsutil import atomic_write_bytes
from desktop.i18n import tr

FORMAT = "itaku-daicho-keys"
VERSION = 2
#: the slot sets an intent's ``next`` holds and a promotion copies back
SLOT_FIELDS = ("users", "disabled", "terminals", "recovery", "plain_terminal_share")


class KeyFileError(DaichoError):
    code = "keyfile"


def keyfile_path(vault_path: Path) -> Path:
    return Path(str(vault_path) + ".keys")


@dataclass
class KeyFile:
    vault_id: str
    users: dict[str, dict] = field(default_factory=dict)
    terminals: dict[str, dict] = field(default_factory=dict)
    recovery: dict = field(default_factory=dict)
    plain_terminal_share: str | None = field(default=None, repr=False)
    state: dict = field(default_factory=dict)
    disabled: dict[str, dict] = field(default_factory=dict)
    generation: int = 0
    intent: dict | None = None
    slots_mac: str | None = None
    #: read from a version-1 file (no slots MAC yet)
    legacy: bool = False

    @property
    def binding(self) -> bool:
        return self.plain_terminal_share is None

    # -- the authenticated slot part ------------------------------------------------------------

    def slots(self) -> dict:
        return {
            "users": self.users,
            "disabled": self.disabled,
            "terminals": self.terminals,
            "recovery": self.recovery,
            "plain_terminal_share": self.plain_terminal_share,
        }

    def set_slots(self, slots: dict) -> None:
        self.users = dict(slots.get("users") or {})
        self.disabled = dict(slots.get("disabled") or {})
        self.terminals = dict(slots.get("terminals") or {})
        self.recovery = dict(slots.get("recovery") or {})
        self.plain_terminal_share = slots.get("plain_terminal_share")

    def slots_body(self) -> bytes:
        """Canonical bytes of everything ``slots_mac`` covers."""
        body = {"vault_id": self.vault_id, "generation": self.generation, "intent": self.intent, **self.slots()}
        return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()

    # -- reading and writing --------------------------------------------------------------------

    def to_json(self) -> dict:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "users": self.users,
            "disabled": self.disabled,
            "terminals": self.terminals,
            "recovery": self.recovery,
            "state": self.state,
        }
        if self.plain_terminal_share is not None:
            data["plain_terminal_share"] = self.plain_terminal_share
        if self.intent is not None:
            data["intent"] = self.intent
        if self.slots_mac is not None:
            data["slots_mac"] = self.slots_mac
        return data

    def save(self, path: Path) -> None:
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=1, sort_keys=True)
        atomic_write_bytes(path, text.encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileError(
                tr(
                    "Vault", "鍵ファイルが見つかりません: {path}\nデータベースと同じフォルダーに置いてください。"
                ).format(path=path)
            ) from None
        except OSError as exc:
            raise KeyFileError(
                tr("Vault", "鍵ファイルを読み込めません: {path}（{reason}）").format(path=path, reason=exc.strerror)
            ) from None
        return cls.parse(raw, path)

    @classmethod
    def parse(cls, raw: bytes, path: Path | str = "") -> KeyFile:
        damaged = KeyFileError(
            tr("Vault", "鍵ファイルが壊れているか、この製品の鍵ファイルではありません: {path}").format(path=path)
        )
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError
            version = int(data.get("version", 0))
        except (ValueError, TypeError, UnicodeDecodeError):
            raise damaged from None
        if version > VERSION:
            raise KeyFileError(
                tr("Vault", "鍵ファイルがこのアプリより新しい版で作成されています。アプリを更新してください。")
            )
        try:
            kf = cls(
                vault_id=str(data["vault_id"]),
                users=_dict(data.get("users")),
                disabled=_dict(data.get("disabled")),
                terminals=_dict(data.get("terminals")),
                recovery=_dict(data.get("recovery")),
                plain_terminal_share=data.get("plain_terminal_share"),
                state=_dict(data.get("state")),
                generation=int(data.get("generation", 0)),
                intent=data.get("intent"),
                slots_mac=data.get("slots_mac"),
                legacy=version < 2,
            )
        except (KeyError, TypeError, ValueError):
            raise damaged from None
        if version < 2 and data.get("next_generation"):
            # a version-1 re-key in progress: same meaning as a re-key intent whose database
            # generation is unknown (resolved by which key opens the database)
            nxt = data["next_generation"]
            kf.intent = {
                "generation": None,
                "op": "rekey",
                "rekey": True,
                "legacy": True,
                "next": {
                    "users": nxt.get("users", {}),
                    "disabled": {},
                    "terminals": nxt.get("terminals", {}),
                    "recovery": nxt.get("recovery", {}),
                    "plain_terminal_share": nxt.get("plain_terminal_share"),
                },
            }
        for slot_set in (kf.users, kf.terminals, kf.disabled):
            if not all(isinstance(v, dict) for v in slot_set.values()):
                raise damaged
        if kf.intent is not None and not isinstance(kf.intent, dict):
            raise damaged
        return kf


def _dict(value) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TypeError("not an object")
    return value

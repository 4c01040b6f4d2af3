"""The key-slot file that sits beside the vault (``<vault>.keys``).

JSON, written atomically. It holds only wrapped or sealed secrets and public keys:

- ``users``: per user, an X25519 key pair whose private half is wrapped (AES-256-GCM) under an
  Argon2id key from the user's password (parameters per slot), and the *user share* of the
  database key sealed to the user's public key.
- ``terminals``: per registered PC, its public key and the *terminal share* sealed to it.
  ``plain_terminal_share`` replaces them when the administrator chose to run without binding.
- ``recovery``: the recovery public key and both shares sealed to it.
- ``state``: lockout counters, failed logins recorded before the vault was open, and the
  audit-trail head (sequence, MAC), authenticated with a key derived from the terminal share.

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
VERSION = 1


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
    #: slots of a re-key in progress (same shape as the top level), see Vault.rekey
    next_generation: dict | None = None

    @property
    def binding(self) -> bool:
        return self.plain_terminal_share is None

    def to_json(self) -> dict:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "users": self.users,
            "terminals": self.terminals,
            "recovery": self.recovery,
            "state": self.state,
        }
        if self.plain_terminal_share is not None:
            data["plain_terminal_share"] = self.plain_terminal_share
        if self.next_generation is not None:
            data["next_generation"] = self.next_generation
        return data

    def save(self, path: Path) -> None:
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=1, sort_keys=True)
        atomic_write_bytes(path, text.encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise DaichoError(
                tr("Vault", "鍵ファイルが見つかりません: {path}\nデータベースと同じフォルダーに置いてください。").format(path=path)
            ) from None
        except OSError as exc:
            raise DaichoError(tr("Vault", "鍵ファイルを読み込めません: {path}（{reason}）").format(path=path, reason=exc.strerror)) from None
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError
        except (ValueError, UnicodeDecodeError):
            raise DaichoError(tr("Vault", "鍵ファイルが壊れているか、この製品の鍵ファイルではありません: {path}").format(path=path)) from None
        if int(data.get("version", 0)) > VERSION:
            raise DaichoError(tr("Vault", "鍵ファイルがこのアプリより新しい版で作成されています。アプリを更新してください。"))
        return cls(
            vault_id=data["vault_id"],
            users=data.get("users", {}),
            terminals=data.get("terminals", {}),
            recovery=data.get("recovery", {}),
            plain_terminal_share=data.get("plain_terminal_share"),
            state=data.get("state", {}),
            next_generation=data.get("next_generation"),
        )

"""Rollback copies beside the vault: listed, and deleted by administrators (audited).

Two kinds of copy are written next to the vault file, each with its key-slot file:

- ``<vault>.pre-migration-v<N>`` (+ ``.keys``): before the schema is upgraded
  (:func:`desktop.vault.migrations.backup_before_migration`);
- ``<vault>.before-restore-<stamp>`` (+ ``.keys``): before a restore replaces the vault
  (:func:`desktop.backup.restore._safety_copy`).

They are encrypted like the vault and keep the key slots of their time: a user deleted since
still opens them with their old password. :func:`holding_user` finds the copies whose key
file still has a user's slot, so that deleting a user can offer to remove them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from desktop import settings
from desktop.backup import format as fmt
from desktop.errors import DaichoError, ValidationError
from desktop.fsutil import os_error_reason
from desktop.i18n import tr
from desktop.vault.keyfile import KeyFile, keyfile_path

_PRE = re.compile(r"\.pre-migration-v(?P<version>\d+)$")
_RESTORE = re.compile(r"\.before-restore-(?P<stamp>\d{8}-\d{6})(?:-\d+)?$")
OFFER_DAYS_KEY = "backup.copies.offer_days"
settings.declare(OFFER_DAYS_KEY, int, 30, tr("Settings", "この日数より古い台帳の退避コピーの削除を促す"), minimum=1, maximum=3650)

#: SQLite's companions of a database file (a copy opened once may have them)
_COMPANIONS = ("-wal", "-shm", "-journal")


def _invalid(name: str, message: str) -> ValidationError:
    return ValidationError(message, {name: message})


@dataclass(frozen=True)
class RollbackCopy:
    path: Path
    kind: str               # "pre-migration" | "before-restore"
    created_at: dt.datetime
    size: int               # database + key file + companions, bytes
    schema_version: int = 0  # pre-migration: the schema the copy holds

    @property
    def name(self) -> str:
        return self.path.name

    def reason(self) -> str:
        if self.kind == "pre-migration":
            return tr("Backup", "スキーマ {n} からの更新の前に自動で作成した控え").format(n=self.schema_version)
        return tr("Backup", "バックアップからの復元で台帳を置き換える前に自動で作成した控え")

    def files(self) -> list[Path]:
        # the key file first: a copy whose deletion was cut short stays listed, and opens nothing
        return [keyfile_path(self.path), *(Path(f"{self.path}{s}") for s in _COMPANIONS), self.path]

    def users(self) -> set[str]:
        """User IDs whose key slot the copy still holds (empty when its key file is unreadable)."""
        try:
            kf = KeyFile.load(keyfile_path(self.path))
        except (OSError, DaichoError, ValueError):
            return set()
        return set(kf.users) | set(kf.disabled)

    def age_days(self, now: dt.datetime | None = None) -> int:
        return ((now or dt.datetime.now()) - self.created_at).days


def _size(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        with contextlib.suppress(OSError):
            total += p.stat().st_size
    return total


def _classify(vault_path: Path, path: Path) -> RollbackCopy | None:
    if not path.name.startswith(vault_path.name + "."):
        return None
    rest = path.name[len(vault_path.name):]
    try:
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None
    m = _PRE.fullmatch(rest)
    if m:
        copy = RollbackCopy(path, "pre-migration", mtime, 0, int(m.group("version")))
    else:
        m = _RESTORE.fullmatch(rest)
        if not m:
            return None
        try:
            when = dt.datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S")
        except ValueError:
            when = mtime
        copy = RollbackCopy(path, "before-restore", when, 0)
    return RollbackCopy(copy.path, copy.kind, copy.created_at, _size(copy.files()), copy.schema_version)


def list_copies(vault_path: Path | str) -> list[RollbackCopy]:
    """Rollback copies of this vault, oldest first."""
    vault_path = Path(vault_path)
    found = []
    with contextlib.suppress(OSError):
        for p in vault_path.parent.iterdir():
            if p.is_file():
                copy = _classify(vault_path, p)
                if copy is not None:
                    found.append(copy)
    return sorted(found, key=lambda c: (c.created_at, c.name))


def older_than(copies: list[RollbackCopy], days: int, now: dt.datetime | None = None) -> list[RollbackCopy]:
    return [c for c in copies if c.age_days(now) >= days]


def offered_for_deletion(vault, now: dt.datetime | None = None) -> list[RollbackCopy]:
    """Copies older than ``backup.copies.offer_days`` (the backup screen offers to delete them)."""
    return older_than(list_copies(vault.path), settings.get(vault.conn, OFFER_DAYS_KEY), now)


def holding_user(copies: list[RollbackCopy], user_id: str) -> list[RollbackCopy]:
    return [c for c in copies if user_id in c.users()]


def holding_former_users(vault) -> dict[str, list[RollbackCopy]]:
    """{user ID no longer in the vault (deleted): copies that still hold that user's slot}."""
    live = set(vault.keyfile.users) | set(vault.keyfile.disabled)
    out: dict[str, list[RollbackCopy]] = {}
    for copy in list_copies(vault.path):
        for user in sorted(copy.users() - live):
            out.setdefault(user, []).append(copy)
    return out


def find(vault_path: Path | str, name: str) -> RollbackCopy:
    for copy in list_copies(vault_path):
        if copy.name == name or str(copy.path) == str(name):
            return copy
    raise _invalid("copy", tr("Backup", "退避コピーが見つかりません: {name}").format(name=name))


def delete_copies(vault, copies: list[RollbackCopy], *, reason: str = "") -> list[str]:
    """Delete copies (administrators; one audit entry each); return the names deleted.

    The audit entry is written first: a copy is never gone without its record."""
    vault.session.require_admin()
    deleted: list[str] = []
    for copy in copies:
        if copy.path.parent.resolve() != vault.path.parent.resolve() or \
                _classify(vault.path, copy.path) is None:
            raise _invalid("copy", tr("Backup", "この台帳の退避コピーではありません: {name}").format(name=copy.path))
        vault.audit("backup.copy_delete", entity="backup", details={
            "copy": copy.name, "kind": copy.kind, "created_at": copy.created_at.isoformat(timespec="seconds"),
            "size": copy.size, "reason": reason})
        for p in copy.files():
            try:
                p.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise DaichoError(tr("Backup", "退避コピーを削除できませんでした: {path}（{reason}）").format(
                    path=p, reason=os_error_reason(exc))) from None
        deleted.append(copy.name)
    if deleted:
        fmt.fsync_dir(vault.path.parent)
    return deleted

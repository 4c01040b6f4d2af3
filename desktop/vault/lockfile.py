"""A lock file beside the vault so only one process writes to it at a time.

Whoever takes the lock also tidies the vault's folder (:mod:`desktop.hygiene`): the vault's
files are made owner-only, and temp files left by a killed export, restore or atomic write
are removed — safe then, since every writer of those files holds this lock.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import BinaryIO

from desktop.errors import DaichoError
from desktop.fsutil import os_error_reason
from desktop.i18n import tr


class VaultInUse(DaichoError):
    code = "vault-in-use"


class WriterLock:
    def __init__(self, vault_path: Path) -> None:
        self.vault_path = Path(vault_path)
        self.path = Path(str(vault_path) + ".lock")
        self._fh: BinaryIO | None = None

    def acquire(self) -> None:
        try:
            fh = open(self.path, "a+b")  # noqa: SIM115 - held for the vault's lifetime
        except OSError as exc:
            raise DaichoError(
                tr("Vault", "ロックファイルを作成できません: {path}（{reason}）").format(
                    path=self.path, reason=os_error_reason(exc)
                )
            ) from None
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise VaultInUse(
                tr(
                    "Vault",
                    "この台帳は別のウィンドウまたは別のプログラムで開かれています。"
                    "そちらを閉じてから開き直してください。",
                )
            ) from None
        self._fh = fh
        self._tidy()

    def _tidy(self) -> None:
        """Owner-only modes and no leftovers (best effort: never fails the lock)."""
        from desktop import hygiene

        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(self.path, 0o600)
        with contextlib.suppress(Exception):
            hygiene.tighten_vault_files(self.vault_path)
        with contextlib.suppress(Exception):
            hygiene.remove_leftovers(self.vault_path)

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            if sys.platform == "win32":
                import msvcrt

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        self._fh.close()
        self._fh = None

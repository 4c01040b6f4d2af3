"""A lock file beside the vault so only one process writes to it at a time."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from desktop.errors import DaichoError
from desktop.i18n import tr


class VaultInUse(DaichoError):
    code = "vault-in-use"


class WriterLock:
    def __init__(self, vault_path: Path) -> None:
        self.path = Path(str(vault_path) + ".lock")
        self._fh = None

    def acquire(self) -> None:
        try:
            fh = open(self.path, "a+b")  # noqa: SIM115 - held for the vault's lifetime
        except OSError as exc:
            raise DaichoError(
                tr("Vault", "ロックファイルを作成できません: {path}（{reason}）").format(path=self.path, reason=exc.strerror)
            ) from None
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise VaultInUse(
                tr("Vault", "この台帳は別のウィンドウまたは別のプログラムで開かれています。そちらを閉じてから開き直してください。")
            ) from None
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            if os.name == "nt":
                import msvcrt

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        self._fh.close()
        self._fh = None

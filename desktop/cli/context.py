"""What every CLI command gets: global options, secrets from stdin, the opened vault."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import DaichoError
from desktop.i18n import tr


class UsageError(DaichoError):
    code = "usage"


@dataclass
class CliContext:
    vault_path: Path
    user: str | None
    password_stdin: bool
    stdin: object = field(default=sys.stdin)
    stdout: object = field(default=sys.stdout)
    stderr: object = field(default=sys.stderr)
    _vault: object = None
    _lines_read: int = 0

    def read_secret(self, what: str) -> str:
        """Next line of stdin (secrets are never taken from argv)."""
        line = self.stdin.readline()
        if not line:
            raise UsageError(tr("CLI", "標準入力から{what}を読み取れませんでした（1行に1つずつ渡してください）。").format(what=what))
        self._lines_read += 1
        return line.rstrip("\r\n")

    def open_vault(self, *, readonly: bool = False):
        """Unlock the vault as ``--user`` with the password from the first stdin line."""
        if self._vault is not None:
            return self._vault
        from desktop.vault.vault import unlock

        if not self.user:
            raise UsageError(tr("CLI", "--user でユーザーIDを指定してください。"))
        if not self.password_stdin:
            raise UsageError(tr("CLI", "--password-stdin を指定し、パスワードを標準入力の1行目で渡してください。"))
        password = self.read_secret(tr("CLI", "パスワード"))
        self._vault = unlock(self.vault_path, self.user, password, readonly=readonly)
        if self._vault.session.must_change_password:
            # Only reading and changing one's own password are allowed in that state; the
            # service layer enforces it (Session.require_write / require_admin).
            pass
        return self._vault

    def close(self) -> None:
        if self._vault is not None:
            try:
                self._vault.audit("auth.logout", details={"via": "cli"})
            except DaichoError:
                pass
            self._vault.close()
            self._vault = None

    def out(self, text: str = "") -> None:
        print(text, file=self.stdout)

"""What every CLI command gets: global options, secrets from stdin, the opened vault.

Secrets never come from argv. With ``--password-stdin`` (or whenever stdin is not a
terminal) they are read one per line: first the acting user's password, then whatever else
the command needs (a new user's initial password, a recovery key, …). On a terminal they are
asked for without echo.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop.errors import DaichoError
from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.vault import Vault


class UsageError(DaichoError):
    code = "usage"


@dataclass
class CliContext:
    vault_path: Path
    user: str | None
    password_stdin: bool
    stdin: TextIO = field(default=sys.stdin)
    stdout: TextIO = field(default=sys.stdout)
    stderr: TextIO = field(default=sys.stderr)
    _vault: Vault | None = None
    _lines_read: int = 0
    #: the password the vault was opened with (kept in memory for ``user passwd``)
    last_password: str | None = field(default=None, repr=False)

    def _interactive(self) -> bool:
        try:
            return not self.password_stdin and self.stdin is sys.stdin and sys.stdin.isatty()
        except (AttributeError, ValueError):
            return False

    def read_secret(self, what: str) -> str:
        """Next line of stdin (or a no-echo prompt on a terminal)."""
        if self._interactive():
            import getpass

            try:
                return getpass.getpass(f"{what}: ", stream=self.stderr)
            except EOFError:
                raise UsageError(tr("CLI", "{what}が入力されませんでした。").format(what=what)) from None
        line = self.stdin.readline()
        if not line:
            raise UsageError(tr(
                "CLI", "標準入力から{what}を読み取れませんでした（1行に1つずつ渡してください）。").format(what=what))
        self._lines_read += 1
        return line.rstrip("\r\n")

    def read_new_secret(self, what: str) -> str:
        """A new password: on a terminal asked twice, from stdin one line."""
        first = self.read_secret(what)
        if self._interactive():
            again = self.read_secret(tr("CLI", "{what}（確認）").format(what=what))
            if again != first:
                raise DaichoError(tr("CLI", "確認のために入力したパスワードが一致しません。"))
        return first

    def require_user(self) -> str:
        if not self.user:
            raise UsageError(tr("CLI", "--user でユーザーIDを指定してください。"))
        if not self.password_stdin and not self._interactive():
            raise UsageError(tr("CLI", "--password-stdin を指定し、パスワードを標準入力の1行目で渡してください。"))
        return self.user

    def open_vault(self, *, readonly: bool = False) -> Vault:
        """Unlock the vault as ``--user`` with the password from the first stdin line.

        A user who must change their password may only read and change it; the services
        enforce that (``Session.require_write`` / ``require_admin``).
        """
        if self._vault is not None:
            return self._vault
        from desktop.vault.vault import unlock

        user = self.require_user()
        password = self.read_secret(tr("CLI", "パスワード"))
        self._vault = unlock(self.vault_path, user, password, readonly=readonly)
        self.last_password = password
        return self._vault

    def adopt(self, vault: Vault) -> None:
        """Take over a vault opened by the command itself (init, recovery)."""
        self._vault = vault

    def close(self) -> None:
        if self._vault is not None:
            try:
                if not getattr(self._vault, "readonly", False):
                    self._vault.audit("auth.logout", details={"via": "cli"})
            except DaichoError:
                pass
            finally:
                self._vault.close()
                self._vault = None
                self.last_password = None

    def out(self, text: str = "") -> None:
        print(text, file=self.stdout)

    def err(self, text: str) -> None:
        print(text, file=self.stderr)

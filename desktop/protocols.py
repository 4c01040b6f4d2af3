"""What the core's services need from an open vault, as structural types.

Services and forms take "the vault" and "a connection" as parameters. They are typed with
these Protocols rather than with :class:`desktop.vault.Vault` and ``sqlcipher3.Connection``
so that a feature package depends on the *shape* it uses, not on the vault's internals:
:class:`desktop.vault.Vault` and :class:`desktop.submittals.service.ReadView` (a read-only
view on a second connection) both satisfy :class:`VaultLike`; ``sqlcipher3`` and
``sqlite3`` connections both satisfy :class:`Connection`.

Only read-only properties are declared, so a class may implement them as plain attributes
or as properties.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # this module imports nothing at run time: any layer may use it
    from desktop.audit.trail import ChainReport


class Cursor(Protocol):
    """The result of :meth:`Connection.execute` (a DB-API cursor)."""

    @property
    def rowcount(self) -> int: ...

    @property
    def lastrowid(self) -> int | None: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """An open database connection (rows are ``sqlcipher3.Row``: by index or by name)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Cursor: ...

    def close(self) -> None: ...


class SessionLike(Protocol):
    """The logged-in user (:class:`desktop.accounts.session.Session`)."""

    @property
    def user_id(self) -> str: ...

    @property
    def display_name(self) -> str: ...

    @property
    def role(self) -> str: ...

    def require_write(self) -> None:
        """Raise :class:`desktop.errors.PermissionDenied` unless the user may change records."""

    def require_admin(self) -> None:
        """Raise :class:`desktop.errors.PermissionDenied` unless the user is an administrator."""


class VaultLike(Protocol):
    """An open vault as services see it: read through ``conn``, write inside
    ``with vault.transaction() as conn:`` (see docs/ARCHITECTURE.md)."""

    @property
    def path(self) -> Path: ...

    @property
    def conn(self) -> Connection: ...

    @property
    def session(self) -> SessionLike: ...

    @property
    def vault_id(self) -> str: ...

    def transaction(self) -> AbstractContextManager[Connection]: ...

    def setting(self, key: str) -> Any: ...


class OpenVault(VaultLike, Protocol):
    """The vault itself (not a read-only view of it): it can open a second connection for
    snapshot reads and verify the audit trail against its key-slot file."""

    def connect_reader(self) -> Connection: ...

    def verify_audit(self) -> ChainReport: ...

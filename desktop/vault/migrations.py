"""Schema migrations: ``db_migrations/NNNN_name.sql`` applied in order in one transaction.

``PRAGMA user_version`` holds the number of the last applied migration. Before migrating an
existing vault an encrypted copy of it is kept beside it. A vault newer than this app is
refused.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.paths import missing_resource, resource_root

MIGRATIONS_DIR = resource_root() / "db_migrations"  # repo root, or the frozen bundle
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class VaultTooNew(DaichoError):
    code = "vault-too-new"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def available(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    if not directory.is_dir():  # an incomplete installation: say which data is missing
        raise missing_resource(directory.name, directory.parent)
    found = []
    for path in sorted(directory.glob("*.sql")):
        m = _NAME.match(path.name)
        if not m:
            raise RuntimeError(f"badly named migration file: {path.name}")
        found.append(Migration(int(m.group(1)), path.stem, path))
    versions = [m.version for m in found]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migration numbers must run 1..N without gaps: {versions}")
    return found


def latest_version() -> int:
    migrations = available()
    return migrations[-1].version if migrations else 0


def current_version(conn) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def check_not_newer(version: int) -> None:
    latest = latest_version()
    if version > latest:
        raise VaultTooNew(
            tr(
                "Vault",
                "この台帳はより新しい版のアプリで作成・更新されています（スキーマ {found}、このアプリは {supported} "
                "まで）。アプリを更新してから開いてください。",
            ).format(found=version, supported=latest)
        )


def pending(conn, target: int | None = None) -> list[Migration]:
    version = current_version(conn)
    check_not_newer(version)
    return [m for m in available() if m.version > version and (target is None or m.version <= target)]


def apply(conn, *, vault_path: Path | None = None, target: int | None = None) -> list[int]:
    """Apply every pending migration in one transaction; return the versions applied.

    ``conn`` must be in autocommit mode (``isolation_level=None``). When ``vault_path`` is
    given and the vault already has a schema, an encrypted copy is written first to
    ``<vault>.pre-migration-v<N>``.
    """
    todo = pending(conn, target)
    if not todo:
        return []
    before = current_version(conn)
    if vault_path is not None and before > 0:
        backup_before_migration(conn, vault_path, before)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for migration in todo:
            for statement in _split(migration.sql()):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {todo[-1].version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return [m.version for m in todo]


def backup_before_migration(conn, vault_path: Path, version: int) -> Path:
    """Copy the (encrypted) vault file before migrating; the copy opens with the same slots."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = Path(f"{vault_path}.pre-migration-v{version}")
    shutil.copy2(vault_path, target)
    keys = Path(f"{vault_path}.keys")
    if keys.exists():
        shutil.copy2(keys, Path(f"{target}.keys"))
    return target


def _split(sql: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement aware of triggers)."""
    import sqlcipher3

    statements, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlcipher3.complete_statement(buf):
            if buf.strip() and not _only_comments(buf):
                statements.append(buf.strip())
            buf = ""
    if buf.strip() and not _only_comments(buf):
        raise RuntimeError("migration ends with an incomplete statement")
    return statements


def _only_comments(text: str) -> bool:
    return all(not ln.strip() or ln.strip().startswith("--") for ln in text.splitlines())

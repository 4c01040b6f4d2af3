"""Helpers shared by the foundation tests (vault, accounts, audit, CLI)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import sqlcipher3

from desktop.vault.keyfile import keyfile_path
from desktop.vault.terminal import TerminalStore
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD, MemoryKeyring

OFFICER_ID = "suzuki"
OFFICER_INITIAL = "Hakusan-River-Tea-77"
OFFICER_PASSWORD = "Noto-Peninsula-Wind-88"


def new_pc() -> TerminalStore:
    """Another PC: a terminal store with its own, empty keyring."""
    return TerminalStore(backend=MemoryKeyring())


def add_officer(vault, reopen, *, role: str = "officer", user_id: str = OFFICER_ID, change: bool = True):
    """Create a user as the administrator and (optionally) let them set their own password.

    Returns the vault reopened as the administrator.
    """
    from desktop.accounts.service import AccountService

    AccountService(vault).create_user(user_id, "鈴木 花子", role, OFFICER_INITIAL)
    terminals = vault.terminals
    if change:
        v = reopen(vault, user_id, OFFICER_INITIAL, terminals=terminals)
        AccountService(v).change_own_password(OFFICER_INITIAL, OFFICER_PASSWORD)
        vault = v
    return reopen(vault, ADMIN_ID, ADMIN_PASSWORD, terminals=terminals)


def raw_connection(path: Path, dek: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def copy_vault(src: Path, dest_dir: Path, *, keyfile_from: Path | None = None) -> Path:
    """Copy a closed vault (and its key file, or another key file) into ``dest_dir``."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / src.name
    shutil.copy2(src, dest)
    shutil.copy2(keyfile_from or keyfile_path(src), keyfile_path(dest))
    return dest


def run_cli(args: list[str], stdin: str = "", vault_path: Path | None = None) -> tuple[int, str, str]:
    from desktop.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    argv = (["--vault", str(vault_path)] if vault_path else []) + args
    rc = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


def as_admin(*args: str) -> list[str]:
    return ["--user", ADMIN_ID, "--password-stdin", *args]

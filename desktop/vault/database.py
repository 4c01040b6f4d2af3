"""The SQLCipher database file: opening with a raw key, PRAGMAs, and the messages for the
ways opening or writing can fail."""

from __future__ import annotations

import contextlib
import logging
import re
from pathlib import Path

import sqlcipher3

from desktop.errors import DaichoError
from desktop.i18n import tr

log = logging.getLogger(__name__)


class WrongVaultKey(DaichoError):
    code = "wrong-key"


class VaultCorrupt(DaichoError):
    code = "corrupt"


def open_database(path: Path, dek: bytes, *, readonly: bool = False) -> sqlcipher3.Connection:
    """Open a SQLCipher file with a raw key and check the key with a test query."""
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error:
        raise DaichoError(tr("Vault", "台帳ファイルを開けません: {path}").format(path=path)) from None
    conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        from desktop.fsutil import storage_problem

        problem = storage_problem(exc, path)  # a read-only folder or full disk is not a wrong key
        if problem is not None:
            conn.close()
            raise DaichoError(problem) from None
        damaged = damaged_pages(conn)
        conn.close()
        if damaged and 1 not in damaged:
            # the key is right (page 1 authenticates) but a schema page is damaged
            raise VaultCorrupt(
                tr(
                    "Vault",
                    "台帳ファイルが壊れています: {page} ページ目の暗号化ページの認証に失敗しました。"
                    "バックアップから復元してください。",
                ).format(page=damaged[0])
            ) from None
        raise WrongVaultKey(
            tr(
                "Vault",
                "台帳ファイルを復号できません。ファイルが壊れているか、鍵ファイルがこの台帳のものではありません。",
            )
        ) from None
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # Sorts, temp tables and statement journals in memory, whatever the SQLite build's
    # default: SQLite's temp files (in TMPDIR) are not covered by the page encryption.
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.row_factory = sqlcipher3.Row
    return conn


def damaged_pages(conn) -> list[int]:
    """Pages whose SQLCipher HMAC fails (all of them when the key is wrong)."""
    pages = []
    try:
        for row in conn.execute("PRAGMA cipher_integrity_check"):
            m = re.search(r"page (\d+)", str(row[0]))
            if m:
                pages.append(int(m.group(1)))
    except sqlcipher3.Error:
        return []
    return pages


def corrupt_message(exc: Exception, conn=None) -> str:
    """Name the damaged page when SQLCipher can tell (page authentication failure)."""
    log.error("database error while opening: %s", type(exc).__name__)
    detail = ""
    if conn is not None:
        from desktop.vault import integrity

        with contextlib.suppress(sqlcipher3.Error):
            problems = integrity._cipher_problems(conn)
            if problems:
                detail = "\n" + problems[0]
    return (
        tr(
            "Vault",
            "台帳ファイルが壊れています（暗号化ページの検証に失敗しました）。バックアップから復元してください。",
        )
        + detail
    )


def db_error_message(exc: Exception) -> str:
    text = str(exc).lower()
    if "full" in text:
        return tr(
            "Vault",
            "ディスクの空き容量が不足しているため保存できませんでした。"
            "空き容量を確保してからやり直してください（入力内容は失われていません）。",
        )
    if "locked" in text or "busy" in text:
        return tr("Vault", "台帳が別の処理で使用中のため保存できませんでした。少し待ってからやり直してください。")
    if "readonly" in text or "read-only" in text:
        return tr("Vault", "台帳ファイルが読み取り専用のため保存できませんでした。")
    return tr("Vault", "データベースの操作に失敗しました。")

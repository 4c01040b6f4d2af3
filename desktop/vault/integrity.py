"""Whole-vault checks behind ``daicho verify`` and the GUI's "verify" button.

1. SQLCipher's page authentication (``PRAGMA cipher_integrity_check``): every page's HMAC;
   a flipped byte anywhere in the file is reported with its page number.
2. SQLite's structural check (``PRAGMA integrity_check``) and foreign keys.
3. The audit chain, including the head mirrored in the key-slot file (truncation).

A flipped byte in page 1 already stops the vault from opening (the key check reads page 1);
:func:`desktop.vault.unlock` then reports the file as corrupted or the key file as wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlcipher3

from desktop.i18n import tr

_PAGE = re.compile(r"page (\d+)")


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    audit_entries: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def _cipher_problems(conn) -> list[str]:
    out = []
    for row in conn.execute("PRAGMA cipher_integrity_check").fetchall():
        text = str(row[0])
        m = _PAGE.search(text)
        if m:
            out.append(
                tr(
                    "Vault",
                    "台帳ファイルの {page} ページ目が壊れているか改ざんされています（暗号化ページの認証に失敗）。",
                ).format(page=m.group(1))
            )
        else:
            out.append(
                tr("Vault", "台帳ファイルの暗号化ページの検証で問題が見つかりました: {detail}").format(detail=text)
            )
    return out


def _sqlite_problems(conn) -> list[str]:
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows == ["ok"]:
        problems = []
    else:
        problems = [tr("Vault", "データベースの構造に問題があります: {detail}").format(detail=r) for r in rows[:5]]
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        problems.append(
            tr("Vault", "参照整合性の問題が {n} 件あります（最初: 表 {table} の行 {rowid}）。").format(
                n=len(fk), table=fk[0][0], rowid=fk[0][1]
            )
        )
    return problems


def check(vault) -> IntegrityReport:
    """Run every check; problems are listed in the order above (the first is the most basic)."""
    report = IntegrityReport()
    conn = vault.conn
    for step in (_cipher_problems, _sqlite_problems):
        try:
            report.problems.extend(step(conn))
        except sqlcipher3.DatabaseError as exc:
            report.problems.append(tr("Vault", "台帳ファイルが壊れています（{detail}）。").format(detail=str(exc)))
        if report.problems:
            return report
    try:
        chain = vault.verify_audit()
    except sqlcipher3.DatabaseError as exc:
        report.problems.append(tr("Vault", "監査ログを読み取れません（{detail}）。").format(detail=str(exc)))
        return report
    report.audit_entries = chain.count
    if not chain.ok:
        report.problems.append(chain.message)
    return report

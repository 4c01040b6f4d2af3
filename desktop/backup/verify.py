"""Verify a backup without any vault: every failure has its own message and error class.

Checks, in order: the file's shape (size, not plain SQLite, not our vault file, looks
encrypted) → the passphrase opens page 1 → the manifest (format, not newer than this app)
→ page authentication of every page and SQLite's structure → row counts against the
manifest → the audit chain recomputed under the audit key kept in ``meta``, ending at the
manifest's audit head → the key slots a restore needs.

Page authentication without reading the file twice: SQLCipher checks the HMAC of every
page it reads, and ``PRAGMA integrity_check`` reads every page of every b-tree, every
overflow page and every free-list trunk page — and reports any page that is none of these
("never used"). Pages it does not read are free-list *leaf* pages and pages past the page
count in the (authenticated) header. So when the header says there are no free pages and
the file holds exactly the pages it counts (what an export writes), a passing
``integrity_check`` has authenticated every page; otherwise — and whenever a check fails,
to name the damaged pages — ``PRAGMA cipher_integrity_check`` authenticates every page of
the file as well. (The lock-byte page at 1 GiB is skipped by both, as SQLite never uses it.)

SQLCipher cannot tell a wrong passphrase from a damaged first page. When the backup history
is known (``history=`` entries from the vault), the file's SHA-256 tells them apart.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from desktop.audit import trail
from desktop.backup import format as fmt
from desktop.backup import history as hist
from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.vault import migrations
from desktop.vault.keyfile import keyfile_path

Progress = Callable[[int, int], "bool | None"]
VERIFY_STEPS = 5
#: page cache of the verifying connection (KiB): the counts and the audit chain then re-use
#: the b-tree pages integrity_check has just read and authenticated
CACHE_KIB = 65_536


@dataclass
class BackupInfo:
    path: Path
    size: int
    manifest: dict
    keyslots: dict
    counts: dict[str, int] = field(default_factory=dict)
    audit_entries: int = 0
    users: dict[str, dict] = field(default_factory=dict)

    @property
    def schema_version(self) -> int:
        return int(self.manifest["schema_version"])

    @property
    def vault_id(self) -> str:
        return self.manifest["vault_id"]

    @property
    def created_at(self) -> str:
        return self.manifest["created_at"]

    @property
    def created_by(self) -> str:
        by = self.manifest.get("created_by") or {}
        return by.get("user_id") or ""

    @property
    def binding(self) -> bool:
        return bool(self.manifest.get("binding", True))

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())

    def admins(self) -> list[str]:
        return sorted(u for u, r in self.users.items()
                      if r.get("role") == "admin" and r.get("enabled") and not r.get("deleted_at")
                      and u in self.keyslots.get("user", {}))

    def summary(self) -> str:
        by = self.manifest.get("created_by") or {}
        return tr("Backup", "作成日時 {at}／作成者 {who}／スキーマ {schema}／表 {tables} 個・{rows} 行／監査ログ {audit} 件").format(
            at=fmt.display_time(self.created_at), who=by.get("display_name") or by.get("user_id") or "?",
            schema=self.schema_version, tables=len(self.counts), rows=self.total_rows, audit=self.audit_entries)


def _step(progress: Progress | None, n: int) -> None:
    if progress is not None and progress(n, VERIFY_STEPS) is False:
        raise fmt.BackupCancelled(tr("Backup", "検証をキャンセルしました。"))


def _entropy(data: bytes) -> float:
    if not data:
        return 0.0
    counts = [0] * 256
    for b in data:
        counts[b] += 1
    n = len(data)
    return -sum(c / n * math.log2(c / n) for c in counts if c)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _check_shape(path: Path) -> int:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise DaichoError(tr("Backup", "ファイルが見つかりません: {path}").format(path=path)) from None
    except OSError as exc:
        raise DaichoError(tr("Backup", "ファイルを読み込めません: {path}（{reason}）").format(path=path, reason=exc.strerror)) from None
    if path.is_dir():
        raise fmt.NotABackup(tr("Backup", "フォルダーです。バックアップファイルを指定してください: {path}").format(path=path))
    size = st.st_size
    if size == 0:
        raise fmt.BackupTruncated(tr("Backup", "ファイルが空です（書き込みが途中で止まったか、中身が失われています）: {path}").format(path=path))
    try:
        with open(path, "rb") as fh:
            head = fh.read(fmt.PAGE_SIZE)
    except OSError as exc:
        raise DaichoError(tr("Backup", "ファイルを読み込めません: {path}（{reason}）").format(path=path, reason=exc.strerror)) from None
    if head.startswith(b"SQLite format 3\x00"):
        raise fmt.NotABackup(tr("Backup", "暗号化されていない SQLite データベースです。このアプリのバックアップではありません: {path}").format(path=path))
    kind = _known_format(head)
    if kind:
        raise fmt.NotABackup(tr(
            "Backup", "このアプリのバックアップファイルではありません（{kind} ファイルです）: {path}").format(kind=kind, path=path))
    if keyfile_path(path).exists():
        raise fmt.NotABackup(tr("Backup", "これは台帳ファイル本体です（隣に鍵ファイルがあります）。バックアップファイルではありません: {path}").format(path=path))
    # An encrypted page looks random (≈8 bits/byte); text, PDF, ZIP, images do not.
    sample = head[: min(len(head), 4096)]
    if len(sample) >= 256 and _entropy(sample) < 7.0:
        raise fmt.NotABackup(tr("Backup", "このアプリのバックアップファイルではありません（暗号化されたデータに見えません）: {path}").format(path=path))
    if size < fmt.PAGE_SIZE or size % fmt.PAGE_SIZE:
        raise fmt.BackupTruncated(tr(
            "Backup", "ファイルが途中で切れています（{size} バイト。正しいバックアップは {page} バイト単位です）: {path}"
        ).format(size=size, page=fmt.PAGE_SIZE, path=path))
    return size


#: the first bytes of common files a user might pick by mistake. A backup begins with a
#: random 16-byte salt, so a signature of at least 4 bytes starts a genuine backup with a
#: chance below 2^-32 (shorter ones, such as BMP's "BM", are left to the entropy check).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"), (b"PK\x03\x04", "ZIP / Office"), (b"PK\x05\x06", "ZIP"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office (.doc/.xls)"), (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff\xe0", "JPEG"), (b"\xff\xd8\xff\xe1", "JPEG"), (b"\xff\xd8\xff\xdb", "JPEG"),
    (b"GIF87a", "GIF"), (b"GIF89a", "GIF"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"),
    (b"\xfd7zXZ\x00", "xz"), (b"7z\xbc\xaf\x27\x1c", "7-Zip"), (b"Rar!\x1a\x07", "RAR"),
    (b"\x7fELF", "ELF"), (b"{\\rtf", "RTF"), (b"%!PS", "PostScript"),
)


def _known_format(head: bytes) -> str | None:
    for magic, kind in _SIGNATURES:
        if head.startswith(magic):
            return kind
    if len(head) >= 262 and head[257:262] == b"ustar":
        return "tar"
    return None


def _page1_failure(path: Path, size: int, history: list | None) -> fmt.BackupError:
    if history:
        digest = sha256_file(path)
        same, other = hist.match_file(history, path, size, digest)
        if same is not None:
            return fmt.WrongPassphrase(tr(
                "Backup", "パスフレーズが違います（ファイルは {at} に作成されたときのまま変更されていません）。"
            ).format(at=fmt.display_time(same.backup_created_at)))
        if other is not None:
            return fmt.BackupDamaged(tr(
                "Backup", "ファイルが作成時（{at}）から変更されています（SHA-256 が記録と一致しません）。先頭部分が壊れているため開けません。"
            ).format(at=fmt.display_time(other.backup_created_at)), "changed")
    return fmt.WrongPassphraseOrDamaged(tr(
        "Backup", "パスフレーズが違うか、ファイルの先頭部分が壊れています（暗号化の仕組み上、この二つは区別できません）。"
        "パスフレーズを確かめてもう一度試し、それでも開けなければファイルが壊れています。"))


def _open_checked(path: Path, passphrase: str, size: int, history: list | None,
                  cipher_result: Callable[[], dict] | None = None) -> sqlcipher3.Connection:
    conn = fmt.connect_backup(path, passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        text = str(exc).lower()
        if "not a database" in text or "encrypted" in text:
            raise _page1_failure(path, size, history) from None
        if "malformed" in text or "corrupt" in text:
            # Page 1 authenticated, so its header is genuine. If every page that is there
            # authenticates too, the file is only missing pages: it was cut short (SQLite
            # refuses a file shorter than the page count in that header).
            if cipher_result is not None:
                cipher = cipher_result()
            else:
                cipher = {}
                _cipher_check(path, passphrase, cipher)
            if cipher.get("rows"):
                raise _page_auth_error(cipher["rows"]) from None
            if "error" not in cipher:
                raise fmt.BackupTruncated(tr(
                    "Backup", "ファイルが途中で切れています（末尾のページがありません）: {path}").format(path=path)) from None
        raise fmt.BackupDamaged(tr("Backup", "ファイルが壊れています（{reason}）。").format(reason=exc), "integrity") from None


def _page_auth_error(rows: list) -> fmt.BackupDamaged:
    pages = []
    for (msg,) in rows:
        digits = "".join(ch if ch.isdigit() else " " for ch in str(msg)).split()
        if digits:
            pages.append(digits[-1])
    shown = "、".join(pages[:10]) + ("…" if len(pages) > 10 else "")
    return fmt.BackupDamaged(tr(
        "Backup", "ページの認証に失敗しました（ページ {pages}）。作成後にファイルの内容が変更されたか、壊れています。"
    ).format(pages=shown or "?"), "page-auth")


def _works(conn) -> bool:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False


def _cipher_check(path: Path, passphrase: str, out: dict, derived: bytes | None = None) -> None:
    try:
        conn = fmt.connect_backup(path, passphrase, derived=derived)
        try:
            out["rows"] = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        finally:
            conn.close()
    except Exception as exc:  # noqa: BLE001 - reported on the calling thread
        out["error"] = exc


def verify_backup(path: Path | str, passphrase: str, *, history: list | None = None,
                  progress: Progress | None = None, timings: dict[str, float] | None = None) -> BackupInfo:
    """Run every check; raise the matching :class:`BackupError` on the first failure.

    ``timings`` (optional) receives the seconds spent in each phase."""
    path = Path(path)
    phase = fmt.Phases(timings)
    _step(progress, 0)
    with phase("shape"):
        size = _check_shape(path)
    # The key is derived once (PBKDF2, ~0.25 s) and given raw to every connection.
    with phase("key derivation"):
        with open(path, "rb") as fh:
            derived = fmt.derive_key(passphrase, fh.read(16))
    conn = None
    with phase("open"), contextlib.suppress(sqlcipher3.DatabaseError):
        conn = fmt.connect_backup(path, passphrase, derived=derived)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    if conn is not None and not _works(conn):
        conn.close()
        conn, derived = None, None   # not SQLCipher 4 defaults, or wrong: let SQLCipher derive it
    cipher: dict = {}

    def cipher_result() -> dict:
        """``PRAGMA cipher_integrity_check`` of every page (run once, when needed)."""
        if not cipher:
            with phase("cipher_integrity_check"):
                _cipher_check(path, passphrase, cipher, derived)
        return cipher

    if conn is None:
        with phase("open"):
            conn = _open_checked(path, passphrase, size, history, cipher_result)
    try:
        return _verify_open(conn, path, size, progress, cipher_result, phase)
    finally:
        conn.close()


def _verify_open(conn, path: Path, size: int, progress: Progress | None,
                 cipher_result: Callable[[], dict], phase: fmt.Phases) -> BackupInfo:
    def page_auth() -> None:
        cipher = cipher_result()
        if cipher.get("rows"):
            raise _page_auth_error(cipher["rows"])
        if "error" in cipher:
            raise fmt.BackupDamaged(tr("Backup", "ページの認証を確認できませんでした（{reason}）。").format(reason=cipher["error"]), "page-auth")

    # 1. manifest
    try:
        with phase("manifest"):
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if fmt.MANIFEST_TABLE not in names:
                raise fmt.NotABackup(tr(
                    "Backup", "パスフレーズで開けましたが、このアプリのバックアップではありません（マニフェストがありません）。"))
            manifest = fmt.read_manifest(conn)
    except sqlcipher3.DatabaseError:
        page_auth()
        raise fmt.BackupDamaged(tr("Backup", "マニフェストを読み取れません（ファイルが壊れています）。"), "manifest") from None
    except ValueError:
        # SQLCipher can hand back the bytes of a page whose authentication failed (seen on
        # overflow pages): a changed page is named as such, not as a bad manifest
        page_auth()
        raise fmt.BackupDamaged(tr("Backup", "マニフェストの内容が壊れています。"), "manifest") from None
    if manifest.get("format") != fmt.FORMAT:
        raise fmt.NotABackup(tr("Backup", "このアプリのバックアップではありません（形式: {f}）。").format(f=manifest.get("format")))
    try:
        fversion = int(manifest.get("format_version", 0))
        sversion = int(manifest.get("schema_version", -1))
    except (TypeError, ValueError):
        raise fmt.BackupDamaged(tr("Backup", "マニフェストの内容が壊れています。"), "manifest") from None
    if fversion > fmt.FORMAT_VERSION:
        raise fmt.BackupTooNew(tr(
            "Backup", "このバックアップはより新しい版のアプリで作成されています（形式 {found}、このアプリは {supported} まで）。アプリを更新してください。"
        ).format(found=fversion, supported=fmt.FORMAT_VERSION))
    latest = migrations.latest_version()
    if sversion > latest:
        raise fmt.BackupTooNew(tr(
            "Backup", "このバックアップはより新しい版のアプリの台帳から作成されています（スキーマ {found}、このアプリは {supported} まで）。アプリを更新してから復元してください。"
        ).format(found=sversion, supported=latest))
    _step(progress, 1)

    # 2. SQLite integrity, which authenticates every page it reads (see the module notes);
    #    the pages it does not read are authenticated by cipher_integrity_check
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
        free_pages = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    except sqlcipher3.DatabaseError:
        page_auth()
        raise fmt.BackupDamaged(tr("Backup", "ファイルの見出しを読み取れません（ファイルが壊れています）。"), "integrity") from None
    expected_size = page_count * page_size
    if size < expected_size:
        page_auth()
        raise fmt.BackupTruncated(tr(
            "Backup", "ファイルが途中で切れています（末尾のページがありません）: {path}").format(path=path))
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    with phase("integrity_check"):
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            integrity = [r[0] for r in rows]
        except sqlcipher3.DatabaseError as exc:
            integrity = [str(exc)]
    if integrity != ["ok"]:
        page_auth()   # a page that does not authenticate is named as such
        first = integrity[0].splitlines()
        detail = next((ln for ln in first if not ln.startswith("***")), first[0] if first else "?")
        raise fmt.BackupDamaged(tr("Backup", "SQLite の整合性検査で問題が見つかりました: {detail}").format(detail=detail), "integrity")
    if free_pages or size != expected_size:
        page_auth()   # free-list leaves and pages past the counted ones were not read
    _step(progress, 2)

    # 3. counts against the manifest
    try:
        with phase("counts"):
            tables = fmt.vault_tables(conn)
            expected = {str(k): int(v) for k, v in (manifest.get("counts") or {}).items()}
            counts = fmt.count_rows(conn, tables)
        if set(tables) != set(expected):
            missing = sorted(set(expected) - set(tables))
            extra = sorted(set(tables) - set(expected))
            raise fmt.BackupDamaged(tr(
                "Backup", "表の構成がマニフェストと一致しません（不足: {missing}／余分: {extra}）。"
            ).format(missing=", ".join(missing) or "-", extra=", ".join(extra) or "-"), "counts")
        for t in tables:
            if counts[t] != expected[t]:
                raise fmt.BackupDamaged(tr(
                    "Backup", "表「{table}」の行数がマニフェストと一致しません（記録 {expected} 行、実際 {actual} 行）。"
                ).format(table=t, expected=expected[t], actual=counts[t]), "counts")
    except sqlcipher3.DatabaseError as exc:
        raise fmt.BackupDamaged(tr("Backup", "データを読み取れません（{reason}）。").format(reason=exc), "integrity") from None
    _step(progress, 3)

    # 4. audit chain, up to the head recorded in the manifest
    try:
        head = manifest.get("audit_head") or {}
        with phase("audit chain"):
            report = trail.verify(conn, (int(head.get("seq", 0)), str(head.get("mac", ""))))
    except (sqlcipher3.DatabaseError, TypeError, ValueError) as exc:
        raise fmt.BackupDamaged(tr("Backup", "監査ログを検証できません（{reason}）。").format(reason=exc), "audit-chain") from None
    if not report.ok:
        raise fmt.BackupDamaged(tr("Backup", "監査ログの検証に失敗しました: {msg}").format(msg=report.message), "audit-chain")
    if report.count != int(head.get("seq", 0)):
        raise fmt.BackupDamaged(tr("Backup", "監査ログの件数がマニフェストと一致しません。"), "audit-chain")
    # signatures and role grants: a backup forged with its passphrase (an extra administrator,
    # entries re-chained) keeps a valid chain but not the users' signatures
    with phase("audit signatures"):
        from desktop.audit import verification

        findings = verification.history_findings(conn)
    if findings:
        raise fmt.BackupDamaged(tr("Backup", "監査ログの署名の検証に失敗しました（バックアップが書き換えられた可能性があります）:\n{msg}").format(
            msg="\n".join(findings)), "audit-signatures")
    _step(progress, 4)

    # 5. key slots a restore needs
    try:
        with phase("key slots"):
            keyslots = fmt.read_keyslots(conn)
            users = {}
            for row in conn.execute("SELECT user_id, role, enabled, deleted_at, display_name FROM users"):
                users[row[0]] = {"role": row[1], "enabled": bool(row[2]), "deleted_at": row[3], "display_name": row[4]}
        if not keyslots.get("recovery", {}).get("recovery", {}).get("pub"):
            raise ValueError("no recovery slot")
        if not any(u in keyslots.get("user", {}) and r["role"] == "admin" for u, r in users.items()):
            raise ValueError("no administrator slot")
    except (sqlcipher3.DatabaseError, ValueError, KeyError, TypeError):
        raise fmt.BackupDamaged(tr("Backup", "復元に必要な鍵情報が壊れているか、足りません。"), "keyslots") from None
    _step(progress, VERIFY_STEPS)
    return BackupInfo(path, size, manifest, keyslots, counts, report.count, users)


def quick_info(path: Path | str, passphrase: str) -> dict:
    """The manifest only (no checks) — for listings; raises like :func:`verify_backup`."""
    path = Path(path)
    size = _check_shape(path)
    conn = _open_checked(path, passphrase, size, None)
    try:
        return fmt.read_manifest(conn)
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            conn.close()

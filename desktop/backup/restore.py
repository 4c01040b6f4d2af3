"""Restore: verify, authenticate, rebuild the vault under a new key, install it atomically.

1. :func:`~desktop.backup.verify.verify_backup` runs every check first.
2. Authority: an administrator's password *as it was in the backup* (their private key is
   unwrapped from the backed-up slot) or the vault's recovery key. Replacing an existing
   vault needs, in addition, an administrator of the **live** vault: their current user ID
   and password, checked by actually opening the live vault (``desktop.vault.unlock``, or
   ``unlock_with_recovery`` with the live vault's recovery key on a PC that is not one of its
   terminals) and checking the role there — so neither an administrator deleted since the
   backup nor someone who forged a backup with its passphrase can replace the vault. The
   authorisation is written to the live vault's own trail (kept in the safety copy).
   Restoring into a new location (a new PC) needs only the backup's credentials.
3. A new database file is built in a temp file beside the target, keyed with a brand-new
   database key: ``sqlcipher_export`` from the backup, the backup's own tables dropped,
   migrations applied (older backups), the restore appended to the audit trail.
4. A new key-slot file seals the new key to every backed-up user (their passwords keep
   working), to the recovery key, and to the terminals that may open it: the backed-up ones,
   plus this PC when the recovery key was given (new PC) or when it already was a registered
   terminal of this vault.
5. Install. To a new path: key-slot file, then the database (a crash in between leaves only
   a key-slot file with no database, which the next restore replaces). Replacing the vault:
   a safety copy of both files first; then the key-slot file is written with the current
   slots *and* the new ones as ``next_generation`` — the vault's own mechanism for an
   interrupted re-key — so whichever database file is in place opens; then the database is
   swapped with one rename; then the key-slot file is finalised. A crash at any point leaves
   a vault that opens (the original, or the restored one).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from desktop.audit import trail
from desktop.backup import format as fmt
from desktop.backup import history as hist
from desktop.backup import keys as bkeys
from desktop.backup.verify import BackupInfo, sha256_file, verify_backup
from desktop.errors import DaichoError
from desktop.fsutil import io_error_message
from desktop.i18n import tr
from desktop.timeutil import now_iso
from desktop.vault import migrations, witness
from desktop.vault import slots as slotlib
from desktop.vault.keyfile import KeyFile, keyfile_path
from desktop.vault.lockfile import WriterLock
from desktop.vault.terminal import KeyringUnavailable, TerminalStore, this_host_name

Progress = Callable[[int, int], "bool | None"]
#: progress is reported in per-mille: verification takes the first part, the copy the rest
_VERIFY_SHARE = 400


@dataclass
class RestoreResult:
    path: Path
    replaced: bool
    safety_copy: Path | None
    via: str                       # "password" | "recovery-key"
    user_id: str | None
    terminal: str                  # "kept" | "registered" | "not-registered" | "unbound"
    schema_from: int
    schema_to: int
    backup_created_at: str
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    live_admin: str | None = None  # the live vault's administrator who authorised a replace

    def notes(self) -> list[str]:
        out = []
        if self.safety_copy:
            out.append(tr("Backup", "元の台帳の安全コピー: {path}").format(path=self.safety_copy))
        if self.schema_from != self.schema_to:
            out.append(tr("Backup", "古い版のバックアップだったため、スキーマを {a} から {b} に更新しました。").format(a=self.schema_from, b=self.schema_to))
        if self.terminal == "registered":
            out.append(tr("Backup", "このPCを端末として登録しました。"))
        elif self.terminal == "not-registered":
            out.append(tr("Backup", "このPCはバックアップ時点で登録済みの端末ではありません。このPCで開くには、管理者がリカバリーキーで開いて端末登録してください。"))
        out.append(tr("Backup", "各ユーザーはバックアップ時点のパスワードでログインできます。"))
        return out


def _scaled(progress: Progress | None, lo: int, hi: int) -> Progress | None:
    if progress is None:
        return None

    def inner(done: int, total: int):
        frac = (done / total) if total else 0.0
        return progress(lo + int((hi - lo) * min(max(frac, 0.0), 1.0)), 1000)

    return inner


def restore_backup(backup: Path | str, passphrase: str, target: Path | str, *, replace: bool = False,
                   user_id: str | None = None, password: str | None = None, recovery_key: str | None = None,
                   live_user_id: str | None = None, live_password: str | None = None,
                   live_recovery_key: str | None = None,
                   terminals: TerminalStore | None = None, history: list | None = None,
                   progress: Progress | None = None) -> RestoreResult:
    """Restore ``backup`` into ``target`` (a new vault path, or the vault to replace).

    ``user_id``/``password`` (as in the backup) or ``recovery_key`` authorise the backup.
    Replacing an existing vault (``replace=True``) also needs ``live_user_id`` and
    ``live_password``: an administrator of the live vault as it is now (plus
    ``live_recovery_key`` when this PC is not one of its registered terminals). The live vault
    must not be open (its writer lock is needed)."""
    started = time.perf_counter()
    backup, target = Path(backup), Path(target).expanduser()
    info = verify_backup(backup, passphrase, history=history, progress=_scaled(progress, 0, _VERIFY_SHARE))
    auth = bkeys.authenticate(info.vault_id, info.keyslots, info.users, user_id=user_id,
                              password=password, recovery_key=recovery_key)
    store = terminals or TerminalStore()
    live_admin = live_keys = None
    if replace and target.exists():
        live_admin, live_keys = authorize_replace(target, info, backup, user_id=live_user_id, password=live_password,
                                                  recovery_key=live_recovery_key, terminals=store)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DaichoError(io_error_message(exc, target.parent)) from None
    lock = WriterLock(target)
    lock.acquire()
    try:
        live = _check_target(target, info, replace)
        plan = _terminal_plan(info, auth, store, live)
        result = _restore_locked(backup, passphrase, target, info, auth, store, live, plan, progress, started,
                                 live_keys, live_admin)
    finally:
        lock.release()
    result.live_admin = live_admin
    return result


def authorize_replace(target: Path, info: BackupInfo, backup: Path, *, user_id: str | None, password: str | None,
                      recovery_key: str | None = None, terminals: TerminalStore | None = None,
                      ) -> tuple[str, tuple[bytes, bytes | None]]:
    """Check that an administrator of the live vault at ``target`` allows replacing it.

    Opens the live vault as that user (a wrong password counts towards their lockout like any
    failed login), requires the administrator role there, notes the authorisation in the live
    trail and closes it again. Returns the administrator's user ID and the keys that
    authenticate the live key-slot file (derived keys, not the database key), with which the
    restore stages its slots beside the live ones."""
    from desktop.vault import unlock, unlock_with_recovery
    from desktop.vault.vault import AuthFailed

    if not user_id or not password:
        raise DaichoError(tr(
            "Backup", "現在の台帳を置き換えるには、現在の台帳の管理者のユーザーIDと、いまのパスワードが必要です"
            "（バックアップ作成時点のものではありません）。"))
    if recovery_key:
        live = unlock_with_recovery(target, recovery_key, user_id, password, terminals=terminals, register_terminal=False)
    else:
        live = unlock(target, user_id, password, terminals=terminals)
    try:
        if live.session.role != "admin":
            raise AuthFailed(tr("Backup", "現在の台帳を置き換えられるのは、現在の台帳の管理者だけです。"))
        if live.vault_id != info.vault_id:
            raise DaichoError(tr(
                "Backup", "このバックアップは別の台帳のものです。現在の台帳を置き換えることはできません。新しい場所に復元してください。"))
        live.audit("backup.restore_replace", entity="backup", details={
            "backup": str(backup.resolve()), "backup_created_at": info.created_at,
            "backup_created_by": info.created_by, "via": "recovery-key" if recovery_key else "password",
            "host": this_host_name(),
        })
        live_keys = (live.slots_key, live.state_key)
    finally:
        live.close()
    return user_id, live_keys


def check_live_admin(vault, user_id: str, password: str) -> None:
    """With the live vault open (the GUI, before it closes the vault to replace it): is
    ``user_id`` an administrator of it, and is ``password`` their current one? Re-authenticates
    with :meth:`Vault.verify_password` (a wrong password counts towards the lockout). The
    restore itself checks again by opening the vault (:func:`authorize_replace`)."""
    from desktop.accounts.service import AccountService
    from desktop.errors import NotFound
    from desktop.vault.vault import AuthFailed

    vault.session.require_admin()
    if not user_id or not password:
        raise DaichoError(tr(
            "Backup", "現在の台帳を置き換えるには、現在の台帳の管理者のユーザーIDと、いまのパスワードが必要です"
            "（バックアップ作成時点のものではありません）。"))
    if not vault.verify_password(user_id, password):
        raise AuthFailed(tr("Vault", "ユーザーIDまたはパスワードが違います。"))
    try:
        user = AccountService(vault).get(user_id)
    except NotFound:
        raise AuthFailed(tr("Vault", "ユーザーIDまたはパスワードが違います。")) from None
    if user.role != "admin" or not user.enabled:
        raise AuthFailed(tr("Backup", "現在の台帳を置き換えられるのは、現在の台帳の管理者だけです。"))


def _check_target(target: Path, info: BackupInfo, replace: bool) -> KeyFile | None:
    """Return the live key-slot file when replacing (after finishing a crashed restore)."""
    kpath = keyfile_path(target)
    _clean_temps(target)
    if not replace:
        if target.exists():
            raise DaichoError(tr(
                "Backup", "復元先にはすでに台帳があります: {path}\n置き換える場合は「現在の台帳を置き換える」（--replace）を選んでください。"
            ).format(path=target))
        if kpath.exists():
            # a key-slot file with no database beside it: an interrupted restore (or a stray
            # file). It opens nothing; keep it aside rather than delete it.
            with contextlib.suppress(OSError):
                os.replace(kpath, Path(f"{kpath}.stale-{time.strftime('%Y%m%d-%H%M%S')}"))
        return None
    if not target.exists():
        raise DaichoError(tr("Backup", "置き換える台帳が見つかりません: {path}").format(path=target))
    live = KeyFile.load(kpath)
    if live.vault_id != info.vault_id:
        raise DaichoError(tr(
            "Backup", "このバックアップは別の台帳のものです。現在の台帳を置き換えることはできません。新しい場所に復元してください。"))
    if live.intent is not None:
        raise DaichoError(tr(
            "Backup", "現在の台帳の鍵の更新が途中で止まっています。一度台帳を開いて（自動的に完了します）から、やり直してください。"))
    wal = Path(f"{target}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise DaichoError(tr(
            "Backup", "現在の台帳が正しく閉じられていません（-wal ファイルが残っています）。一度台帳を開いて閉じてから、やり直してください。"))
    return live


def _terminal_plan(info: BackupInfo, auth: bkeys.RestoreAuth, store: TerminalStore,
                   live: KeyFile | None) -> tuple[str, dict[str, dict], object]:
    """(outcome, terminals to seal to, this PC's identity to register or None)."""
    users_term = dict(info.keyslots.get("terminal", {}))
    if not info.binding:
        return "unbound", {}, None
    try:
        ident = store.load(info.vault_id)
    except KeyringUnavailable:
        ident = None
        if auth.via == "recovery-key":
            raise DaichoError(tr(
                "Backup", "このPCでは安全なキーリングが使えないため、端末として登録できません。キーリングを使える状態にしてからやり直してください。")) from None
    if ident is not None:
        from desktop.vault import crypto

        mine = crypto.b64e(ident.public_key)
        if users_term.get(ident.terminal_id, {}).get("pub") == mine:
            return "kept", users_term, None
        if live is not None and live.terminals.get(ident.terminal_id, {}).get("pub") == mine:
            return "registered", users_term, ident
    if auth.via == "recovery-key":
        return "registered", users_term, ident or "create"
    return "not-registered", users_term, None


def _clean_temps(target: Path) -> None:
    now = time.time()
    for p in target.parent.glob(f".{target.name}.*.restoring*"):
        with contextlib.suppress(OSError):
            if now - p.stat().st_mtime > 60:
                p.unlink()


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            p.unlink()


def _restore_locked(backup: Path, passphrase: str, target: Path, info: BackupInfo, auth: bkeys.RestoreAuth,
                    store: TerminalStore, live: KeyFile | None, plan, progress: Progress | None,
                    started: float, live_keys: tuple[bytes, bytes | None] | None = None,
                    live_admin: str | None = None) -> RestoreResult:
    outcome, term_slots, register = plan
    users = {u for u, r in info.users.items() if not r.get("deleted_at") and u in info.keyslots.get("user", {})}
    tmp = fmt.temp_beside(target, ".restoring")
    safety = None
    try:
        from desktop.vault import crypto

        identity = None
        if register is not None:
            identity = store.create(info.vault_id) if register == "create" else register
            term_slots = dict(term_slots)
            term_slots[identity.terminal_id] = {"pub": crypto.b64e(identity.public_key), "name": this_host_name(),
                                                "registered_at": now_iso()}
        new = bkeys.build_keyfile(info.vault_id, info.keyslots, binding=info.binding, users=users, terminals=term_slots,
                                  generation=(live.generation + 1) if live is not None else 1)
        digest = sha256_file(backup)
        schema_to, head = _build_database(tmp, backup, passphrase, new.dek, info, auth, identity, digest, target,
                                          _scaled(progress, _VERIFY_SHARE, 990), live_admin,
                                          generation=new.keyfile.generation)
        bkeys.sign_state(new, head)
        fmt.fsync_file(tmp)
        with open(tmp, "rb") as fh:
            salt = fh.read(16).hex()
        if live is None:
            bkeys.install(target, new)
            fmt.fault_point("restore-after-keys")
            os.replace(tmp, target)
            fmt.fsync_dir(target.parent)
        else:
            safety = _safety_copy(target)
            if live_keys is None:
                raise DaichoError(tr("Backup", "現在の台帳の管理者の確認が済んでいません。"))
            bkeys.stage_replacement(target, new, live_keys, salt)
            fmt.fault_point("restore-after-staged-keys")
            for extra in (Path(f"{target}-wal"), Path(f"{target}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    extra.unlink()
            os.replace(tmp, target)
            fmt.fsync_dir(target.parent)
            fmt.fault_point("restore-after-swap")
            bkeys.install(target, new)
        witness.accept_head(store, info.vault_id, head)
        if progress is not None:
            progress(1000, 1000)
    except OSError as exc:
        _remove(tmp)
        raise DaichoError(io_error_message(exc, target)) from None
    except BaseException:
        _remove(tmp)
        raise
    return RestoreResult(
        path=target, replaced=live is not None, safety_copy=safety, via=auth.via, user_id=auth.user_id,
        terminal=outcome, schema_from=info.schema_version, schema_to=schema_to,
        backup_created_at=info.created_at, counts=info.counts, seconds=time.perf_counter() - started,
    )


def _safety_copy(target: Path) -> Path:
    """Copy the current vault (database + key-slot file) aside; the copy opens by itself."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    dest = Path(f"{target}.before-restore-{stamp}")
    n = 1
    while dest.exists():
        n += 1
        dest = Path(f"{target}.before-restore-{stamp}-{n}")
    for src, dst in ((keyfile_path(target), keyfile_path(dest)), (target, dest)):
        part = Path(f"{dst}.part")
        with contextlib.suppress(FileNotFoundError):
            part.unlink()   # a leftover keeps its old mode; start afresh
        os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # owner-only before any byte
        shutil.copyfile(src, part)
        fmt.fsync_file(part)
        os.replace(part, dst)
    fmt.fsync_dir(target.parent)
    return dest


def _build_database(tmp: Path, backup: Path, passphrase: str, dek: bytes, info: BackupInfo,
                    auth: bkeys.RestoreAuth, identity, digest: str, target: Path,
                    progress: Progress | None, live_admin: str | None = None, *,
                    generation: int = 1) -> tuple[int, tuple[int, bytes]]:
    """Fill ``tmp`` from the backup under the new key; return (schema version, audit head)."""
    conn = sqlcipher3.connect(str(tmp), isolation_level=None, check_same_thread=False)
    fmt.quiet_sqlcipher(conn)
    growth = fmt.GrowthProgress(tmp, progress)
    try:
        conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")  # index builds sort in memory, never in TMPDIR
        conn.execute("PRAGMA journal_mode = OFF")  # a temp file: deleted on any failure
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("ATTACH DATABASE ? AS bk KEY ?", (str(backup), passphrase))
        total = info.size
        growth.total = total

        try:
            conn.execute("BEGIN")
            conn.set_progress_handler(growth, 50)
            conn.execute("SELECT sqlcipher_export('main', 'bk')").fetchone()
            conn.set_progress_handler(None, 0)
            # the same backup we verified? (the file could have been swapped meanwhile)
            again = fmt.read_manifest(conn, "bk")
            if again.get("created_at") != info.created_at or again.get("vault_id") != info.vault_id:
                raise fmt.BackupDamaged(tr("Backup", "検証後にバックアップファイルが変更されました。"), "changed")
            for t in fmt.OWN_TABLES:
                conn.execute(f"DROP TABLE IF EXISTS main.{t}")
            counts = fmt.count_rows(conn, fmt.vault_tables(conn, "main"))
            if counts != info.counts:
                raise fmt.BackupDamaged(tr("Backup", "復元したデータの行数がマニフェストと一致しません。"), "counts")
            conn.execute(f"PRAGMA main.user_version = {int(info.schema_version)}")
            conn.execute("COMMIT")
        except sqlcipher3.Error as exc:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            if growth.cancelled:
                raise fmt.BackupCancelled(tr("Backup", "復元をキャンセルしました。元の台帳は変更していません。")) from None
            raise DaichoError(fmt.sqlite_error_message(exc, target.parent)) from None
        finally:
            with contextlib.suppress(sqlcipher3.Error):
                conn.set_progress_handler(None, 0)
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("DETACH DATABASE bk")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA foreign_keys = ON")
        try:
            migrations.apply(conn)
            schema_to = migrations.current_version(conn)
            conn.execute("BEGIN IMMEDIATE")
            if auth.private_key is not None:  # the restoring administrator signs its entries
                trail.attach_signer(conn, auth.user_id, slotlib.signing_key(auth.private_key))
            stamp = now_iso()
            seq_before = trail.head(conn)[0]
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('keys_generation', ?)", (str(generation),))
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('keyfile_authenticated', '1')")
            hist.insert(conn, kind="restore", at=stamp, user_id=auth.user_id, path=str(backup.resolve()),
                        size=info.size, sha256=digest, schema_version=info.schema_version,
                        audit_seq=int(info.manifest["audit_head"]["seq"]), backup_created_at=info.created_at)
            trail.append(conn, auth.user_id, "backup.restore", entity="backup", details={
                "backup": str(backup.resolve()), "sha256": digest, "size": info.size,
                "backup_created_at": info.created_at, "backup_created_by": info.created_by,
                "backup_audit_seq": int(info.manifest["audit_head"]["seq"]), "audit_seq_before": seq_before,
                "schema_from": info.schema_version, "schema_to": schema_to, "via": auth.via,
                "host": this_host_name(), "to": str(target), "authorised_by_live_admin": live_admin,
            })
            if identity is not None:
                conn.execute(
                    "INSERT OR REPLACE INTO terminals (terminal_id, name, registered_at, registered_by, removed_at, removed_by)"
                    " VALUES (?, ?, ?, ?, NULL, NULL)",
                    (identity.terminal_id, this_host_name(), stamp, auth.user_id),
                )
                trail.append(conn, auth.user_id, "terminal.register", entity="terminal", entity_id=identity.terminal_id,
                             details={"name": this_host_name(), "via": "restore-" + auth.via})
            conn.execute("COMMIT")
            head = trail.head(conn)
        except sqlcipher3.Error as exc:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise DaichoError(fmt.sqlite_error_message(exc, target.parent)) from None
        return schema_to, head
    finally:
        trail.detach_signer(conn)
        conn.close()

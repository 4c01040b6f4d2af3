"""Export: a consistent snapshot of the vault, re-encrypted under the backup passphrase.

How: a separate read connection (``vault.connect_reader()``) opens a read transaction — a
WAL snapshot, so the app keeps working — and ``ATTACH``-es a temp file beside the target
``KEY`` the passphrase. ``sqlcipher_export`` copies every table into it; the manifest and the
key slots are added in the same transaction, so their counts describe exactly that snapshot.
The temp file is fsynced, hashed, and renamed over the target. Data only ever reaches disk
through SQLCipher's encryption.

Speed (``bench/bench_backup.py`` prints each phase): re-encryption is CPU-bound on one core.
The SHA-256 for the history is computed once the file is complete, on a second thread, while
the final fsync runs. Optionally (:data:`WRITEBACK_BYTES`, off by default) a helper thread
(:class:`_Writeback`) flushes what SQLite has written so far during the export, leaving
little for the final fsync.
It cannot follow the file as it grows: SQLite rewrites earlier pages during the export (B-tree
interior pages spilled and changed again) and always rewrites page 1 at commit (database size,
change counter, schema), and SHA-256 cannot patch an earlier byte, so a running hash would
have to be redone from offset 0 anyway.

Progress: ``sqlcipher_export`` has no callback, but SQLite's progress handler runs inside its
statements: it reports the temp file's growth against the vault's size and interrupts the
export when the user cancels (the temp file is then deleted). The page-level backup API has
a native callback but restarts whenever the app writes, and cannot add the manifest in the
same snapshot; ``bench/bench_backup.py`` measures both.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

import desktop
from desktop.accounts import policy as pw
from desktop.audit import trail
from desktop.backup import format as fmt
from desktop.backup import history
from desktop.backup import passphrase as passphrase_rules
from desktop.backup.keys import slots_for_backup
from desktop.errors import DaichoError
from desktop.fsutil import io_error_message
from desktop.hygiene import pending_temp
from desktop.i18n import tr
from desktop.timeutil import now_iso
from desktop.vault.terminal import this_host_name

Progress = Callable[[int, int], "bool | None"]

#: SQLite VM instructions between progress-handler calls (a row of a BLOB table is ~16)
PROGRESS_OPS = 50
#: leftovers of an export killed mid-way are removed by the next export to the same name
STALE_TEMP_SECONDS = 600
#: the writeback helper flushes the temp file whenever it has grown by this much (0: off) …
#: Off by default: measured on a 2-core VM with a fast disk, it slowed the CPU-bound export
#: by 0.3–1 s per GB, more than it saved, since the final fsync (~0.5 s/GB there) already
#: runs in parallel with the hash (~0.75 s/GB). Worth turning on for slow target disks.
WRITEBACK_BYTES = 0
#: … checking this often
WRITEBACK_POLL_SECONDS = 0.05


@dataclass
class ExportResult:
    path: Path
    size: int
    sha256: str
    created_at: str
    created_by: str
    schema_version: int
    audit_seq: int
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def default_file_name(stamp: str | None = None) -> str:
    stamp = stamp or time.strftime("%Y%m%d-%H%M%S")
    return f"daicho-backup-{stamp}{fmt.SUFFIX}"


def resolve_target(target: Path | str) -> Path:
    """A folder gets a dated file name inside it (handy for scheduled backups)."""
    target = Path(target).expanduser()
    if target.is_dir():
        target = target / default_file_name()
    return target


def check_passphrase(passphrase: str, policy: pw.Policy, *, user_id: str = "") -> None:
    """The same strength rules as user passwords (length, zxcvbn score), plus SQLCipher's;
    see :mod:`desktop.backup.passphrase` (the login-password check runs at export time)."""
    passphrase_rules.check_strength(passphrase, policy, user_id=user_id)


def _clean_stale_temps(target: Path) -> None:
    now = time.time()
    for p in target.parent.glob(f".{target.name}.*.part"):
        with contextlib.suppress(OSError):
            if now - p.stat().st_mtime > STALE_TEMP_SECONDS:
                p.unlink()


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            p.unlink()


def create_backup_file(vault, target: Path | str, passphrase: str, *, progress: Progress | None = None,
                       timings: dict[str, float] | None = None, overwrite: bool = True) -> ExportResult:
    """Write the backup file (thread-safe: uses only its own connection). Nothing is recorded
    in the vault; call :func:`record_backup` afterwards on the vault's own thread.

    ``timings`` (optional) receives the seconds spent in each phase (the benchmark prints them).
    ``overwrite=False`` (scheduled backups) refuses a target that already exists, also one
    that appears while the export runs (the final rename then never replaces a file)."""
    vault.session.require_write()
    started = time.perf_counter()
    phase = fmt.Phases(timings)
    target = resolve_target(target)
    if target.exists() and target.is_dir():
        raise DaichoError(tr("Backup", "保存先がフォルダーです: {path}").format(path=target))
    if not overwrite and os.path.lexists(target):
        raise DaichoError(same_name_message(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DaichoError(io_error_message(exc, target.parent)) from None
    _clean_stale_temps(target)
    # registered beside the vault first: if this process is killed, the next open of the
    # vault removes the encrypted .part (desktop.hygiene.remove_leftovers)
    with pending_temp(vault.path, target.parent, f".{target.name}.", ".part"):
        tmp = fmt.temp_beside(target, ".part")
        return _create(vault, target, tmp, passphrase, progress, phase, started, overwrite)


def same_name_message(target: Path) -> str:
    return tr("Backup", "保存先に同じ名前のファイルが既にあるため、上書きせずに中止しました: {path}").format(path=target)


def _rename_no_replace(tmp: Path, target: Path) -> None:
    """Move ``tmp`` to ``target`` unless ``target`` exists (a hard link is atomic and never
    replaces; file systems without hard links, e.g. FAT on a USB stick, get exists + rename)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise DaichoError(same_name_message(target)) from None
    except OSError:
        if os.path.lexists(target):
            raise DaichoError(same_name_message(target)) from None
        os.replace(tmp, target)
        return
    os.unlink(tmp)


def _create(vault, target: Path, tmp: Path, passphrase: str, progress: Progress | None, phase: fmt.Phases,
            started: float, overwrite: bool = True) -> ExportResult:
    try:
        with _Writeback(tmp) as writeback:
            result = _export(vault, tmp, passphrase, progress, phase)
        # the file is complete (its connection is closed): hash it while it is flushed
        with phase("fsync + hash"):
            hasher = _Sha256Thread(tmp)
            try:
                with phase("fsync"):
                    fmt.fsync_file(tmp)
                    writeback.raise_error()
            except BaseException:
                hasher.join()   # before the temp file is removed; the fsync error is the one to report
                raise
            result.sha256 = hasher.result()
        result.size = tmp.stat().st_size
        fmt.fault_point("export-before-rename")
        with phase("rename"):
            if overwrite:
                os.replace(tmp, target)
            else:
                _rename_no_replace(tmp, target)
            fmt.fsync_dir(target.parent)
    except OSError as exc:
        _remove(tmp)
        raise DaichoError(io_error_message(exc, target)) from None
    except BaseException:
        _remove(tmp)
        raise
    result.path = target
    result.seconds = time.perf_counter() - started
    return result


def _export(vault, tmp: Path, passphrase: str, progress: Progress | None, phase: fmt.Phases) -> ExportResult:
    reader = vault.connect_reader()
    fmt.quiet_sqlcipher(reader)
    reader.row_factory = None
    growth = fmt.GrowthProgress(tmp, progress)
    try:
        policy = pw.Policy.from_vault(reader)
        check_passphrase(passphrase, policy, user_id=vault.session.user_id)
        passphrase_rules.check_not_a_login_password(vault, passphrase)
        try:
            reader.execute("ATTACH DATABASE ? AS bk KEY ?", (str(tmp), passphrase))
            reader.execute("PRAGMA bk.journal_mode = OFF")  # a failed export is deleted anyway
            reader.execute("PRAGMA bk.synchronous = OFF")   # fsynced once, at the end
            reader.execute("BEGIN")
            schema_version = reader.execute("PRAGMA main.user_version").fetchone()[0]
            tables = fmt.vault_tables(reader)
            counts = fmt.count_rows(reader, tables)
            seq, mac = trail.head(reader)
            users = {r[0] for r in reader.execute("SELECT user_id FROM users WHERE deleted_at IS NULL")}
            terminals = {r[0] for r in reader.execute("SELECT terminal_id FROM terminals WHERE removed_at IS NULL")}
            total = int(reader.execute("PRAGMA main.page_count").fetchone()[0]) * int(
                reader.execute("PRAGMA main.page_size").fetchone()[0])
            created_at = now_iso()
            growth.total = total

            if progress is not None:
                progress(0, total)
            reader.set_progress_handler(growth, PROGRESS_OPS)
            with phase("export"):
                reader.execute("SELECT sqlcipher_export('bk')").fetchone()
            reader.set_progress_handler(None, 0)
            fmt.fault_point("export-after-copy")
            if growth.cancelled:
                raise fmt.BackupCancelled()
            manifest_started = time.perf_counter()
            manifest = {
                "format": fmt.FORMAT,
                "format_version": fmt.FORMAT_VERSION,
                "app_version": desktop.__version__,
                "schema_version": schema_version,
                "created_at": created_at,
                "created_by": {"user_id": vault.session.user_id, "display_name": vault.session.display_name},
                "vault_id": vault.vault_id,
                "host": this_host_name(),
                "binding": bool(vault.keyfile.binding),
                "counts": counts,
                "audit_head": {"seq": seq, "mac": mac.hex()},
                "page_size": fmt.PAGE_SIZE,
            }
            reader.execute(f"CREATE TABLE bk.{fmt.MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            reader.executemany(
                f"INSERT INTO bk.{fmt.MANIFEST_TABLE} (key, value) VALUES (?, ?)",
                [(k, json.dumps(v, ensure_ascii=False, sort_keys=True)) for k, v in manifest.items()],
            )
            reader.execute(
                f"CREATE TABLE bk.{fmt.KEYSLOTS_TABLE} (kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,"
                " PRIMARY KEY (kind, id))"
            )
            reader.executemany(
                f"INSERT INTO bk.{fmt.KEYSLOTS_TABLE} (kind, id, data) VALUES (?, ?, ?)",
                [(k, i, json.dumps(d, sort_keys=True)) for k, i, d in slots_for_backup(vault.keyfile, users, terminals)],
            )
            reader.execute(f"PRAGMA bk.user_version = {int(schema_version)}")
            reader.execute("COMMIT")
            if phase.out is not None:
                phase.out["manifest + commit"] = time.perf_counter() - manifest_started
            if progress is not None:
                progress(total, total)
        except sqlcipher3.Error as exc:
            with contextlib.suppress(sqlcipher3.Error):
                reader.execute("ROLLBACK")
            if growth.cancelled:
                raise fmt.BackupCancelled() from None
            raise DaichoError(fmt.sqlite_error_message(exc, tmp.parent)) from None
        finally:
            with contextlib.suppress(sqlcipher3.Error):
                reader.set_progress_handler(None, 0)
            with contextlib.suppress(sqlcipher3.Error):
                reader.execute("DETACH DATABASE bk")
    finally:
        reader.close()
    return ExportResult(tmp, 0, "", created_at, vault.session.user_id, schema_version, seq, counts)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    buf = bytearray(1 << 20)
    view = memoryview(buf)
    with open(path, "rb", buffering=0) as fh:
        while n := fh.readinto(buf):
            h.update(view[:n])   # hashlib releases the GIL on large updates
    return h.hexdigest()


class _Sha256Thread:
    """:func:`_sha256` of a complete file, on a thread of its own; :meth:`result` joins it."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._digest = ""
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="backup-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._digest = _sha256(self._path)
        except BaseException as exc:  # noqa: BLE001 - re-raised on the calling thread
            self._error = exc

    def join(self) -> None:
        self._thread.join()

    def result(self) -> str:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._digest


class _Writeback:
    """Flush the temp file to disk while SQLite is still writing it (a helper thread).

    SQLite writes with ``synchronous = OFF``; without this the whole file would sit in the page
    cache until the final fsync and be written out only then, on the critical path. Here it is
    ``fdatasync``-ed every :data:`WRITEBACK_BYTES` of growth while the CPU-bound encryption
    runs. This only starts writeback early: the final ``fsync`` still runs after the last
    write, before the rename. An error seen here is kept and raised by :meth:`raise_error`
    (after the final fsync), since a write error reported to this thread's descriptor would
    not be reported again to a later one.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._stop = threading.Event()
        self._error: OSError | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> _Writeback:
        if WRITEBACK_BYTES <= 0:
            return self
        self._thread = threading.Thread(target=self._run, name="backup-writeback", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        sync = getattr(os, "fdatasync", os.fsync)
        try:
            fd = os.open(self._path, os.O_RDONLY if os.name == "posix" else os.O_RDWR)
        except OSError:
            return   # the export itself will report why the file cannot be used
        try:
            synced = 0
            while not self._stop.wait(WRITEBACK_POLL_SECONDS):
                size = os.fstat(fd).st_size
                if size - synced >= WRITEBACK_BYTES:
                    sync(fd)
                    synced = size
        except OSError as exc:
            self._error = exc
        finally:
            os.close(fd)

    def raise_error(self) -> None:
        if self._error is not None:
            raise self._error


def record_backup(vault, result: ExportResult) -> int:
    """Record a written backup in the history and the audit trail (on the vault's thread)."""
    with vault.transaction() as conn:
        hid = history.insert(
            conn, kind="export", at=result.created_at, user_id=vault.session.user_id,
            path=str(result.path.resolve()), size=result.size, sha256=result.sha256,
            schema_version=result.schema_version, audit_seq=result.audit_seq,
            backup_created_at=result.created_at,
        )
        trail.append(conn, vault.session.user_id, "backup.export", entity="backup", entity_id=hid, details={
            "path": str(result.path.resolve()), "size": result.size, "sha256": result.sha256,
            "schema_version": result.schema_version, "audit_seq": result.audit_seq,
        })
    return hid


def export_backup(vault, target: Path | str, passphrase: str, *, progress: Progress | None = None) -> ExportResult:
    """Write and record a backup (CLI and other single-threaded callers)."""
    check_passphrase(passphrase, pw.Policy.from_vault(vault.conn), user_id=vault.session.user_id)
    result = create_backup_file(vault, target, passphrase, progress=progress)
    record_backup(vault, result)
    return result

"""Process hygiene: keep secrets out of core dumps and new files away from other accounts.

:func:`harden_process` is the first thing the GUI (``ui.app.main``) and the CLI
(``desktop.cli.main.main``) do. A crashed process must not leave the login password or the
database key in a core file or a crash report, and every file the app creates (vault, its
``-wal``/``-shm``, lock and key-slot files, backups, temp files) is readable by the owner
only. Each step is independent and best-effort: a platform that lacks one of them still
starts; :func:`harden_process` returns what it applied (the tests read it).

Per platform:

- every POSIX system: ``umask 077`` and ``RLIMIT_CORE`` = 0 (soft and hard: the process and
  its children can never raise it again);
- Linux: also ``prctl(PR_SET_DUMPABLE, 0)``, which stops core dumps even through a
  ``core_pattern`` pipe helper such as systemd-coredump or apport, and stops other
  processes of the same account from attaching a debugger or reading ``/proc/<pid>/mem``;
- macOS: ``RLIMIT_CORE`` = 0 is enough — the kernel writes no core file then, and the
  crash reporter (ReportCrash) records a stack trace, not the process memory;
- Windows: ``SetErrorMode(SEM_NOGPFAULTERRORBOX)`` so that a crash does not go through
  Windows Error Reporting's fault dialog and its memory dump.
"""

from __future__ import annotations

import contextlib
import os
import sys

#: linux/prctl.h
PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
#: winbase.h
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002

_applied: list[str] | None = None


def harden_process() -> list[str]:
    """Apply every protection this platform offers; never raises. Idempotent."""
    global _applied
    if _applied is not None:
        return list(_applied)
    done: list[str] = []
    if os.name == "posix":
        with contextlib.suppress(Exception):
            os.umask(0o077)
            done.append("umask")
        with contextlib.suppress(Exception):
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            done.append("rlimit-core")
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            if _prctl(PR_SET_DUMPABLE, 0) == 0:
                done.append("not-dumpable")
    elif sys.platform == "win32":
        with contextlib.suppress(Exception):
            import ctypes

            kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
            mode = kernel32.GetErrorMode()
            kernel32.SetErrorMode(mode | SEM_NOGPFAULTERRORBOX | SEM_FAILCRITICALERRORS)
            done.append("no-wer-dialog")
    # macOS: RLIMIT_CORE (above) is what the platform offers.
    _applied = done
    return list(done)


def _prctl(option: int, arg: int) -> int:
    import ctypes
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    libc.prctl.restype = ctypes.c_int
    return int(libc.prctl(option, arg, 0, 0, 0))


def is_dumpable() -> bool | None:
    """Linux: ``prctl(PR_GET_DUMPABLE)``; elsewhere None (for tests and diagnostics)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return _prctl(PR_GET_DUMPABLE, 0) != 0
    except Exception:  # noqa: BLE001 - no libc: unknown
        return None


# --- files: owner-only modes and leftovers of killed writes -----------------------------------

#: what ``tempfile.mkstemp`` puts between prefix and suffix
_RANDOM = r"[a-z0-9_]{8}"
#: key-slot files may also be written by a process that does not hold the writer lock (a
#: read-only open records a login): their temp files are removed only once this old
KEYFILE_TEMP_AGE_SECONDS = 120
PENDING_INFIX = ".pending-"


def tighten_vault_files(vault_path) -> None:
    """POSIX: make the vault's files owner-only (0600) — also those made by an older version
    of the app or under a lax umask. SQLite gives ``-wal``/``-shm`` the database file's mode."""
    if os.name != "posix":
        return
    from pathlib import Path

    base = str(vault_path)
    for name in (base, f"{base}-wal", f"{base}-shm", f"{base}-journal", f"{base}.keys", f"{base}.lock"):
        with contextlib.suppress(OSError):
            st = os.stat(name)
            if st.st_mode & 0o077 and Path(name).is_file():
                os.chmod(name, 0o600)


def _leftover_patterns(name: str):
    import re

    n = re.escape(name)
    now = (re.compile(rf"^\.{n}\.{_RANDOM}\.(part|restoring)(-journal|-wal|-shm)?$"),
           re.compile(rf"^{n}\.before-restore-[0-9-]+(\.keys)?\.part$"))
    aged = re.compile(rf"^\.{n}\.keys\.{_RANDOM}\.part$")
    return now, aged


def remove_leftovers(vault_path) -> list[str]:
    """Remove temp files that a killed export, restore or atomic write left behind.

    Call only while holding the vault's writer lock (:class:`desktop.vault.lockfile.WriterLock`
    does): every writer of these files holds it too, so what is found cannot be in use.
    Removes, in the vault's folder, this vault's restore temps, safety-copy ``.part`` files
    and key-slot temp files (the latter only when older than
    :data:`KEYFILE_TEMP_AGE_SECONDS`), and, wherever it was, the ``.part`` file of an export
    that registered itself with :func:`pending_temp`. Never raises; returns the names removed.
    """
    import json
    import time
    from pathlib import Path

    vault_path = Path(vault_path)
    folder, name = vault_path.parent, vault_path.name
    removed: list[str] = []
    now_patterns, aged = _leftover_patterns(name)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        with contextlib.suppress(OSError):
            if not entry.is_file(follow_symlinks=False):
                continue
            if entry.name.startswith(f".{name}{PENDING_INFIX}"):
                try:
                    marker = json.loads(Path(entry.path).read_text(encoding="utf-8"))
                    removed += _remove_marked(Path(marker["dir"]), str(marker["prefix"]), str(marker["suffix"]))
                except (ValueError, KeyError, TypeError):
                    pass
                os.unlink(entry.path)
                continue
            stale = aged.match(entry.name) and time.time() - entry.stat().st_mtime > KEYFILE_TEMP_AGE_SECONDS
            if stale or any(p.match(entry.name) for p in now_patterns):
                os.unlink(entry.path)
                removed.append(entry.path)
    return removed


def _remove_marked(folder, prefix: str, suffix: str) -> list[str]:
    import re

    pattern = re.compile(rf"^{re.escape(prefix)}{_RANDOM}{re.escape(suffix)}(-journal)?$")
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if pattern.match(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(entry.path)
    return removed


@contextlib.contextmanager
def pending_temp(vault_path, folder, prefix: str, suffix: str):
    """Register a temp file about to be made in ``folder`` (``prefix`` + 8 random characters +
    ``suffix``, as ``tempfile.mkstemp`` names it) for the duration of the block: if the
    process is killed meanwhile, the next open of the vault removes it
    (:func:`remove_leftovers`). The marker beside the vault holds only the folder and the name
    pattern."""
    import json
    import secrets
    from pathlib import Path

    vault_path = Path(vault_path)
    marker = vault_path.parent / f".{vault_path.name}{PENDING_INFIX}{secrets.token_hex(4)}"
    data = json.dumps({"dir": str(Path(folder).resolve()), "prefix": prefix, "suffix": suffix}, ensure_ascii=False)
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, data.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        marker = None   # best effort: the vault's folder is normally writable
    try:
        yield marker
    finally:
        if marker is not None:
            with contextlib.suppress(OSError):
                marker.unlink()

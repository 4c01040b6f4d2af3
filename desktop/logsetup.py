"""Log files of the GUI and the CLI, side by side in the user log folder.

``itaku-daicho.log`` (GUI) and ``daicho-cli.log`` (CLI), each bounded (1 MB, 3 backups).
Never secrets or record contents: messages are written by the app's own format strings with
IDs and type names only, and tracebacks without exception messages (:class:`SafeFormatter`).

:class:`RotatingLog` is hand-written rather than ``logging.handlers.RotatingFileHandler``:
importing ``logging.handlers`` pulls socket, pickle and queue in, measured at 10-50 ms on the
GUI's startup path (bench/bench_foundation.py, section (d)).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RotatingLog(logging.FileHandler):
    """A size-bounded log file with numbered backups (``.1`` … ``.N``).

    ``logging.handlers.RotatingFileHandler`` would do the same but imports socket, pickle and
    queue (see the module docstring for the measured cost).
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self.rotate()
        except OSError:
            pass
        super().emit(record)

    def rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for i in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{i}"):
                os.replace(f"{base}.{i}", f"{base}.{i + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")


class SafeFormatter(logging.Formatter):
    """Log lines with tracebacks whose exception *messages* are withheld.

    An exception's message may carry what the user typed or a record's values (``int()``
    quoting its input, a ``ValidationError`` naming the bad value, …); the log file is plain
    text outside the vault, so only each exception's type and frames are written (the whole
    ``__cause__`` / ``__context__`` chain).
    """

    def format(self, record: logging.LogRecord) -> str:
        # ``record.exc_text`` is a cache shared by every handler: another formatter may have
        # filled it with the full message first; never reuse it, never leave ours behind.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:  # noqa: N802 - logging's API
        import traceback

        exc = ei[1]
        chain: list[tuple[BaseException, bool]] = []  # (exception, raised "from" the next one)
        while exc is not None and all(exc is not seen for seen, _ in chain):
            cause = exc.__cause__
            nxt = cause if cause is not None else (None if exc.__suppress_context__ else exc.__context__)
            chain.append((exc, cause is not None))
            exc = nxt
        if not chain:
            return f"{getattr(ei[0], '__name__', ei[0])} (message withheld)"
        parts: list[str] = []
        for i, (err, _) in enumerate(reversed(chain)):
            if i:
                direct = chain[len(chain) - 1 - i][1]
                parts.append("\nThe above exception was the direct cause of the following exception:\n\n" if direct
                             else "\nDuring handling of the above exception, another exception occurred:\n\n")
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(err.__traceback__))
            kind = type(err)
            code = getattr(err, "code", None)
            parts.append(f"{kind.__module__}.{kind.__qualname__}" + (f" [{code}]" if isinstance(code, str) else "")
                         + " (message withheld)\n")
        return "".join(parts).rstrip("\n")


def file_handler(name: str) -> tuple[logging.Handler, Path] | None:
    """A bounded log file ``<log folder>/<name>.log`` with the safe formatter, or None when
    the folder cannot be created (the caller then logs elsewhere or not at all)."""
    from desktop.config import log_dir

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.log"
        handler = RotatingLog(path, LOG_MAX_BYTES, LOG_BACKUPS)
    except OSError:
        return None
    handler.setFormatter(SafeFormatter(FORMAT))
    return handler, path

"""Log files of the GUI and the CLI, side by side in the user log folder.

``itaku-daicho.log`` (GUI) and ``daicho-cli.log`` (CLI), each bounded (1 MB, 3 backups).
Never secrets or record contents: messages are written by the app's own format strings with
IDs and type names only, and tracebacks without exception messages (:class:`SafeFormatter`).

:func:`RotatingLog` is the standard library's ``RotatingFileHandler``. It replaced a hand-written
handler once bench/bench_foundation.py (d) showed what ``logging.handlers`` adds to a GUI start
that has already loaded socket and queue for its own reasons: about 3 ms, under 1 % of the time to
the first window (and the GUI opens its log file only after that window is shown).
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def RotatingLog(path: Path, max_bytes: int, backups: int) -> logging.Handler:  # noqa: N802 - was a class
    """A size-bounded log file with numbered backups (``.1`` … ``.N``), opened on first use."""
    from logging.handlers import RotatingFileHandler

    return RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=True)


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

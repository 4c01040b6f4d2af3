"""Output conventions shared by the commands.

- ``--out -`` means standard output (:func:`is_stdout`); binary data (PDF, CSV bytes) goes to
  the underlying byte stream (:func:`write_bytes`), and the command's own messages then go to
  standard error so the data stays clean.
- ``--format json`` writes UTF-8 JSON (:func:`dumps`): keys are the stable identifiers of the
  data (field names, column names — never translated labels), dates and times ISO 8601.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import PurePath

STDOUT = "-"


def is_stdout(value: object) -> bool:
    return value is not None and str(value) == STDOUT


def write_bytes(ctx, data: bytes) -> None:
    ctx.stdout.flush()
    buffer = getattr(ctx.stdout, "buffer", None)
    if buffer is not None:
        buffer.write(data)
        buffer.flush()
    else:  # an in-memory text stream (tests)
        ctx.stdout.write(data.decode("latin-1"))


def _default(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(obj: object) -> str:
    """Stable JSON text: keys in the order given, non-ASCII kept, ISO dates, a final newline."""
    return json.dumps(obj, ensure_ascii=False, indent=1, default=_default) + "\n"


__all__ = ["STDOUT", "dumps", "is_stdout", "write_bytes"]

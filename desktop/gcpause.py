"""Pausing Python's cyclic garbage collector around a bulk computation.

A computation that builds many small objects without cycles (open items over a big vault,
coverage gaps of many acts) pays for collector passes over them for nothing: a fifth to a
third of its time. :func:`paused_gc` switches the collector off for the duration and back on
afterwards (only if it was on)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

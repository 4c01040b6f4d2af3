"""Timestamps: stored as local ISO 8601 with offset, seconds precision."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def now_iso() -> str:
    return now().isoformat()


def parse_iso(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.astimezone()
    return value

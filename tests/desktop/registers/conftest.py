"""Fixtures for register tests: a service on a fresh vault with a fixed "today", sessions for
other roles, and the registers' declared example records."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest

from desktop.accounts.session import Session
from desktop.registers import definitions, examples
from desktop.registers.service import RegisterService

TODAY = dt.date(2025, 7, 1)
SHA_A = "a" * 64


def at(y, m, d, hh=9, mm=0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm).astimezone()


@pytest.fixture
def svc(vault) -> RegisterService:
    """A service as an administrator sees it, confidential registers opened (with a reason)."""
    service = RegisterService(vault, today=lambda: TODAY)
    for reg in definitions.all_registers():
        if reg.confidential:
            service.open_confidential(reg.slug, "試験", purpose="test")
    return service


@contextlib.contextmanager
def acting_as(vault, role: str, user_id: str | None = None):
    saved = vault.session
    vault.session = Session(user_id or role, role, role)
    try:
        yield
    finally:
        vault.session = saved


def sample_values(slug: str, ids: dict) -> dict:
    """The first declared example of ``slug`` (``Register.examples``); ``ids`` maps the slugs
    it refers to to record ids."""
    return examples.values(slug, ids)


#: declaration order (= sidebar order = CSV import order)
ORDER = definitions.slugs()


def create_samples(svc) -> dict[str, int]:
    """The first example of every register, stored; ``{slug: id}``."""
    return {slug: got[0] for slug, got in examples.store(svc, first_only=True).items()}

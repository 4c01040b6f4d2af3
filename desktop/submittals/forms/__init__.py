"""The registry of submittal forms: one module per form in this package.

A form module builds a :class:`~desktop.submittals.layout.SubmittalDocument` from register
data and registers itself at import time::

    KIND = register(FormKind(
        slug="incident-first",
        title="情報セキュリティ事故報告書（第一報）",
        params=frozenset({"record"}),
        record_register="incidents",
        clauses=("A20-1",),
        build=build,
    ))

``build(vault, head, **params)`` reads the registers (through their service, never the
GUI) and returns ``head.document(title=…, body=…, items=…)``: ``head`` is the
:class:`~desktop.submittals.service.Letterhead` chosen by the service (number, date,
addressee, applicant, contact, seal boxes, calendar, creation time). Parameters arrive as
``record: int``, ``period: (date, date)``, ``as_of: date``, ``fiscal_year: int``; an
``optional`` parameter may be ``None``. The same inputs must always give the same document:
the service re-generates old submittals and compares their SHA-256.

:func:`load_all` imports every module here so that :data:`KINDS` is complete.

``recovery_sheet`` and ``passphrase_sheet`` are deliberately not kinds: they are not
prefecture submittals, they contain a secret, and they are never recorded in the submittal
history.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from desktop.errors import NotFound
from desktop.i18n import tr

Param = Literal["record", "period", "as_of", "fiscal_year"]
PARAMS: frozenset[str] = frozenset({"record", "period", "as_of", "fiscal_year"})

# Modules in this package that are not forms with a kind.
_NOT_KINDS = frozenset({"recovery_sheet", "passphrase_sheet"})


@dataclass(frozen=True)
class FormKind:
    """One kind of submittal.

    ``params`` says what the user must choose before it can be generated: a register
    ``record`` (an incident report), a ``period`` (from–to), an ``as_of`` date, or a
    ``fiscal_year``. ``clauses`` are the contract clause IDs the form answers.
    ``build`` is called with the vault and the chosen parameters as keywords and returns a
    ``SubmittalDocument``.
    """

    slug: str
    title: str
    params: frozenset[str] = frozenset()
    clauses: tuple[str, ...] = ()
    build: Callable[..., Any] | None = field(default=None, compare=False)
    description: str = ""
    record_history: bool = True
    #: parameters the user may leave empty (e.g. the equipment of the maintenance record)
    optional: frozenset[str] = frozenset()
    #: the register whose records the ``record`` parameter picks (incidents, runbooks, …)
    record_register: str | None = None
    #: what the record picker is called on screen (記録, 事故, 手順書, 機器)
    record_label: str = ""
    #: the order of the kinds in lists (the guideline's order)
    order: int = 100
    #: the pre-issue check: ``checks(vault, head, **params)`` returns what the records say is
    #: wrong for this document (each a sentence); the user confirms or goes back to fix it
    checks: Callable[..., list[str]] | None = field(default=None, compare=False)
    #: ``reports_until(vault, **params)``: the latest date the document reports on (the
    #: issue date may not be earlier); a ``period`` form reports until the period's end
    reports_until: Callable[..., Any] | None = field(default=None, compare=False)
    #: the form shows a confidential register (A15-12): producing, re-opening or printing it
    #: needs the officer or administrator role; issuing and printing also need a reason,
    #: recorded in the audit trail; every page carries the 取扱注意 mark
    confidential: bool = False

    def __post_init__(self) -> None:
        unknown = (set(self.params) | set(self.optional)) - PARAMS
        if unknown:
            raise ValueError(f"unknown form parameters: {sorted(unknown)}")
        if not self.slug or self.slug != self.slug.strip().lower() or " " in self.slug:
            raise ValueError(f"bad form slug: {self.slug!r}")


KINDS: dict[str, FormKind] = {}


def register(kind: FormKind) -> FormKind:
    """Add ``kind`` to :data:`KINDS`; a second, different kind with the same slug is a bug.

    Also declares the form's seal-box setting (``submittals.seals.<slug>``).
    """
    existing = KINDS.get(kind.slug)
    if existing is not None and existing != kind:
        raise ValueError(f"form kind registered twice: {kind.slug}")
    KINDS[kind.slug] = kind
    if kind.record_history:
        from desktop.submittals.options import declare_seals

        declare_seals(kind.slug, kind.title)
    return kind


def ordered() -> list[FormKind]:
    """Every kind, in the order they are offered to the user."""
    load_all()
    return sorted(KINDS.values(), key=lambda k: (k.order, k.slug))


def get(slug: str) -> FormKind:
    load_all()
    try:
        return KINDS[slug]
    except KeyError:
        raise NotFound(
            tr("Submittals", "提出書類の種類が見つかりません: {slug}").format(slug=slug)
        ) from None


def load_all() -> dict[str, FormKind]:
    """Import every form module in this package (each registers itself); return KINDS."""
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name in _NOT_KINDS:
            continue
        importlib.import_module(f"{__name__}.{info.name}")
    return KINDS

"""Declaration types: a register is declared once, and everything else is derived from it.

A :class:`Register` names its SQL table, its :class:`Field` s (with kind, label, whether
required, limits, choices, the register a reference points to, a :class:`SubList` for child
rows), cross-field :class:`Rule` s, list columns, search fields, the clause IDs it serves,
and small hooks (derived values, flags, due items). The GUI builds its list, form and detail
pane from these declarations; the service validates and stores with them; the CSV code reads
and writes with them; a test checks that the migration's tables agree with them.

Labels: ``label_ja`` is the Japanese source text (shown through :func:`desktop.i18n.tr`, see
:attr:`Field.label`); ``label_en`` is the English label for the English UI.

Values in Python (what ``RegisterService.get`` returns and ``create``/``update`` accept):

====================  =====================================  ==========================
kind                  Python value                           stored as
====================  =====================================  ==========================
text, longtext        ``str`` (None when empty)              TEXT
date                  ``datetime.date``                      TEXT ``YYYY-MM-DD``
datetime              ``datetime.datetime`` (local, aware)   TEXT ISO 8601 with offset
number                ``int`` (or ``float`` if not integer)  INTEGER / REAL
choice                ``str`` (the choice's ``value``)       TEXT
yesno                 ``bool``                               INTEGER 0/1
ref                   ``int`` (target record id)             INTEGER REFERENCES target
refs                  ``list[int]``                          link table ``<table>_<field>``
attachments           read-only ``list[AttachmentInfo]``     ``attachments`` table
sublist               ``list[dict]`` (each may carry "id")   child table ``SubList.table``
====================  =====================================  ==========================

``create``/``update`` also accept strings for scalar kinds (parsed like CSV cells).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.i18n import tr

CTX = "Registers"


class Kind(enum.StrEnum):
    TEXT = "text"
    LONGTEXT = "longtext"
    DATE = "date"
    DATETIME = "datetime"
    NUMBER = "number"
    CHOICE = "choice"
    YESNO = "yesno"
    REF = "ref"
    REFS = "refs"
    ATTACHMENTS = "attachments"
    SUBLIST = "sublist"


#: kinds stored in a column of the register's own table
COLUMN_KINDS = frozenset({Kind.TEXT, Kind.LONGTEXT, Kind.DATE, Kind.DATETIME, Kind.NUMBER,
                          Kind.CHOICE, Kind.YESNO, Kind.REF})
#: kinds a list can be sorted by (in SQL, with an index ``<table>_sort_<field>``)
SORTABLE_KINDS = frozenset({Kind.TEXT, Kind.DATE, Kind.DATETIME, Kind.NUMBER, Kind.CHOICE,
                            Kind.YESNO})
DEFAULT_MAX_LENGTH = {Kind.TEXT: 200, Kind.LONGTEXT: 4000}
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Choice:
    value: str
    label_ja: str
    label_en: str

    @property
    def label(self) -> str:
        return tr(CTX, self.label_ja)


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    label_ja: str
    label_en: str
    required: bool = False
    max_length: int | None = None          # text/longtext; defaults 200 / 4000
    choices: tuple[Choice, ...] = ()        # choice
    ref: str | None = None                  # ref/refs: target register slug
    sub: SubList | None = None              # sublist
    integer: bool = True                    # number
    minimum: float | None = None            # number
    maximum: float | None = None            # number
    computed: bool = False                  # derived by the register's hooks; read-only in forms
    default: Any = None                     # value, or callable(ctx) -> value
    help_ja: str = ""                       # one-line hint under the form field
    unit_ja: str = ""                       # e.g. "バイト", "か月"
    hex_digest: bool = False                # text holding a SHA-256 (64 hex digits, lower-cased)

    @property
    def label(self) -> str:
        return tr(CTX, self.label_ja)

    @property
    def help(self) -> str:
        return tr(CTX, self.help_ja) if self.help_ja else ""

    def label_for(self, lang: str = "ja") -> str:
        return self.label_en if lang == "en" else self.label

    @property
    def has_column(self) -> bool:
        return self.kind in COLUMN_KINDS

    @property
    def sortable(self) -> bool:
        return self.kind in SORTABLE_KINDS

    @property
    def limit(self) -> int | None:
        return self.max_length or DEFAULT_MAX_LENGTH.get(self.kind)

    def choice(self, value: str | None) -> Choice | None:
        for c in self.choices:
            if c.value == value:
                return c
        return None

    def sql_type(self) -> str:
        if self.kind == Kind.NUMBER:
            return "INTEGER" if self.integer else "REAL"
        if self.kind in (Kind.YESNO, Kind.REF):
            return "INTEGER"
        return "TEXT"

    def sort_sql(self, alias: str = "") -> str:
        """The expression lists sort by (NULLs first, index-friendly, keyset-comparable)."""
        col = f"{alias}{self.name}"
        if self.kind in (Kind.NUMBER, Kind.YESNO, Kind.REF):
            return f"ifnull({col}, -9e18)"
        return f"ifnull({col}, '')"


@dataclass(frozen=True)
class SubList:
    """Child rows of a record (steps, timeline entries, handovers, evidence items…).

    Stored in ``table`` with columns ``id``, ``parent_id``, ``pos`` and one per field.
    """

    table: str
    fields: tuple[Field, ...]
    rules: tuple[Rule, ...] = ()
    min_items: int = 0

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


@dataclass(frozen=True)
class Rule:
    """A cross-field check. ``check(values)`` returns True when the record is fine; otherwise
    ``message_ja`` is shown next to ``field``. Values are the converted Python values."""

    field: str
    message_ja: str
    check: Callable[[dict], bool]

    @property
    def message(self) -> str:
        return tr(CTX, self.message_ja)


@dataclass(frozen=True)
class Flag:
    """Something the officer should look at (shown in the detail pane and on the dashboard)."""

    code: str                 # stable id, e.g. "exchange.not_deleted"
    message: str              # Japanese, already translated
    level: str = "warning"    # "info" | "warning" | "overdue"
    field: str | None = None  # the field it concerns, if any
    clause: str | None = None  # the clause ID it concerns (else read from the message, see desktop.compliance)


@dataclass(frozen=True)
class Index:
    """An extra index a register's due items or flags need (sort indexes are derived from the
    list columns). ``columns`` is the SQL column list; ``where`` makes it a partial index — the
    querying SQL must then repeat that condition word for word (SQLite matches it by term).
    Named ``<table>_<name>`` in the migration."""

    name: str
    columns: str
    where: str | None = None


@dataclass(frozen=True)
class FlagScope:
    """Which records can carry a flag, as an index-served query (the 要対応 list evaluates the
    ``flags`` hook on these records only, see :mod:`desktop.compliance.items`).

    ``where`` is an SQL condition over the register's table selecting a *superset* of the
    records whose ``flags`` hook can return one kind of flag; ``when`` (optional) narrows it
    by today's date, given as the ISO text parameter ``:today``. The query is
    ``SELECT id FROM <table> WHERE (<where>) AND (<when>)`` (``settings`` names further
    parameters: ``(("days", "registers.x_days"),)`` gives ``:days``); it is served by the partial index
    ``<table>_flag_<name>`` on ``columns`` with ``where`` as its condition, derived from this
    declaration — or, with ``index=False``, by an index the register declares already (then
    ``where`` may hold a sub-query on another register's indexed columns).
    :meth:`every` declares that any record may carry the flag (flags read from sub-lists,
    attachments or other registers): the newest records by id, for small registers.

    tests/desktop/compliance/test_flag_scope.py checks, for every register, that each record
    the hook flags is selected and that no scope query scans a table."""

    name: str
    where: str
    columns: str = "id"
    when: str = ""
    index: bool = True
    settings: tuple[tuple[str, str], ...] = ()

    @classmethod
    def every(cls, name: str = "every") -> FlagScope:
        return cls(name, "", index=False)

    @property
    def is_every(self) -> bool:
        return not self.where

    def sql(self, table: str) -> str:
        """The candidate query (parameters ``:today`` and ``:limit``)."""
        if self.is_every:
            return f"SELECT id FROM {table} ORDER BY id DESC LIMIT :limit"
        cond = f"({self.where})" + (f" AND ({self.when})" if self.when else "")
        # its own index named (SQLite refuses the query if that index cannot serve it)
        hint = f" INDEXED BY {table}_flag_{self.name}" if self.index else ""
        return f"SELECT id FROM {table}{hint} WHERE {cond} LIMIT :limit"

    def derived_index(self) -> Index | None:
        return Index(f"flag_{self.name}", self.columns, self.where) if self.index and not self.is_every else None


def unset(column: str) -> str:
    """SQL for "``not rec.get(column)``" in a :class:`FlagScope` (NULL, empty text, 0/no)."""
    return f"ifnull({column}, '') IN ('', 0)"


@dataclass(frozen=True)
class DueItem:
    """A due or overdue item for the dashboard (from ``Register.due``)."""

    register: str
    record_id: int
    title: str
    due: dt.date | None
    message: str
    overdue: bool
    code: str
    clause: str | None = None  # the clause ID it concerns (else read from the message, see desktop.compliance)


@dataclass(frozen=True)
class ExampleRef:
    """In an example record: "the ``index``-th example of register ``slug``" (resolved to that
    record's id when the examples are stored, see :mod:`desktop.registers.examples`)."""

    slug: str
    index: int = 0


def example_ref(slug: str, index: int = 0) -> ExampleRef:
    return ExampleRef(slug, index)


@dataclass(frozen=True, eq=False)
class Example:
    """A realistic record as an office would write it (Japanese). Tests, benches and
    ``daicho sample-office`` store these; references to other registers' examples are
    :class:`ExampleRef` s (also inside sub-list items)."""

    values: dict


@dataclass
class HookContext:
    """What hooks get: the connection (inside the write transaction for ``prepare`` and
    ``after_write``), today's date, the acting user, and the settings getter."""

    conn: Any
    today: dt.date
    user: str | None = None
    importing: bool = False

    def setting(self, key: str):
        from desktop import settings

        return settings.get(self.conn, key)


def _no_flags(ctx: HookContext, record: dict) -> list[Flag]:
    return []


def _no_due(ctx: HookContext) -> list[DueItem]:
    return []


@dataclass(frozen=True)
class Register:
    slug: str
    table: str
    label_ja: str
    label_en: str
    clauses: tuple[str, ...]
    fields: tuple[Field, ...]
    list_columns: tuple[str, ...]
    search_fields: tuple[str, ...]
    natural_key: str                       # CSV references and record titles use this field
    default_sort: tuple[str, bool]         # (field, descending)
    date_field: str | None = None          # the date-range filter applies to this field
    status_field: str | None = None        # the status filter applies to this choice field
    rules: tuple[Rule, ...] = ()
    description_ja: str = ""
    group_ja: str = "台帳"
    #: derive computed fields before a write: prepare(ctx, new_values, old_values_or_None)
    prepare: Callable[[HookContext, dict, dict | None], None] | None = None
    #: side effects in the same transaction after a write or delete:
    #: after_write(ctx, record_id, new_values_or_None, old_values_or_None)
    after_write: Callable[[HookContext, int, dict | None, dict | None], None] | None = None
    #: the same for many new records at once (an import's batch, already inserted): declared
    #: where one pass can serve them all (e.g. refresh each equipment item once, not per check)
    after_insert_many: Callable[[HookContext, list[tuple[int, dict]]], None] | None = None
    flags: Callable[[HookContext, dict], list[Flag]] = _no_flags
    #: the records that can carry a flag (:class:`FlagScope` s, one per kind of flag); every
    #: register with a ``flags`` hook declares them (their indexes are added to ``indexes``)
    flag_scope: tuple[FlagScope, ...] = ()
    due: Callable[[HookContext], list[DueItem]] = _no_due
    title: Callable[[dict], str] | None = None
    natural_key_unique: bool = False       # a UNIQUE index backs the natural key
    #: fields that make two records "the same" for an import (e.g. an exchange: date-time +
    #: counterpart + content); rows matching an existing record, or an earlier row of the same
    #: file, are reported as duplicates and skipped unless the user imports them anyway
    duplicate_key: tuple[str, ...] = ()
    #: indexes for the due/flags queries (tests/desktop/registers/test_query_plans.py checks
    #: that those queries never scan a register's table)
    indexes: tuple[Index, ...] = ()
    #: one or more realistic example records (the first one is what tests use by default)
    examples: tuple[Example, ...] = ()
    #: the records must not be seen casually (e.g. firewall settings, A15-12): listing, reading
    #: and printing need the officer or administrator role and a reason, recorded in the audit
    #: trail (:meth:`RegisterService.open_confidential`); CSV export only by an administrator
    #: who allows that one export with a reason
    confidential: bool = False
    #: an optional clause rule beside the declaration: compliance(ctx, clause_id, finding) returns
    #: a finding (see desktop.compliance.status) that replaces the generic one, or None to keep it
    #: (the same hook may also live in desktop/registers/ext/<slug>.py as ``compliance``)
    compliance: Callable[..., Any] | None = None

    def __post_init__(self) -> None:
        derived = [ix for ix in (s.derived_index() for s in self.flag_scope) if ix is not None]
        have = {ix.name for ix in self.indexes}
        extra = tuple(ix for ix in derived if ix.name not in have)
        if extra:
            object.__setattr__(self, "indexes", self.indexes + extra)

    @property
    def label(self) -> str:
        return tr(CTX, self.label_ja)

    @property
    def description(self) -> str:
        return tr(CTX, self.description_ja) if self.description_ja else ""

    def label_for(self, lang: str = "ja") -> str:
        return self.label_en if lang == "en" else self.label

    def field(self, name: str) -> Field:
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"{self.slug} has no field {name!r}") from None

    @property
    def _by_name(self) -> dict[str, Field]:
        cache = self.__dict__.get("_cache_by_name")
        if cache is None:
            cache = {f.name: f for f in self.fields}
            object.__setattr__(self, "_cache_by_name", cache)
        return cache

    def has_field(self, name: str) -> bool:
        return name in self._by_name

    @property
    def column_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.has_column)

    @property
    def sortable_columns(self) -> tuple[str, ...]:
        return tuple(c for c in self.list_columns if self.field(c).sortable)

    def record_title(self, record: dict) -> str:
        if self.title is not None:
            return self.title(record)
        value = record.get(self.natural_key)
        return "" if value is None else str(value)

    def fts_table(self) -> str:
        return f"{self.table}_fts"

    def link_table(self, f: Field) -> str:
        return f"{self.table}_{f.name}"


def choices(*triples: tuple[str, str, str]) -> tuple[Choice, ...]:
    return tuple(Choice(*t) for t in triples)


SYSTEM_COLUMNS = ("id", "created_at", "created_by", "updated_at", "updated_by")

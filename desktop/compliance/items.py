"""One list of what needs attention, the same data every screen and ``daicho due`` read.

An :class:`OpenItem` comes from a register's declarations only:

* its ``due`` hook (index-backed queries over the whole register: overdue and due-soon
  items), and
* its ``flags`` hook, run on every record its ``flag_scope`` selects
  (:class:`~desktop.registers.model.FlagScope`).

Flags of every record, index-backed (decision, issue 13). The list, ``daicho due``, the
clause statuses, the dashboard counts and the register banners must agree with what a
register shows on its own rows, for old records too — yet a status may not scan a table
(1,000,000 exchanges: ≤ 300 ms for every status). A flag is computed by Python code that may
read sub-lists, attachments and other registers, so it cannot be stored or indexed as such.
Each register therefore declares, next to its ``flags`` hook, one :class:`FlagScope` per kind
of flag: an SQL condition selecting a superset of the records that can carry it, served by a
partial index (derived from the declaration, migration 0011). Here each scope's candidates
are read by that index (at most :data:`FLAG_LIMIT` per scope), the records are loaded in one
bulk read per table (:func:`load_many`, not one ``get`` per id) and the hook decides. A
meta-test (tests/desktop/compliance/test_flag_scope.py) checks on the example office and on
edge records that every record the hook flags is selected by its scope, so the two cannot
drift, and that no scope query scans a table.

Alternatives: evaluating the hook on every record costs about 0.1 ms a record with one
``get`` each and 16 µs with the bulk read (measured on exchanges) — 100 s or 16 s for a
million exchanges, far above the 300 ms of a status; one OR-ed condition per register makes
SQLite fall back to a scan as soon as one term lacks its index, and hides a rare kind of flag
behind a common one under a cap. Per-kind scopes keep each query on one index and a rare flag
(a hash mismatch among 900,000 unverified exchanges) always found.

Bounds. A scope that selects :data:`FLAG_LIMIT` records or more (e.g. 900,000 exchanges never
verified) lists the flags of the first :data:`FLAG_LIMIT` and one more item (code
``<slug>.more.<scope>``, record 0) saying that further records of that kind are in the
register's list; it names the clauses those flags named, so the clause status is decided the
same way. A scope declared :meth:`FlagScope.every` (flags read only from sub-lists,
attachments or other registers: structures, runbooks, …) takes the newest records by id: the
whole register while it holds fewer than :data:`FLAG_LIMIT` records, which is the case for
those small registers in a real office; beyond that the same "more" item says so.

Each item names the clause(s) it concerns: the ``clause`` the declaration set on the flag or
due item, else the clause IDs written in its message (``…（A12-3）``), else the clause of a
flag with the same code on the same record, else the register's only clause. An item whose
clause cannot be told is listed (clause blank) but decides no clause's status
(tests/desktop/compliance/test_item_clauses.py checks that every item names one).

Urgency: overdue (earliest date first), then due-soon by date, then the other flags
(warnings before notes).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from dataclasses import dataclass, replace

from desktop.compliance import catalog
from desktop.compliance.catalog import CTX
from desktop.i18n import tr
from desktop.registers import attachments as att
from desktop.registers.model import SYSTEM_COLUMNS, DueItem, Flag, FlagScope, HookContext, Kind, Register, _no_flags
from desktop.registers.values import from_db
from desktop.timeutil import parse_iso

log = logging.getLogger(__name__)

#: candidates read per flag scope (one kind of flag of one register): a screenful per kind;
#: with 1,000,000 exchanges + 100,000 other records (bench/bench_compliance.py) the flags then
#: take about a third of the ≤ 300 ms of every status
FLAG_LIMIT = 50
#: ids per ``IN (…)`` of a bulk read
CHUNK = 500
CLAUSE_RE = re.compile(r"A\d{1,2}(?:-(?:\d{1,2}|ka|ki|ku|a|i|u|e|o)\b)*")
LEVELS = ("overdue", "warning", "info")


@dataclass(frozen=True)
class OpenItem:
    register: str
    record_id: int            # 0 when the item concerns the register as a whole
    title: str
    clauses: tuple[str, ...]  # declared clause IDs (may be parents such as "A16-5"); () unknown
    due: dt.date | None
    level: str                # "overdue" | "warning" | "info"
    message: str
    code: str
    source: str               # "due" | "flag"

    @property
    def overdue(self) -> bool:
        return self.level == "overdue"

    @property
    def clause_text(self) -> str:
        return " ".join(self.clauses)

    def concerns(self, clause_id: str) -> bool:
        """Whether this item counts against catalog clause ``clause_id`` (it names the clause
        or a parent of it)."""
        return any(catalog.covers(d, clause_id) for d in self.clauses)

    def urgency(self, today: dt.date) -> tuple:
        rank = 0 if self.overdue else (1 if self.due is not None else 2 + LEVELS.index(self.level))
        return (rank, self.due or dt.date.max, self.register, self.record_id, self.code)


@functools.lru_cache(maxsize=4096)
def clauses_in(text: str) -> tuple[str, ...]:
    """Clause IDs written in a message, e.g. "（A5-2-1、A9-1）" → ("A5-2-1", "A9-1")."""
    out = []
    for m in CLAUSE_RE.findall(text or ""):
        if (catalog.exists(m) or catalog.resolve(m)) and m not in out:
            out.append(m)
    return tuple(out)


def register_clause(reg: Register) -> tuple[str, ...]:
    """The register's clause when it serves exactly one catalog clause, else ()."""
    served = {c for d in reg.clauses for c in catalog.resolve(d)}
    return tuple(served) if len(served) == 1 else ()


def _explicit(obj: DueItem | Flag) -> tuple[str, ...]:
    c = getattr(obj, "clause", None)
    if not c:
        return ()
    return tuple(c) if isinstance(c, tuple | list) else (c,)


class RunContext(HookContext):
    """The hooks' context for one computation of the list: each setting is read once (a flag
    hook reads its settings for every record it is given)."""

    def setting(self, key: str):
        cache = self.__dict__.setdefault("_settings", {})
        if key not in cache:
            cache[key] = super().setting(key)
        return cache[key]


def load_many(conn, reg: Register, ids: list[int]) -> dict[int, dict]:
    """Records of ``reg`` by id, as :meth:`RegisterService.get` returns them, read in bulk:
    one query per table (the register's, each link and child table) for up to :data:`CHUNK`
    ids, by primary key or the parent indexes; attachments by their owner index."""
    out: dict[int, dict] = {}
    for k in range(0, len(ids), CHUNK):
        chunk = ids[k:k + CHUNK]
        marks = ",".join("?" * len(chunk))
        cur = conn.execute(f"SELECT * FROM {reg.table} WHERE id IN ({marks})", chunk)
        names = [d[0] for d in cur.description]
        cols = [(f, names.index(f.name)) for f in reg.column_fields]
        system = [(n, names.index(n)) for n in SYSTEM_COLUMNS if n in names]
        part: dict[int, dict] = {}
        for row in cur:
            rec = {f.name: from_db(f, row[i]) for f, i in cols}
            for n, i in system:
                rec[n] = row[i]
            part[rec["id"]] = rec
        for f in reg.fields:
            if f.kind in (Kind.REFS, Kind.SUBLIST, Kind.ATTACHMENTS):
                _children(conn, reg, f, part, marks, chunk)
        out.update(part)
    return out


def _children(conn, reg: Register, f, part: dict[int, dict], marks: str, chunk: list[int]) -> None:
    for rec in part.values():
        rec[f.name] = []
    if f.kind == Kind.REFS:
        for owner, ref in conn.execute(f"SELECT owner_id, ref_id FROM {reg.link_table(f)} WHERE owner_id IN"
                                       f" ({marks}) ORDER BY owner_id, pos", chunk):
            if owner in part:
                part[owner][f.name].append(ref)
    elif f.kind == Kind.SUBLIST:
        subcols = [sf for sf in f.sub.fields if sf.has_column]
        sel = ", ".join(["parent_id", "id"] + [sf.name for sf in subcols])
        for row in conn.execute(f"SELECT {sel} FROM {f.sub.table} WHERE parent_id IN ({marks})"
                                " ORDER BY parent_id, pos, id", chunk):
            if row[0] in part:
                item = {"id": row[1]}
                for i, sf in enumerate(subcols, 2):
                    item[sf.name] = from_db(sf, row[i])
                part[row[0]][f.name].append(item)
    else:  # attachments: as attachments.list_for gives them, by the owner index
        for row in conn.execute("SELECT id, register, record_id, field, name, size, sha256, media_type,"
                                " added_at, added_by FROM attachments WHERE register = ? AND field = ?"
                                f" AND record_id IN ({marks}) ORDER BY id", [reg.slug, f.name, *chunk]):
            info = att.AttachmentInfo(*tuple(row))
            name = att.safe_file_name(info.name)
            if info.record_id in part:
                part[info.record_id][f.name].append(info if name == info.name else replace(info, name=name))


def scopes(reg: Register) -> tuple[FlagScope, ...]:
    """The register's flag scopes (none when it declares no flags; a register that declares
    flags but no scope is read as :meth:`FlagScope.every`)."""
    if reg.flags is _no_flags:
        return ()
    return reg.flag_scope or (FlagScope.every(),)


def candidates(conn, reg: Register, today: dt.date) -> dict[str, list[int]]:
    """{scope name: ids it selects (at most :data:`FLAG_LIMIT`)}, each by its index."""
    from desktop import settings

    out = {}
    for s in scopes(reg):
        params = {"today": today.isoformat(), "limit": FLAG_LIMIT}
        params.update({name: settings.get(conn, key) for name, key in s.settings})
        out[s.name] = [r[0] for r in conn.execute(s.sql(reg.table), params)]
    return out


def _flag_items(svc, ctx: HookContext, reg: Register) -> list[OpenItem]:
    out: list[OpenItem] = []
    if reg.flags is _no_flags:
        return out  # the register declares no flags
    if getattr(reg, "confidential", False):
        return out  # its records are read only with a reason (its due items still count)
    try:
        by_scope = candidates(svc.conn, reg, ctx.today)
        ids = sorted({i for got in by_scope.values() for i in got}, reverse=True)
        records = load_many(svc.conn, reg, ids)
    except Exception as exc:  # noqa: BLE001 - a broken register must not hide the others
        log.error("flag candidates failed for %s: %s", reg.slug, type(exc).__name__)
        return out
    found: dict[int, set[str]] = {}
    for rid in ids:
        record = records.get(rid)
        if record is None:
            continue
        try:
            flags = reg.flags(ctx, record)
        except Exception as exc:  # noqa: BLE001
            log.error("flags failed for %s: %s", reg.slug, type(exc).__name__)
            continue
        if not flags:
            continue
        title = reg.record_title(record)
        for f in flags:
            clauses = _explicit(f) or clauses_in(f.message)
            found.setdefault(rid, set()).update(clauses)
            out.append(OpenItem(reg.slug, rid, title, clauses, _fell_due(reg, record, f, ctx.today),
                                f.level if f.level in LEVELS else "warning", f.message, f.code, "flag"))
    for name, got in by_scope.items():
        if len(got) < FLAG_LIMIT:
            continue
        clauses = tuple(sorted({c for rid in got for c in found.get(rid, ())}))
        out.append(OpenItem(reg.slug, 0, reg.label, clauses, None, "info",
                            tr(CTX, "確認が必要な記録が{n}件を超えています。ここには{n}件の結果を表示しています。"
                                    "ほかの記録は台帳の一覧で確認してください。").format(n=FLAG_LIMIT),
                            f"{reg.slug}.more.{name}", "flag"))
    return out


def _fell_due(reg: Register, record: dict, flag: Flag, today: dt.date) -> dt.date | None:
    """The day an overdue flag fell due (期限超過 always names one): the date in the field the
    flag concerns when that is a past date (a permission's period end, a review date), else —
    for a fault rather than a deadline (a hash mismatch, a problem found) — the day the record
    saying so was saved. None for flags that are not overdue."""
    if flag.level != "overdue":
        return None
    if flag.field:
        try:
            kind = reg.field(flag.field).kind
        except KeyError:
            kind = None
        value = record.get(flag.field)
        if kind in (Kind.DATE, Kind.DATETIME) and value:
            day = value.astimezone().date() if isinstance(value, dt.datetime) else value
            if isinstance(day, dt.date) and day <= today:
                return day
    stamp = record.get("updated_at") or record.get("created_at")
    try:
        return min(parse_iso(str(stamp)).astimezone().date(), today) if stamp else today
    except ValueError:
        return today


def _learn(svc, ctx: HookContext, reg: Register, item: DueItem, learned: dict) -> tuple[str, ...]:
    """The clauses of a due item that does not name one: those of a flag with the same code
    (seen in this run, or on the item's record)."""
    key = (reg.slug, item.code)
    if key in learned:
        return learned[key]
    found: tuple[str, ...] = ()
    if item.record_id:
        try:
            for f in reg.flags(ctx, svc.get(reg.slug, item.record_id)):
                c = _explicit(f) or clauses_in(f.message)
                if c:
                    learned.setdefault((reg.slug, f.code), c)
                    if f.code == item.code:
                        found = c
        except Exception:  # noqa: BLE001 - the record may be gone; fall back below
            pass
    learned[key] = found
    return found


def open_items(svc, today: dt.date | None = None, *, only: str | None = None) -> list[OpenItem]:
    """Every due item and flag of every register (or of the register ``only``), each with its
    clause, sorted by urgency.

    ``svc`` is a :class:`~desktop.registers.service.RegisterService` (its read connection).

    The cyclic garbage collector is paused meanwhile (as in ``coverage.check_many``): the
    result is thousands of small objects without cycles, and its passes over them cost a
    fifth of the time on a big vault."""
    from desktop.gcpause import paused_gc

    with paused_gc():
        return _open_items(svc, today or svc.today(), only)


def _open_items(svc, today: dt.date, only: str | None) -> list[OpenItem]:
    ctx = RunContext(svc.conn, today, svc.session.user_id if svc.session else None)
    items: list[OpenItem] = []
    learned: dict[tuple[str, str], tuple[str, ...]] = {}
    for reg in svc.registers():
        if only is not None and reg.slug != only:
            continue
        flags = _flag_items(svc, ctx, reg)
        for f in flags:
            if f.clauses:
                learned.setdefault((reg.slug, f.code), f.clauses)
        try:
            dues = reg.due(ctx)
        except Exception as exc:  # noqa: BLE001
            log.error("due items failed for %s: %s", reg.slug, type(exc).__name__)
            dues = []
        seen: dict[tuple, OpenItem] = {}
        own = register_clause(reg)
        for d in dues:
            clauses = _explicit(d) or clauses_in(d.message) or _learn(svc, ctx, reg, d, learned) or own
            # 期限超過 always names the day it fell due; a declared overdue without a day is
            # listed as needing attention (the message says what is wrong)
            level = "overdue" if d.overdue and d.due is not None else "warning"
            it = OpenItem(reg.slug, d.record_id, d.title, clauses, d.due, level, d.message, d.code, "due")
            seen[(d.record_id, d.code)] = it
            if clauses:
                seen.setdefault((d.record_id, frozenset(clauses)), it)
        for f in flags:
            if (f.record_id, f.code) in seen:
                continue  # the due item says the same, with its date
            clauses = f.clauses or own
            if clauses and (f.record_id, frozenset(clauses)) in seen:
                continue
            f = OpenItem(f.register, f.record_id, f.title, clauses, f.due, f.level, f.message, f.code, f.source)
            seen[(f.record_id, f.code)] = f
        items.extend({id(v): v for v in seen.values()}.values())
    items.sort(key=lambda i: i.urgency(today))
    return items


def counts(items: list[OpenItem], today: dt.date, soon_days: int) -> dict[str, int]:
    """{"overdue", "soon", "attention", "total"} — the numbers the dashboard shows."""
    horizon = today + dt.timedelta(days=soon_days)
    overdue = sum(1 for i in items if i.overdue)
    soon = sum(1 for i in items if not i.overdue and i.due is not None and i.due <= horizon)
    return {"overdue": overdue, "soon": soon, "attention": len(items) - overdue - soon, "total": len(items)}


def filtered(items: list[OpenItem], *, register: str | None = None, clause: str | None = None) -> list[OpenItem]:
    """Items of one register and/or concerning one clause (a parent ID such as ``A12`` takes
    every item of its children)."""
    out = items
    if register:
        out = [i for i in out if i.register == register]
    if clause:
        out = [i for i in out if i.concerns(clause) or any(catalog.covers(clause, c) for c in i.clauses)]
    return out

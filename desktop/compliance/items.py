"""One list of what needs attention, the same data every screen and ``daicho due`` read.

An :class:`OpenItem` comes from a register's declarations only:

* its ``due`` hook (index-backed queries over the whole register: overdue and due-soon
  items), and
* its ``flags`` hook, run on the :data:`FLAG_WINDOW` most recently created records of each
  register (the records the office is working on; older records reach the list through the
  due hook, whose queries cover the whole register).

Each item names the clause(s) it concerns: the ``clause`` the declaration set on the flag or
due item, else the clause IDs written in its message (``…（A12-3）``), else the clause of a
flag with the same code on the same record, else the register's only clause. An item whose
clause cannot be told is listed (clause blank) but decides no clause's status.

Urgency: overdue (earliest date first), then due-soon by date, then the other flags
(warnings before notes).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from dataclasses import dataclass

from desktop.compliance import catalog
from desktop.registers.model import DueItem, Flag, HookContext, Register, _no_flags

log = logging.getLogger(__name__)

#: flags are evaluated on this many of the newest records of each register
FLAG_WINDOW = 12
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


def _flag_items(svc, ctx: HookContext, reg: Register) -> list[OpenItem]:
    out: list[OpenItem] = []
    if reg.flags is _no_flags:
        return out  # the register declares no flags
    if getattr(reg, "confidential", False):
        return out  # its records are read only with a reason (its due items still count)
    try:  # the newest records by id: the primary key, never a scan
        ids = [r[0] for r in svc.conn.execute(f"SELECT id FROM {reg.table} ORDER BY id DESC LIMIT ?",
                                              (FLAG_WINDOW,))]
    except Exception as exc:  # noqa: BLE001 - a broken register must not hide the others
        log.error("flag window failed for %s: %s", reg.slug, type(exc).__name__)
        return out
    for rid in ids:
        try:
            record = svc.get(reg.slug, rid)
            flags = reg.flags(ctx, record)
        except Exception as exc:  # noqa: BLE001
            log.error("flags failed for %s: %s", reg.slug, type(exc).__name__)
            continue
        if not flags:
            continue
        title = reg.record_title(record)
        for f in flags:
            out.append(OpenItem(reg.slug, rid, title, _explicit(f) or clauses_in(f.message), None,
                                f.level if f.level in LEVELS else "warning", f.message, f.code, "flag"))
    return out


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


def open_items(svc, today: dt.date | None = None) -> list[OpenItem]:
    """Every due item and flag of every register, each with its clause, sorted by urgency.

    ``svc`` is a :class:`~desktop.registers.service.RegisterService` (its read connection)."""
    today = today or svc.today()
    ctx = HookContext(svc.conn, today, svc.session.user_id if svc.session else None)
    items: list[OpenItem] = []
    learned: dict[tuple[str, str], tuple[str, ...]] = {}
    for reg in svc.registers():
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
            level = "overdue" if d.overdue else "warning"
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

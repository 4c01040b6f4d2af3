"""One search over every register (the GUI's Ctrl+K): the same two-characters-or-more
substring search each register list uses (:mod:`desktop.registers.search`), run register by
register through :class:`~desktop.registers.service.RegisterService`, the hits grouped by
register in the declarations' order.

Confidential registers are searched only when ``service`` has opened them with a reason
(:meth:`RegisterService.open_confidential`, A15-12); otherwise they are named in ``skipped`` so
the GUI can say they were left out (the GUI's Ctrl+K uses a service of its own, so they are
always left out there and searched in their own screen, after the reason).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.registers.listing import ListQuery
from desktop.registers.search import MIN_INDEXED_CHARS, normalize

PER_REGISTER = 20


@dataclass(frozen=True, slots=True)
class Hit:
    slug: str
    record_id: int
    title: str


@dataclass(slots=True)
class Group:
    slug: str
    label: str
    hits: list[Hit] = field(default_factory=list)
    #: more records matched than ``hits`` holds
    more: bool = False


@dataclass(slots=True)
class Result:
    text: str
    groups: list[Group] = field(default_factory=list)
    #: labels of confidential registers not searched (not opened with a reason)
    skipped: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(g.hits) for g in self.groups)


def search_all(service, text: str, *, per_register: int = PER_REGISTER) -> Result:
    """Records of every register whose search fields contain ``text`` (at least
    :data:`MIN_INDEXED_CHARS` characters after normalisation; shorter text finds nothing)."""
    text = text.strip()
    result = Result(text)
    if len(normalize(text)) < MIN_INDEXED_CHARS:
        return result
    for reg in service.registers():
        if not reg.search_fields:
            continue
        if not service.is_open_confidential(reg.slug):
            result.skipped.append(reg.label)
            continue
        columns = tuple(dict.fromkeys((*reg.list_columns, reg.natural_key)))
        page = service.page(reg.slug, ListQuery(search=text), limit=per_register + 1, columns=columns)
        if not page.rows:
            continue
        rows = page.rows[:per_register]
        result.groups.append(Group(reg.slug, reg.label, [Hit(reg.slug, r.id, reg.record_title(r.values) or f"#{r.id}")
                                                         for r in rows], more=len(page.rows) > per_register))
    return result

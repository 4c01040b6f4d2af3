"""The example records each register declares (``Register.examples``), stored through the
service: tests, benches and ``daicho sample-office`` all use these, so there is no second
table of samples anywhere.

References between examples are :class:`~desktop.registers.model.ExampleRef` s ("the first
staff example"); they are resolved to record ids as the examples are stored, register by
register in declaration order (a register only refers to registers declared before it, or to
its own earlier examples).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.registers import definitions
from desktop.registers.model import CTX, ExampleRef, Register


class VaultNotEmpty(DaichoError):
    code = "vault-not-empty"


def resolve(value, lookup: Callable[[ExampleRef], int | None]):
    """``value`` with every :class:`ExampleRef` (also inside lists and dicts) replaced by
    ``lookup(ref)``."""
    if isinstance(value, ExampleRef):
        return lookup(value)
    if isinstance(value, dict):
        return {k: resolve(v, lookup) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve(v, lookup) for v in value]
    return value


def refs_in(value) -> list[ExampleRef]:
    """Every :class:`ExampleRef` inside an example's values."""
    if isinstance(value, ExampleRef):
        return [value]
    if isinstance(value, dict):
        return [r for v in value.values() for r in refs_in(v)]
    if isinstance(value, list):
        return [r for v in value for r in refs_in(v)]
    return []


def values(slug: str, ids: Mapping[str, int | list[int]], index: int = 0) -> dict:
    """Example ``index`` of register ``slug`` with its references resolved through ``ids``
    (``{slug: id}`` — the first example's id — or ``{slug: [ids in example order]}``)."""
    reg = definitions.get(slug)

    def lookup(ref: ExampleRef) -> int | None:
        got = ids.get(ref.slug)
        if isinstance(got, list):
            return got[ref.index] if ref.index < len(got) else None
        return got if ref.index == 0 else None

    return resolve(reg.examples[index].values, lookup)


def store(svc, registers: list[Register] | None = None, *, first_only: bool = False) -> dict[str, list[int]]:
    """Create the examples of ``registers`` (default: all, in declaration order) through the
    service; returns ``{slug: [record ids in example order]}``."""
    ids: dict[str, list[int]] = {}
    for reg in registers or definitions.all_registers():
        ids[reg.slug] = []
        for i in range(1 if first_only else len(reg.examples)):
            ids[reg.slug].append(svc.create(reg.slug, values(reg.slug, ids, i)))
    return ids


def record_count(svc) -> int:
    """Records in all registers together (from the kept row counts, no table scan)."""
    tables = [r.table for r in definitions.all_registers()]
    marks = ", ".join("?" * len(tables))
    row = svc.conn.execute(f"SELECT ifnull(sum(n), 0) FROM register_stats WHERE tbl IN ({marks})",
                           tables).fetchone()
    return int(row[0])


def fill_office(svc) -> dict[str, list[int]]:
    """Fill an empty vault with a coherent example office (every register's examples).
    Refused when any register already holds a record, so nothing real is ever mixed with
    examples."""
    svc.session.require_write()
    n = record_count(svc)
    if n:
        raise VaultNotEmpty(tr(CTX, "この台帳には既に{n}件の記録があるため、見本の事業所は作成できません。"
                                    "見本は記録のない新しい台帳でだけ作成できます。").format(n=n))
    return store(svc)

"""Every due item and flag names its clause (issue 13): on the sample office, at several
dates, each item a register's ``due`` or ``flags`` hook returns carries a ``clause=`` or
writes a clause ID in its message, and that ID resolves in the catalog — no item relies on
the register's only clause or on a same-coded flag to be placed."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.compliance import catalog, items
from desktop.registers import definitions, examples
from desktop.registers.service import RegisterService

DATES = [dt.date(2025, 7, 1), dt.date(2026, 3, 1), dt.date(2031, 1, 1)]


def _named(obj) -> tuple[str, ...]:
    return items._explicit(obj) or items.clauses_in(obj.message)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    from tests.desktop.compliance.test_clause_statuses import _vault

    vault = _vault(tmp_path_factory.mktemp("office") / "v.vault")
    svc = RegisterService(vault)
    for reg in svc.registers():
        if reg.confidential:
            svc.open_confidential(reg.slug, "試験", purpose="test")
    ids = examples.fill_office(svc)
    yield svc, ids
    vault.close()


@pytest.mark.parametrize("today", DATES, ids=str)
def test_every_due_item_and_flag_names_a_clause(office, today):
    svc, ids = office
    ctx = svc._ctx()
    ctx.today = today
    missing, unknown, seen = [], [], 0
    for reg in definitions.all_registers():
        produced = [(d.code, d) for d in reg.due(ctx)]
        for rid in ids.get(reg.slug, []):
            produced += [(f.code, f) for f in reg.flags(ctx, svc.get(reg.slug, rid))]
        for code, obj in produced:
            seen += 1
            named = _named(obj)
            if not named:
                missing.append((reg.slug, code))
            elif not all(catalog.exists(c) or catalog.resolve(c) for c in named):
                unknown.append((reg.slug, code, named))
    assert seen > 20  # the sample office does produce items at each date
    assert not missing, sorted(set(missing))
    assert not unknown, sorted(set(unknown))

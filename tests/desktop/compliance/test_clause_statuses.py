"""The generic status rule, clause by clause: for each clause below, an empty vault never shows
it met; once the registers that serve it (by their declared ``clauses``) hold their example
records, the clause names those records as its evidence and is no longer 記録なし; a clause
nothing serves is left to the officer (``manual``).

The clauses are listed by ID so that each one is named by a test (see
test_clause_coverage.py); the serving registers come from the declarations, not from here.
"""

from __future__ import annotations

import pytest

from desktop.compliance import catalog, status
from desktop.registers import examples
from desktop.registers.service import RegisterService
from desktop.vault import crypto
from desktop.vault.vault import create_vault
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD

CLAUSES = [
    "A5-1-1", "A5-2-2", "A6", "A7-3", "A9-1", "A11-1-10", "A12-2", "A12-5", "A12-6",
    "A15-1-i", "A15-1-u", "A15-3", "A15-4", "A15-5", "A15-6", "A15-7", "A15-8", "A15-9-a", "A15-9-i",
    "A15-10", "A15-11", "A16-5-i", "A16-5-u", "A17-1-a", "A17-1-i", "A17-1-u", "A17-1-e", "A17-1-o",
    "A17-1-ka", "A17-8", "A18-1", "A18-2", "A18-3", "A19-3", "A20-1", "A20-2-a", "A20-2-i", "A20-2-u",
    "A20-3", "A20-4", "A22",
]


def _vault(path):
    vault, _ = create_vault(path, office={"name": "テスト情報システム"}, admin_id=ADMIN_ID, admin_name="管理 太郎",
                            admin_password=ADMIN_PASSWORD, binding=False, kdf=crypto.TEST_KDF)
    return vault


@pytest.fixture(scope="module")
def assessed(tmp_path_factory):
    """(empty vault's assessment, full example office's assessment, stored record counts)."""
    base = tmp_path_factory.mktemp("clauses")
    empty = _vault(base / "empty" / "v.vault")
    before = status.assess(RegisterService(empty))
    empty.close()
    full = _vault(base / "full" / "v.vault")
    svc = RegisterService(full)
    ids: dict[str, list[int]] = {}
    for reg in svc.registers():
        ids[reg.slug] = []
        for i in range(len(reg.examples)):
            try:
                ids[reg.slug].append(svc.create(reg.slug, examples.values(reg.slug, ids, i)))
            except Exception:  # noqa: BLE001 - an example another register's rules refuse here
                continue
    after = status.assess(svc)
    full.close()
    yield before, after, {s: len(v) for s, v in ids.items()}


def test_listed_clauses_exist():
    for cid in CLAUSES:
        assert catalog.exists(cid), cid


@pytest.mark.parametrize("cid", CLAUSES)
def test_clause_status_follows_its_serving_registers(assessed, cid):
    before, after, stored = assessed
    empty, full = before.finding(cid), after.finding(cid)
    assert empty.status != "ok"
    serving = catalog.serving_registers(cid)
    if catalog.get(cid).manual or (not serving and not catalog.serving_forms(cid)):
        assert full.status in ("manual", "overdue")
        return
    if not serving:
        assert full.status in ("ok", "no-record")
        return
    assert [e.register for e in full.registers] == serving
    for e in full.registers:
        assert e.records >= stored.get(e.register, 0)
    if any(stored.get(s) for s in serving):
        assert full.status != "no-record"
        assert any(e.label in full.evidence_text() for e in full.registers if e.records)
    else:
        assert full.status in ("no-record", "attention", "overdue")

"""Rows for the command line and exports: the clause statuses and the open items as plain
values (``daicho compliance``, ``daicho due``, the evidence package)."""

from __future__ import annotations

import csv
import io
import json

from desktop.compliance import catalog
from desktop.compliance.items import OpenItem
from desktop.compliance.status import Assessment

COMPLIANCE_COLUMNS = ("id", "status", "due", "evidence", "article", "text")
DUE_COLUMNS = ("clause", "register", "record", "title", "due", "level", "message", "code")


def compliance_rows(assessment: Assessment) -> list[dict]:
    return [{"id": f.clause, "status": f.status, "due": f.due.isoformat() if f.due else None,
             "evidence": f.evidence_text(), "article": catalog.get(f.clause).article,
             "text": catalog.get(f.clause).text} for f in assessment.findings]


def due_rows(items: list[OpenItem] | tuple[OpenItem, ...]) -> list[dict]:
    return [{"clause": i.clause_text or None, "register": i.register, "record": i.record_id or None,
             "title": i.title, "due": i.due.isoformat() if i.due else None, "level": i.level,
             "message": i.message, "code": i.code} for i in items]


def render(rows: list[dict], columns: tuple[str, ...], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    from desktop.registers.csvio import neutralise_cell

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([neutralise_cell("" if r[c] is None else str(r[c])) for c in columns])
    return buf.getvalue()

"""The audit evidence package (A21): one folder (or ZIP) the office hands to an auditor.

Contents::

    self-assessment.pdf            the self-assessment report for the end date (issued, recorded)
    compliance.csv / due.csv       the clause statuses and the open items behind the report
    submittals/<number>_<kind>.pdf every submittal issued in the period, generated again
                                   (submittals.csv says whether each matches its recorded SHA-256)
    registers/<slug>.csv           every register, as ``daicho export`` writes it
    audit-trail.csv                the audit trail entries of the period
    manifest.json                  every file with its size and SHA-256

These files leave the vault **unencrypted**: the caller warns the user first, and the export
is audited (``compliance.package``).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.audit import trail
from desktop.compliance import report, status
from desktop.errors import PermissionDenied, ValidationError
from desktop.fsutil import atomic_write_bytes, io_error_message
from desktop.i18n import tr
from desktop.registers.csvio import neutralise_cell

CTX = "Compliance"


@dataclass(frozen=True)
class PackageResult:
    path: Path
    files: dict[str, str]     # relative name -> SHA-256
    self_assessment: str      # its document number


def _safe(name: str) -> str:
    return re.sub(r"[^0-9A-Za-z_.\-ぁ-んァ-ヶ一-龠ー]+", "_", name).strip("_") or "document"


def _csv_bytes(header, rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow([neutralise_cell("" if c is None else str(c)) for c in r])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def write_package(vault, out: Path | str, *, period: tuple[dt.date, dt.date], as_zip: bool = False,
                  today: dt.date | None = None) -> PackageResult:
    """Write the package to ``out`` (a new folder, or a ZIP file with ``as_zip``)."""
    from desktop.registers import definitions
    from desktop.registers.service import RegisterService
    from desktop.submittals import service as submittals

    if vault.session.role not in ("admin", "officer"):
        raise PermissionDenied(tr(CTX, "証跡パッケージは、責任者か管理者だけが書き出せます。"))
    start, end = period
    if start > end:
        raise ValidationError(tr(CTX, "期間の開始日は終了日以前にしてください。"), {"from": ""})
    out = Path(out)
    if out.exists():
        raise ValidationError(tr(CTX, "書き出し先がすでにあります: {path}").format(path=out), {"out": str(out)})
    today = today or dt.date.today()
    svc = RegisterService(vault, today=lambda: today)
    files: dict[str, bytes] = {}
    assessment = status.assess(svc, end if end < today else today)
    files["compliance.csv"] = _csv_bytes(report.COMPLIANCE_COLUMNS[:4],
                                         [[r[c] for c in report.COMPLIANCE_COLUMNS[:4]]
                                          for r in report.compliance_rows(assessment)])
    files["due.csv"] = _csv_bytes(report.DUE_COLUMNS, [[r[c] for c in report.DUE_COLUMNS]
                                                       for r in report.due_rows(assessment.items)])
    issued = submittals.issue(vault, "self-assessment", {"as_of": assessment.date}, via="package")
    files["self-assessment.pdf"] = issued.pdf
    rows = []
    for entry in reversed(submittals.history_entries(vault, limit=100_000)):
        if not (start <= entry.doc_date <= end) or entry.id == issued.history_id:
            continue
        again = submittals.reopen(vault, entry.id)
        name = f"submittals/{entry.id:05d}_{_safe(entry.doc_number or '')}_{entry.kind}.pdf"
        if again.pdf is not None:
            files[name] = again.pdf
        rows.append([entry.id, entry.kind, entry.title, entry.doc_number, entry.doc_date.isoformat(),
                     entry.issued_by, entry.sha256, "yes" if again.matches else "no",
                     name if again.pdf is not None else ""])
    files["submittals.csv"] = _csv_bytes(["id", "kind", "title", "doc_number", "doc_date", "issued_by",
                                          "recorded_sha256", "matches", "file"], rows)
    with tempfile.TemporaryDirectory(prefix="daicho-pkg-") as tmp:
        for reg in definitions.all_registers():
            if reg.confidential:  # never published (A15-12); exported only by an administrator, per export
                continue
            path = Path(tmp) / f"{reg.slug}.csv"
            svc.export_csv(reg.slug, path)
            files[f"registers/{reg.slug}.csv"] = path.read_bytes()
    since = dt.datetime.combine(start, dt.time.min).astimezone().isoformat()
    until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min).astimezone().isoformat()
    entries = list(trail.query(vault.conn, since=since, until=until, limit=10_000_000))
    entries.sort(key=lambda e: e.seq)
    files["audit-trail.csv"] = _csv_bytes(["seq", "at", "actor", "action", "entity", "entity_id", "details"],
                                          [[e.seq, e.at, e.actor, e.action, e.entity, e.entity_id,
                                            json.dumps(e.details, ensure_ascii=False, sort_keys=True)]
                                           for e in entries])
    digests = {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())}
    manifest = {
        "kind": "daicho-evidence-package",
        "office": vault.setting("office.name"),
        "period": [start.isoformat(), end.isoformat()],
        "assessed_on": assessment.date.isoformat(),
        "self_assessment": issued.doc_number,
        "created_by": vault.session.user_id,
        "files": [{"name": n, "size": len(files[n]), "sha256": d} for n, d in digests.items()],
        "note": "These files are not encrypted. / これらのファイルは暗号化されていません。",
    }
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    try:
        if as_zip:
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for name, data in files.items():
                    info = zipfile.ZipInfo(name, date_time=(today.year, today.month, today.day, 0, 0, 0))
                    info.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(info, data)
            atomic_write_bytes(out, buf.getvalue())
        else:
            staging = out.with_name(out.name + ".partial")
            if staging.exists():
                shutil.rmtree(staging)
            for name, data in files.items():
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                atomic_write_bytes(target, data)
            staging.rename(out)
    except OSError as exc:
        raise ValidationError(io_error_message(exc, out), {"out": str(out)}) from exc
    with vault.transaction() as tx:
        trail.append(tx, vault.session.user_id, "compliance.package", entity="compliance", details={
            "path": str(out), "zip": as_zip, "period": [start.isoformat(), end.isoformat()],
            "files": len(files), "manifest_sha256": hashlib.sha256(files["manifest.json"]).hexdigest()})
    return PackageResult(out, digests, issued.doc_number)

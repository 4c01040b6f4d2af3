"""管理資料・手順書 (documents) beside the generic register: a new revision with its file, in
one transaction — the file is stored encrypted on the record's attachments (``files``) and the
revision row names it (file name and SHA-256), so each revision points at its own file."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path
from typing import BinaryIO

from desktop.registers.attachments import digest_file

SLUG = "documents"


def add_revision(svc, document_id: int, *, number: str, revised_on: dt.date, author: int | None = None,
                 summary: str | None = None, file: Path | str | BinaryIO | None = None,
                 name: str | None = None) -> dict:
    """Append a revision (validated like any update: a date before the previous revision's is
    refused and nothing is written) and store its file, if given, in the same transaction.
    Returns the stored revision row."""
    from desktop.registers.service import NewAttachment

    svc.session.require_write()
    rec = svc.get(SLUG, document_id)
    row: dict = {"number": number, "revised_on": revised_on, "author": author, "summary": summary}
    attachments = ()
    if file is not None:
        if isinstance(file, str | Path):
            _, sha = digest_file(file)
            row["file_name"] = (name or Path(file).name)[:255]
        else:
            data = file.read()
            sha = hashlib.sha256(data).hexdigest()
            row["file_name"] = (name or "file")[:255]
            file = io.BytesIO(data)
        row["file_sha256"] = sha
        attachments = (NewAttachment("files", file, row["file_name"]),)
    revisions = [dict(r) for r in rec.get("revisions") or []]
    svc.update(SLUG, document_id, {"revisions": [*revisions, row]}, attachments=attachments)
    return svc.get(SLUG, document_id)["revisions"][-1]


def revision_file(svc, document_id: int, revision: dict):
    """The attachment holding a revision's file (matched by SHA-256), or None."""
    sha = revision.get("file_sha256")
    if not sha:
        return None
    for info in svc.attachments(SLUG, document_id, "files"):
        if info.sha256 == sha:
            return info
    return None

"""データ交換 (exchanges) beside the generic register: size and SHA-256 of the exchanged file
computed by the app (A12-4), stored on the record and compared with the counterpart's values.

A GUI hashes off the GUI thread with :func:`digest` and stores the result with
:func:`store_digest` (the connection stays on the GUI thread); :func:`verify_file` does both.
"""

from __future__ import annotations

from pathlib import Path

from desktop.registers.attachments import digest_file

SLUG = "exchanges"


def digest(path: Path | str, progress=None) -> dict:
    """``{"file_name", "file_size", "file_sha256"}`` of the file, read where it is (streamed,
    never copied; touches no database, so it may run on a worker thread).
    ``progress(done, total) -> bool``; False stops with
    :class:`desktop.registers.attachments.HashCancelled`."""
    size, sha = digest_file(path, progress=progress)
    return {"file_name": Path(path).name[:255], "file_size": size, "file_sha256": sha}


def store_digest(svc, record_id: int, values: dict) -> dict:
    """Store a :func:`digest` on the record (audited like any update) and compare with the
    counterpart's reported values: ``{"size", "sha256", "verification"}``."""
    svc.update(SLUG, record_id, {k: values[k] for k in ("file_name", "file_size", "file_sha256")})
    rec = svc.get(SLUG, record_id)
    return {"size": values["file_size"], "sha256": values["file_sha256"], "verification": rec["verification"]}


def verify_file(svc, record_id: int, path: Path | str, progress=None) -> dict:
    """:func:`digest` then :func:`store_digest` (nothing stored when cancelled)."""
    svc.session.require_write()
    return store_digest(svc, record_id, digest(path, progress))

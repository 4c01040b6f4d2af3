"""Attachments: encrypted in the vault, chunked, byte-identical round trip, audited save-as."""

from __future__ import annotations

import hashlib
import io
import os

import pytest

from desktop import settings
from desktop.audit import trail
from desktop.errors import PermissionDenied, ValidationError
from desktop.registers import attachments as att

from .conftest import acting_as, create_samples


@pytest.fixture
def incident(svc):
    ids = create_samples(svc)
    return ids["incidents"]


def test_round_trip_is_byte_identical(svc, vault, incident, tmp_path):
    data = os.urandom(2 * att.CHUNK + 12345)
    src = tmp_path / "ログ一式.zip"
    src.write_bytes(data)
    info = svc.add_attachment("incidents", incident, "evidence_files", src)
    assert info.size == len(data) and info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.name == "ログ一式.zip" and info.added_by == "admin"
    chunks = vault.conn.execute("SELECT count(*) FROM attachment_chunks WHERE attachment_id = ?",
                                (info.id,)).fetchone()[0]
    assert chunks == 3
    assert svc.attachment_bytes(info.id) == data
    with svc.open_attachment(info.id) as fh:
        assert fh.read(10) == data[:10]
        fh.seek(att.CHUNK - 5)
        assert fh.read(10) == data[att.CHUNK - 5:att.CHUNK + 5]
        fh.seek(0)
        assert fh.read() == data
    dest = tmp_path / "out" / "copy.zip"
    dest.parent.mkdir()
    svc.save_attachment_as(info.id, dest)
    assert dest.read_bytes() == data
    assert [p.name for p in dest.parent.iterdir()] == ["copy.zip"]  # no temp file left behind
    entry = next(trail.query(vault.conn, actions=["register.attachment_save_as"]))
    assert entry.details["path"] == str(dest) and entry.details["sha256"] == info.sha256
    assert [a.id for a in svc.get("incidents", incident)["evidence_files"]] == [info.id]
    assert any(h.action == "register.attachment_add" for h in svc.history("incidents", incident))


def test_stream_source_and_evidence_hash_flag(svc, incident):
    data = b"evidence"
    info = svc.add_attachment("incidents", incident, "evidence_files", io.BytesIO(data), name="mail.eml")
    assert info.media_type == "message/rfc822"
    flags = {f.code for f in svc.flags("incidents", incident)}
    assert "incident.evidence_hash" in flags  # the evidence item's SHA-256 matches no file
    rec = svc.get("incidents", incident)
    ev = rec["evidence"]
    ev[0]["sha256"] = info.sha256
    svc.update("incidents", incident, {"evidence": ev})
    assert "incident.evidence_hash" not in {f.code for f in svc.flags("incidents", incident)}


def test_size_limit(svc, vault, incident, tmp_path):
    with vault.transaction() as conn:
        settings.put(conn, "registers.attachment_max_mb", 1)
    big = tmp_path / "big.bin"
    big.write_bytes(b"\0" * (att.CHUNK + 1))
    with pytest.raises(ValidationError):
        svc.add_attachment("incidents", incident, "evidence_files", big)
    with pytest.raises(ValidationError):
        svc.add_attachment("incidents", incident, "evidence_files", io.BytesIO(b"\0" * (att.CHUNK + 1)), name="s.bin")
    assert vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0


def test_remove_and_delete_record(svc, vault, incident):
    info = svc.add_attachment("incidents", incident, "evidence_files", io.BytesIO(b"x" * 10), name="a.txt")
    with acting_as(vault, "viewer"), pytest.raises(PermissionDenied):
        svc.add_attachment("incidents", incident, "evidence_files", io.BytesIO(b"y"), name="b.txt")
    with acting_as(vault, "officer"), pytest.raises(PermissionDenied):
        svc.remove_attachment(info.id, "誤添付")
    svc.remove_attachment(info.id, "誤添付")
    assert svc.attachments("incidents", incident) == []
    svc.add_attachment("incidents", incident, "evidence_files", io.BytesIO(b"z" * 10), name="c.txt")
    svc.delete("incidents", incident, "テスト")
    assert vault.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    entry = next(trail.query(vault.conn, actions=["register.delete"], entity="incidents"))
    assert entry.details["attachments"][0]["name"] == "c.txt"

"""A record and the files attached to it are saved in one transaction: a process killed between
the record and its files leaves both or neither (never a record without the files the user
attached)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.registers.service import ACTION_ATT_ADD, ACTION_CREATE, NewAttachment, RegisterService
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD

from .conftest import create_samples, sample_values

ROOT = Path(__file__).resolve().parents[3]

CHILD = r"""
import os, signal, sys
from desktop.registers import attachments as att
from desktop.registers import examples
from desktop.registers.service import NewAttachment, RegisterService
from desktop.vault.vault import unlock

path, user, mode, ids, evidence = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
password = sys.stdin.readline().rstrip("\n")
vault = unlock(path, user, password)
real_add = att.add

def add_then_maybe_die(conn, *args, **kw):
    if mode == "before-files":      # the record is written, its file not yet
        os.kill(os.getpid(), signal.SIGKILL)
    info = real_add(conn, *args, **kw)
    if mode == "after-files":       # the file is written too, nothing committed yet
        os.kill(os.getpid(), signal.SIGKILL)
    return info

att.add = add_then_maybe_die
staff, equipment = (int(x) for x in ids.split(","))
values = examples.values("maintenance", {"staff": staff, "equipment": equipment})
RegisterService(vault).create("maintenance", values, attachments=[NewAttachment("attachments", evidence)])
print("saved")
"""


def _state(svc) -> tuple[int, int]:
    records = svc.count("maintenance").value
    files = svc.conn.execute("SELECT count(*) FROM attachments WHERE register = 'maintenance'").fetchone()[0]
    return records, files


@pytest.mark.crash
@pytest.mark.parametrize("mode", ["before-files", "after-files", "no-kill"])
def test_sigkill_between_record_and_attachments_leaves_both_or_neither(make_vault, reopen, tmp_path, mode):
    vault, _ = make_vault()
    svc = RegisterService(vault)
    ids = create_samples(svc)
    before = _state(svc)
    evidence = tmp_path / "点検報告書.pdf"
    evidence.write_bytes(b"%PDF-1.4 maintenance report\n" * 1000)
    path = vault.path
    vault.close()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), ADMIN_ID, mode, f"{ids['staff']},{ids['equipment']}", str(evidence)],
        input=ADMIN_PASSWORD + "\n", capture_output=True, text=True, cwd=ROOT, timeout=120)
    vault = reopen(path)
    after = _state(RegisterService(vault))
    if mode == "no-kill":
        assert child.returncode == 0 and "saved" in child.stdout, child.stderr
        assert after == (before[0] + 1, before[1] + 1)
    else:
        assert child.returncode == -signal.SIGKILL, child.stderr
        assert after == before, "a record was kept without its attachment (or the reverse)"
    vault.close()


def test_create_with_attachments_is_one_change_in_the_trail(svc, tmp_path):
    from desktop.audit import trail

    ids = create_samples(svc)
    report = tmp_path / "作業報告.txt"
    report.write_bytes("保守作業の報告\n".encode())
    rid = svc.create("maintenance", sample_values("maintenance", ids),
                     attachments=[NewAttachment("attachments", report)])
    files = svc.attachments("maintenance", rid)
    assert [f.name for f in files] == ["作業報告.txt"]
    actions = [e.action for e in trail.query(svc.conn, entity="maintenance", entity_id=rid, limit=10)]
    assert sorted(actions) == sorted([ACTION_CREATE, ACTION_ATT_ADD])


def test_a_bad_record_stores_none_of_its_files(svc, tmp_path):
    from desktop.errors import ValidationError

    ids = create_samples(svc)
    report = tmp_path / "report.txt"
    report.write_bytes(b"x")
    values = {**sample_values("maintenance", ids), "work": ""}
    with pytest.raises(ValidationError, match="作業内容"):
        svc.create("maintenance", values, attachments=[NewAttachment("attachments", report)])
    assert svc.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_an_unreadable_file_stores_no_record(svc, tmp_path):
    """The file vanished between choosing it and 保存: a Japanese message, and no record
    without its file."""
    from desktop.errors import DaichoError

    ids = create_samples(svc)
    n = svc.count("maintenance").value
    with pytest.raises(DaichoError, match="missing.pdf"):
        svc.create("maintenance", sample_values("maintenance", ids),
                   attachments=[NewAttachment("attachments", tmp_path / "missing.pdf")])
    assert svc.count("maintenance").value == n


def test_update_with_only_new_files_stores_them(svc, tmp_path):
    ids = create_samples(svc)
    rid = ids["maintenance"]
    report = tmp_path / "追加資料.txt"
    report.write_bytes(b"added")
    assert svc.update("maintenance", rid, {}, attachments=[NewAttachment("attachments", report)]) == {}
    assert [f.name for f in svc.attachments("maintenance", rid)] == ["追加資料.txt"]


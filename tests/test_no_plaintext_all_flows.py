"""No plaintext on disk, across every flow of a realistic session.

One session through the real services puts a unique marker (ASCII + Japanese) into the
office settings, a user's display name, a record of every register (sub-list rows included),
an attachment (content and file name), an exchange-file verification, a CSV export and
import, a submittal preview and an issued submittal, audit entries, a backup (export, verify,
restore into a new vault) and the lock / re-open flows. Then every file under the vault
folders, the private temp folder and DAICHO_HOME (config, the app's log file) is scanned for
the marker — in UTF-8, UTF-16-LE/BE and CP932 — and for the secrets of the session (the
administrator's password, the recovery key, the backup passphrase, the database key), with
the vault open and again after it is closed. Only the folder the user explicitly exported or
printed to may hold the marker.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import logging
import os
import tempfile
import uuid
from pathlib import Path

from desktop import settings
from desktop.accounts.service import AccountService
from desktop.audit import trail
from desktop.backup import export_backup, restore_backup, verify_backup
from desktop.registers import RegisterService
from desktop.registers.ext import ext_for
from desktop.submittals import service as submittals
from desktop.vault import crypto
from desktop.vault.keyfile import keyfile_path
from desktop.vault.terminal import TerminalStore
from desktop.vault.vault import AuthFailed, create_vault, unlock
from tests.conftest import MemoryKeyring
from tests.desktop.submittals.records import seed

ADMIN = "kanri"
JST = dt.timezone(dt.timedelta(hours=9))


def _needles(marker: str, secrets: dict[str, bytes | str]) -> dict[str, bytes]:
    """Byte patterns that must not appear: the marker in every encoding Windows/Excel/Qt
    might use, its ASCII and Japanese halves on their own, and each secret."""
    ascii_part, ja_part = marker.split("-", 2)[1], marker.rsplit("-", 1)[1]
    out = {}
    for enc in ("utf-8", "utf-16-le", "utf-16-be", "cp932"):
        out[f"marker/{enc}"] = marker.encode(enc)
        out[f"marker-ja/{enc}"] = ja_part.encode(enc)
    out["marker-ascii"] = ascii_part.encode("ascii")
    out["marker-ascii/utf-16-le"] = ascii_part.encode("utf-16-le")
    for name, value in secrets.items():
        if isinstance(value, str):
            out[f"{name}/utf-8"] = value.encode("utf-8")
            out[f"{name}/utf-16-le"] = value.encode("utf-16-le")
        else:
            out[f"{name}/raw"] = value
            out[f"{name}/hex"] = value.hex().encode()
            out[f"{name}/b64"] = base64.b64encode(value).rstrip(b"=")
    return out


def _scan(folders: list[Path], needles: dict[str, bytes]) -> tuple[int, list[str]]:
    found, scanned = [], 0
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                path = Path(root) / name
                try:
                    data = path.read_bytes()
                except FileNotFoundError:  # a -shm / lock file removed meanwhile
                    continue
                scanned += 1
                # names count too: a file named after a record leaks as much as its content
                data += b"\0" + str(path.relative_to(folder)).encode("utf-8")
                found += [f"{what} in {path}" for what, needle in needles.items() if needle in data]
    return scanned, found


def _every_register(svc: RegisterService, ids, marker: str) -> dict[str, int]:
    """One record per register with the marker in its text fields and sub-list rows."""
    m = marker
    staff = ids.staff
    at = dt.datetime(2026, 2, 3, 10, 0, tzinfo=JST)
    plan = svc.create("training-plans", {"fiscal_year": 2025, "theme": f"{m} 研修", "target": m,
                                         "planned_month": 6, "content": f"{m} 内容", "note": m})
    created = {"training-plans": plan}
    created["staff"] = svc.create("staff", {
        "name": f"{m} 太郎", "name_kana": "まーかー", "affiliation": m, "job_role": m, "badge_no": "MK-1",
        "badge_issued_on": dt.date(2025, 4, 1), "started_on": dt.date(2025, 4, 1), "note": m,
    })
    created["handovers"] = svc.create("handovers", {
        "from_staff": created["staff"], "to_staff": staff[1], "handed_on": dt.date(2025, 9, 1), "role": m,
        "materials": m, "items": f"{m} 引継ぎ", "note": m,
    })
    created["structure"] = svc.create("structure", {
        "effective_from": dt.date(2026, 1, 1), "organization": f"{m} 管理体制", "contract": m,
        "change_reason": m, "note": m,
        "members": [{"role": "security_officer", "staff": staff[0], "scope": f"{m} 統括", "phone": "076-000-0000",
                     "email": "x@example.jp", "hours": m, "contact_order": 1},
                    {"role": "failure_contact", "person_name": f"{m} 外部", "affiliation": m, "scope": m}],
    })
    created["equipment"] = svc.create("equipment", {
        "asset_no": f"{m}-EQ", "kind": "pc", "maker": m, "model": m, "serial_no": m, "location": f"{m} 書庫",
        "protection": "locked_cabinet", "holds_pref_data": True, "owner": m, "custodian": staff[1],
        "status": "in_use", "registered_on": dt.date(2025, 4, 1), "note": m,
    })
    created["equipment-checks"] = svc.create("equipment-checks", {
        "equipment": created["equipment"], "checked_on": dt.date(2026, 1, 10), "checked_by": staff[2],
        "result": "found", "location_seen": m, "note": m,
    })
    created["maintenance"] = svc.create("maintenance", {
        "equipment": created["equipment"], "started_at": at, "ended_at": at + dt.timedelta(hours=1),
        "kind": "repair", "work": f"{m} 作業", "result": "normal", "result_note": m, "outside_worker": m,
        "note": m,
    })
    created["exchanges"] = svc.create("exchanges", {
        "planned_on": dt.date(2026, 2, 1), "counterpart": f"{m} 県", "direction": "send", "method": "sftp",
        "line": m, "storage_area": m, "content": f"{m} 交換データ", "exchanged_at": at,
        "handled_by": staff[4], "note": m,
    })
    created["training-sessions"] = svc.create("training-sessions", {
        "held_on": dt.date(2025, 6, 20), "plan": plan, "title": f"{m} 教育", "trainer": m,
        "content": f"{m} 実施内容", "attendees": staff[1:3], "check_method": "report", "check_result": m,
        "note": m,
    })
    created["runbooks"] = svc.create("runbooks", {
        "title": f"{m} 手順書", "incident_type": "leak", "last_reviewed_on": dt.date(2025, 12, 1), "note": m,
        "steps": [{"part": "cause", "action": f"{m} 原因調査", "role": "administrator", "note": m},
                  {"part": "evidence", "action": m}, {"part": "recovery", "action": m}],
    })
    created["incidents"] = svc.create("incidents", {
        "title": f"{m} 事故", "incident_type": "leak", "detected_at": at, "reported_at": at + dt.timedelta(hours=1),
        "reported_to": m, "affected_systems": m, "affected_data": m, "runbook": created["runbooks"],
        "status": "open", "note": m,
        "timeline": [{"at": at, "entry": f"{m} 経過", "recorded_by": staff[2]}],
        "evidence": [{"item": f"{m} 証拠", "collected_at": at, "collected_by": staff[1], "storage": m,
                      "custody": m}],
    })
    # -- issue 12
    created["data-errors"] = svc.create("data-errors", {
        "found_on": dt.date(2026, 1, 5), "found_by": staff[0], "target": m, "description": f"{m} 誤り",
        "reported_on": dt.date(2026, 1, 5), "reported_to": m, "correction": m, "note": m})
    created["inspections"] = svc.create("inspections", {
        "scope": "storage", "target": m, "inspected_on": dt.date(2026, 1, 6), "inspector": staff[0],
        "result": "ok", "findings": m, "note": m})
    created["network-measures"] = svc.create("network-measures", {
        "measure": "mail_log", "checked_on": dt.date(2026, 1, 7), "checked_by": staff[0], "result": "ok",
        "detail": m, "evidence": m, "note": m})
    created["audits"] = svc.create("audits", {
        "title": f"{m} 監査", "kind": "internal", "audited_on": dt.date(2026, 1, 8), "auditor": m, "scope": m,
        "findings": [{"finding": f"{m} 指摘", "severity": "low", "action": m, "evidence": m}], "note": m})
    created["other-measures"] = svc.create("other-measures", {"measure": m, "reason": m, "note": m})
    # -- issue 11
    created["systems"] = svc.create("systems", {
        "name": f"{m} システム", "purpose": m, "important": True, "role": "operate", "runs_on": [created["equipment"]],
        "administrators": [staff[0]], "note": m})
    created["accounts"] = svc.create("accounts", {
        "system": created["systems"], "login_id": f"{m}-id", "holder": staff[1], "privilege": "user", "purpose": m,
        "approved_by": staff[0], "approved_on": dt.date(2025, 4, 1), "issued_on": dt.date(2025, 4, 1),
        "password_set": True, "note": m})
    created["account-reviews"] = svc.create("account-reviews", {
        "system": created["systems"], "kind": "registration", "period_from": dt.date(2025, 4, 1),
        "period_to": dt.date(2025, 9, 30), "reviewed_on": dt.date(2025, 10, 1), "reviewer": m, "items_reviewed": 1,
        "reviewed_list": m, "result": "findings", "findings": m, "actions": m, "note": m})
    created["external-users"] = svc.create("external-users", {
        "system": created["systems"], "person": f"{m} 外部", "organisation": m, "account": created["accounts"],
        "manager": staff[0], "method": "vpn", "caller_check": "callback", "logs_obtained": True,
        "registered_on": dt.date(2025, 4, 1), "delete_reason": None, "note": m})
    created["dev-projects"] = svc.create("dev-projects", {
        "name": f"{m} 開発", "system": created["systems"], "period_from": dt.date(2025, 5, 1), "test_plan": m,
        "security_checks": [{"item": "a", "result": "yes", "note": m, "evidence": m}], "impact_method": m,
        "media_storage": m, "media_locked": True, "note": m})
    created["endpoint-checks"] = svc.create("endpoint-checks", {
        "equipment": created["equipment"], "checked_on": dt.date(2026, 1, 10), "checked_by": staff[2],
        "av_product": m, "pattern_date": dt.date(2026, 1, 10), "last_scan_on": dt.date(2026, 1, 9),
        "scan_result": "clean", "patches_applied": True, "patches_up_to": m, "note": m})
    created["software"] = svc.create("software", {
        "product": f"{m} ソフト", "version": m, "vendor": m, "category": "office", "licence_type": "volume",
        "licence_no": m, "licences": 1, "installations": 1, "installed_on": [created["equipment"]],
        "approved": True, "approved_by": staff[0], "note": m})
    # -- issue 12 (after the systems they refer to)
    created["documents"] = svc.create("documents", {
        "kind": "operations_procedure", "title": f"{m} 運用手順書", "system": created["systems"], "note": m,
        "revisions": [{"number": "第1版", "revised_on": dt.date(2025, 4, 1), "summary": f"{m} 初版",
                       "file_name": f"{m}.pdf"}]})
    svc.open_confidential("firewall-rules", "設定の登録", purpose="test")
    created["firewall-rules"] = svc.create("firewall-rules", {
        "device": created["equipment"], "rule_no": 10, "action": "allow", "protocol": "tcp", "ports": "443",
        "direction": "inbound", "source": "@" + m.replace(" ", "_"), "destination": "192.0.2.10",
        "reason": f"{m} 理由", "pref_system": False, "valid_from": dt.date(2025, 4, 1), "note": m})
    created["changes"] = svc.create("changes", {
        "system": created["systems"], "changed_at": at, "operator": staff[0], "kind": "setting",
        "description": f"{m} 変更", "setting_name": m, "before_value": m, "after_value": m, "reason": m, "note": m})
    # registers added later without a hand-written record above: their first declared example,
    # referring to the records made here, with the marker in its text fields
    from desktop.registers import examples
    from desktop.registers.model import Kind

    for reg in svc.registers():
        if reg.slug in created:
            continue
        values = examples.values(reg.slug, created)
        for f in reg.fields:
            if f.kind in (Kind.TEXT, Kind.LONGTEXT) and not f.computed and f.name in ("note", "purpose", "subject"):
                values[f.name] = m
        created[reg.slug] = svc.create(reg.slug, values)
    missing = {r.slug for r in svc.registers()} - set(created)
    assert not missing, f"a register without a marker record: {missing}"
    # an update too (audit before/after, the old value left in freed pages)
    svc.update("staff", created["staff"], {"note": f"{m} 更新後"})
    return created


def test_no_plaintext_anywhere_after_every_flow(tmp_path, monkeypatch):
    marker = f"MARKER-{uuid.uuid4().hex[:10]}-機密テスト"
    password = f"Kenroku-{uuid.uuid4().hex[:8]}-Garden!"
    passphrase = f"Backup-{uuid.uuid4().hex[:8]}-Tsuzumimon-Gate"

    office_dir = tmp_path / "office"          # the vault, and a restore beside it (scanned)
    scratch = tmp_path / "private-tmp"        # TMPDIR for the whole session (scanned)
    home = tmp_path / "daicho-home"           # DAICHO_HOME: config and the log (scanned)
    outside = tmp_path / "exported"           # what the user explicitly exports (not scanned)
    sources = tmp_path / "user-files"         # the user's own files (not scanned)
    for d in (scratch, home, outside, sources):
        d.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setenv("TEMP", str(scratch))
    monkeypatch.setenv("TMP", str(scratch))
    monkeypatch.setenv("SQLITE_TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("DAICHO_HOME", str(home))

    # the GUI's log file, fed by every logger of the app during the session
    from ui.app import setup_logging

    root = logging.getLogger()
    old_level, old_handlers = root.level, list(root.handlers)
    log_path = setup_logging()
    assert log_path is not None and log_path.is_relative_to(home)
    ours = [h for h in root.handlers if h not in old_handlers]
    try:
        _session(marker, password, passphrase, office_dir, scratch, home, outside, sources, log_path)
    finally:
        for h in ours:
            root.removeHandler(h)
            h.close()
        root.setLevel(old_level)
    log_text = log_path.read_text(encoding="utf-8")
    assert "issued submittal" in log_text  # the log was really written during the session
    assert "unexpected error: ValueError" in log_text
    assert marker not in log_text and password not in log_text


def _session(marker, password, passphrase, office_dir, scratch, home, outside, sources, log_path):
    from ui.widgets import messages

    store = TerminalStore(backend=MemoryKeyring())  # binding ON: the terminal key is in the keyring
    path = office_dir / "daicho.vault"
    office = {"name": f"{marker} 株式会社", "address": f"{marker} 金沢市", "representative": marker,
              "contract": marker}
    vault, recovery = create_vault(path, office=office, admin_id=ADMIN, admin_name=f"{marker} 管理者",
                                   admin_password=password, binding=True, terminals=store, kdf=crypto.TEST_KDF)
    dek = vault.database_key()
    secrets = {"admin-password": password, "recovery-key": recovery,
               "recovery-key-compact": recovery.replace("-", ""), "backup-passphrase": passphrase,
               "database-key": dek, "user-share": vault._shares.user, "terminal-share": vault._shares.terminal}
    needles = _needles(marker, secrets)
    restored = office_dir / "restored" / "daicho.vault"
    scanned = [office_dir, scratch, home]

    # -- office settings, users ---------------------------------------------------------------
    with vault.transaction() as conn:
        settings.put(conn, "office.contact_person", f"{marker} 担当")
        settings.put(conn, "office.email", "sec@example.jp")
    accounts = AccountService(vault)
    accounts.create_user("suzuki", f"{marker} 花子", "officer", "Hakusan-River-Tea-77")

    # -- every register, sub-lists, attachments, exchange verification -------------------------
    ids = seed(vault, exchanges=6, office=False)
    svc = RegisterService(vault, today=lambda: dt.date(2026, 3, 31))
    created = _every_register(svc, ids, marker)
    evidence = sources / f"{marker}-証跡.txt"
    evidence.write_bytes((marker + "\n").encode("utf-8") * 50 + marker.encode("utf-16-le"))
    info = svc.add_attachment("maintenance", created["maintenance"], "attachments", evidence)
    assert marker in info.name
    with svc.open_attachment(info.id) as fh:  # a preview reads it in memory
        assert marker.encode() in fh.read()
    svc.save_attachment_as(info.id, outside / "saved-evidence.txt")  # explicit "save as"
    exchanged = sources / f"{marker}-交換.csv"
    exchanged.write_bytes(marker.encode("cp932") * 100)
    result = ext_for("exchanges").verify_file(svc, created["exchanges"], exchanged)
    assert result["sha256"] == hashlib.sha256(exchanged.read_bytes()).hexdigest()

    # -- CSV export (explicit, outside) and import (from outside) ----------------------------
    for reg in svc.registers():  # a confidential register only with an administrator's reason
        reason = "監査資料の作成" if reg.confidential else None
        svc.export_csv(reg.slug, outside / f"{reg.slug}.csv", confidential_reason=reason)
        svc.export_xlsx(reg.slug, outside / f"{reg.slug}.xlsx", confidential_reason=reason)
    svc.export_csv("staff", outside / "staff-cp932.csv", encoding="cp932")
    importing = sources / "staff-import.csv"
    importing.write_bytes(("\ufeff氏名,所属,備考\r\n" + f"{marker} 次郎,{marker},{marker} 取込\r\n").encode("utf-8"))
    preview = svc.preview_import("staff", importing)
    assert preview.ok, preview.issue_lines()
    svc.commit_import(preview)

    # -- submittals: a preview (nothing saved), one rendered on a reader, one issued -----------
    shown = submittals.preview(vault, "incident-first-report", {"record": created["incidents"]})
    assert shown.pdf.startswith(b"%PDF")
    with submittals.reading(vault) as view:
        prepared = submittals.prepare(view, "exchange-record", {"period": ("2025-04-01", "2026-03-31")})
    # issued for printing: recorded, nothing written (what the pre-issue check found is confirmed)
    submittals.commit(vault, prepared, confirmed=True)
    submittals.issue(vault, "incident-runbook", {"record": created["runbooks"]}, out=outside / "runbook.pdf",
                     confirmed=True)

    # -- audit entries, something that fails unexpectedly in the GUI ----------------------------
    vault.audit("test.marker", details={"note": marker, "after": {"memo": marker * 20}})
    with vault.transaction() as conn:
        for i in range(200):  # several pages, into the WAL
            trail.append(conn, ADMIN, "test.bulk", details={"i": i, "text": marker})
    try:
        int(marker)  # e.g. a parse of the user's input that was not expected to fail
    except ValueError as exc:
        messages.error_text(exc)  # what the GUI does with an unexpected error: logs it
    logging.getLogger("ui.main_window").exception("could not audit the lock", exc_info=ValueError(marker))

    # -- backup: export outside, verify, restore into a new vault inside the scanned folder ----
    backup = outside / "office.daicho-backup"
    export_backup(vault, backup, passphrase)
    verify_backup(backup, passphrase)

    # -- lock screen, failures, wrong-field typing ----------------------------------------------
    assert vault.verify_password(ADMIN, password)
    assert not vault.verify_password(ADMIN, password + "x")
    found, problems = _scan(scanned, needles)
    assert found > 3 and not problems, "\n".join(problems)  # while open: WAL and SHM present

    vault.close()
    try:
        unlock(path, ADMIN, "wrong-" + password[::-1], terminals=store)
    except AuthFailed:
        pass
    try:  # the password typed into the user-ID field
        unlock(path, password, password, terminals=store)
    except AuthFailed:
        pass
    unlock(path, ADMIN, password, terminals=store, readonly=True).close()
    vault = unlock(path, ADMIN, password, terminals=store)
    AccountService(vault).delete_user("suzuki")  # re-key: every page rewritten
    vault.close()

    restore_backup(backup, passphrase, restored, user_id=ADMIN, password=password, terminals=store)
    again = unlock(restored, ADMIN, password, terminals=store)
    assert again.setting("office.contact_person") == f"{marker} 担当"
    assert RegisterService(again).get("staff", created["staff"])["name"] == f"{marker} 太郎"
    again.close()

    # the key-slot files hold no plaintext secret while binding is on
    for kf in (keyfile_path(path), keyfile_path(restored)):
        text = kf.read_text(encoding="utf-8")
        assert '"plain_terminal_share"' not in text
    vault = unlock(path, ADMIN, password, terminals=store)
    try:
        found, problems = _scan(scanned, needles)
        assert not problems, "\n".join(problems)
    finally:
        vault.close()
    found, problems = _scan(scanned, needles)
    assert found > 3 and not problems, "\n".join(problems)

    # the user-facing outputs do hold it (the scan would have seen a leak)
    assert marker.encode("utf-8") in (outside / "staff.csv").read_bytes()
    assert marker.encode("cp932") in (outside / "staff-cp932.csv").read_bytes()
    assert marker.encode("utf-8") in (outside / "saved-evidence.txt").read_bytes()
    assert (outside / "runbook.pdf").read_bytes().startswith(b"%PDF")
    assert log_path.exists()


# -- the leaks the session above found, one by one ------------------------------------------------


def test_log_file_withholds_exception_messages(tmp_path, monkeypatch):
    """The app's log keeps the type and frames of an exception, never its message (which
    may quote what the user typed), also for chained exceptions and a cached ``exc_text``."""
    from desktop.errors import ValidationError
    from ui.app import SafeFormatter

    secret = "MARKER-secret-機密"
    formatter = SafeFormatter("%(levelname)s %(name)s: %(message)s")
    try:
        try:
            int(secret)
        except ValueError as inner:
            raise ValidationError(f"「{secret}」は数値ではありません") from inner
    except ValidationError as exc:
        record = logging.LogRecord("ui.x", logging.ERROR, __file__, 1, "failed: %s", ("ValidationError",),
                                   (type(exc), exc, exc.__traceback__))
    record.exc_text = f"cached by another handler: {secret}"
    text = formatter.format(record)
    assert secret not in text and "機密" not in text
    assert "ValueError (message withheld)" in text
    assert "desktop.errors.ValidationError [validation] (message withheld)" in text
    assert "direct cause" in text and "int(secret)" in text  # frames kept, for debugging
    assert record.exc_text.startswith("cached by another handler")  # other handlers unaffected


def test_password_typed_as_user_id_stays_out_of_the_key_file(make_vault, keyring_store):
    """A failed login with an unknown user ID (often the password typed into the ID field)
    leaves only the ID's length in the plain key-slot file and in the trail."""
    from tests.conftest import ADMIN_ID, ADMIN_PASSWORD

    v, _ = make_vault(binding=True, terminals=keyring_store)
    path = v.path
    v.close()
    for _ in range(6):  # more than the lockout threshold: no counter for an unknown ID
        try:
            unlock(path, ADMIN_PASSWORD, ADMIN_PASSWORD, terminals=keyring_store)
        except AuthFailed:
            pass
    text = keyfile_path(path).read_text(encoding="utf-8")
    assert ADMIN_PASSWORD not in text
    assert "unknown_user_id_length" in text
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=keyring_store)
    try:
        failures = list(trail.query(v.conn, actions=["auth.failure"]))
        assert len(failures) == 6
        assert all(e.actor is None and e.details["unknown_user_id_length"] == len(ADMIN_PASSWORD)
                   for e in failures)
        assert not list(trail.query(v.conn, actions=["auth.lockout"]))
    finally:
        v.close()
    assert ADMIN_PASSWORD not in keyfile_path(path).read_text(encoding="utf-8")


def test_reprs_hide_key_material(make_vault, keyring_store):
    """Objects holding keys print without them (tracebacks with locals, debug logging)."""
    from desktop.backup.keys import NewKeys
    from desktop.vault.keyfile import KeyFile
    from desktop.vault.slots import Shares as _Shares
    from desktop.vault.terminal import TerminalIdentity

    key = bytes(range(32))
    shown = " ".join([
        repr(_Shares(key, key)), repr(TerminalIdentity("t1", key)),
        repr(KeyFile("v", plain_terminal_share=crypto.b64e(key))),
        repr(NewKeys(KeyFile("v"), key, key, key)),
    ])
    for form in (repr(key), key.hex(), crypto.b64e(key)):
        assert form not in shown
    v, _ = make_vault(binding=True, terminals=keyring_store)
    ident = keyring_store.load(v.vault_id)
    assert crypto.b64e(ident.private_key) not in repr(ident) and repr(ident.private_key) not in repr(ident)
    assert v.database_key().hex() not in repr(v._shares) and repr(v.database_key()) not in repr(vars(v))


def test_connections_keep_temporary_data_in_memory(vault, tmp_path):
    """Sorts, temp tables and statement journals never go to TMPDIR (SQLite's temp files are
    not page-encrypted), whatever the SQLite build's default."""
    from desktop.backup import format as fmt

    assert vault.conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    reader = vault.connect_reader()
    try:
        assert reader.execute("PRAGMA temp_store").fetchone()[0] == 2
    finally:
        reader.close()
    conn = fmt.connect_backup(tmp_path / "x.daicho-backup", "a passphrase long enough", readonly=False)
    try:
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    finally:
        conn.close()


def test_counters_left_by_older_versions_for_unknown_ids_are_dropped(vault, reopen):
    """Key-slot files written before the fix may hold a lockout counter keyed by a password
    typed as the user ID; the next successful login removes it."""
    typed = "Kanazawa-Castle-typed-as-id"
    vault.update_state(lambda kf: kf.state.setdefault("lockout", {}).__setitem__(
        typed, {"failures": 2, "locked_until": None}))
    path = vault.path
    assert typed in keyfile_path(path).read_text(encoding="utf-8")
    reopen(vault).close()
    assert typed not in keyfile_path(path).read_text(encoding="utf-8")

"""``daicho submittal kinds|render|history|verify``."""

from __future__ import annotations

import hashlib

from desktop.registers.service import RegisterService
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.desktop.submittals.records import seed
from tests.foundation import as_admin, run_cli

PW = ADMIN_PASSWORD + "\n"


def test_kinds_needs_no_vault():
    rc, out, err = run_cli(["submittal", "kinds"])
    assert rc == 0, err
    lines = dict(line.split("\t", 1) for line in out.splitlines())
    assert "exchange-record" in lines and "--from DATE --to DATE" in lines["exchange-record"]
    assert "[--equipment ID]" in lines["maintenance-record"]
    assert "--record ID" in lines["incident-final-report"]
    assert "--fiscal-year YYYY" in lines["training-record"]
    assert "--as-of DATE" in lines["staff-roster"]
    assert {"training-plan", "training-record", "incident-runbook"} <= set(lines)


def test_render_history_and_verify(vault, tmp_path):
    ids = seed(vault, exchanges=4)
    path = vault.path
    vault.close()

    out = tmp_path / "exchange.pdf"
    rc, stdout, err = run_cli(as_admin("submittal", "render", "exchange-record", "--from", "2025-04-01",
                                       "--to", "2026-03-31", "--out", str(out)), PW, vault_path=path)
    # the pre-issue check found an exchange without a confirmed deletion: not issued
    assert rc == 3 and "削除が確認されていない交換" in err and not out.exists()
    rc, stdout, err = run_cli(as_admin("submittal", "render", "exchange-record", "--from", "2025-04-01",
                                       "--to", "2026-03-31", "--out", str(out), "--confirm"), PW,
                              vault_path=path)
    assert rc == 0, err
    number, sha = stdout.strip().split("\t")
    assert number == "第1号"
    assert hashlib.sha256(out.read_bytes()).hexdigest() == sha
    assert "データ交換記録を発行しました" in err

    out2 = tmp_path / "incident.pdf"
    rc, stdout, err = run_cli(as_admin("submittal", "render", "incident-first-report", "--record",
                                       str(ids.incident), "--out", str(out2)), PW, vault_path=path)
    assert rc == 0, err
    assert stdout.startswith("第2号\t")

    rc, stdout, err = run_cli(as_admin("submittal", "history"), PW, vault_path=path)
    assert rc == 0, err
    rows = [line.split("\t") for line in stdout.splitlines()]
    assert rows[0][0] == "ID" and rows[0][-1] == "SHA-256"
    assert [r[3] for r in rows[1:]] == ["第2号", "第1号"]
    assert rows[2][-1] == sha and rows[2][2] == "exchange-record"

    copy = tmp_path / "copy.pdf"
    rc, stdout, err = run_cli(as_admin("submittal", "verify", rows[2][0], "--out", str(copy)), PW,
                              vault_path=path)
    assert rc == 0, err
    assert "一致します" in stdout and copy.read_bytes() == out.read_bytes()

    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        RegisterService(v).update("incidents", ids.incident, {"affected_data": "訂正後の内容"})
    finally:
        v.close()
    rc, stdout, err = run_cli(as_admin("submittal", "verify", rows[1][0]), PW, vault_path=path)
    assert rc == 1
    assert "記録が発行後に変更されています" in stdout


def test_render_usage_errors(vault, tmp_path):
    path = vault.path
    vault.close()
    rc, _, err = run_cli(as_admin("submittal", "render", "staff-roster", "--fiscal-year", "2025",
                                  "--out", str(tmp_path / "x.pdf")), PW, vault_path=path)
    assert rc == 2 and "--fiscal-year" in err
    rc, _, err = run_cli(as_admin("submittal", "render", "exchange-record", "--from", "2025-04-01",
                                  "--out", str(tmp_path / "x.pdf")), PW, vault_path=path)
    assert rc == 2 and "--to" in err
    rc, _, err = run_cli(as_admin("submittal", "render", "no-such-form", "--out",
                                  str(tmp_path / "x.pdf")), PW, vault_path=path)
    assert rc == 1 and "見つかりません" in err
    rc, _, err = run_cli(as_admin("submittal", "render", "exchange-record", "--out",
                                  str(tmp_path / "x.pdf")), PW, vault_path=path)
    assert rc == 1 and "期間" in err
    assert not (tmp_path / "x.pdf").exists()

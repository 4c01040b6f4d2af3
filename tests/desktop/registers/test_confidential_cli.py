# ruff: noqa: N802 - test names carry the clause IDs as written
"""A15-12 from the command line: ``daicho list firewall-rules`` needs the officer or
administrator role and ``--reason`` (audited); a viewer is refused; ``daicho export`` of a
confidential register needs an administrator's ``--reason``."""

from __future__ import annotations

import io

import pytest

from desktop.accounts.service import AccountService
from desktop.audit import trail
from desktop.cli.main import main
from desktop.registers import definitions, examples
from desktop.registers.service import RegisterService
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD

VIEWER_PASSWORD = "Viewer-Initial-Pass-2026!"


def run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def vault_path(vault):
    svc = RegisterService(vault)
    svc.open_confidential("firewall-rules", "試験データの登録", purpose="test")
    deps = [s for s in ("staff", "equipment", "media", "permissions") if s in definitions.slugs()]
    examples.store(svc, [definitions.get(s) for s in [*deps, "firewall-rules"]])
    AccountService(vault).create_user("viewer1", "閲覧 花子", "viewer", VIEWER_PASSWORD)
    path = vault.path
    vault.close()
    return path


def as_user(path, user):
    return ["--vault", path, "--user", user, "--password-stdin"]


def test_A15_12_cli_list_needs_a_reason_and_records_it(vault_path, reopen):
    code, out, err = run([*as_user(vault_path, ADMIN_ID), "list", "firewall-rules"], ADMIN_PASSWORD + "\n")
    assert code != 0 and "理由" in err and "@県庁LAN" not in out
    code, out, err = run([*as_user(vault_path, ADMIN_ID), "list", "firewall-rules", "--reason", "設定確認のため"],
                         ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert "@県庁LAN" in out and "3件を表示" in out
    v = reopen(vault_path)
    try:
        entry = next(trail.query(v.conn, actions=["register.confidential_access"]))
        assert entry.details == {"reason": "設定確認のため", "purpose": "cli-list"} and entry.actor == ADMIN_ID
    finally:
        v.close()


def test_A15_12_a_viewer_cannot_list_firewall_rules_from_the_cli(vault_path):
    code, out, err = run([*as_user(vault_path, "viewer1"), "list", "firewall-rules", "--reason", "見たい"],
                         VIEWER_PASSWORD + "\n")
    assert code != 0 and "@県庁LAN" not in out
    assert "閲覧者" in err


def test_A15_12_cli_export_needs_an_administrators_reason(vault_path, tmp_path):
    out_file = tmp_path / "fw.csv"
    code, _, err = run([*as_user(vault_path, ADMIN_ID), "export", "firewall-rules", "--out", out_file],
                       ADMIN_PASSWORD + "\n")
    assert code != 0 and "理由" in err and not out_file.exists()
    code, out, err = run([*as_user(vault_path, ADMIN_ID), "export", "firewall-rules", "--out", out_file,
                          "--reason", "県へ提出するため"], ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert "3件を書き出しました" in out and "@県庁LAN" in out_file.read_text(encoding="utf-8-sig")


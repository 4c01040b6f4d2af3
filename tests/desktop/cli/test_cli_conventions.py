"""CLI conventions (issue 17): --version, help in the UI language, --format json, --out -,
the CLI log file, shell completion generated from the parser."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__, i18n
from desktop.cli import completion
from desktop.cli.main import build_parser, main
from desktop.config import log_dir, save_app_settings
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD

REPO = Path(__file__).resolve().parents[3]


def run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def run_process(argv, stdin=""):
    """The CLI in its own process, as a user runs it: no Qt application in it (in this test
    process another test's QApplication would answer tr() instead of the CLI's catalog)."""
    proc = subprocess.run([sys.executable, "-m", "desktop.cli.main", *map(str, argv)], input=stdin,
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(autouse=True)
def _japanese_after(monkeypatch):
    yield
    i18n.install_catalog(None)  # main() installs the catalog of the language it found


@pytest.fixture
def vault_path(vault):
    path = vault.path
    vault.close()
    return path


@pytest.fixture
def english(tmp_path, monkeypatch):
    """UI language English, with a daicho_en.qm compiled now from the .ts (no stale file)."""
    root = tmp_path / "data"
    (root / "resources" / "i18n").mkdir(parents=True)
    shutil.copytree(REPO / "db_migrations", root / "db_migrations")
    lrelease = str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(REPO / "resources/i18n/daicho_en.ts"), "-qm",
                    str(root / "resources/i18n/daicho_en.qm")], check=True, timeout=120)
    monkeypatch.setenv("DAICHO_RESOURCES", str(root))
    save_app_settings({"language": "en"})


def test_version(capsys):
    assert run(["--version"])[0] == 0
    assert capsys.readouterr().out.strip() == f"daicho {__version__}"


def test_help_is_japanese_by_default():
    code, text, _ = run_process(["--help"])
    assert code == 0
    assert text.startswith("使い方: daicho")
    assert "オプション" in text and "このヘルプを表示して終了する" in text and "監査ログ" in text
    code, text, _ = run_process(["backup", "export", "--help"])
    assert code == 0 and "進み具合を標準エラー出力に表示する" in text


def test_help_and_messages_are_english_when_the_ui_is(english, tmp_path):
    code, text, _ = run_process(["--help"])
    assert code == 0
    assert text.startswith("usage: daicho")
    assert "show this help message and exit" in text and "the audit trail" in text
    assert "監査ログ" not in text
    existing = tmp_path / "exists.vault"
    existing.write_bytes(b"")
    code, _, err = run_process(["--vault", existing, "init", "--office-name", "x", "--admin", "admin",
                                "--no-terminal-binding"], ADMIN_PASSWORD + "\n")
    assert code == 1 and "A vault file already exists" in err


def test_a_damaged_catalog_keeps_the_japanese(english):
    qm = Path(os.environ["DAICHO_RESOURCES"]) / "resources/i18n/daicho_en.qm"
    qm.write_bytes(b"not a qm file")
    code, text, _ = run_process(["--help"])
    assert code == 0 and text.startswith("使い方: daicho")


def test_audit_export_json_has_stable_keys_and_iso_times(vault_path):
    code, out, err = run(["--vault", vault_path, "--user", ADMIN_ID, "--password-stdin", "audit", "export",
                          "--format", "json"], ADMIN_PASSWORD + "\n")
    assert code == 0, err
    entries = json.loads(out)
    assert entries and all(list(e) == ["seq", "at", "actor", "action", "entity", "entity_id", "details"]
                           for e in entries)
    assert [e["seq"] for e in entries] == sorted(e["seq"] for e in entries)
    import datetime as dt

    for e in entries:
        dt.datetime.fromisoformat(e["at"])
        assert e["details"] is None or isinstance(e["details"], dict)


def test_out_dash_writes_to_stdout(vault_path, tmp_path):
    code, out, err = run(["--vault", vault_path, "--user", ADMIN_ID, "--password-stdin", "audit", "export",
                          "--out", "-"], ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert out.startswith("\ufeffseq,at,actor,action")
    assert not (tmp_path / "-").exists() and not Path("-").exists()


def test_cli_log_beside_the_guis_without_secrets_or_record_contents(vault_path, tmp_path):
    secret_value = "極秘プロジェクト名ZX9"
    bad = tmp_path / "bad.csv"
    bad.write_text(f"氏名,従事開始日\n{secret_value},2025-02-30\n", encoding="utf-8")
    code, _, err = run(["--vault", vault_path, "--user", ADMIN_ID, "--password-stdin", "import", "staff", bad],
                       ADMIN_PASSWORD + "\n")
    assert code == 1 and err
    code, _, _ = run(["--vault", vault_path, "--user", ADMIN_ID, "--password-stdin", "list", "staff"],
                     "wrong-password-123\n")
    assert code == 1
    log = (log_dir() / "daicho-cli.log").read_text(encoding="utf-8")
    assert (log_dir() / "daicho-cli.log").parent == (log_dir() / "itaku-daicho.log").parent
    assert "daicho import: started" in log and "daicho import: exit 1" in log
    assert "daicho list: exit 1" in log
    for leak in (secret_value, ADMIN_PASSWORD, "wrong-password-123", str(bad), "2025-02-30"):
        assert leak not in log


def test_completion_table_covers_every_command_of_the_parser():
    parser = build_parser()
    table = completion.walk(parser)
    assert {"backup", "list", "completion", "user"} <= set(table[""].subcommands)
    assert "--format" in table["audit export"].takes_value
    assert table["audit export"].values["--format"] == ["csv", "json"]
    ps = completion.powershell(parser)
    assert "Register-ArgumentCompleter -Native -CommandName 'daicho'" in ps
    for node in table.values():
        for word in node.subcommands:
            assert f"'{word}'" in ps, word
    zsh = completion.zsh(parser)
    assert zsh.startswith("#compdef daicho") and "bashcompinit" in zsh and "complete -F _daicho daicho" in zsh


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completion_completes_commands_options_and_values():
    code, script, _ = run(["completion", "bash"])
    assert code == 0
    probe = script + """
t() { COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _daicho; echo "${COMPREPLY[*]}"; }
t daicho ba
t daicho backup ex
t daicho --vault x.vault backup schedule s
t daicho audit export --format ""
t daicho audit export --fo
"""
    lines = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True).stdout.splitlines()
    assert lines == ["backup", "export", "show set", "csv json", "--format"]

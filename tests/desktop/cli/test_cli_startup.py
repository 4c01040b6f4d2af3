"""CLI start-up (issue 17): building the parser — ``daicho --help``, ``--version``, shell
completion — imports none of the heavy stacks; the commands import them when they run.
Times are printed by ``bench/bench_cli_startup.py``; no timed assertion here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import desktop

REPO = Path(desktop.__file__).resolve().parent.parent
HEAVY = ("sqlcipher3", "reportlab", "openpyxl", "cryptography", "keyring", "PySide6", "desktop.vault",
         "desktop.registers", "desktop.submittals", "desktop.backup", "desktop.features")

PROBE = """
import contextlib, io, json, sys
{setup}
heavy = {heavy!r}
print(json.dumps(sorted(m for m in sys.modules if m in heavy or m.split(".")[0] in heavy[:6])))
"""


def _loaded_after(setup: str, tmp_path) -> list[str]:
    code = PROBE.format(setup=setup, heavy=HEAVY)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO,
                          env={"PATH": "", "DAICHO_HOME": str(tmp_path), "PYTHONPATH": str(REPO)})
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


def test_the_parser_module_and_the_parser_load_no_heavy_stack(tmp_path):
    assert _loaded_after("import desktop.cli.main as m\nm.install_language()\nm.build_parser()", tmp_path) == []


def test_help_version_and_completion_load_no_heavy_stack(tmp_path):
    for argv in (["--help"], ["--version"], ["backup", "export", "--help"], ["completion", "bash"],
                 ["completion", "powershell"]):
        setup = ("from desktop.cli.main import main\n"
                 "with contextlib.redirect_stdout(io.StringIO()):\n"
                 f"    main({argv!r})\n")
        assert _loaded_after(setup, tmp_path) == [], argv


def test_the_probe_sees_a_heavy_import(tmp_path):
    """The check above would notice: a command that opens a vault loads the stack."""
    setup = "from desktop.cli import cmd_verify\nfrom desktop.vault import integrity"
    assert "sqlcipher3" in _loaded_after(setup, tmp_path)


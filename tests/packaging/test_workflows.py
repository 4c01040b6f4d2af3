"""The CI workflow files (.github/workflows/) are valid and build what the README promises.

Two linters from PyPI (both in the test extra, both offline): check-jsonschema against
GitHub's workflow schema (vendored in the package) and zizmor (parses every workflow, then
audits it: unpinned actions, credentials left in the checkout, template injection, …).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML  # check-jsonschema's own YAML parser

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    for candidate in (BIN / name, BIN / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    pytest.fail(f"{name} is not installed in this venv (it is in the test extra; run `make`)")


def test_workflows_exist():
    assert {p.name for p in WORKFLOWS} >= {"ci.yml", "package.yml"}


def test_workflows_match_githubs_schema():
    proc = subprocess.run([_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
                           *map(str, WORKFLOWS)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_zizmor_finds_nothing():
    proc = subprocess.run([_tool("zizmor"), "--offline", "--no-progress", "--format", "plain",
                           str(REPO / ".github" / "workflows")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _load(name: str) -> dict:
    return YAML(typ="safe").load((REPO / ".github" / "workflows" / name).read_text(encoding="utf-8"))


def test_tests_run_on_windows_macos_arm64_and_linux_from_the_lock():
    ci = _load("ci.yml")
    oses = ci["jobs"]["test"]["strategy"]["matrix"]["os"]
    assert any(o.startswith("windows") for o in oses) and any(o.startswith("ubuntu") for o in oses)
    assert "macos-14" in oses  # Apple silicon runners
    steps = " ".join(str(s.get("run", "")) for s in ci["jobs"]["test"]["steps"])
    assert "--require-hashes" in steps and "requirements/dev.lock" in steps and "pytest" in steps


def test_packages_are_built_and_uploaded_per_platform():
    jobs = _load("package.yml")["jobs"]
    uploads = {
        job: [s["with"]["path"] for s in spec["steps"] if str(s.get("uses", "")).startswith("actions/upload-artifact")]
        for job, spec in jobs.items()
    }
    runs = {job: " ".join(str(s.get("run", "")) for s in spec["steps"]) for job, spec in jobs.items()}
    assert "makensis" in runs["windows"] and "dist/*.exe" in uploads["windows"]
    assert "build-macos.sh" in runs["macos"] and "dist/*.dmg" in uploads["macos"][0]
    assert "build-deb.sh" in runs["linux"] and "*.deb" in uploads["linux"][0] and "*.tar.gz" in uploads["linux"][0]
    assert "desktop-file-validate" in runs["linux"] and "appstreamcli validate" in runs["linux"]

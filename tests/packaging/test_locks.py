"""requirements/*.lock: every requirement of pyproject.toml pinned, with hashes, in range.

A developer who adds a dependency to pyproject.toml and forgets `make lock` is told here (and
`make test` would refuse the venv at `pip check`).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def _pins(lock: str) -> dict[str, tuple[str, str | None, int]]:
    pins: dict[str, tuple[str, str | None, int]] = {}
    current = None
    for line in (REPO / "requirements" / lock).read_text(encoding="utf-8").splitlines():
        m = PIN.match(line)
        if m:
            current = canonicalize_name(m.group(1))
            pins[current] = (m.group(2), m.group(3), 0)
        elif "--hash=sha256:" in line and current:
            version, marker, hashes = pins[current]
            pins[current] = (version, marker, hashes + 1)
    return pins


def _requirements(*, extras: tuple[str, ...], infile: str) -> list[Requirement]:
    reqs = [Requirement(r) for r in PROJECT["project"]["dependencies"]]
    for extra in extras:
        reqs += [Requirement(r) for r in PROJECT["project"]["optional-dependencies"][extra]]
    for line in (REPO / "requirements" / infile).read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            reqs.append(Requirement(line))
    return reqs


@pytest.mark.parametrize("lock,extras,infile", [
    ("dev.lock", ("test", "lock"), "build.in"),
    ("bundle.lock", (), "bundle.in"),
])
def test_lock_pins_every_requirement_within_its_bounds(lock, extras, infile):
    pins = _pins(lock)
    assert pins, lock
    for req in _requirements(extras=extras, infile=infile):
        if req.marker and not any(req.marker.evaluate({"sys_platform": p}) for p in ("linux", "win32", "darwin")):
            continue
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is in pyproject.toml but not in requirements/{lock}: run `make lock`"
        version = pins[name][0]
        assert req.specifier.contains(version, prereleases=True), (
            f"requirements/{lock} pins {req.name}=={version}, outside {req.specifier}: run `make lock`")


@pytest.mark.parametrize("lock", ["dev.lock", "bundle.lock"])
def test_every_pin_carries_hashes_and_valid_markers(lock):
    for name, (_version, marker, hashes) in _pins(lock).items():
        assert hashes >= 1, f"{name} has no --hash in requirements/{lock}"
        if marker:
            Marker(marker)  # parses


def test_argon2_cffi_is_gone_and_platform_backends_are_marked():
    pins = _pins("dev.lock")
    assert "argon2-cffi" not in pins
    assert pins["pywin32-ctypes"][1] and "win32" in pins["pywin32-ctypes"][1]
    assert pins["secretstorage"][1] is None or "linux" in pins["secretstorage"][1]

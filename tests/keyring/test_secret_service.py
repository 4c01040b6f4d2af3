"""Terminal binding against a real Secret Service (gnome-keyring under dbus-run-session).

Each "PC" is its own D-Bus session with its own gnome-keyring store (its own HOME); the vault
folder is shared, as if copied between them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.keyring

REPO = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("secret_service_phase.py")
KEYRING_UNLOCK_PASSWORD = "keyring-login-pw-for-tests"  # gnome-keyring's own (non-empty: encrypted store)


def _missing() -> str | None:
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            return tool
    return None


def _run_phase(home: Path, phase: str, vault_path: Path, recovery: str = "") -> str:
    for sub in ("data", "config", "cache", "runtime"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    os.chmod(home / "runtime", 0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "DAICHO_HOME": str(home / "daicho"),
        "PYTHONPATH": str(REPO),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
        "KEYRING_PW": KEYRING_UNLOCK_PASSWORD,
        "LANG": "C.UTF-8",
    }
    inner = (
        'printf %s "$KEYRING_PW" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; '
        f'exec "{sys.executable}" "{SCRIPT}" {phase} "{vault_path}"'
    )
    proc = subprocess.run(["dbus-run-session", "--", "sh", "-c", inner], input=f"{ADMIN_PASSWORD}\n{recovery}\n",
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert proc.returncode == 0, f"phase {phase} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def test_terminal_binding_with_gnome_keyring(tmp_path):
    missing = _missing()
    if missing:
        pytest.skip(f"{missing} is not installed (make test installs gnome-keyring and dbus)")
    vault_path = tmp_path / "shared" / "daicho.vault"
    pc1, pc2 = tmp_path / "pc1", tmp_path / "pc2"

    out = _run_phase(pc1, "create", vault_path)
    assert "OK reopened with password on the registered PC" in out
    assert "OK no plaintext terminal secret" in out
    recovery = next(line.split()[1] for line in out.splitlines() if line.startswith("RECOVERY"))
    # gnome-keyring keeps its store encrypted on disk
    assert list((pc1 / "data" / "keyrings").glob("*.keyring"))

    out = _run_phase(pc2, "new-pc", vault_path, recovery)  # a fresh session and keyring = another PC
    assert "OK refused on an unregistered PC" in out
    assert "OK password works after registration" in out

    out = _run_phase(pc1, "forget", vault_path, recovery)  # the keyring entry deleted on PC 1
    assert "OK refused after the keyring entry was deleted" in out
    assert "OK re-registered with the recovery key" in out

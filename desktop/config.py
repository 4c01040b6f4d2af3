"""Paths and application-level (non-vault) settings.

Vault-level settings (password policy, idle lock, submittal numbering, …) live inside the
vault in the ``settings`` table; see :mod:`desktop.settings`. This module only knows where
things are on disk. ``DAICHO_VAULT`` overrides the vault path, ``DAICHO_HOME`` moves every
per-user folder (tests and portable use).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop import APP_NAME

VAULT_FILENAME = "daicho.vault"
def _platform_dir(kind: str) -> Path:
    """platformdirs' per-user folders (XDG on Linux, %LOCALAPPDATA% on Windows, ~/Library on
    macOS). A hand-written XDG version saved its import until bench/bench_foundation.py (d)
    measured it on the GUI's startup path: about 4 ms, under 1 % of the time to the first window."""
    home = os.environ.get("DAICHO_HOME")
    if home:
        return Path(home) / kind
    import platformdirs

    if kind == "data":
        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return _platform_dir("data")


def config_dir() -> Path:
    return _platform_dir("config")


def log_dir() -> Path:
    return _platform_dir("log")


def default_vault_path() -> Path:
    """The vault the GUI and CLI open when none is named: env, then last used, then default."""
    env = os.environ.get("DAICHO_VAULT")
    if env:
        return Path(env)
    last = load_app_settings().get("last_vault")
    if last:
        return Path(last)
    return data_dir() / VAULT_FILENAME


def _app_settings_path() -> Path:
    return config_dir() / "app.json"


def load_app_settings() -> dict:
    """Small, non-secret per-user settings (last vault path, language). Never vault data."""
    try:
        return json.loads(_app_settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_app_settings(values: dict) -> None:
    from desktop.fsutil import atomic_write_bytes

    merged = load_app_settings()
    merged.update(values)
    path = _app_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, json.dumps(merged, ensure_ascii=False, indent=1).encode("utf-8"))

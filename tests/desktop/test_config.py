"""desktop.config's own XDG paths on Linux must be exactly what platformdirs gives."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from desktop import APP_NAME, config


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the shortcut is Linux-only")
@pytest.mark.parametrize("env", [{}, {"XDG_DATA_HOME": "/x/data", "XDG_CONFIG_HOME": "/x/conf",
                                       "XDG_STATE_HOME": "/x/state"}, {"XDG_DATA_HOME": "  "}])
def test_linux_dirs_match_platformdirs(monkeypatch, env):
    monkeypatch.delenv("DAICHO_HOME", raising=False)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert str(config.data_dir()) == platformdirs.user_data_dir(APP_NAME, appauthor=False)
    assert str(config.config_dir()) == platformdirs.user_config_dir(APP_NAME, appauthor=False)
    assert str(config.log_dir()) == platformdirs.user_log_dir(APP_NAME, appauthor=False)


def test_daicho_home_moves_everything(monkeypatch, tmp_path):
    monkeypatch.setenv("DAICHO_HOME", str(tmp_path))
    assert config.data_dir() == tmp_path / "data"
    assert config.log_dir() == tmp_path / "log"
    monkeypatch.setenv("DAICHO_VAULT", str(tmp_path / "v.vault"))
    assert config.default_vault_path() == tmp_path / "v.vault"

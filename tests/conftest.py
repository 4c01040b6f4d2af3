"""Shared fixtures: a fresh vault per test in a temp folder, cheap KDF parameters."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.vault import crypto
from desktop.vault.vault import create_vault, unlock

ADMIN_ID = "admin"
ADMIN_PASSWORD = "Kanazawa-Castle-2026!"
OFFICE = {
    "name": "株式会社テスト情報システム",
    "address": "石川県金沢市広坂1-1-1",
    "representative": "代表取締役 山田 太郎",
    "contract": "石川県 総務部 情報政策課 システム保守業務委託",
}


class MemoryKeyring:
    """An in-memory keyring backend for tests that do not test the keyring itself."""

    priority = 1

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        self.values.pop((service, username), None)


def pytest_collection_modifyitems(items):
    """Property-based (hypothesis) tests are fuzzing: they join the ``heavy`` tier, which
    ``make test-fast`` leaves out, without each one having to say so."""
    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.heavy)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DAICHO_HOME", str(home))
    monkeypatch.delenv("DAICHO_VAULT", raising=False)
    yield
    from desktop.calendar import set_message_calendar

    set_message_calendar("iso")   # a GUI test's reader calendar does not leak into the next test


@pytest.fixture
def keyring_store():
    from desktop.vault.terminal import TerminalStore

    return TerminalStore(backend=MemoryKeyring())


@pytest.fixture
def make_vault(tmp_path):
    """Factory: make_vault(binding=False, terminals=None, path=None) -> (vault, recovery_key)."""
    opened = []

    def factory(*, binding: bool = False, terminals=None, path: Path | None = None, office=None):
        path = path or tmp_path / "office" / "daicho.vault"
        vault, recovery = create_vault(
            path, office=office or OFFICE, admin_id=ADMIN_ID, admin_name="管理 太郎",
            admin_password=ADMIN_PASSWORD, binding=binding, terminals=terminals, kdf=crypto.TEST_KDF,
        )
        opened.append(vault)
        return vault, recovery

    yield factory
    for v in opened:
        v.close()


@pytest.fixture
def vault(make_vault):
    v, _ = make_vault()
    return v


@pytest.fixture
def reopen():
    """reopen(vault_or_path, user, password, **kw): close if open, unlock again."""

    def _reopen(v, user=ADMIN_ID, password=ADMIN_PASSWORD, **kw):
        path = v.path if hasattr(v, "path") else v
        if hasattr(v, "close"):
            v.close()
        return unlock(path, user, password, **kw)

    return _reopen

"""Plaintext or failing keyring backends count as no keyring; secrets never land in a file."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop.vault import crypto, terminal
from desktop.vault.terminal import KeyringUnavailable, TerminalStore
from desktop.vault.vault import create_vault
from tests.conftest import ADMIN_PASSWORD, OFFICE
from tests.foundation import run_cli


class FilePlaintextKeyring(KeyringBackend):
    """Like keyrings.alt.file.PlaintextKeyring: high priority, stores secrets in a file."""

    priority = 10
    file: Path

    def set_password(self, service, username, password):
        with open(self.file, "a", encoding="utf-8") as fh:
            fh.write(f"{service}:{username}:{password}\n")

    def get_password(self, service, username):
        return None

    def delete_password(self, service, username):
        pass


class AltLookalike(FilePlaintextKeyring):
    pass


AltLookalike.__module__ = "keyrings.alt.file"
AltLookalike.__qualname__ = "PlaintextKeyring"


class SecureLookalike(FilePlaintextKeyring):
    """A class that merely calls itself SecretService, in the wrong module: still refused."""


SecureLookalike.__qualname__ = "Keyring"
SecureLookalike.__module__ = "somewhere.SecretService"


@pytest.fixture
def use_backend(tmp_path):
    original = keyring.get_keyring()
    secrets_file = tmp_path / "plaintext-keyring.cfg"

    def _use(cls):
        backend = cls()
        backend.file = secrets_file
        keyring.set_keyring(backend)
        return secrets_file

    yield _use
    keyring.set_keyring(original)


@pytest.mark.parametrize("cls", [FilePlaintextKeyring, AltLookalike, SecureLookalike])
def test_plaintext_backends_count_as_none(use_backend, tmp_path, cls):
    secrets_file = use_backend(cls)
    store = TerminalStore()
    assert not store.available()
    assert terminal.backend_name() is None
    with pytest.raises(KeyringUnavailable):
        create_vault(tmp_path / "v" / "daicho.vault", office=OFFICE, admin_id="admin", admin_name="管理",
                     admin_password=ADMIN_PASSWORD, binding=True, kdf=crypto.TEST_KDF)
    assert not secrets_file.exists()
    assert not (tmp_path / "v" / "daicho.vault").exists()


def test_fail_backend_counts_as_none(use_backend):
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert not TerminalStore().available()


def test_chainer_with_only_plaintext_backends(use_backend, tmp_path):
    from keyring.backends import chainer

    secrets_file = use_backend(AltLookalike)
    plain = AltLookalike()
    plain.file = secrets_file

    class Chain(chainer.ChainerBackend):
        @property
        def backends(self):
            return [plain]

    keyring.set_keyring(Chain())
    assert not TerminalStore().available()


def test_cli_init_without_keyring_names_the_option(use_backend, tmp_path, monkeypatch):
    secrets_file = use_backend(AltLookalike)
    monkeypatch.setattr(crypto, "tune_kdf", lambda *a, **k: crypto.TEST_KDF)
    path = tmp_path / "cli" / "daicho.vault"
    rc, out, err = run_cli(["init", "--office-name", "テスト", "--admin", "admin"], ADMIN_PASSWORD + "\n",
                           vault_path=path)
    assert rc == 1
    assert "--no-terminal-binding" in err
    assert out == ""
    assert not path.exists() and not secrets_file.exists()
    rc, out, err = run_cli(["init", "--office-name", "テスト", "--admin", "admin", "--no-terminal-binding"],
                           ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err
    assert not secrets_file.exists()
    assert os.path.exists(path)


def test_allowlist_contains_the_os_backends():
    assert "keyring.backends.SecretService.Keyring" in terminal.SECURE_BACKENDS
    assert "keyring.backends.Windows.WinVaultKeyring" in terminal.SECURE_BACKENDS
    assert "keyring.backends.macOS.Keyring" in terminal.SECURE_BACKENDS
    assert not any("alt" in name or "fail" in name or "null" in name for name in terminal.SECURE_BACKENDS)

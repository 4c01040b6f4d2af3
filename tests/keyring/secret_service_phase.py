"""Run inside ``dbus-run-session`` with gnome-keyring: one phase of the terminal-binding test.

Usage: python secret_service_phase.py PHASE VAULT_PATH   (stdin: password, recovery key)
Prints lines ``OK <what>``; any failure raises (non-zero exit).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from desktop.vault import crypto, terminal
from desktop.vault.vault import TerminalNotRegistered, create_vault, unlock, unlock_with_recovery


def scan_for(folders, needles) -> None:
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                path = Path(root) / name
                if not path.is_file() or path.is_symlink():
                    continue  # sockets (gnome-keyring's control socket) and links
                data = path.read_bytes()
                for needle in needles:
                    if needle in data:
                        raise AssertionError(f"terminal secret found in plaintext: {path}")


def main() -> None:
    phase, vault_path = sys.argv[1], Path(sys.argv[2])
    password = sys.stdin.readline().rstrip("\n")
    recovery = sys.stdin.readline().rstrip("\n")
    name = terminal.backend_name()
    assert name == "keyring.backends.SecretService.Keyring", name
    print("OK backend", name)
    store = terminal.TerminalStore()
    assert store.available()

    if phase == "create":
        vault, key = create_vault(vault_path, office={"name": "SS test"}, admin_id="admin", admin_name="管理",
                                  admin_password=password, binding=True, kdf=crypto.TEST_KDF)
        vault.close()
        print("RECOVERY", key)
        unlock(vault_path, "admin", password).close()
        print("OK reopened with password on the registered PC")
    elif phase == "new-pc":
        try:
            unlock(vault_path, "admin", password)
        except TerminalNotRegistered:
            print("OK refused on an unregistered PC")
        else:
            raise AssertionError("an unregistered PC opened the vault with a password alone")
        unlock_with_recovery(vault_path, recovery, "admin", password).close()
        print("OK registered with the recovery key")
        unlock(vault_path, "admin", password).close()
        print("OK password works after registration")
    elif phase == "forget":
        vault_id = json.loads((Path(str(vault_path) + ".keys")).read_text())["vault_id"]
        assert store.load(vault_id) is not None
        store.forget(vault_id)
        assert terminal.TerminalStore().load(vault_id) is None
        try:
            unlock(vault_path, "admin", password)
        except TerminalNotRegistered:
            print("OK refused after the keyring entry was deleted")
        else:
            raise AssertionError("opened without the keyring entry")
        unlock_with_recovery(vault_path, recovery, "admin", password).close()
        unlock(vault_path, "admin", password).close()
        print("OK re-registered with the recovery key")
    else:
        raise SystemExit(f"unknown phase {phase}")

    # the terminal's private key is only in gnome-keyring's encrypted store
    vault_id = json.loads((Path(str(vault_path) + ".keys")).read_text())["vault_id"]
    ident = terminal.TerminalStore().load(vault_id)
    assert ident is not None
    needles = [ident.private_key, crypto.b64e(ident.private_key).encode()]
    scan_for([Path(os.environ["HOME"]), vault_path.parent], needles)
    print("OK no plaintext terminal secret")


if __name__ == "__main__":
    main()

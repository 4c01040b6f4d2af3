"""Creating a vault: fresh shares, the first administrator's slot, the recovery key, the
schema, the first signed audit entry (``vault.create`` names the first administrator and
their signing-key fingerprint, the root of the signed role grants)."""

from __future__ import annotations

import contextlib
import secrets
import uuid
from pathlib import Path

from desktop import settings as app_settings
from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.session import Session
from desktop.timeutil import now_iso
from desktop.vault import changes, crypto, keystore, migrations, password_history, witness
from desktop.vault import slots as slotlib
from desktop.vault.after_open import register_hooks
from desktop.vault.database import open_database
from desktop.vault.keyfile import KeyFile, keyfile_path
from desktop.vault.lockfile import WriterLock
from desktop.vault.slots import Shares
from desktop.vault.terminal import KeyringUnavailable, TerminalStore
from desktop.vault.vault import Vault


def create_vault(
    path: Path | str,
    *,
    office: dict,
    admin_id: str,
    admin_name: str,
    admin_password: str,
    binding: bool = True,
    terminals: TerminalStore | None = None,
    kdf: crypto.KdfParams | None = None,
    check_credentials=None,
) -> tuple[Vault, str]:
    """Create a new vault; return (vault unlocked as the administrator, recovery key).

    ``check_credentials(user_id, password)`` raises when the first administrator's ID or
    password breaks the account rules (the accounts package passes its policy check; see
    :func:`desktop.accounts.setup.create_vault`)."""
    from desktop.audit import trail

    path = Path(path)
    if path.exists() or keyfile_path(path).exists():
        raise DaichoError(tr("Vault", "同じ名前のファイルがすでにあります: {path}").format(path=path))
    if check_credentials is not None:
        check_credentials(admin_id, admin_password)
    migrations.available()  # an installation without its migrations fails here, before any file exists
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DaichoError(
            tr("Vault", "フォルダーを作成できません: {path}（{reason}）").format(path=path.parent, reason=exc.strerror)
        ) from None
    tstore = terminals or TerminalStore()
    if binding and not tstore.available():
        raise KeyringUnavailable("no secure keyring")
    kdf = kdf or crypto.tune_kdf()
    vault_id = uuid.uuid4().hex
    shares = Shares.new()
    kf = KeyFile(vault_id=vault_id, generation=1)
    recovery_key = crypto.new_recovery_key()
    kf.recovery = slotlib.make_recovery_slot(vault_id, recovery_key, shares)
    if not binding:
        kf.plain_terminal_share = crypto.b64e(shares.terminal)
    admin_priv, admin_pub = crypto.new_keypair()
    kf.users[admin_id] = slotlib.make_user_slot(
        vault_id, admin_id, admin_priv, admin_pub, admin_password, kdf, shares.user
    )
    store = keystore.KeyStore(path)
    lock = WriterLock(path)
    lock.acquire()
    try:
        conn = open_database(path, shares.dek)
        migrations.apply(conn)
        store.create(kf, slots_key=keystore.slots_key(shares.dek), state_key=keystore.state_key(shares.terminal))
        vault = Vault(path, kf, conn, shares, Session(admin_id, admin_name, "admin"), lock, tstore, None)
        register_hooks(vault)
        sign_pub = slotlib.signing_public(admin_priv)
        trail.attach_signer(conn, admin_id, slotlib.signing_key(admin_priv), sign_pub)
        vault._user_private = admin_priv
        with vault.transaction() as c:
            trail.ensure_key(c)
            c.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?), ('created_at', ?)", (vault_id, now_iso()))
            c.execute("INSERT INTO meta (key, value) VALUES ('history_key', ?)", (secrets.token_bytes(32),))
            c.execute("INSERT INTO meta (key, value) VALUES ('keyfile_authenticated', '1')")
            c.execute(
                "INSERT INTO meta (key, value) VALUES ('recovery_fingerprint', ?)",
                (slotlib.recovery_fingerprint(kf.recovery),),
            )
            changes.set_db_generation(c, kf.generation)
            for key, value in office.items():
                app_settings.put(c, f"office.{key}", value)
            stamp = now_iso()
            c.execute(
                "INSERT INTO users (user_id, display_name, role, enabled, public_key, must_change_password, "
                "password_changed_at, created_at, created_by, sign_public_key) VALUES (?, ?, 'admin', 1, ?, 0, ?, ?, "
                "NULL, ?)",
                (admin_id, admin_name, admin_pub, stamp, stamp, sign_pub),
            )
            password_history.remember(c, admin_id, admin_password, kdf)
            trail.append(
                c,
                admin_id,
                "vault.create",
                details={
                    "office": office,
                    "binding": binding,
                    "first_admin": admin_id,
                    "sign_public_key": sign_pub.hex(),
                    "fingerprint": slotlib.fingerprint(sign_pub),
                    "recovery_fingerprint": slotlib.recovery_fingerprint(kf.recovery),
                },
            )
            if not binding:
                trail.append(c, admin_id, "terminal.binding_disabled", details={"reason": "administrator-choice"})
        if binding:
            vault.register_this_terminal()
        witness.check_and_update(vault)
        return vault, recovery_key
    except BaseException:
        lock.release()
        with contextlib.suppress(OSError):
            for p in (path, keyfile_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
                if p.exists():
                    p.unlink()
        raise

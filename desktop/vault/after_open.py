"""What every writable open does once the database is open, in order: resolve an
interrupted key change, register the commit/close hooks and the user's signing key, record
the login bookkeeping, move events recorded before unlock into the trail (or, unverified,
beside it), check that key file and database agree on the key generation, compare and move
on this PC's witness of the audit head."""

from __future__ import annotations

import json
import logging

from desktop import settings as app_settings
from desktop.i18n import tr
from desktop.session import Session
from desktop.timeutil import now, now_iso, parse_iso
from desktop.vault import changes, crypto, logins, password_history, witness
from desktop.vault import slots as slotlib
from desktop.vault.keyfile import KeyFile
from desktop.vault.slots import Shares
from desktop.vault.vault import AuthFailed, Vault

log = logging.getLogger(__name__)


def wrong_password() -> AuthFailed:
    return AuthFailed(tr("Vault", "ユーザーIDまたはパスワードが違います。"))


# -- the sequence after the database is open ----------------------------------------------------------------


def session_for(conn, user_id: str, *, via_recovery: bool = False) -> Session:
    row = conn.execute(
        "SELECT display_name, role, enabled, must_change_password, password_changed_at, deleted_at FROM users WHERE "
        "user_id = ?",
        (user_id,),
    ).fetchone()
    if row is None or row["deleted_at"]:
        raise wrong_password()
    if not row["enabled"]:
        raise AuthFailed(tr("Vault", "このユーザーは無効にされています。管理者に連絡してください。"))
    must_change = bool(row["must_change_password"])
    max_age = app_settings.get(conn, "policy.max_age_days")
    if max_age and not via_recovery:
        import datetime as dt

        if now() - parse_iso(row["password_changed_at"]) > dt.timedelta(days=max_age):
            must_change = True
    return Session(user_id, row["display_name"], row["role"], must_change, via_recovery)


def after_open(
    vault: Vault,
    *,
    shares_current: Shares | None,
    shares_next: Shares | None,
    db_on_next: bool,
    used_slot: dict | None,
    priv: bytes | None,
    login_action: str,
    details: dict,
) -> None:
    """Everything a writable open does once the database is open, in order."""
    from desktop.audit import trail

    if vault.keyfile.intent is not None:
        outcome = changes.resolve_at_open(
            vault, shares_current=shares_current or vault._shares, shares_next=shares_next, db_on_next_key=db_on_next
        )
        if used_slot is not None and not slotlib.same_credentials(
            vault.keyfile.users.get(vault.session.user_id), used_slot
        ):
            raise wrong_password()
        log.info("key change at open: %s", outcome)
    uid = vault.session.user_id
    register_hooks(vault)
    if priv is not None:
        trail.attach_signer(vault.conn, uid, slotlib.signing_key(priv), slotlib.signing_public(priv))
        vault._user_private = priv

    def on_login(kf: KeyFile) -> None:
        logins.clear_failures(kf, uid)
        attempts, minutes = logins.policy_from(vault.conn)
        kf.state["policy"] = {"attempts": attempts, "minutes": minutes}

    vault.update_state(on_login)  # also signs a version-1 key file for the first time
    flush_pending(vault)
    with vault.transaction() as conn:
        conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('keyfile_authenticated', '1')")
        if changes.db_generation(conn) is None:
            changes.set_db_generation(conn, vault.keyfile.generation)
        _check_generations(vault, conn)
        if priv is not None:
            _register_signing_key(vault, conn, uid, priv)
        converted = password_history.convert_legacy(conn, lambda user: _slot_kdf(vault, user))
        if converted:
            trail.append(conn, uid, "accounts.password_history_converted", details={"rows": converted})
        trail.append(conn, uid, login_action, details=details)
    witness.check_and_update(vault)


def _check_generations(vault: Vault, conn) -> None:
    """Key file and database must agree on the slot generation (no intent pending now)."""
    from desktop.audit import trail

    db_gen = changes.db_generation(conn)
    kf_gen = vault.keyfile.generation
    if db_gen is None or db_gen == kf_gen:
        return
    if db_gen < kf_gen:
        msg = tr(
            "Vault",
            "台帳ファイルが鍵ファイルより古い版に戻されています（ロールバック）。鍵の世代: 鍵ファイル "
            "{kf}、台帳 {db}。",
        )
    else:
        msg = tr("Vault", "鍵ファイルが台帳より古い版に戻されています。鍵の世代: 鍵ファイル {kf}、台帳 {db}。")
    text = msg.format(kf=kf_gen, db=db_gen)
    vault.findings.append(text)
    trail.append(conn, None, "vault.generation_mismatch", details={"keyfile": kf_gen, "database": db_gen})
    changes.set_db_generation(conn, kf_gen)


def _slot_kdf(vault: Vault, user_id: str) -> crypto.KdfParams:
    slot = vault.keyfile.users.get(user_id) or vault.keyfile.disabled.get(user_id)
    return slotlib.kdf_of(slot) if slot else vault.kdf_for_new_slots()


def _register_signing_key(vault: Vault, conn, user_id: str, priv: bytes) -> None:
    """A user whose signing key the vault does not know yet (a vault made before audit
    signatures) registers it on first login: trust on first use, recorded as such."""
    from desktop.audit import trail

    pub = slotlib.signing_public(priv)
    row = conn.execute("SELECT sign_public_key FROM users WHERE user_id = ?", (user_id,)).fetchone()
    if row is not None and row[0] is None:
        conn.execute("UPDATE users SET sign_public_key = ? WHERE user_id = ?", (pub, user_id))
        trail.append(
            conn,
            user_id,
            "user.signing_key_registered",
            entity="user",
            entity_id=user_id,
            details={"sign_public_key": pub.hex(), "trust": "first-use"},
        )


def register_hooks(vault: Vault) -> None:
    from desktop.audit import trail

    def mirror_audit_head(v: Vault) -> None:
        """The audit head and the lockout policy (needed before the database is open)."""
        seq, mac = trail.head(v.conn)
        attempts, minutes = logins.policy_from(v.conn)
        policy = {"attempts": attempts, "minutes": minutes}
        head = v.keyfile.state.get("audit_head") or {}
        if head.get("seq") == seq and head.get("mac") == mac.hex() and v.keyfile.state.get("policy") == policy:
            return

        def change(kf: KeyFile) -> None:
            kf.state["audit_head"] = {"seq": seq, "mac": mac.hex()}
            kf.state["policy"] = policy

        v.update_state(change)

    vault.after_commit.append(mirror_audit_head)
    vault.before_close.append(witness.update_on_close)


def _head_mismatch(vault: Vault) -> dict | None:
    """Compare the trail's end with the head mirrored in the key-slot file (truncation)."""
    from desktop.audit import trail

    head = vault.keyfile.state.get("audit_head")
    if not head:
        return None
    try:
        expected_seq, expected_mac = int(head["seq"]), str(head["mac"])
    except (KeyError, TypeError, ValueError):
        return {"expected_seq": None, "found_seq": trail.head(vault.conn)[0]}
    found_seq = trail.head(vault.conn)[0]
    row = vault.conn.execute("SELECT mac FROM audit_log WHERE seq = ?", (expected_seq,)).fetchone()
    if expected_seq == 0 or (row is not None and bytes(row[0]).hex() == expected_mac):
        return None
    return {"expected_seq": expected_seq, "found_seq": found_seq}


def flush_pending(vault: Vault) -> None:
    """Move events recorded before the vault was open into the trail.

    First the trail's end is checked against the head in the key-slot file (entries removed
    from the end while the vault was closed). Events authenticated by this PC's terminal key
    become entries (marked ``recorded_before_unlock``); unauthenticated ones (written by
    anyone who could edit the file) go to ``unverified_events`` — shown to administrators,
    never entered in the chain as if they were entries; one entry records how many.
    """
    from desktop.audit import trail

    state = vault.keyfile.state
    mismatch = _head_mismatch(vault)
    tainted = state.get("tainted")
    pending = [e for e in state.get("pending", []) if isinstance(e, dict) and isinstance(e.get("event"), str)]
    unverified = [e for e in state.get("unauthenticated", []) if isinstance(e, dict)]
    if not (mismatch or tainted or pending or unverified):
        return
    with vault.transaction() as conn:
        if mismatch:
            trail.append(conn, None, "audit.truncated", details=mismatch)
        if tainted:
            trail.append(
                conn,
                None,
                "keys.state_unverified",
                details={
                    "note": "key-slot state failed authentication and was reset (lockouts kept)",
                    "detected_at": tainted.get("at"),
                },
            )
            vault.findings.append(
                tr("Vault", "鍵ファイルの状態情報の認証に失敗したため、初期化しました（ロックアウトは維持）。")
            )
        for ev in pending:
            details = {k: v for k, v in ev.items() if k not in ("at", "event", "user_id")}
            details["recorded_before_unlock"] = True
            details["verified_by"] = "terminal-key"
            action = ev["event"] if ev["event"].startswith("auth.") else "auth.other"
            trail.append(conn, ev.get("user_id"), action, details=details, at=str(ev.get("at") or now_iso()))
        if unverified:
            for ev in unverified:
                conn.execute(
                    "INSERT INTO unverified_events (recorded_at, event, user_id, details, imported_at) VALUES (?, ?, "
                    "?, ?, ?)",
                    (
                        str(ev.get("at", ""))[:40],
                        str(ev.get("event", ""))[:60],
                        None if ev.get("user_id") is None else str(ev.get("user_id"))[:100],
                        json.dumps(
                            {k: v for k, v in ev.items() if k not in ("at", "event", "user_id")},
                            ensure_ascii=False,
                            default=str,
                        )[:2000],
                        now_iso(),
                    ),
                )
            trail.append(conn, None, "auth.unverified_events", details={"count": len(unverified)})

    def clear(kf: KeyFile) -> None:
        kf.state.pop("tainted", None)
        kf.state.pop("pending", None)
        kf.state.pop("unauthenticated", None)

    vault.update_state(clear)

"""The audit head kept outside the vault, in this PC's OS keyring: an external witness.

Anyone who can run their own code with the database key can rewrite the trail inside the
database, re-chain it and re-sign the head mirrored in the key-slot file. They cannot reach
what is kept elsewhere: the head (entry number + short hash) is written to the OS keyring of
every PC that opens the vault (with a counter of openings), printed on every issued
submittal and stored in every backup. Opening a vault whose trail is behind what this PC last
saw, or whose entry at that number has another hash, is reported as a rollback: recorded in
the trail (``audit.rollback_detected``) and shown to the user. A restore moves the witness on
purpose (:func:`accept`), audited by the restore itself.

Without a usable keyring (terminal binding switched off and no keyring) there is no PC
witness; the other witnesses remain.
"""

from __future__ import annotations

import json
import logging

from desktop.i18n import tr
from desktop.vault.terminal import SERVICE, KeyringUnavailable

log = logging.getLogger(__name__)

HASH_CHARS = 16


def _entry(vault_id: str) -> str:
    return f"witness:{vault_id}"


def short_hash(mac: bytes) -> str:
    return mac.hex()[:HASH_CHARS]


def load(terminals, vault_id: str) -> dict | None:
    try:
        value = terminals._get_backend().get_password(SERVICE, _entry(vault_id))
    except (KeyringUnavailable, Exception):  # noqa: BLE001 - no keyring: no PC witness
        return None
    if not value:
        return None
    try:
        data = json.loads(value)
        return {"seq": int(data["seq"]), "hash": str(data["hash"]), "counter": int(data.get("counter", 0))}
    except (ValueError, KeyError, TypeError):
        log.warning("ignoring a malformed audit witness in the keyring")
        return None


def save(terminals, vault_id: str, seq: int, mac: bytes, counter: int) -> None:
    value = json.dumps({"seq": seq, "hash": short_hash(mac), "counter": counter})
    try:
        terminals._get_backend().set_password(SERVICE, _entry(vault_id), value)
    except (KeyringUnavailable, Exception):  # noqa: BLE001 - no keyring: no PC witness
        log.info("no keyring for the audit witness")


def compare(conn, witness: dict) -> str | None:
    """A message when the trail disagrees with ``witness``, else None."""
    from desktop.audit import trail

    seq, mac = trail.head(conn)
    if witness["seq"] > seq:
        return tr(
            "Audit",
            "監査ログが、このPCで前回確認した状態（{seen} 番まで）より短くなっています（現在 {now} "
            "番まで）。台帳が古い版に戻された（ロールバック）か、"
            "末尾が削除された可能性があります。",
        ).format(seen=witness["seq"], now=seq)
    row = conn.execute("SELECT mac FROM audit_log WHERE seq = ?", (witness["seq"],)).fetchone()
    if witness["seq"] > 0 and (row is None or short_hash(bytes(row[0])) != witness["hash"]):
        return tr(
            "Audit",
            "監査ログの {seq} 番の記録が、このPCで前回確認した内容と一致しません（履歴が書き換えられた"
            "可能性があります）。",
        ).format(seq=witness["seq"])
    return None


def check_and_update(vault) -> None:
    """At open: compare with this PC's witness, record a disagreement, then move it on."""
    from desktop.audit import trail

    found = load(vault.terminals, vault.vault_id)
    counter = 0
    if found is not None:
        counter = found["counter"]
        problem = compare(vault.conn, found)
        if problem:
            vault.findings.append(problem)
            with vault.transaction() as conn:
                trail.append(
                    conn,
                    None,
                    "audit.rollback_detected",
                    details={"witness_seq": found["seq"], "witness_hash": found["hash"], "counter": found["counter"]},
                )
    seq, mac = trail.head(vault.conn)
    save(vault.terminals, vault.vault_id, seq, mac, counter + 1)


def update_on_close(vault) -> None:
    from desktop.audit import trail

    if vault.conn is None:
        return
    found = load(vault.terminals, vault.vault_id)
    seq, mac = trail.head(vault.conn)
    if found is not None and found["seq"] > seq:
        return  # never move a witness backwards silently
    save(vault.terminals, vault.vault_id, seq, mac, (found or {}).get("counter", 0) + 1)


def accept(vault) -> None:
    """A restore replaced the trail on purpose: this PC's witness follows it."""
    from desktop.audit import trail

    found = load(vault.terminals, vault.vault_id)
    seq, mac = trail.head(vault.conn)
    save(vault.terminals, vault.vault_id, seq, mac, (found or {}).get("counter", 0) + 1)


def accept_head(terminals, vault_id: str, head: tuple[int, bytes]) -> None:
    """A restore installed a trail ending at ``head`` on purpose: this PC's witness follows."""
    found = load(terminals, vault_id)
    seq, mac = head
    save(terminals, vault_id, seq, mac, (found or {}).get("counter", 0) + 1)

"""Verifying an open vault's history: the chain, the signatures, the role grants, the key
slots and the external witness. What each check catches is in docs/SECURITY.md.

1. **Chain** — every entry's HMAC over its predecessor (:func:`trail.verify`), the head
   mirrored in the key file, and an earlier ``audit.truncated`` finding.
2. **Signatures** — from the first signed entry on, every entry is signed; a signer other
   than the actor only for events recorded before unlock and entries without an actor. The
   *last* entry each user signed is verified against that user's key: its signature covers
   the chain MAC, which covers every entry before it, so any rewrite of an earlier entry
   breaks the signature of every later signer. Grant and key entries are verified one by one.
3. **Grants** — roles, enabled/disabled, deletion and signing keys are replayed from the
   signed entries (``vault.create`` → ``user.create`` → ``user.update`` …); each grant must be
   signed by someone who was an administrator at that point; the ``users`` table must agree
   with the replay.
4. **Slots** — every key slot belongs to a current user with the same public key, every
   terminal slot to a registered terminal, the recovery slot to the recorded fingerprint.
5. **Witness** — this PC's keyring copy of the audit head.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.audit import trail
from desktop.i18n import tr

log = logging.getLogger(__name__)

GRANT_ACTIONS = (
    "vault.create",
    "user.create",
    "user.update",
    "user.enable",
    "user.disable",
    "user.delete",
    "auth.password_reset",
    "auth.password_changed",
    "user.signing_key_registered",
)


@dataclass
class Replay:
    roles: dict[str, str] = field(default_factory=dict)
    enabled: dict[str, bool] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    keys: dict[str, bytes] = field(default_factory=dict)
    #: user -> [(first seq the key signs, key)], oldest first
    history: dict[str, list[tuple[int, bytes]]] = field(default_factory=dict)
    first_admin: str | None = None
    first_admin_key: bytes | None = None

    def set_key(self, user: str, from_seq: int, key: bytes) -> None:
        self.keys[user] = key
        self.history.setdefault(user, []).append((from_seq, key))

    def key_at(self, user: str, seq: int) -> bytes | None:
        found = None
        for start, key in self.history.get(user, []):
            if start <= seq:
                found = key
        return found


def _valid(public_key: bytes | None, signature, mac) -> bool:
    if public_key is None or signature is None:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes(public_key)).verify(bytes(signature), trail.SIGN_CONTEXT + bytes(mac))
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


def signing_start(conn) -> int | None:
    row = conn.execute("SELECT min(seq) FROM audit_log WHERE signature IS NOT NULL").fetchone()
    return row[0]


def replay_grants(conn, start: int | None, findings: list[str]) -> Replay:  # noqa: C901 - one ordered replay
    """Roles and keys as the signed entries grant them; findings for grants not backed."""
    r = Replay()
    marks = ",".join("?" * len(GRANT_ACTIONS))
    rows = conn.execute(
        f"SELECT seq, actor, action, entity_id, details, mac, signer, signature FROM audit_log"
        f" WHERE action IN ({marks}) ORDER BY seq",
        GRANT_ACTIONS,
    ).fetchall()
    for seq, actor, action, target, details_text, mac, signer, signature in rows:
        try:
            details = json.loads(details_text)
        except (TypeError, ValueError):
            details = {}
        signed_era = start is not None and seq >= start
        key_hex = details.get("sign_public_key")
        new_key = bytes.fromhex(key_hex) if isinstance(key_hex, str) else None
        if action == "vault.create":
            admin = details.get("first_admin") or actor
            r.first_admin, r.first_admin_key = admin, new_key
            r.roles[admin], r.enabled[admin] = "admin", True
            if new_key:
                r.set_key(admin, seq, new_key)
            if signed_era and not _valid(new_key, signature, mac):
                findings.append(
                    tr("Audit", "監査ログの {seq} 番（台帳の作成）の署名が最初の管理者の鍵と一致しません。").format(
                        seq=seq
                    )
                )
            continue
        if action == "auth.password_changed":
            if signed_era and not _valid(r.key_at(actor, seq), signature, mac):
                findings.append(
                    tr(
                        "Audit", "監査ログの {seq} 番（{user} のパスワード変更）の署名が本人の鍵と一致しません。"
                    ).format(seq=seq, user=actor)
                )
            if new_key:
                r.set_key(actor, seq + 1, new_key)
            continue
        if action == "user.signing_key_registered":
            if actor in r.keys and r.keys[actor] != new_key:
                findings.append(
                    tr(
                        "Audit", "監査ログの {seq} 番で、{user} の署名鍵が管理者の承認なしに差し替えられています。"
                    ).format(seq=seq, user=actor)
                )
            elif new_key:
                r.set_key(actor, seq, new_key)
                if signed_era and not _valid(new_key, signature, mac):
                    findings.append(tr("Audit", "監査ログの {seq} 番の署名が一致しません。").format(seq=seq))
            continue
        # an administrator's grant
        if signed_era:
            if (
                signer is None
                or r.roles.get(signer) != "admin"
                or not r.enabled.get(signer, False)
                or signer in r.deleted
            ):
                findings.append(
                    tr(
                        "Audit",
                        "監査ログの {seq} 番（{action} {user}）は、"
                        "その時点の管理者によって署名されていません（署名者: {signer}）。",
                    ).format(seq=seq, action=action, user=target, signer=signer or "-")
                )
            elif not _valid(r.key_at(signer, seq), signature, mac):
                findings.append(
                    tr("Audit", "監査ログの {seq} 番（{action} {user}）の署名が署名者の鍵と一致しません。").format(
                        seq=seq, action=action, user=target
                    )
                )
        after = details.get("after") if isinstance(details.get("after"), dict) else {}
        if action == "user.create":
            r.roles[target] = after.get("role", r.roles.get(target, "viewer"))
            r.enabled[target] = True
            if new_key:
                r.set_key(target, seq, new_key)
        elif action == "user.update" and "role" in after:
            r.roles[target] = after["role"]
        elif action in ("user.enable", "user.disable"):
            r.enabled[target] = action == "user.enable"
        elif action == "user.delete":
            r.deleted.add(target)
            r.enabled[target] = False
        elif action == "auth.password_reset" and new_key:
            r.set_key(target, seq + 1, new_key)
    return r


def check_users(conn, r: Replay, findings: list[str], *, complete: bool) -> None:
    """The users table must be what the grants say (``complete``: every grant is recorded
    in the trail, i.e. the vault was created with signatures)."""
    for row in conn.execute("SELECT user_id, role, enabled, deleted_at, sign_public_key FROM users ORDER BY user_id"):
        uid, role, enabled, deleted_at, sign_pub = row[0], row[1], bool(row[2]), row[3], row[4]
        if uid not in r.roles:
            if complete:
                findings.append(
                    tr(
                        "Audit",
                        "利用者 {user} は、管理者が署名した登録記録がありません（台帳が直接書き換"
                        "えられた可能性があります）。",
                    ).format(user=uid)
                )
            continue
        if role != r.roles[uid]:
            findings.append(
                tr(
                    "Audit", "利用者 {user} の役割（{role}）が、管理者が署名した記録（{granted}）と一致しません。"
                ).format(user=uid, role=role, granted=r.roles[uid])
            )
        if uid in r.deleted and not deleted_at:
            findings.append(
                tr("Audit", "利用者 {user} は削除された記録がありますが、利用者一覧では削除されていません。").format(
                    user=uid
                )
            )
        elif not deleted_at and enabled != r.enabled.get(uid, enabled):
            findings.append(
                tr("Audit", "利用者 {user} の有効／無効が、管理者が署名した記録と一致しません。").format(user=uid)
            )
        if sign_pub is not None and uid in r.keys and bytes(sign_pub) != r.keys[uid]:
            findings.append(tr("Audit", "利用者 {user} の署名鍵が、記録された鍵と一致しません。").format(user=uid))


def check_signatures(conn, start: int | None, r: Replay, findings: list[str]) -> None:
    if start is None:
        return
    # a restore authorised by the recovery key has no user key to sign with: its own two
    # entries are the only ones allowed without a signature
    unsigned = conn.execute(
        "SELECT count(*), min(seq) FROM audit_log WHERE seq >= ? AND signature IS NULL AND NOT (action = 'backup."
        "restore' OR (action = 'terminal.register' AND details LIKE '%\"via\":\"restore-%'))",
        (start,),
    ).fetchone()
    if unsigned[0]:
        findings.append(
            tr("Audit", "署名のない監査ログの記録が {n} 件あります（最初は {seq} 番）。").format(
                n=unsigned[0], seq=unsigned[1]
            )
        )
    wrong = conn.execute(
        "SELECT count(*), min(seq) FROM audit_log WHERE seq >= ? AND signer IS NOT NULL AND actor IS NOT NULL AND "
        "signer != actor AND action NOT LIKE 'auth.%'",
        (start,),
    ).fetchone()
    if wrong[0]:
        findings.append(
            tr("Audit", "本人以外が署名した監査ログの記録が {n} 件あります（最初は {seq} 番）。").format(
                n=wrong[0], seq=wrong[1]
            )
        )
    for signer, last in conn.execute(
        "SELECT signer, max(seq) FROM audit_log WHERE seq >= ? AND signer IS NOT NULL GROUP BY signer", (start,)
    ).fetchall():
        row = conn.execute("SELECT mac, signature FROM audit_log WHERE seq = ?", (last,)).fetchone()
        key = r.key_at(signer, last)
        if key is None:
            findings.append(
                tr("Audit", "監査ログの {seq} 番の署名者 {user} の鍵が記録されていません。").format(
                    seq=last, user=signer
                )
            )
        elif not _valid(key, row[1], row[0]):
            findings.append(
                tr(
                    "Audit",
                    "監査ログの {seq} 番（{user} が最後に署名した記録）の署名が一致しません。"
                    "この番号以前の記録が書き換えられた可能性があります。",
                ).format(seq=last, user=signer)
            )


def check_slots(vault, findings: list[str]) -> None:
    from desktop.vault import crypto
    from desktop.vault import slots as slotlib

    conn, kf = vault.conn, vault.keyfile
    users = {r[0]: r for r in conn.execute("SELECT user_id, enabled, deleted_at, public_key FROM users")}
    for uid, slot in kf.users.items():
        row = users.get(uid)
        if row is None or row[2] or not row[1] or bytes(row[3]) != crypto.b64d(slot.get("pub", "")):
            findings.append(
                tr("Audit", "鍵ファイルに、有効な利用者と一致しない鍵スロットがあります: {user}").format(user=uid)
            )
    terminals = {r[0] for r in conn.execute("SELECT terminal_id FROM terminals WHERE removed_at IS NULL")}
    for tid in kf.terminals:
        if tid not in terminals:
            findings.append(tr("Audit", "鍵ファイルに、登録記録のない端末があります: {id}").format(id=tid))
    row = conn.execute("SELECT value FROM meta WHERE key = 'recovery_fingerprint'").fetchone()
    if row is not None and kf.recovery.get("pub"):
        value = row[0].decode() if isinstance(row[0], bytes) else str(row[0])
        if value != slotlib.recovery_fingerprint(kf.recovery):
            findings.append(tr("Audit", "鍵ファイルのリカバリーキーが、台帳に記録されたリカバリーキーと一致しません。"))


def history_findings(conn) -> list[str]:
    """Signatures, grants and the users table of any database holding a trail (the open
    vault, or a backup being verified). Empty for trails written before signatures."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(audit_log)")}
    if "signature" not in columns:
        return []
    findings: list[str] = []
    start = signing_start(conn)
    r = replay_grants(conn, start, findings)
    check_users(conn, r, findings, complete=start == 1)
    check_signatures(conn, start, r, findings)
    return findings


def first_admin_fingerprint(conn) -> str | None:
    from desktop.vault.slots import fingerprint

    r = replay_grants(conn, signing_start(conn), [])
    return fingerprint(r.first_admin_key) if r.first_admin_key else None


def verify_vault(vault, *, chain_only: bool = False) -> trail.ChainReport:
    from desktop.vault import witness

    conn = vault.conn
    head = vault.keyfile.state.get("audit_head")
    expected = (int(head["seq"]), head["mac"]) if head else None
    report = trail.verify(conn, expected, source=(vault.path, vault.database_key()))
    findings: list[str] = [] if report.ok else [report.message]
    found = conn.execute(
        "SELECT seq, at, details FROM audit_log WHERE action = 'audit.truncated' ORDER BY seq LIMIT 1"
    ).fetchone()
    if found:
        info = json.loads(found[2])
        last = info.get("expected_seq") or 0
        first = min((info.get("found_seq") or 0) + 1, last) if last else "?"
        findings.append(
            tr(
                "Audit",
                "監査ログの末尾（{first} 番から {last} 番）が、台帳を閉じている間に削除されていました（{at} "
                "に検出、記録 {seq} 番）。",
            ).format(first=first, last=last, at=found[1], seq=found[0])
        )
    if report.ok and expected is None and report.count > 0:
        findings.append(
            tr(
                "Audit",
                "鍵ファイルに監査ログの末尾の記録がないため、末尾の削除を検出できません（鍵ファイルが差し替えられ"
                "た可能性があります）。",
            )
        )
    for (seq,) in conn.execute(
        "SELECT seq FROM audit_log"
        " WHERE action IN ('audit.rollback_detected', 'vault.generation_mismatch') ORDER BY seq"
    ):
        findings.append(
            tr("Audit", "監査ログの {seq} 番: 台帳が古い版に戻された（ロールバック）ことが記録されています。").format(
                seq=seq
            )
        )
    if not chain_only:
        findings += history_findings(conn)
        check_slots(vault, findings)
        seen = witness.load(vault.terminals, vault.vault_id)
        if seen is not None:
            problem = witness.compare(conn, seen)
            if problem:
                findings.append(problem)
    if findings:
        first_broken = report.first_broken if not report.ok else None
        return trail.ChainReport(False, report.count, first_broken, "\n".join(findings), findings)
    return report

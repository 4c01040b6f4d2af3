"""Append-only, HMAC-chained audit trail.

Each entry's MAC is HMAC-SHA256 under a key stored only inside the encrypted vault, over the
previous entry's MAC followed by the entry's canonical JSON
``[seq, at, actor, action, entity, entity_id, details]``. Triggers reject UPDATE and DELETE;
the latest (seq, MAC) is mirrored into the key-slot file so truncation is detected too.
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.i18n import tr
from desktop.timeutil import now_iso

GENESIS = b"\x00" * 32


def ensure_key(conn) -> None:
    row = conn.execute("SELECT 1 FROM meta WHERE key = 'audit_key'").fetchone()
    if row is None:
        conn.execute("INSERT INTO meta (key, value) VALUES ('audit_key', ?)", (secrets.token_bytes(32),))


def _key(conn) -> bytes:
    return conn.execute("SELECT value FROM meta WHERE key = 'audit_key'").fetchone()[0]


def canonical(seq: int, at: str, actor, action: str, entity, entity_id, details: str) -> bytes:
    return json.dumps(
        [seq, at, actor, action, entity, entity_id, details], ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


def dumps_details(details: dict | None) -> str:
    return json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def append(
    conn,
    actor: str | None,
    action: str,
    *,
    entity: str | None = None,
    entity_id: str | int | None = None,
    details: dict | None = None,
    at: str | None = None,
) -> int:
    """Append one entry; call inside the transaction that made the change. Returns its seq."""
    key = _key(conn)
    last = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, bytes(last[1])) if last else (1, GENESIS)
    at = at or now_iso()
    entity_id = None if entity_id is None else str(entity_id)
    body = dumps_details(details)
    mac = hmac.digest(key, prev + canonical(seq, at, actor, action, entity, entity_id, body), "sha256")
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, mac)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, entity, entity_id, body, mac),
    )
    return seq


def head(conn) -> tuple[int, bytes]:
    row = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], bytes(row[1])) if row else (0, GENESIS)


@dataclass
class ChainReport:
    ok: bool
    count: int
    first_broken: int | None = None
    message: str = ""


def verify(conn, expected_head: tuple[int, str] | None = None) -> ChainReport:
    """Recompute the chain. ``expected_head`` is (seq, mac hex) from the key-slot file."""
    key = _key(conn)
    prev = GENESIS
    expected_seq = 1
    digest = hmac.digest
    dumps = json.dumps
    cur = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, details, mac FROM audit_log ORDER BY seq"
    )
    count = 0
    while True:
        rows = cur.fetchmany(4096)
        if not rows:
            break
        for seq, at, actor, action, entity, entity_id, details, mac in rows:
            if seq != expected_seq:
                return ChainReport(
                    False, count, expected_seq,
                    tr("Audit", "監査ログの {seq} 番の記録が欠落しています（削除された可能性があります）。").format(seq=expected_seq),
                )
            body = dumps([seq, at, actor, action, entity, entity_id, details], ensure_ascii=False, separators=(",", ":"))
            calc = digest(key, prev + body.encode("utf-8"), "sha256")
            if calc != mac:
                return ChainReport(
                    False, count, seq,
                    tr("Audit", "監査ログの {seq} 番の記録が改ざんされています。").format(seq=seq),
                )
            prev = calc
            expected_seq += 1
            count += 1
    if expected_head is not None:
        head_seq, head_mac = expected_head
        if head_seq > count:
            return ChainReport(
                False, count, count + 1,
                tr("Audit", "監査ログの末尾（{first} 番から {last} 番）が削除されています。").format(first=count + 1, last=head_seq),
            )
        if head_seq > 0:
            row = conn.execute("SELECT mac FROM audit_log WHERE seq = ?", (head_seq,)).fetchone()
            if row is None or bytes(row[0]).hex() != head_mac:
                return ChainReport(
                    False, count, head_seq,
                    tr("Audit", "監査ログの {seq} 番の記録が鍵ファイルの記録と一致しません。").format(seq=head_seq),
                )
    return ChainReport(True, count, None, tr("Audit", "改ざんは検出されませんでした（{count} 件を検証）。").format(count=count))


@dataclass
class Entry:
    seq: int
    at: str
    actor: str | None
    action: str
    entity: str | None
    entity_id: str | None
    details: dict


def query(
    conn,
    *,
    actor: str | None = None,
    actions: list[str] | None = None,
    action_prefix: str | None = None,
    entity: str | None = None,
    entity_id: str | int | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 500,
    before_seq: int | None = None,
) -> Iterator[Entry]:
    """Entries newest first, filtered; page with ``before_seq``."""
    where, params = [], []
    if actor:
        where.append("actor = ?")
        params.append(actor)
    if actions:
        where.append(f"action IN ({','.join('?' * len(actions))})")
        params.extend(actions)
    if action_prefix:
        where.append("action >= ? AND action < ?")
        params.extend([action_prefix, action_prefix + "\uffff"])
    if entity:
        where.append("entity = ?")
        params.append(entity)
    if entity_id is not None:
        where.append("entity_id = ?")
        params.append(str(entity_id))
    if since:
        where.append("at >= ?")
        params.append(since)
    if until:
        where.append("at < ?")
        params.append(until)
    if before_seq is not None:
        where.append("seq < ?")
        params.append(before_seq)
    sql = "SELECT seq, at, actor, action, entity, entity_id, details FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq DESC LIMIT ?"
    params.append(limit)
    for row in conn.execute(sql, params):
        yield Entry(row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6]))

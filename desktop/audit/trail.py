"""Append-only, HMAC-chained, signed audit trail.

Each entry's MAC is HMAC-SHA256 under a key stored only inside the encrypted vault, over the
previous entry's MAC followed by the entry's canonical JSON
``[seq, at, actor, action, entity, entity_id, details]``. Triggers reject UPDATE and DELETE;
the latest (seq, MAC) is mirrored into the key-slot file so truncation is detected too.

Every entry is also signed (Ed25519, over ``SIGN_CONTEXT ‖ MAC``) by the user whose session
wrote it (``signer``): the MAC key is readable by every user of the vault, a user's signing
key only by that user (it is derived from their password-wrapped private key). Because the
MAC chains all earlier entries, one valid signature vouches for everything before it; see
:mod:`desktop.audit.verification` for what is checked.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3

from desktop.i18n import tr
from desktop.timeutil import now_iso

log = logging.getLogger(__name__)

GENESIS = b"\x00" * 32
SIGN_CONTEXT = b"daicho-audit-entry-v1|"

#: id(connection) -> (user id, Ed25519 private key); set by the vault after unlock
_SIGNERS: dict[int, tuple[str, Any]] = {}


def attach_signer(conn, user_id: str, private_key, public_key: bytes | None = None) -> None:
    """Entries appended on ``conn`` from now on are signed by ``user_id``'s key."""
    _SIGNERS[id(conn)] = (user_id, private_key)


def detach_signer(conn) -> None:
    _SIGNERS.pop(id(conn), None)


def signer_of(conn) -> str | None:
    found = _SIGNERS.get(id(conn))
    return found[0] if found else None


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
    signer, signature = None, None
    found = _SIGNERS.get(id(conn))
    if found is not None:
        signer, private_key = found
        signature = private_key.sign(SIGN_CONTEXT + mac)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, mac, signer, signature) VALUES (?,"
        " ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, entity, entity_id, body, mac, signer, signature),
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
    #: every problem found (the message joins them)
    findings: list[str] = field(default_factory=list)


#: Above this many entries, verification is split over worker processes when the caller
#: can say how to open the database again (``source``).
PARALLEL_MIN_ENTRIES = 200_000
_CHUNK_SQL = (
    "SELECT seq, mac, json_array(seq, at, actor, action, entity, entity_id, details) FROM audit_log WHERE seq >= ? "
    "AND seq <= ? ORDER BY seq"
)


def _hmac_factory(key: bytes):
    """HMAC-SHA256 with the key schedule done once (hmac.digest re-does it per call)."""
    block = key if len(key) <= 64 else hashlib.sha256(key).digest()
    block = block.ljust(64, b"\x00")
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in block))
    outer = hashlib.sha256(bytes(b ^ 0x5C for b in block))
    icopy, ocopy = inner.copy, outer.copy

    def mac(prev: bytes, body: bytes) -> bytes:
        h = icopy()
        h.update(prev)
        h.update(body)
        o = ocopy()
        o.update(h.digest())
        return o.digest()

    return mac


def _python_canonical(conn, seq: int) -> bytes:
    row = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, details FROM audit_log WHERE seq = ?", (seq,)
    ).fetchone()
    return canonical(*tuple(row))


def _verify_range(conn, key: bytes, lo: int, hi: int) -> tuple[int, tuple[str, int] | None]:
    """Check entries lo..hi (each against the stored MAC of its predecessor).

    Returns (entries verified, problem) where problem is ("missing"|"altered", seq) or None.
    The canonical JSON comes from SQLite's ``json_array`` (byte-identical to
    :func:`canonical` for every value the app writes); an entry that does not match is
    re-checked with the Python encoding before it is reported.
    """
    mac_of = _hmac_factory(key)
    if lo == 1:
        prev = GENESIS
    else:
        row = conn.execute("SELECT mac FROM audit_log WHERE seq = ?", (lo - 1,)).fetchone()
        if row is None:
            return 0, ("missing", lo - 1)
        prev = bytes(row[0])
    cur = conn.cursor()
    cur.row_factory = None
    expected = lo
    try:
        cur.execute(_CHUNK_SQL, (lo, hi))
        for seq, mac, body in cur:
            if seq != expected:
                return expected - lo, ("missing", expected)
            if mac_of(prev, body.encode("utf-8")) != mac:
                mac = mac if isinstance(mac, bytes) else b""
                if mac_of(prev, _python_canonical(conn, seq)) != mac:
                    return expected - lo, ("altered", seq)
            prev = mac
            expected += 1
    except (sqlcipher3.Error, TypeError, ValueError):
        # a value json_array cannot encode (e.g. a BLOB put in by hand); the cursor reads one
        # row ahead, so find the entry exactly by going on row by row in Python
        return _verify_slow(conn, mac_of, lo, expected, hi, prev)
    if expected <= hi:
        return expected - lo, ("missing", expected)
    return expected - lo, None


def _verify_slow(conn, mac_of, lo: int, expected: int, hi: int, prev: bytes):
    cur = conn.cursor()
    cur.row_factory = None
    for row in cur.execute(
        "SELECT seq, at, actor, action, entity, entity_id, details, mac FROM audit_log WHERE seq >= ? AND seq <= ? "
        "ORDER BY seq",
        (expected, hi),
    ):
        seq, mac = row[0], row[7]
        if seq != expected:
            return expected - lo, ("missing", expected)
        try:
            body = canonical(*row[:7])
        except (TypeError, ValueError):
            return expected - lo, ("altered", seq)
        if not isinstance(mac, bytes) or mac_of(prev, body) != mac:
            return expected - lo, ("altered", seq)
        prev = mac
        expected += 1
    if expected <= hi:
        return expected - lo, ("missing", expected)
    return expected - lo, None


def _worker(args) -> tuple[int, tuple[str, int] | None]:
    path, dek, lo, hi = args
    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
        return _verify_range(conn, _key(conn), lo, hi)
    finally:
        conn.close()


def _verify_parallel(source, last: int, workers: int):
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    path, dek = source
    step = -(-last // workers)
    ranges = [(str(path), dek, lo, min(lo + step - 1, last)) for lo in range(1, last + 1, step)]
    with ProcessPoolExecutor(max_workers=len(ranges), mp_context=get_context("spawn")) as pool:
        results = list(pool.map(_worker, ranges))
    total = 0
    for count, problem in results:
        total += count
        if problem is not None:
            return total, problem
    return total, None


def verify(
    conn, expected_head: tuple[int, str] | None = None, *, source=None, workers: int | None = None
) -> ChainReport:
    """Recompute the chain. ``expected_head`` is (seq, mac hex) from the key-slot file.

    ``source`` = (database path, raw key) lets a long trail be checked by several worker
    processes (each entry only needs its predecessor's stored MAC, so ranges are
    independent); without it, or for short trails, one pass in this process.
    """
    key = _key(conn)
    row = conn.execute("SELECT max(seq) FROM audit_log").fetchone()
    last = row[0] or 0
    problem = None
    if workers is None:
        workers = min(os.cpu_count() or 1, 4)
    done = False
    if source is not None and last >= PARALLEL_MIN_ENTRIES and workers > 1:
        try:
            count, problem = _verify_parallel(source, last, workers)
            done = True
        except Exception:  # noqa: BLE001 - no worker processes here (frozen app, sandbox): fall back
            log.warning("parallel audit verification unavailable; verifying in one pass")
    if not done:
        count, problem = _verify_range(conn, key, 1, last) if last else (0, None)
    if problem is not None:
        kind, seq = problem
        if kind == "missing":
            msg = tr("Audit", "監査ログの {seq} 番の記録が欠落しています（削除された可能性があります）。").format(
                seq=seq
            )
        else:
            msg = tr("Audit", "監査ログの {seq} 番の記録が改ざんされています。").format(seq=seq)
        return ChainReport(False, count, seq, msg)
    if expected_head is not None:
        head_seq, head_mac = expected_head
        if head_seq > count:
            return ChainReport(
                False,
                count,
                count + 1,
                tr("Audit", "監査ログの末尾（{first} 番から {last} 番）が削除されています。").format(
                    first=count + 1, last=head_seq
                ),
            )
        if head_seq > 0:
            row = conn.execute("SELECT mac FROM audit_log WHERE seq = ?", (head_seq,)).fetchone()
            if row is None or bytes(row[0]).hex() != head_mac:
                return ChainReport(
                    False,
                    count,
                    head_seq,
                    tr("Audit", "監査ログの {seq} 番の記録が鍵ファイルの記録と一致しません。").format(seq=head_seq),
                )
    return ChainReport(
        True, count, None, tr("Audit", "改ざんは検出されませんでした（{count} 件を検証）。").format(count=count)
    )


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
    where: list[str] = []
    params: list[Any] = []
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

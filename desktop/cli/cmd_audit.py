"""``daicho audit export --format csv [--out FILE]``: the whole trail, oldest first.
``daicho audit unverified``: events found in the key-slot file without authentication (never
part of the trail), newest first, one per line.

UTF-8 with a BOM (so Excel reads the Japanese correctly), written atomically. The export
itself is audited. Administrators only (A19: access records are for the administrator).
"""

from __future__ import annotations

import csv
import io

from desktop.i18n import tr

COLUMNS = ["seq", "at", "actor", "action", "entity", "entity_id", "details"]


def register(sub) -> None:
    p = sub.add_parser("audit", help="the audit trail")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", parser_class=type(p))
    asub.required = True
    e = asub.add_parser("export", help="export the audit trail")
    e.add_argument("--format", choices=["csv"], default="csv")
    e.add_argument("--out", metavar="FILE", help="output file (default: stdout)")
    e.set_defaults(func=_export)
    u = asub.add_parser("unverified", help="events found in the key file without authentication (not in the trail)")
    u.set_defaults(func=_unverified)


def write_csv(conn, fh) -> int:
    """Write the trail as CSV text to ``fh`` (a text stream); return the number of rows. Text
    cells that a spreadsheet would run as a formula get an apostrophe in front, as in register
    exports (:func:`desktop.registers.csvio.neutralise_cell`)."""
    from desktop.registers.csvio import neutralise_cell

    writer = csv.writer(fh, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    cur = conn.cursor()
    cur.row_factory = None
    cur.execute("SELECT seq, at, actor, action, entity, entity_id, details FROM audit_log ORDER BY seq")
    n = 0
    while True:
        rows = cur.fetchmany(2000)
        if not rows:
            return n
        writer.writerows(["" if v is None else neutralise_cell(v) if isinstance(v, str) else v for v in row]
                         for row in rows)
        n += len(rows)


def _export(ctx, args) -> int:
    from desktop.fsutil import atomic_writer

    vault = ctx.open_vault()
    vault.session.require_admin()
    with vault.transaction() as conn:
        from desktop.audit import trail

        trail.append(conn, vault.session.user_id, "audit.export",
                     details={"format": args.format, "to": "file" if args.out else "stdout"})
    if args.out:
        with atomic_writer(args.out) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            n = write_csv(vault.conn, text)
            text.flush()
            text.detach()
        ctx.err(tr("CLI", "監査ログ {n} 件を書き出しました: {path}").format(n=n, path=args.out))
    else:
        buffer = getattr(ctx.stdout, "buffer", None)
        if buffer is not None:
            ctx.stdout.flush()
            text = io.TextIOWrapper(buffer, encoding="utf-8-sig", newline="")
            write_csv(vault.conn, text)
            text.flush()
            text.detach()
        else:
            ctx.stdout.write("\ufeff")
            write_csv(vault.conn, ctx.stdout)
    return 0


def _unverified(ctx, args) -> int:
    import json

    from desktop.audit.unverified import list_unverified

    events = list_unverified(ctx.open_vault())
    if not events:
        ctx.err(tr("CLI", "未検証のイベントはありません。"))
        return 0
    ctx.err(tr("CLI", "未検証のイベント {n} 件（鍵ファイルに認証なしで書かれていたもの。"
                      "誰が書いたかは確かめられず、監査ログには含まれません）:").format(n=len(events)))
    ctx.out("ID\tRECORDED_AT\tEVENT\tUSER\tDETAILS\tIMPORTED_AT")
    for e in events:
        details = json.dumps(e.details, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        ctx.out("\t".join(_cell(v) for v in (e.id, e.recorded_at, e.event, e.user_id or "-", details, e.imported_at)))
    return 0


def _cell(value) -> str:
    """One tab-separated cell: control characters from the file are shown escaped, not run."""
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in str(value))

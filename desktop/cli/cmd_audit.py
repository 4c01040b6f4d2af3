"""``daicho audit export [--format csv|json] [--out FILE|-]``: the whole trail, oldest first.
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
    p = sub.add_parser("audit", help=tr("CLI", "監査ログ"))
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", parser_class=type(p))
    asub.required = True
    e = asub.add_parser("export", help=tr("CLI", "監査ログを書き出す"))
    e.add_argument("--format", choices=["csv", "json"], default="csv")
    e.add_argument("--out", metavar="FILE", help=tr("CLI", "出力ファイル（省略時または - で標準出力）"))
    e.set_defaults(func=_export)
    u = asub.add_parser("unverified", help=tr(
        "CLI", "鍵ファイルに認証なしで書かれていたイベント（監査ログには含まれない）"))
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


def write_json(conn, fh) -> int:
    """The trail as one JSON array of objects keyed by :data:`COLUMNS` (``details`` parsed)."""
    import json

    from desktop.cli.output import dumps

    cur = conn.cursor()
    cur.row_factory = None
    cur.execute("SELECT seq, at, actor, action, entity, entity_id, details FROM audit_log ORDER BY seq")
    n = 0
    fh.write("[")
    while True:
        rows = cur.fetchmany(2000)
        if not rows:
            fh.write("\n]\n" if n else "]\n")
            return n
        for row in rows:
            item = dict(zip(COLUMNS, row, strict=True))
            try:
                item["details"] = json.loads(item["details"]) if item["details"] else None
            except ValueError:
                pass  # kept as the stored text
            fh.write(("," if n else "") + "\n" + dumps(item).rstrip("\n"))
            n += 1


def _export(ctx, args) -> int:
    from desktop.cli.output import is_stdout
    from desktop.fsutil import atomic_writer

    if is_stdout(args.out):
        args.out = None
    write = write_json if args.format == "json" else write_csv
    bom = "utf-8" if args.format == "json" else "utf-8-sig"
    vault = ctx.open_vault()
    vault.session.require_admin()
    with vault.transaction() as conn:
        from desktop.audit import trail

        trail.append(conn, vault.session.user_id, "audit.export",
                     details={"format": args.format, "to": "file" if args.out else "stdout"})
    if args.out:
        with atomic_writer(args.out) as raw:
            text = io.TextIOWrapper(raw, encoding=bom, newline="")
            n = write(vault.conn, text)
            text.flush()
            text.detach()
        ctx.err(tr("CLI", "監査ログ {n} 件を書き出しました: {path}").format(n=n, path=args.out))
    else:
        buffer = getattr(ctx.stdout, "buffer", None)
        if buffer is not None:
            ctx.stdout.flush()
            text = io.TextIOWrapper(buffer, encoding=bom, newline="")
            write(vault.conn, text)
            text.flush()
            text.detach()
        else:
            if bom == "utf-8-sig":
                ctx.stdout.write("\ufeff")
            write(vault.conn, ctx.stdout)
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

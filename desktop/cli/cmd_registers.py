"""``daicho registers | list | export | import`` — the registers from the command line.

    daicho registers
    daicho --user U --password-stdin list exchanges --search 山田 [--format csv|table] [--limit N]
    daicho --user U --password-stdin export staff --out staff.csv|staff.xlsx|staff.json|- [--format csv|xlsx|json]
    daicho --user U --password-stdin import staff staff.csv|staff.xlsx|staff.json [--dry-run] [--format …]

The file type comes from ``--format``, else from the file name (``.xlsx``, ``.json``), else
CSV. ``--out -`` writes CSV or JSON to standard output (audited like a file; an Excel
workbook needs a file). JSON: :mod:`desktop.registers.jsonio`. ``import`` prints every
problem as ``N行目「列」: message`` (JSON: ``N件目「項目」``) on stderr and exits 1 if there is
any; otherwise it writes all rows in one transaction (or none with ``--dry-run``).
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

from desktop.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("registers", help=tr("CLI", "台帳のスラッグ（識別名）の一覧"))
    p.set_defaults(func=cmd_registers)

    p = sub.add_parser("list", help=tr("CLI", "台帳の記録の一覧"))
    p.add_argument("register", help=tr("CLI", "台帳のスラッグ（`daicho registers` で確認）"))
    p.add_argument("--search", default="", help=tr("CLI", "検索する文字列（2文字以上）"))
    p.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help=tr("CLI", "json: 1記録1オブジェクト、キーは項目名、日付は ISO 8601"))
    p.add_argument("--limit", type=int, default=100, help=tr("CLI", "表示する最大件数（0 = すべて）"))
    p.add_argument("--reason", default=None,
                   help=tr("CLI", "取扱注意の台帳を一覧する理由（監査ログに記録）"))
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("export", help=tr("CLI", "台帳を CSV・Excel ブック・JSON に書き出す"))
    p.add_argument("register")
    p.add_argument("--out", type=Path, required=True,
                   help=tr("CLI", "書き出すファイル（- で標準出力。CSV と JSON のみ）"))
    p.add_argument("--encoding", choices=("utf-8-sig", "cp932"), default="utf-8-sig")
    p.add_argument("--reason", default=None,
                   help=tr("CLI", "取扱注意の台帳: 管理者が理由を添えてこの書き出しを許可する"))
    p.add_argument("--format", choices=("csv", "xlsx", "json"), default=None,
                   help=tr("CLI", "既定: ファイル名（.xlsx、.json）から判断、それ以外は csv"))
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("template", help=tr("CLI", "台帳の記入用 Excel ブックを書き出す"))
    p.add_argument("register")
    p.add_argument("--out", type=Path, required=True, help=tr("CLI", "書き出す .xlsx ファイル（- で標準出力）"))
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("import", help=tr("CLI", "CSV・Excel・JSON の行を台帳に取り込む"))
    p.add_argument("register")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help=tr("CLI", "確認だけ行い、書き込まない"))
    p.add_argument("--encoding", choices=("utf-8-sig", "cp932"), default=None,
                   help=tr("CLI", "既定: 自動判別（BOM、UTF-8、それ以外は CP932）"))
    p.add_argument("--format", choices=("csv", "xlsx", "json"), default=None,
                   help=tr("CLI", "既定: ファイル名（.xlsx、.json）から判断、それ以外は csv"))
    p.add_argument("--import-duplicates", action="store_true",
                   help=tr("CLI", "既存の記録と重複する行も取り込む（既定: 取り込まない）"))
    p.set_defaults(func=cmd_import)


def _service(ctx):
    from desktop.registers.service import RegisterService

    return RegisterService(ctx.open_vault())


def cmd_registers(ctx, args) -> int:
    from desktop.registers import definitions

    rows = [(r.slug, r.label, " ".join(r.clauses)) for r in definitions.all_registers()]
    for line in _table([tr("CLI", "台帳ID"), tr("CLI", "名称"), tr("CLI", "条項")], rows):
        ctx.out(line)
    return 0


def cmd_list(ctx, args) -> int:
    from desktop.registers import definitions
    from desktop.registers.listing import ListQuery

    reg = definitions.get(args.register)
    svc = _service(ctx)
    if reg.confidential:  # officers and administrators, with a reason (audited)
        svc.open_confidential(reg.slug, args.reason, purpose="cli-list")
    query = ListQuery(search=args.search)
    remaining = args.limit if args.limit > 0 else None
    header = ["ID", *(reg.field(c).label for c in reg.list_columns)]
    body: list[list[str]] = []
    records: list[dict] = []
    after = None
    while remaining is None or remaining > 0:
        n = 1000 if remaining is None else min(remaining, 1000)
        page = svc.page(reg.slug, query, after=after, limit=n)
        texts = svc.display_rows(reg.slug, page.rows)
        body.extend([str(r.id), *(t[c] for c in reg.list_columns)] for r, t in zip(page.rows, texts, strict=True))
        records.extend({"id": r.id, **{c: r.values.get(c) for c in reg.list_columns}} for r in page.rows)
        if remaining is not None:
            remaining -= len(page.rows)
        if not page.has_after:
            break
        after = page.last_key
    if args.format == "json":
        from desktop.cli import output

        ctx.stdout.write(output.dumps(records))
        return 0
    if args.format == "csv":
        from desktop.registers.csvio import neutralise_cell  # no formula runs when opened in a spreadsheet

        writer = csv.writer(ctx.stdout, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([neutralise_cell(c) for c in row] for row in body)
    else:
        for line in _table(header, body):
            ctx.out(line)
        count = svc.count(reg.slug, query)
        ctx.out(tr("CLI", "{shown}件を表示（全{mark}{total}件）").format(
            shown=len(body), mark="" if count.exact else "約", total=count.value))
    return 0


def _file_type(args, path) -> str:
    """``--format``, else the file name's: xlsx, json or csv."""
    if args.format is not None:
        return args.format
    from desktop.registers.jsonio import is_json
    from desktop.registers.xlsxio import is_xlsx

    if is_xlsx(path):
        return "xlsx"
    return "json" if is_json(path) else "csv"


def cmd_template(ctx, args) -> int:
    from desktop.cli.output import is_stdout, write_bytes

    svc = _service(ctx)
    if is_stdout(args.out):  # the workbook's bytes on standard output (nothing to audit: no records)
        import tempfile

        with tempfile.TemporaryDirectory(prefix="daicho-template-") as tmp:
            path = svc.write_template(args.register, Path(tmp) / f"{args.register}.xlsx")
            write_bytes(ctx, path.read_bytes())
        return 0
    path = svc.write_template(args.register, args.out)
    ctx.out(tr("CLI", "記入用のブックを書き出しました: {path}").format(path=path))
    return 0


def _stdout_buffer(ctx):
    """The byte stream under standard output (None for an in-memory text stream: tests)."""
    ctx.stdout.flush()
    return getattr(ctx.stdout, "buffer", None)


def cmd_export(ctx, args) -> int:
    from desktop.cli.output import is_stdout

    svc = _service(ctx)
    kind = "csv" if is_stdout(args.out) and args.format is None else _file_type(args, args.out)
    if is_stdout(args.out):  # `--out -`: CSV or JSON on standard output (audited like a file)
        if kind == "xlsx":
            print(tr("CLI", "Excel ブックは標準出力に書き出せません。ファイル名を指定してください。"), file=ctx.stderr)
            return 2
        import io

        buffer = _stdout_buffer(ctx)
        raw = io.BytesIO() if buffer is None else buffer
        if kind == "json":
            from desktop.registers import jsonio

            jsonio.export(svc, args.register, raw, confidential_reason=args.reason)
        else:
            svc.export_csv(args.register, raw, encoding=args.encoding, confidential_reason=args.reason)
            from desktop.registers.csvio import sublist_notes

            for note in sublist_notes(svc, args.register, None):
                print(note, file=ctx.stderr)
        if buffer is None:
            codec = "utf-8-sig" if kind == "json" or args.encoding == "utf-8-sig" else "cp932"
            ctx.stdout.write(raw.getvalue().decode(codec))
        else:
            buffer.flush()
        return 0
    if kind == "xlsx":
        n = svc.export_xlsx(args.register, args.out, confidential_reason=args.reason)
        ctx.out(tr("CLI", "{n}件を書き出しました: {path}（Excel ブック）").format(n=n, path=args.out))
        return 0
    if kind == "json":
        from desktop.registers import jsonio

        n = jsonio.export(svc, args.register, args.out, confidential_reason=args.reason)
        ctx.out(tr("CLI", "{n}件を書き出しました: {path}（JSON）").format(n=n, path=args.out))
        return 0
    n = svc.export_csv(args.register, args.out, encoding=args.encoding, confidential_reason=args.reason)
    ctx.out(tr("CLI", "{n}件を書き出しました: {path}（{encoding}）").format(n=n, path=args.out, encoding=args.encoding))
    from desktop.registers.csvio import sublist_notes

    for note in sublist_notes(svc, args.register, args.out):
        print(note, file=ctx.stderr)
    return 0


def cmd_import(ctx, args) -> int:
    svc = _service(ctx)
    kind = _file_type(args, args.file)
    if kind == "json":
        from desktop.registers import jsonio

        preview = jsonio.preview(svc, args.register, args.file)
    else:
        # no --format: the service also recognises an old .xls by its name (and says so)
        preview = svc.preview_import(args.register, args.file, encoding=args.encoding, format=args.format)
    if preview.issues:
        for issue in preview.issues:
            print(str(issue), file=ctx.stderr)
        if kind == "json":
            print(tr("CLI", "{n}件の問題があるため取り込みませんでした（{rows}件を確認）。").format(
                n=len(preview.issues), rows=preview.rows_read), file=ctx.stderr)
        else:
            print(tr("CLI", "{n}件の問題があるため取り込みませんでした（{rows}行を確認）。").format(
                n=len(preview.issues), rows=preview.rows_read), file=ctx.stderr)
        return 1
    dup = len(preview.duplicates)
    if dup:
        lines = "、".join(str(n) for n in preview.duplicate_lines[:20])
        note = tr("CLI", "取り込みます") if args.import_duplicates else tr("CLI", "取り込みません")
        if kind == "json":
            ctx.out(tr("CLI", "既存の記録（またはファイル内の前の記録）と重複する記録が {n}件あります（{lines}件目）。重複分は{what}。").format(
                n=dup, lines=lines, what=note))
        else:
            ctx.out(tr("CLI", "既存の記録（またはファイル内の前の行）と重複する行が {n}件あります（{lines}行目）。重複分は{what}。").format(
                n=dup, lines=lines, what=note))
    if args.dry_run:
        n = len(preview.records) - (0 if args.import_duplicates else dup)
        ctx.out(tr("CLI", "問題はありません。{n}件を取り込めます（--dry-run のため書き込んでいません）。").format(n=n))
        return 0
    ids = svc.commit_import(preview, include_duplicates=args.import_duplicates)
    first = ids[0] if ids else "-"
    last = ids[-1] if ids else "-"
    ctx.out(tr("CLI", "{n}件を取り込みました（ID {first}〜{last}）。").format(n=len(ids), first=first, last=last))
    return 0


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    if _width(text) <= limit:
        return text
    out, w = "", 0
    for ch in text:
        cw = _width(ch)
        if w + cw > limit - 1:
            break
        out += ch
        w += cw
    return out + "…"


def _table(header: list[str], rows) -> list[str]:
    rows = [[_cell(str(c)) for c in row] for row in rows]
    header = [_cell(h) for h in header]
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(header)]

    def fmt(cells):
        return "  ".join(c + " " * (widths[i] - _width(c)) for i, c in enumerate(cells)).rstrip()

    return [fmt(header), "  ".join("-" * w for w in widths), *(fmt(r) for r in rows)]

"""``daicho submittal kinds|render|history|verify``: the documents submitted to the prefecture.

``render`` issues the document: it takes the next document number, records the submittal
in the history (with its SHA-256) and the audit trail, and writes the PDF atomically.
``verify ID`` re-generates an issued document and says whether it still matches.
"""

from __future__ import annotations

from pathlib import Path

from desktop.calendar import format_date
from desktop.cli.context import UsageError
from desktop.i18n import tr

_PARAM_HELP = {
    "record": "--record ID",
    "period": "--from DATE --to DATE",
    "as_of": "--as-of DATE",
    "fiscal_year": "--fiscal-year YYYY",
}


def register(sub) -> None:
    p = sub.add_parser("submittal", help="submittals to the prefecture (PDF)")
    ssub = p.add_subparsers(dest="submittal_command", metavar="ACTION", parser_class=type(p))
    ssub.required = True

    k = ssub.add_parser("kinds", help="list the forms and the parameters each needs")
    k.set_defaults(func=_kinds)

    r = ssub.add_parser("render", help="issue a form: number it, record it, write the PDF")
    r.add_argument("kind", help="form slug (see `daicho submittal kinds`)")
    r.add_argument("--record", help="record ID (incident, runbook, equipment)")
    r.add_argument("--from", dest="date_from", metavar="DATE", help="period start, YYYY-MM-DD")
    r.add_argument("--to", dest="date_to", metavar="DATE", help="period end, YYYY-MM-DD")
    r.add_argument("--as-of", dest="as_of", metavar="DATE", help="reference date, YYYY-MM-DD")
    r.add_argument("--fiscal-year", dest="fiscal_year", metavar="YYYY",
                   help="fiscal year (April–March), by its starting year")
    r.add_argument("--out", required=True, type=Path, help="PDF file to write")
    r.set_defaults(func=_render)

    h = ssub.add_parser("history", help="list issued submittals with their SHA-256")
    h.add_argument("--kind", help="only this form")
    h.add_argument("--limit", type=int, default=100)
    h.set_defaults(func=_history)

    v = ssub.add_parser("verify", help="re-generate an issued submittal and compare its SHA-256")
    v.add_argument("id", type=int, help="history ID (see `daicho submittal history`)")
    v.add_argument("--out", type=Path, help="also write the re-generated PDF here")
    v.set_defaults(func=_verify)


def _kinds(ctx, args) -> int:
    from desktop.submittals import service

    for kind in service.kinds():
        needs = [_PARAM_HELP[p] for p in sorted(kind.params)]
        needs += [f"[{_PARAM_HELP[p]}]" for p in sorted(kind.optional)]
        ctx.out(f"{kind.slug}\t{kind.title}\t{' '.join(needs)}\t{','.join(kind.clauses)}")
    return 0


def _render(ctx, args) -> int:
    from desktop.submittals import service

    kind = service.forms.get(args.kind)
    params = {
        "record": args.record,
        "from": args.date_from,
        "to": args.date_to,
        "as_of": args.as_of,
        "fiscal_year": args.fiscal_year,
    }
    given = {
        "record": args.record is not None,
        "period": args.date_from is not None or args.date_to is not None,
        "as_of": args.as_of is not None,
        "fiscal_year": args.fiscal_year is not None,
    }
    extra = [_PARAM_HELP[p] for p, g in given.items() if g and p not in kind.params | kind.optional]
    if extra:
        raise UsageError(tr("CLI", "「{title}」では次の指定は使いません: {opts}").format(
            title=kind.title, opts=", ".join(extra)))
    if given["period"] and (args.date_from is None or args.date_to is None):
        raise UsageError(tr("CLI", "期間は --from と --to の両方で指定してください。"))
    vault = ctx.open_vault()
    issued = service.issue(vault, kind.slug, params, out=args.out, via="cli")
    ctx.out(f"{issued.doc_number or '-'}\t{issued.sha256}")
    ctx.err(tr("CLI", "{title}を発行しました（{pages}ページ、{size}バイト、履歴 #{id}）: {path}").format(
        title=issued.title, pages=issued.pages, size=issued.size, id=issued.history_id,
        path=args.out))
    return 0


def _history(ctx, args) -> int:
    from desktop.submittals import service

    vault = ctx.open_vault()
    ctx.out("\t".join(["ID", "発行日時", "種類", "文書番号", "表題", "発行者", "ページ", "バイト",
                       "SHA-256"]))
    for e in service.history_entries(vault, kind=args.kind, limit=args.limit):
        ctx.out("\t".join([
            str(e.id), e.issued_at, e.kind, e.doc_number or "-", e.title,
            e.issued_by, str(e.pages), str(e.size), e.sha256,
        ]))
    return 0


def _verify(ctx, args) -> int:
    from desktop.submittals import service

    vault = ctx.open_vault()
    result = service.reopen(vault, args.id)
    e = result.entry
    ctx.out(f"{e.doc_number or '-'}\t{e.title}\t{format_date(e.doc_date)}")
    ctx.out(tr("CLI", "記録されたSHA-256: {sha}").format(sha=e.sha256))
    if result.rendered is not None:
        ctx.out(tr("CLI", "再作成したSHA-256: {sha}").format(sha=result.rendered.sha256))
    ctx.out(result.message)
    if args.out is not None:
        if result.matches and result.rendered is not None:
            service.record_output(vault, e.id, "save", path=args.out, pdf=result.rendered.pdf)
        else:
            ctx.err(tr("CLI", "発行時の文書と一致しないため、ファイルは書き出しませんでした。"))
    return 0 if result.matches else 1

"""``daicho submittal kinds|render|history|verify``: the documents submitted to the prefecture.

``render`` issues the document: it takes the next document number, records the submittal
in the history (with its SHA-256) and the audit trail, and writes the PDF atomically.
Before that, the pre-issue check lists what the records say is wrong for the document;
issuing then needs ``--confirm`` (recorded in the audit trail). ``render --draft`` writes a
draft with 「案」 and no number, recording nothing. ``--date`` chooses the issue date (not
before the records it reports), ``--addressee`` the addressee for this issue.
``verify ID`` re-generates an issued document and says whether it still matches
(``--format json``: one object with stable keys and ISO dates); ``--out FILE`` also saves the
re-generated PDF when it matches, ``--out -`` writes it to standard output (audited as a save
to standard output) and the result then goes to standard error.
"""

from __future__ import annotations

from pathlib import Path

from desktop.calendar import format_date
from desktop.cli.context import UsageError
from desktop.i18n import tr

_PARAM_HELP = {
    "record": "--record ID",
    "equipment": "--equipment ID",
    "period": "--from DATE --to DATE",
    "as_of": "--as-of DATE",
    "fiscal_year": "--fiscal-year YYYY",
}


def register(sub) -> None:
    p = sub.add_parser("submittal", help=tr("CLI", "県への提出書類（PDF）"))
    ssub = p.add_subparsers(dest="submittal_command", metavar="ACTION", parser_class=type(p))
    ssub.required = True

    k = ssub.add_parser("kinds", help=tr("CLI", "様式と、それぞれに必要な指定の一覧"))
    k.set_defaults(func=_kinds)

    r = ssub.add_parser("render", help=tr("CLI", "様式を発行する（番号を付け、履歴に記録し、PDFを書き出す）"))
    r.add_argument("kind", help=tr("CLI", "様式のID（`daicho submittal kinds` を参照）"))
    r.add_argument("--record", help=tr("CLI", "レコードID（事故、手順書）"))
    r.add_argument("--equipment", metavar="ID",
                   help=tr("CLI", "対象の機器のID（保守作業記録。省略するとすべての機器）"))
    r.add_argument("--from", dest="date_from", metavar="DATE", help=tr("CLI", "期間の初日（YYYY-MM-DD）"))
    r.add_argument("--to", dest="date_to", metavar="DATE", help=tr("CLI", "期間の末日（YYYY-MM-DD）"))
    r.add_argument("--as-of", dest="as_of", metavar="DATE", help=tr("CLI", "基準日（YYYY-MM-DD）"))
    r.add_argument("--fiscal-year", dest="fiscal_year", metavar="YYYY",
                   help=tr("CLI", "年度（4月〜3月、始まりの年で指定）"))
    r.add_argument("--out", required=True, type=Path, help=tr("CLI", "書き出すPDFファイル（- で標準出力）"))
    r.add_argument("--reason", default=None,
                   help=tr("CLI", "秘密扱いの様式を発行する理由（監査ログに記録）"))
    r.add_argument("--draft", action="store_true",
                   help=tr("CLI", "案として書き出す（「案」入り、文書番号なし、履歴に記録しない）"))
    r.add_argument("--date", dest="doc_date", metavar="DATE",
                   help=tr("CLI", "文書に記載する発行日（YYYY-MM-DD、省略時は今日）"))
    r.add_argument("--addressee", metavar="TEXT",
                   help=tr("CLI", "この発行の宛先（governor: 知事、section_head: 所管課の長、又は宛先の文字）"))
    r.add_argument("--confirm", action="store_true",
                   help=tr("CLI", "発行前の確認で見つかった点を確認したうえで発行する（監査ログに記録）"))
    r.set_defaults(func=_render)

    h = ssub.add_parser("history", help=tr("CLI", "発行した提出書類とその SHA-256 の一覧"))
    h.add_argument("--kind", help=tr("CLI", "この様式だけ"))
    h.add_argument("--limit", type=int, default=100)
    h.set_defaults(func=_history)

    v = ssub.add_parser("verify", help=tr("CLI", "発行済みの提出書類を作り直し、SHA-256 を照合する"))
    v.add_argument("id", type=int, help=tr("CLI", "履歴ID（`daicho submittal history` を参照）"))
    v.add_argument("--out", type=Path, help=tr(
        "CLI", "一致したとき、作り直したPDFをここにも書き出す（- で標準出力。結果は標準エラー出力へ）"))
    v.add_argument("--reason", default=None, help=tr("CLI", "秘密扱いの様式を書き出す理由（監査ログに記録）"))
    v.add_argument("--format", choices=("text", "json"), default="text",
                   help=tr("CLI", "json: 結果を1つのオブジェクトで（キーは固定、日付は ISO 8601）"))
    v.set_defaults(func=_verify)


def _kinds(ctx, args) -> int:
    from desktop.submittals import service

    for kind in service.kinds():
        needs = [_PARAM_HELP[_option(kind, p)] for p in sorted(kind.params)]
        needs += [f"[{_PARAM_HELP[_option(kind, p)]}]" for p in sorted(kind.optional)]
        ctx.out(f"{kind.slug}\t{kind.title}\t{' '.join(needs)}\t{','.join(kind.clauses)}")
    return 0


def _option(kind, param: str) -> str:
    """The CLI option of a parameter: the record of the maintenance record is its equipment."""
    if param == "record" and kind.record_register == "equipment":
        return "equipment"
    return param


def _record_arg(ctx, kind, args) -> str | None:
    """``--record`` / ``--equipment``: the old name still works for the equipment, with a notice."""
    if _option(kind, "record") == "equipment":
        if args.record is not None and args.equipment is not None:
            raise UsageError(tr("CLI", "--equipment と --record の両方は指定できません。"))
        if args.record is not None:
            ctx.err(tr("CLI", "注意: 機器の指定は --equipment に名前が変わりました（--record も当面使えます）。"))
            return args.record
        return args.equipment
    if args.equipment is not None:
        raise UsageError(tr("CLI", "「{title}」では次の指定は使いません: {opts}").format(
            title=kind.title, opts="--equipment ID"))
    return args.record


def _render(ctx, args) -> int:
    from desktop.submittals import service

    kind = service.forms.get(args.kind)
    record = _record_arg(ctx, kind, args)
    params = {
        "record": record,
        "from": args.date_from,
        "to": args.date_to,
        "as_of": args.as_of,
        "fiscal_year": args.fiscal_year,
    }
    given = {
        "record": record is not None,
        "period": args.date_from is not None or args.date_to is not None,
        "as_of": args.as_of is not None,
        "fiscal_year": args.fiscal_year is not None,
    }
    extra = [_PARAM_HELP[_option(kind, p)] for p, g in given.items()
             if g and p not in kind.params | kind.optional]
    if extra:
        raise UsageError(tr("CLI", "「{title}」では次の指定は使いません: {opts}").format(
            title=kind.title, opts=", ".join(extra)))
    if given["period"] and (args.date_from is None or args.date_to is None):
        raise UsageError(tr("CLI", "期間は --from と --to の両方で指定してください。"))
    from desktop.cli.output import is_stdout, write_bytes

    vault = ctx.open_vault()
    to_stdout = is_stdout(args.out)
    if args.draft:
        return _draft(ctx, args, service.preview(vault, kind.slug, params, doc_date=args.doc_date,
                                                 addressee=args.addressee), to_stdout)
    prepared = service.prepare(vault, kind.slug, params, doc_date=args.doc_date,
                               addressee=args.addressee, reason=args.reason)
    if prepared.findings:
        ctx.err(tr("CLI", "発行前の確認で次の点が見つかりました:"))
        for finding in prepared.findings:
            ctx.err(f"  ・{finding}")
        if not args.confirm:
            ctx.err(tr("CLI", "記録を修正してからやり直すか、このまま発行する場合は --confirm を付けてください"
                              "（確認したことは監査ログに記録されます）。発行していません。"))
            return 3
    issued = service.commit(vault, prepared, out=None if to_stdout else args.out, via="cli",
                            confirmed=args.confirm)
    if to_stdout:  # the PDF is the output; the summary line moves to stderr
        write_bytes(ctx, issued.pdf)
        ctx.err(f"{issued.doc_number or '-'}\t{issued.sha256}")
    else:
        ctx.out(f"{issued.doc_number or '-'}\t{issued.sha256}")
    ctx.err(tr("CLI", "{title}を発行しました（{pages}ページ、{size}バイト、履歴 #{id}）: {path}").format(
        title=issued.title, pages=issued.pages, size=issued.size, id=issued.history_id,
        path=args.out))
    return 0


def _draft(ctx, args, rendered, to_stdout: bool) -> int:
    """Write a draft (「案」, no number, nothing recorded)."""
    from desktop.cli.output import write_bytes
    from desktop.submittals.layout import pdf_sha256, write_pdf

    if args.confirm:
        raise UsageError(tr("CLI", "--confirm は発行するときだけ使います（--draft では使いません）。"))
    if to_stdout:
        write_bytes(ctx, rendered.pdf)
        ctx.err(f"-\t{pdf_sha256(rendered.pdf)}")
    else:
        ctx.out(f"-\t{write_pdf(args.out, rendered.pdf)}")
    ctx.err(tr("CLI", "{title}の案を書き出しました（{pages}ページ。文書番号なし、発行履歴には記録していません）: {path}"
               ).format(title=rendered.title, pages=rendered.pages, path=args.out))
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
    from desktop.cli.output import dumps, is_stdout, write_bytes
    from desktop.submittals import service

    vault = ctx.open_vault()
    result = service.reopen(vault, args.id)
    e = result.entry
    to_stdout = is_stdout(args.out)
    written = None
    if args.out is not None and result.matches and result.rendered is not None:
        if to_stdout:
            _audit_stdout_save(vault, e, args.reason)
            write_bytes(ctx, result.rendered.pdf)
            written = "-"
        else:
            service.record_output(vault, e.id, "save", path=args.out, pdf=result.rendered.pdf,
                                  reason=args.reason)
            written = str(args.out)
    say = ctx.err if to_stdout else ctx.out  # standard output carries the PDF
    if args.format == "json":
        say(dumps({
            "id": e.id, "kind": e.kind, "doc_number": e.doc_number or None, "title": e.title,
            "doc_date": e.doc_date, "issued_at": e.issued_at, "recorded_sha256": e.sha256,
            "rendered_sha256": result.rendered.sha256 if result.rendered is not None else None,
            "matches": result.matches, "message": result.message, "written": written,
        }).rstrip("\n"))
    else:
        say(f"{e.doc_number or '-'}\t{e.title}\t{format_date(e.doc_date)}")
        say(tr("CLI", "記録されたSHA-256: {sha}").format(sha=e.sha256))
        if result.rendered is not None:
            say(tr("CLI", "再作成したSHA-256: {sha}").format(sha=result.rendered.sha256))
        say(result.message)
    if args.out is not None and written is None:
        ctx.err(tr("CLI", "発行時の文書と一致しないため、ファイルは書き出しませんでした。"))
    return 0 if result.matches else 1


def _audit_stdout_save(vault, entry, reason: str | None) -> None:
    """The audit entry of a save (``submittal.save``, as ``service.record_output`` writes it
    for a file) for a copy sent to standard output; the confidential rule applies the same."""
    from desktop.audit import trail
    from desktop.errors import NotFound
    from desktop.submittals import forms, service

    try:
        reason = service.confidential_check(vault, forms.get(entry.kind), reason)
    except NotFound:
        reason = None
    details = {"kind": entry.kind, "doc_number": entry.doc_number, "sha256": entry.sha256, "path": "(stdout)"}
    if reason is not None:
        details["reason"] = reason
    with vault.transaction() as tx:
        trail.append(tx, vault.session.user_id, "submittal.save", entity="submittal", entity_id=entry.id,
                     details=details)

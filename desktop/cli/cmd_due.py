"""``daicho due [--format table|csv|json]`` — every due or overdue item and every flag of
every register, most urgent first, with ``clause``, ``register``, ``record``, ``due``,
``level``. Exit 0 when nothing is overdue, 3 when something is (for a scheduled task)."""

from __future__ import annotations

from desktop.i18n import tr

EXIT_OVERDUE = 3


def register(sub) -> None:
    p = sub.add_parser("due", help=tr("CLI", "期限が近いもの・期限超過・要対応の一覧（期限超過があれば終了コード 3）"))
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--register", default=None, help=tr("CLI", "この台帳だけ（スラッグ）"))
    p.add_argument("--clause", default=None, help=tr("CLI", "この条項に関するものだけ"))
    p.set_defaults(func=cmd_due)


def cmd_due(ctx, args) -> int:
    from desktop.cli.cmd_registers import _table
    from desktop.compliance import items as items_mod
    from desktop.compliance import report
    from desktop.registers import definitions
    from desktop.registers.service import RegisterService

    if args.register:
        definitions.get(args.register)
    if args.clause:
        from desktop.compliance import catalog

        if not catalog.exists(args.clause) and not catalog.resolve(args.clause):
            catalog.get(args.clause)
    svc = RegisterService(ctx.open_vault(readonly=True))
    items = items_mod.open_items(svc)
    items = items_mod.filtered(items, register=args.register, clause=args.clause)
    rows = report.due_rows(items)
    if args.format != "table":
        ctx.out(report.render(rows, report.DUE_COLUMNS, args.format).rstrip("\n"))
    else:
        labels = {r.slug: r.label for r in definitions.all_registers()}
        level = {"overdue": tr("CLI", "期限超過"), "warning": tr("CLI", "要対応"), "info": tr("CLI", "確認")}
        body = [[r["clause"] or "", labels.get(r["register"], r["register"]), r["record"] or "", r["title"],
                 r["due"] or "", level[r["level"]], r["message"]] for r in rows]
        for line in _table([tr("CLI", "条項"), tr("CLI", "台帳"), tr("CLI", "ID"), tr("CLI", "対象"),
                            tr("CLI", "期限"), tr("CLI", "区分"), tr("CLI", "内容")], body):
            ctx.out(line)
        ctx.out(tr("CLI", "{n}件（うち期限超過 {m}件）").format(n=len(rows), m=sum(1 for i in items if i.overdue)))
    return EXIT_OVERDUE if any(i.overdue for i in items) else 0

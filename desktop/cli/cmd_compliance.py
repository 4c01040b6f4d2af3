"""``daicho compliance`` — the guideline clause by clause, status derived from the records.

    daicho compliance [--date YYYY-MM-DD] [--format table|csv|json]
    daicho compliance set-na CLAUSE --reason …      (officer or administrator)
    daicho compliance clear-na CLAUSE
    daicho compliance confirm CLAUSE --note …       (officer or administrator)
    daicho compliance package --out DIR [--from D --to D] [--zip]

Each clause prints ``id``, ``status`` (ok, attention, overdue, no-record, manual,
not-applicable), ``due`` (date or null) and ``evidence``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.i18n import tr


def _date(text: str) -> dt.date:
    import argparse

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("CLI", "日付は YYYY-MM-DD で指定してください: {text}").format(
            text=text)) from None


def register(sub) -> None:
    p = sub.add_parser("compliance", help=tr("CLI", "ガイドラインの条項ごとの状況（対象外・確認の登録も）"))
    p.add_argument("--date", type=_date, default=None, help=tr("CLI", "この日付時点で判定する（既定: 今日）"))
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=cmd_status)
    acts = p.add_subparsers(dest="action", metavar="ACTION")
    a = acts.add_parser("set-na", help=tr("CLI", "条項を契約の対象外として登録する"))
    a.add_argument("clause")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=cmd_set_na)
    a = acts.add_parser("clear-na", help=tr("CLI", "対象外の登録を取り消す"))
    a.add_argument("clause")
    a.set_defaults(func=cmd_clear_na)
    a = acts.add_parser("confirm", help=tr("CLI", "記録では判定できない条項を確認済みとして登録する"))
    a.add_argument("clause")
    a.add_argument("--note", required=True)
    a.set_defaults(func=cmd_confirm)
    a = acts.add_parser("package", help=tr(
        "CLI", "監査用の証跡一式を書き出す（ファイルは暗号化されずに台帳の外に出ます）"))
    a.add_argument("--out", type=Path, required=True, help=tr(
        "CLI", "作成するフォルダー（--zip では ZIP ファイル）。書き出し先を監査ログに残すため、"
               "標準出力（-）には書き出せません"))
    a.add_argument("--from", dest="date_from", type=_date, default=None,
                   help=tr("CLI", "この日以降に発行した提出書類（既定: 1年前）"))
    a.add_argument("--to", dest="date_to", type=_date, default=None,
                   help=tr("CLI", "この日までに発行した提出書類（既定: 今日）"))
    a.add_argument("--zip", action="store_true", help=tr("CLI", "フォルダーではなく1つの ZIP ファイルに書き出す"))
    a.set_defaults(func=cmd_package)


def _service(ctx, *, readonly: bool):
    from desktop.registers.service import RegisterService

    return RegisterService(ctx.open_vault(readonly=readonly))


def cmd_status(ctx, args) -> int:
    from desktop.cli.cmd_registers import _table
    from desktop.compliance import report, status

    svc = _service(ctx, readonly=True)
    assessment = status.assess(svc, args.date)
    rows = report.compliance_rows(assessment)
    if args.format != "table":
        ctx.out(report.render(rows, report.COMPLIANCE_COLUMNS[:4], args.format).rstrip("\n"))
        return 0
    body = [[r["id"], status.status_label(r["status"]), r["due"] or "", r["evidence"]] for r in rows]
    for line in _table([tr("CLI", "条項"), tr("CLI", "状況"), tr("CLI", "期限"), tr("CLI", "根拠")], body):
        ctx.out(line)
    counts = assessment.counts()
    ctx.out("  ".join(f"{status.status_label(s)} {counts[s]}" for s in status.STATUSES))
    return 0


def cmd_set_na(ctx, args) -> int:
    from desktop.compliance import marks

    marks.set_not_applicable(ctx.open_vault(), args.clause, args.reason)
    ctx.out(tr("CLI", "条項 {id} を対象外にしました。").format(id=args.clause))
    return 0


def cmd_clear_na(ctx, args) -> int:
    from desktop.compliance import marks

    marks.clear_not_applicable(ctx.open_vault(), args.clause)
    ctx.out(tr("CLI", "条項 {id} の対象外を取り消しました。").format(id=args.clause))
    return 0


def cmd_confirm(ctx, args) -> int:
    from desktop.compliance import marks

    marks.confirm(ctx.open_vault(), args.clause, args.note)
    ctx.out(tr("CLI", "条項 {id} の確認を記録しました。").format(id=args.clause))
    return 0


def cmd_package(ctx, args) -> int:
    from desktop.cli.context import UsageError
    from desktop.cli.output import is_stdout
    from desktop.compliance import package

    if is_stdout(args.out):  # the audit entry names where the package went: a real place
        raise UsageError(tr("CLI", "証跡パッケージは標準出力には書き出せません。"
                                   "作成するフォルダー（--zip では ZIP ファイル）を指定してください。"))
    today = dt.date.today()
    start = args.date_from or today.replace(year=today.year - 1)
    end = args.date_to or today
    ctx.err(tr("CLI", "注意: 証跡パッケージのファイルは暗号化されずに台帳の外へ書き出されます。"
                      "保存先の管理に注意してください。"))
    result = package.write_package(ctx.open_vault(), args.out, period=(start, end), as_zip=args.zip)
    ctx.out(tr("CLI", "証跡パッケージを書き出しました: {path}（{n}ファイル）").format(
        path=result.path, n=len(result.files)))
    return 0

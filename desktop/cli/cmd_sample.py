"""``daicho sample-office`` — fill an empty vault with a coherent example office (every
register's declared example records), for trying the app. Refused on a vault that already
holds any record.

    daicho --user U --password-stdin sample-office
"""

from __future__ import annotations

from desktop.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("sample-office", help=tr("CLI", "空の台帳に例のレコードを入れる"))
    p.set_defaults(func=cmd_sample_office)


def cmd_sample_office(ctx, args) -> int:
    from desktop.registers import definitions, examples
    from desktop.registers.service import RegisterService

    ids = examples.fill_office(RegisterService(ctx.open_vault()))
    for reg in definitions.all_registers():
        ctx.out(tr("CLI", "{label}: {n}件").format(label=reg.label, n=len(ids.get(reg.slug, []))))
    ctx.out(tr("CLI", "見本の事業所を作成しました（合計 {n}件）。").format(n=sum(len(v) for v in ids.values())))
    return 0

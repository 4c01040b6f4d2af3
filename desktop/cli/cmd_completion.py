"""``daicho completion bash|zsh|powershell`` — print a shell completion script (see
:mod:`desktop.cli.completion` for how to install each)."""

from __future__ import annotations

from desktop.i18n import tr


def register(sub) -> None:
    from desktop.cli.completion import SHELLS

    p = sub.add_parser("completion", help=tr("CLI", "シェルの補完スクリプトを出力する（bash, zsh, PowerShell）"))
    p.add_argument("shell", choices=SHELLS, help=tr("CLI", "シェルの種類"))
    p.set_defaults(func=run)


def run(ctx, args) -> int:
    from desktop.cli.completion import GENERATORS
    from desktop.cli.main import build_parser

    ctx.stdout.write(GENERATORS[args.shell](build_parser()))
    return 0

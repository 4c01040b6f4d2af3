"""``daicho [--vault PATH] [--user ID] [--password-stdin] COMMAND …``

Command groups live in ``desktop/cli/cmd_*.py``; each defines ``register(subparsers)`` and
sets ``func(ctx, args) -> int`` on its parsers. Exit codes: 0 success, 1 failure, 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from desktop.errors import DaichoError
from desktop.i18n import tr

from . import context as cli_context


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse prints usage and exits 2 — keep that contract
        self.print_usage(sys.stderr)
        print(f"daicho: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="daicho", description="委託セキュリティ台帳 — command line")
    parser.add_argument("--vault", type=Path, help="vault file (default: the GUI's; env DAICHO_VAULT)")
    parser.add_argument("--user", help="acting user ID")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the acting user's password from the first line of stdin")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    package = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(package)]), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            module = importlib.import_module(f"desktop.cli.{info.name}")
            module.register(sub)
    return parser


def main(argv: list[str] | None = None, *, stdin=None, stdout=None, stderr=None) -> int:
    __import__("desktop.hygiene").hygiene.harden_process()  # no core dumps, umask 077: first of all
    import multiprocessing

    multiprocessing.freeze_support()  # audit verification uses worker processes (frozen builds)
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    from desktop.config import default_vault_path

    ctx = cli_context.CliContext(
        vault_path=args.vault or default_vault_path(),
        user=args.user,
        password_stdin=args.password_stdin,
        stdin=stdin or sys.stdin,
        stdout=stdout,
        stderr=stderr,
    )
    try:
        return int(args.func(ctx, args) or 0)
    except cli_context.UsageError as exc:
        print(f"daicho: {exc}", file=stderr)
        return 2
    except DaichoError as exc:
        print(f"daicho: {exc}", file=stderr)
        return 1
    except KeyboardInterrupt:
        print("daicho: " + tr("CLI", "中断しました。"), file=stderr)
        return 1
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())

"""``daicho [--vault PATH] [--user ID] [--password-stdin] COMMAND …``

Command groups live in ``desktop/cli/cmd_*.py``; each defines ``register(subparsers)`` and
sets ``func(ctx, args) -> int`` on its parsers. Exit codes: 0 success, 1 failure, 2 usage,
141 when the reader of standard output went away (``daicho list staff | head``).

No Python traceback ever reaches the user: :class:`~desktop.errors.DaichoError` prints its
Japanese message; a file-system error is described by :mod:`desktop.fsutil`; anything else
prints a Japanese line naming the exception's type only (its message may carry record
contents), unless ``DAICHO_DEBUG=1`` asks for the traceback. A closed standard output is
handled as the Python documentation's "Note on SIGPIPE" recommends: what is still buffered is
dropped by pointing standard output at ``os.devnull``, and the process ends quietly.
"""

from __future__ import annotations

import argparse
import importlib
import os
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
    from desktop import __version__

    parser = _Parser(prog="daicho", description="委託セキュリティ台帳 — command line")
    parser.add_argument("--version", action="version", version=f"daicho {__version__}")
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
        try:
            sys.stdout.flush()  # --help went there
        except BrokenPipeError:
            return _quiet_broken_pipe(sys.stdout)
        return int(exc.code or 0)
    except BrokenPipeError:
        return _quiet_broken_pipe(sys.stdout)
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
        try:
            code = int(args.func(ctx, args) or 0)
        finally:
            ctx.close()
        stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except BrokenPipeError:
        return _quiet_broken_pipe(stdout)
    except cli_context.UsageError as exc:
        return _report(stderr, str(exc), 2)
    except DaichoError as exc:
        return _report(stderr, str(exc), 1)
    except KeyboardInterrupt:
        return _report(stderr, tr("CLI", "中断しました。"), 1)
    except OSError as exc:
        from desktop.fsutil import io_error_message

        if _debug():
            raise
        where = exc.filename if exc.filename is not None else tr("CLI", "（不明な場所）")
        return _report(stderr, io_error_message(exc, where), 1)
    except Exception as exc:
        if _debug():
            raise
        return _report(stderr, tr("CLI", "予期しないエラーが発生しました（{kind}）。同じ操作で繰り返し起きる場合は管理者に連絡してください。").format(
            kind=type(exc).__name__), 1)


#: exit status after the reader of standard output went away: 128 + SIGPIPE, what a shell
#: reports for a program that SIGPIPE ended
EXIT_BROKEN_PIPE = 141


def _debug() -> bool:
    return os.environ.get("DAICHO_DEBUG", "") not in ("", "0")


def _report(stderr, message: str, code: int) -> int:
    try:
        print(f"daicho: {message}", file=stderr)
        stderr.flush()
    except (OSError, ValueError):
        pass  # nowhere left to say it; the exit code still tells
    return code


def _quiet_broken_pipe(stdout) -> int:
    """The reader of stdout went away: drop what is still buffered, without a traceback
    (Python docs, "Note on SIGPIPE": point stdout at devnull so the final flush succeeds)."""
    try:
        fileno = stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return EXIT_BROKEN_PIPE  # not a real file (tests pass a StringIO-like object)
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fileno)
        os.close(devnull)
    except OSError:
        pass
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    raise SystemExit(main())

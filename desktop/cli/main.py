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

Conventions (issue 17): ``daicho --version``; help and messages in the UI language (the GUI's
setting: Japanese, or English read from the same ``daicho_en.qm`` without Qt); ``--format
json`` and ``--out -`` (:mod:`desktop.cli.output`); ``daicho completion bash|zsh|powershell``;
a log file ``daicho-cli.log`` beside the GUI's (:mod:`desktop.logsetup`) with the command
path, exit status, duration and error type — never arguments, secrets or record contents.

Start-up: building the parser imports every ``cmd_*`` module, so those import only the light
core (``desktop.i18n``, ``desktop.errors``) at module level and the vault, registers,
submittals, backup and settings stacks inside their command functions: ``daicho --help``,
``--version`` and ``completion`` never load SQLCipher, reportlab or openpyxl
(``tests/desktop/cli/test_cli_startup.py``; figures: ``bench/bench_cli_startup.py``).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
import time
from pathlib import Path

from desktop.errors import DaichoError
from desktop.i18n import tr

from . import context as cli_context

log = logging.getLogger("desktop.cli")


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        # argparse asks with prefix="" to build a sub-command's prog: keep that one bare
        super().add_usage(usage, actions, groups, prefix=tr("CLI", "使い方: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message):  # argparse prints usage and exits 2 — keep that contract
        self.print_usage(sys.stderr)
        print(f"daicho: {message}", file=sys.stderr)
        raise SystemExit(2)


def _localise(parser: argparse.ArgumentParser, path: str = "") -> None:
    """argparse's own headings and the -h help in the UI language; each (sub)parser records
    its command path (``backup export``) for the log."""
    parser._positionals.title = tr("CLI", "引数")
    parser._optionals.title = tr("CLI", "オプション")
    parser.set_defaults(_command_path=path)
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = tr("CLI", "このヘルプを表示して終了する")
        elif isinstance(action, argparse._VersionAction):
            action.help = tr("CLI", "バージョンを表示して終了する")
        elif isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                _localise(sub, f"{path} {name}".strip())


def install_language() -> str:
    """The UI language the GUI uses (its setting; Japanese by default). English: the
    translations of ``daicho_en.qm`` serve :func:`desktop.i18n.tr` (no Qt involved)."""
    from desktop.config import load_app_settings
    from desktop.i18n import install_catalog

    language = "en" if load_app_settings().get("language") == "en" else "ja"
    catalog = None
    if language == "en":
        from desktop import qmcatalog
        from desktop.paths import resource

        try:
            catalog = qmcatalog.load(resource("resources", "i18n", "daicho_en.qm"))
        except (DaichoError, OSError, qmcatalog.BadCatalog):
            language = "ja"  # the messages stay Japanese rather than half translated
    install_catalog(catalog)
    return language


def build_parser() -> argparse.ArgumentParser:
    from desktop import __version__

    parser = _Parser(prog="daicho", description=tr("CLI", "委託セキュリティ台帳 — コマンドライン"))
    parser.add_argument("--version", action="version", version=f"daicho {__version__}")
    parser.add_argument("--vault", type=Path,
                        help=tr("CLI", "台帳ファイル（省略時: GUI と同じ。環境変数 DAICHO_VAULT）"))
    parser.add_argument("--user", help=tr("CLI", "操作するユーザーのID"))
    parser.add_argument("--password-stdin", action="store_true",
                        help=tr("CLI", "操作するユーザーのパスワードを標準入力の1行目から読む"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    package = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(package)]), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            module = importlib.import_module(f"desktop.cli.{info.name}")
            module.register(sub)
    _localise(parser)
    return parser


def main(argv: list[str] | None = None, *, stdin=None, stdout=None, stderr=None) -> int:
    __import__("desktop.hygiene").hygiene.harden_process()  # no core dumps, umask 077: first of all
    if getattr(sys, "frozen", False):  # a no-op elsewhere: the import is left to those who need it
        import multiprocessing

        multiprocessing.freeze_support()  # audit verification uses worker processes (frozen builds)
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    install_language()
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
    command = getattr(args, "_command_path", "") or "-"
    handler = _open_log()
    started = time.perf_counter()
    log.info("daicho %s: started", command)
    code = 1
    try:
        code = _run(args, ctx, stdout, stderr)
        return code
    finally:
        log.info("daicho %s: exit %d after %.0f ms", command, code, (time.perf_counter() - started) * 1000)
        _close_log(handler)


def _open_log() -> tuple[logging.Handler, int] | None:
    """Attach ``daicho-cli.log`` (beside the GUI's log) to the root logger for this command;
    returns the handler and the root level to restore (in-process callers: tests)."""
    from desktop.logsetup import file_handler

    made = file_handler("daicho-cli")
    if made is None:
        return None  # no writable log folder: the command still runs
    root = logging.getLogger()
    level = root.level
    if level > logging.INFO or level == logging.NOTSET:
        root.setLevel(logging.INFO)
    root.addHandler(made[0])
    return made[0], level


def _close_log(opened: tuple[logging.Handler, int] | None) -> None:
    if opened is not None:
        handler, level = opened
        root = logging.getLogger()
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()


def _failed(exc: BaseException) -> None:
    """Only the error's type and code reach the log: its message may name record contents."""
    log.warning("command failed: %s [%s]", type(exc).__name__, getattr(exc, "code", "-"))


def _run(args, ctx, stdout, stderr) -> int:
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
        _failed(exc)
        return _report(stderr, str(exc), 1)
    except KeyboardInterrupt:
        return _report(stderr, tr("CLI", "中断しました。"), 1)
    except OSError as exc:
        from desktop.fsutil import io_error_message

        _failed(exc)
        if _debug():
            raise
        where = exc.filename if exc.filename is not None else tr("CLI", "（不明な場所）")
        return _report(stderr, io_error_message(exc, where), 1)
    except Exception as exc:
        log.error("command failed: %s", type(exc).__name__, exc_info=True)  # SafeFormatter: no message
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

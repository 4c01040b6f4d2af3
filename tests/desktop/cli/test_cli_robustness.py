"""No traceback reaches the user (issue 8, "Input"): every ``daicho`` command, enumerated from
the argparse parser, runs with a damaged key file and with a closed standard output; each ends
with a Japanese message or quietly, never with a Python traceback."""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import desktop
from desktop.cli import main as cli_main
from desktop.vault import crypto
from desktop.vault.vault import create_vault
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD, OFFICE

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
REPO = Path(desktop.__file__).resolve().parent.parent
SECRETS = "\n".join([ADMIN_PASSWORD, "Kenrokuen-Garden-Snow-2026", "Kenrokuen-Garden-Snow-2026",
                     "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"]) + "\n"
#: commands that need no vault and may succeed whatever the key file holds
NO_VAULT = {("registers",), ("submittal", "kinds"), ("completion",)}


def _leaves(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield prefix, parser
        return
    for name, sub in subs[0].choices.items():
        yield from _leaves(sub, (*prefix, name))


def _value(action: argparse.Action, work: Path) -> list[str]:
    if action.nargs == 0:
        return []
    if action.choices:
        return [str(next(iter(action.choices)))]
    if action.type is int:
        return ["1"]
    if action.dest in ("register",):
        return ["staff"]
    if action.type is Path or action.dest in ("file", "out", "to"):
        return [str(work / f"{action.dest}.dat")]
    return ["x"]


def command_argv(words: tuple[str, ...], parser: argparse.ArgumentParser, work: Path) -> list[str]:
    """The command with its required arguments filled with harmless values."""
    argv = list(words)
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if not action.option_strings:
            if action.nargs in ("?", "*"):
                continue
            argv += _value(action, work)
        elif action.required:
            argv += [action.option_strings[0], *_value(action, work)]
    return argv


COMMANDS = sorted(_leaves(cli_main.build_parser()), key=lambda item: item[0])
IDS = [" ".join(words) for words, _ in COMMANDS]


def test_every_command_is_enumerated():
    assert len(COMMANDS) >= 25
    for expected in ("verify", "user list", "list", "export", "import", "backup export", "audit export",
                     "submittal render", "settings set", "terminal remove"):
        assert expected in IDS


@pytest.fixture(scope="module")
def template_vault(tmp_path_factory):
    folder = tmp_path_factory.mktemp("template")
    os.environ.setdefault("DAICHO_HOME", str(tmp_path_factory.mktemp("home")))
    vault, _ = create_vault(folder / "daicho.vault", office=OFFICE, admin_id=ADMIN_ID, admin_name="管理 太郎",
                            admin_password=ADMIN_PASSWORD, binding=False, kdf=crypto.TEST_KDF)
    from desktop.registers import RegisterService

    RegisterService(vault).create("staff", {"name": "山田 太郎"})
    vault.close()
    return folder / "daicho.vault"


def _copy(template: Path, dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for f in template.parent.iterdir():
        if f.name.startswith(template.name) and not f.name.endswith(".lock"):
            shutil.copy2(f, dest / f.name)
    return dest / template.name


def _damage(keys: Path, how: str) -> None:
    data = keys.read_bytes()
    if how == "invalid-json":
        keys.write_bytes(b'{"format": "daicho-keys", "slots": [')
    elif how == "truncated":
        keys.write_bytes(data[: len(data) // 2])
    elif how == "random-bytes":
        keys.write_bytes(os.urandom(len(data)))
    elif how == "empty":
        keys.write_bytes(b"")
    else:  # bytes flipped all through the file (any format refuses it)
        keys.write_bytes(bytes(b ^ 0x5A if i % 7 == 3 else b for i, b in enumerate(data)))


def _assert_no_traceback(rc: int, err: str, command: str) -> None:
    assert "Traceback" not in err, f"{command}: {err}"
    assert not re.search(r"^\w+(Error|Exception):", err, re.M), f"{command}: {err}"
    if rc not in (0, cli_main.EXIT_BROKEN_PIPE):
        assert JAPANESE.search(err), f"{command} (exit {rc}) said no Japanese message: {err!r}"


@pytest.mark.heavy
@pytest.mark.parametrize("damage", ["invalid-json", "truncated", "random-bytes", "empty", "bytes-flipped"])
def test_every_cli_command_with_a_damaged_key_file_gives_a_japanese_message(template_vault, tmp_path, damage,
                                                                              capsys):
    vault = _copy(template_vault, tmp_path / "office")
    _damage(Path(str(vault) + ".keys"), damage)
    for words, parser in COMMANDS:
        argv = ["--vault", str(vault), "--user", ADMIN_ID, "--password-stdin",
                *command_argv(words, parser, tmp_path)]
        out, err = io.StringIO(), io.StringIO()
        rc = cli_main.main(argv, stdin=io.StringIO(SECRETS), stdout=out, stderr=err)
        captured = capsys.readouterr()
        text = err.getvalue() + captured.err
        _assert_no_traceback(rc, text, " ".join(words))
        if words not in NO_VAULT and words[:2] != ("backup", "verify"):
            assert rc != 0, f"{' '.join(words)} succeeded with a damaged key file"


class _ClosedPipe(io.StringIO):
    def write(self, s):
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self):
        raise BrokenPipeError(32, "Broken pipe")


def test_closed_stdout_in_process_ends_quietly(template_vault, tmp_path, capsys):
    vault = _copy(template_vault, tmp_path / "office")
    for argv in (["registers"], ["--user", ADMIN_ID, "--password-stdin", "list", "staff"],
                 ["--user", ADMIN_ID, "--password-stdin", "user", "list"]):
        err = io.StringIO()
        rc = cli_main.main(["--vault", str(vault), *argv], stdin=io.StringIO(SECRETS), stdout=_ClosedPipe(),
                           stderr=err)
        assert rc == cli_main.EXIT_BROKEN_PIPE, argv
        assert err.getvalue() == "" and capsys.readouterr().err == ""


@pytest.mark.crash
@pytest.mark.parametrize(("words", "parser"), COMMANDS, ids=IDS)
def test_every_cli_command_with_a_closed_stdout_exits_quietly(template_vault, tmp_path, words, parser):
    """A real process whose stdout is a pipe nobody reads any more (``daicho … | head -c0``)."""
    vault = _copy(template_vault, tmp_path / "office")
    argv = ["--vault", str(vault), "--user", ADMIN_ID, "--password-stdin", *command_argv(words, parser, tmp_path)]
    env = dict(os.environ, PYTHONPATH=str(REPO), DAICHO_HOME=str(tmp_path / "home"))
    env.pop("DAICHO_DEBUG", None)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run([sys.executable, "-m", "desktop.cli.main", *argv], input=SECRETS.encode(),
                              stdout=write_end, stderr=subprocess.PIPE, cwd=tmp_path, env=env, timeout=120)
    finally:
        os.close(write_end)
    err = proc.stderr.decode("utf-8", "replace")
    _assert_no_traceback(proc.returncode, err, " ".join(words))
    assert "Exception ignored" not in err
    assert proc.returncode in (0, 1, 2, cli_main.EXIT_BROKEN_PIPE)


def test_help_into_a_closed_pipe_exits_quietly(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(REPO), DAICHO_HOME=str(tmp_path / "home"))
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run([sys.executable, "-m", "desktop.cli.main", "--help"], stdout=write_end,
                              stderr=subprocess.PIPE, cwd=tmp_path, env=env, timeout=60)
    finally:
        os.close(write_end)
    # argparse itself ignores a failed write of the help text; either way nothing is said
    assert proc.stderr == b"" and proc.returncode in (0, cli_main.EXIT_BROKEN_PIPE)


def test_unexpected_error_is_one_japanese_line_without_its_message(monkeypatch, capsys):
    from desktop.cli import cmd_registers

    def boom(ctx, args):
        raise RuntimeError("山田太郎の記録の中身")  # a message may carry record contents

    monkeypatch.setattr(cmd_registers, "cmd_registers", boom)
    err = io.StringIO()
    rc = cli_main.main(["registers"], stdout=io.StringIO(), stderr=err)
    assert rc == 1
    text = err.getvalue()
    assert "予期しないエラーが発生しました（RuntimeError）" in text
    assert "山田太郎" not in text and "Traceback" not in text + capsys.readouterr().err


def test_os_error_is_described_by_the_file_system_helper(monkeypatch):
    import errno

    from desktop.cli import cmd_registers

    def boom(ctx, args):
        raise OSError(errno.EROFS, "Read-only file system", "/media/usb/x.csv")

    monkeypatch.setattr(cmd_registers, "cmd_registers", boom)
    err = io.StringIO()
    assert cli_main.main(["registers"], stdout=io.StringIO(), stderr=err) == 1
    assert "読み取り専用の場所です" in err.getvalue() and "/media/usb/x.csv" in err.getvalue()

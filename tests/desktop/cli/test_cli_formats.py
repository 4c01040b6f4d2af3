"""``--format json`` wherever ``--format`` exists and ``--out -`` wherever ``--out`` exists
(issue 17): a meta-test over the argparse tree, then the real CLI (its own process) for each
path that writes JSON or to standard output, a reader that goes away (``| head -1``), and bad
JSON input (named by record and field, non-zero exit, nothing written)."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import desktop
from desktop.audit import trail
from desktop.cli.main import EXIT_BROKEN_PIPE, build_parser
from desktop.registers import jsonio
from desktop.registers.service import RegisterService
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD

REPO = Path(desktop.__file__).resolve().parent.parent
PW = ADMIN_PASSWORD + "\n"

#: every command with ``--out``, and the test below that runs it with ``--out -`` — a new
#: ``--out`` fails the meta-test until it writes to standard output and has its test here
OUT_TO_STDOUT = {
    "audit export": "tests/desktop/cli/test_cli_conventions.py::test_out_dash_writes_to_stdout",
    "export": "test_export_json_and_csv_to_stdout",
    "template": "test_template_to_stdout",
    "submittal render": "tests/desktop/cli/test_cli_formats.py::test_submittal_verify_json_and_pdf_to_stdout",
    "submittal verify": "test_submittal_verify_json_and_pdf_to_stdout",
}
#: ``--out`` options that refuse ``-``, each with the reason (said in its help and its message)
OUT_NOT_STDOUT = {
    "compliance package": "a folder (or a ZIP with --zip) whose place the audit entry names",
}


def _commands(parser: argparse.ArgumentParser, path: str = ""):
    yield path, parser
    for action in parser._actions:  # argparse has no public way to list its sub-parsers
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, f"{path} {name}".strip())


def _option(parser: argparse.ArgumentParser, flag: str) -> argparse.Action | None:
    return next((a for a in parser._actions if flag in a.option_strings), None)


def test_every_format_option_offers_json_and_every_out_option_takes_a_dash():
    with_format, with_out = [], []
    for path, parser in _commands(build_parser()):
        fmt = _option(parser, "--format")
        if fmt is not None:
            with_format.append(path)
            assert fmt.choices is not None and "json" in fmt.choices, f"daicho {path} --format lacks json"
        out = _option(parser, "--out")
        if out is None:
            continue
        with_out.append(path)
        assert path in OUT_TO_STDOUT or path in OUT_NOT_STDOUT, f"daicho {path} --out: no test writes it to stdout"
        if path in OUT_TO_STDOUT:
            assert "- で標準出力" in (out.help or ""), f"daicho {path} --out: help does not say - is stdout"
        else:
            assert "標準出力（-）には書き出せません" in (out.help or ""), path
    assert {"list", "export", "import", "audit export", "compliance", "due", "submittal verify"} <= set(with_format)
    assert set(with_out) == set(OUT_TO_STDOUT) | set(OUT_NOT_STDOUT)


def test_the_meta_test_catches_a_format_without_json_and_an_undeclared_out():
    parser = argparse.ArgumentParser(prog="x")
    sub = parser.add_subparsers()
    p = sub.add_parser("report")
    p.add_argument("--format", choices=("table", "csv"))
    p.add_argument("--out")
    found = {path: (_option(q, "--format"), _option(q, "--out")) for path, q in _commands(parser)}
    fmt, out = found["report"]
    assert "json" not in fmt.choices and "report" not in OUT_TO_STDOUT and out is not None


# -- the real CLI, in its own process ------------------------------------------------------------

def cli(argv, stdin: str = PW, *, text: bool = True, env_home: Path | None = None):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop("DAICHO_DEBUG", None)
    if env_home is not None:
        env["DAICHO_HOME"] = str(env_home)
    proc = subprocess.run([sys.executable, "-m", "desktop.cli.main", *map(str, argv)],
                          input=stdin if text else stdin.encode(), capture_output=True, text=text,
                          timeout=180, env=env)
    return proc.returncode, proc.stdout, proc.stderr


def _as_admin(path, *argv):
    return ["--vault", path, "--user", ADMIN_ID, "--password-stdin", *argv]


@pytest.fixture
def office(vault):
    svc = RegisterService(vault)
    svc.create("staff", {"name": "山田 太郎", "started_on": dt.date(2025, 4, 1), "note": "=SUM(A1)"})
    svc.create("staff", {"name": "佐藤 花子", "started_on": dt.date(2025, 5, 1)})
    path = vault.path
    vault.close()
    return path


def _staff_names(path) -> list[str]:
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD, readonly=True)
    try:
        return [r[0] for r in v.conn.execute("SELECT name FROM staff ORDER BY id")]
    finally:
        v.close()


def _exports(path) -> list:
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD, readonly=True)
    try:
        return list(trail.query(v.conn, actions=["register.export"]))
    finally:
        v.close()


def test_export_json_and_csv_to_stdout(office, tmp_path):
    rc, out, err = cli(_as_admin(office, "export", "staff", "--format", "json", "--out", "-"))
    assert rc == 0, err
    doc = json.loads(out)
    assert doc["register"] == "staff" and [r["name"] for r in doc["records"]] == ["山田 太郎", "佐藤 花子"]
    assert doc["records"][0]["started_on"] == "2025-04-01" and doc["records"][0]["note"] == "=SUM(A1)"
    assert err == ""
    entry = _exports(office)[0]
    assert entry.details["path"] == "(stdout)" and entry.details["format"] == "json"
    assert entry.details["sha256"] == hashlib.sha256(out.encode()).hexdigest()
    rc, out, err = cli(_as_admin(office, "export", "staff", "--out", "-"))
    assert rc == 0 and out.startswith("\ufeff氏名,"), err
    rc, out, err = cli(_as_admin(office, "export", "staff", "--format", "xlsx", "--out", "-"))
    assert rc == 2 and out == "" and "Excel ブックは標準出力に書き出せません" in err
    assert not (tmp_path / "-").exists()


def test_export_json_file_by_name_and_import_it_back(office, tmp_path):
    out = tmp_path / "staff.json"
    rc, stdout, err = cli(_as_admin(office, "export", "staff", "--out", out))
    assert rc == 0 and "2件を書き出しました" in stdout and "（JSON）" in stdout, err
    assert json.loads(out.read_text(encoding="utf-8"))["fields"][0] == "name"
    rc, stdout, err = cli(_as_admin(office, "import", "staff", out, "--dry-run"))
    from desktop.registers import definitions

    if definitions.get("staff").duplicate_key:  # the same people again: duplicates, named by record
        assert rc == 0 and "重複する記録が 2件あります（1、2件目）" in stdout and "0件を取り込めます" in stdout, err
    else:
        assert rc == 0 and "2件を取り込めます" in stdout, err
    renamed = tmp_path / "staff.data"
    renamed.write_bytes(out.read_bytes())
    rc, stdout, err = cli(_as_admin(office, "import", "staff", renamed, "--format", "json", "--import-duplicates"))
    assert rc == 0 and "2件を取り込みました" in stdout, err
    assert _staff_names(office) == ["山田 太郎", "佐藤 花子", "山田 太郎", "佐藤 花子"]


@pytest.mark.parametrize(("content", "expected"), [
    (b'[{"name": "A"},\n {"name": }]', "「ファイル全体」: JSON として読めません（2行目 11文字目"),
    (json.dumps([{"name": "北 一郎"}, {"name": "南 二郎", "started_on": "2025-02-30"}]).encode(),
     "2件目「started_on」: "),
    (json.dumps([{"name": "北 一郎", "started_on": 20250401}]).encode(),
     "1件目「started_on」: 従事開始日は文字列で指定してください。"),
], ids=["invalid-json", "invalid-date", "wrong-type"])
def test_bad_json_import_names_record_and_field_exits_1_writes_nothing(office, tmp_path, content, expected):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    rc, out, err = cli(_as_admin(office, "import", "staff", bad))
    assert rc == 1 and expected in err and "取り込みませんでした" in err, err
    assert "Traceback" not in err
    assert _staff_names(office) == ["山田 太郎", "佐藤 花子"]


def test_template_to_stdout(office):
    rc, out, err = cli(_as_admin(office, "template", "staff", "--out", "-"), text=False, stdin=PW)
    assert rc == 0, err
    assert out[:2] == b"PK" and err == b""
    import io

    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(out))
    assert "氏名" in [c.value for c in next(wb.worksheets[0].iter_rows(max_row=1))]


def test_submittal_verify_json_and_pdf_to_stdout(vault, tmp_path):
    from tests.desktop.submittals.records import seed

    ids = seed(vault, exchanges=1)
    path = vault.path
    vault.close()
    rc, pdf, err = cli(_as_admin(path, "submittal", "render", "incident-first-report", "--record", ids.incident,
                                 "--out", "-"), text=False, stdin=PW)
    assert rc == 0 and pdf.startswith(b"%PDF"), err
    number, sha = err.decode().splitlines()[0].split("\t")
    assert hashlib.sha256(pdf).hexdigest() == sha
    rc, out, err = cli(_as_admin(path, "submittal", "history"))
    entry_id = out.splitlines()[1].split("\t")[0]

    rc, out, err = cli(_as_admin(path, "submittal", "verify", entry_id, "--format", "json"))
    assert rc == 0, err
    result = json.loads(out)
    assert list(result) == ["id", "kind", "doc_number", "title", "doc_date", "issued_at", "recorded_sha256",
                            "rendered_sha256", "matches", "message", "written"]
    assert result["matches"] is True and result["recorded_sha256"] == sha and result["doc_number"] == number
    dt.date.fromisoformat(result["doc_date"])
    dt.datetime.fromisoformat(result["issued_at"])

    rc, again, err = cli(_as_admin(path, "submittal", "verify", entry_id, "--out", "-", "--format", "json"),
                         text=False, stdin=PW)
    assert rc == 0 and again == pdf, err
    assert json.loads(err)["written"] == "-"
    rc, _, err = cli(_as_admin(path, "submittal", "verify", entry_id, "--out", "-"), text=False, stdin=PW)
    assert rc == 0 and "一致します" in err.decode()
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD, readonly=True)
    try:
        saves = list(trail.query(v.conn, actions=["submittal.save"]))
    finally:
        v.close()
    assert len(saves) == 2 and all(s.details["path"] == "(stdout)" and s.details["sha256"] == sha for s in saves)


def test_compliance_package_refuses_stdout_with_a_message(office, tmp_path):
    rc, out, err = cli(_as_admin(office, "compliance", "package", "--out", "-", "--zip"))
    assert rc == 2 and "標準出力には書き出せません" in err and out == ""


@pytest.mark.crash
def test_json_export_into_a_reader_that_goes_away_ends_quietly(vault, tmp_path):
    """``daicho export staff --format json --out - | head -1``: more than a pipe holds, the
    reader takes one line and closes; the CLI ends without a traceback."""
    svc = RegisterService(vault)
    rows = [{"name": f"従事者 {i:05d}", "note": "備考" * 40} for i in range(3000)]
    preview = jsonio.preview(svc, "staff", json.dumps(rows, ensure_ascii=False).encode())
    assert preview.ok, preview.issue_lines()[:3]
    svc.commit_import(preview)
    path = vault.path
    vault.close()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop("DAICHO_DEBUG", None)
    proc = subprocess.Popen([sys.executable, "-m", "desktop.cli.main",
                             *_as_admin(str(path), "export", "staff", "--format", "json", "--out", "-")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdin.write(PW.encode())
    proc.stdin.close()
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    rc = proc.wait(timeout=180)
    assert first.startswith(b'{"format": "itaku-daicho/register"')
    assert rc in (0, EXIT_BROKEN_PIPE) and err == "", err

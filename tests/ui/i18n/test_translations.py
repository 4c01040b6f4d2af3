"""The string extractor and the English translation file."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
I18N = ROOT / "resources" / "i18n"


@pytest.fixture(scope="module")
def extract():
    spec = importlib.util.spec_from_file_location("daicho_extract", I18N / "extract.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_collects_literals_constants_and_noop(tmp_path, extract):
    pkg = tmp_path / "ui"
    pkg.mkdir()
    (pkg / "a.py").write_text(
        'from desktop.i18n import tr, QT_TRANSLATE_NOOP\n'
        'CTX = "Form"\n'
        'X = QT_TRANSLATE_NOOP("Heads", "番号")\n'
        'def f(name):\n'
        '    tr("Login", "ログイン")\n'
        '    tr(CTX, "保存")\n'
        '    tr("Login", name)  # dynamic: skipped\n'
        '    return tr("Login", "こんにちは、{name}さん").format(name=name)\n', encoding="utf-8")
    found = extract.collect(tmp_path, ("ui",))
    assert set(found) == {("Heads", "番号"), ("Login", "ログイン"), ("Form", "保存"), ("Login", "こんにちは、{name}さん")}
    assert found[("Login", "ログイン")].locations == [("ui/a.py", 5)]


def test_merge_keeps_marks_obsolete_and_rejects_placeholders(tmp_path, extract):
    msgs = {("C", "{n} 件"): extract.Message("C", "{n} 件", [("ui/x.py", 1)]),
            ("C", "保存"): extract.Message("C", "保存", [("ui/x.py", 2)]),
            ("C", "新規"): extract.Message("C", "新規", [("ui/x.py", 3)])}
    existing = {("C", "{n} 件"): ("{count} items", None),   # wrong placeholder
                ("C", "保存"): ("Save", None),
                ("C", "削除"): ("Delete", None)}            # gone from the code
    rows, problems = extract.merge(msgs, existing)
    kinds = {(r[1]): (r[2], r[3]) for r in rows}
    assert kinds["保存"] == ("Save", None)
    assert kinds["新規"] == ("", "unfinished")
    assert kinds["削除"] == ("Delete", "obsolete")
    assert kinds["{n} 件"][1] == "unfinished" and len(problems) == 1 and "placeholders differ" in problems[0]
    ts = tmp_path / "t_en.ts"
    extract.write_ts(ts, "en", rows)
    assert extract.read_ts(ts)[("C", "保存")] == ("Save", None)


def test_english_file_has_no_placeholder_mismatch(extract):
    ts = extract.read_ts(I18N / "daicho_en.ts")
    assert ts, "resources/i18n/daicho_en.ts is missing"
    bad = [(k, v[0]) for k, v in ts.items()
           if v[0] and v[1] is None and extract.placeholders(k[1]) != extract.placeholders(v[0])]
    assert not bad
    # every string of the foundation GUI is translated
    mine = {"App", "AuditLog", "Home", "Lock", "Login", "MainWindow", "Messages", "Password",
            "PdfPrint", "PdfView", "SettingsPage", "Users", "Widgets", "Wizard"}
    found = extract.collect()
    missing = [k for k in found if k[0] in mine and not (ts.get(k) and ts[k][1] is None)]
    assert not missing, missing


def test_english_translator_translates_the_ui(qtbot, tmp_path):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(__file__).resolve().parents[3] / ".venv" / "bin")) \
        or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease not available")
    qm = tmp_path / "daicho_en.qm"
    subprocess.run([lrelease, "-silent", str(I18N / "daicho_en.ts"), "-qm", str(qm)], check=True)
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.i18n import tr

    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        assert tr("Login", "ログイン") == "Log in"
        assert tr("Vault", "ユーザーIDまたはパスワードが違います。") == "Wrong user ID or password."
        assert tr("AuditLog", "✓ 改ざんなし（{n}件検証）").format(n=3) == "✓ No tampering (3 entries verified)"
    finally:
        app.removeTranslator(translator)
    assert tr("Login", "ログイン") == "ログイン"

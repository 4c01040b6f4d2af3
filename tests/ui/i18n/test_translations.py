"""The string extractor and the English translation file."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from dataclasses import dataclass
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


@pytest.fixture(scope="module")
def messages(extract):
    """Everything the code shows through tr(): literals, markers and the declarations."""
    return extract.collect_all()


@pytest.fixture(scope="module")
def english(extract):
    ts = extract.read_ts(I18N / "daicho_en.ts")
    assert ts, "resources/i18n/daicho_en.ts is missing"
    return ts


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
    assert set(found) == {("Heads", "番号"), ("Login", "ログイン"), ("Form", "保存"),
                          ("Login", "こんにちは、{name}さん")}
    assert found[("Login", "ログイン")].locations == [("ui/a.py", 5)]


def test_collects_imported_contexts_constant_texts_and_fallbacks(tmp_path, extract):
    pkg = tmp_path / "ui"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "model.py").write_text('CTX = "Registers"\nGROUP = "台帳"\n', encoding="utf-8")
    (pkg / "sub" / "b.py").write_text(
        'from ui.model import CTX\n'
        'from ..model import GROUP as G\n'
        'DONE = "完了しました。"\n'
        'def f(kind, ok):\n'
        '    tr(CTX, "削除")\n'
        '    tr("Sections", G)\n'
        '    tr(CTX, DONE)\n'
        '    tr(CTX, kind.record_label or "対象")\n'
        '    tr(CTX, "一致" if ok else "不一致")\n'
        '    tr(CTX, self.label_ja)\n', encoding="utf-8")
    found = extract.collect(tmp_path, ("ui",))
    assert set(found) == {("Registers", "削除"), ("Sections", "台帳"), ("Registers", "完了しました。"),
                          ("Registers", "対象"), ("Registers", "一致"), ("Registers", "不一致")}
    shown = extract.shown_attributes(tmp_path, ("ui",))
    assert shown == {"record_label": {"Registers": ("ui/sub/b.py", 8)},
                     "label_ja": {"Registers": ("ui/sub/b.py", 10)}}


def test_declarations_follow_the_contexts_that_show_them(extract):
    @dataclass(frozen=True)
    class Choice:
        value: str
        label_ja: str
        label_en: str

    @dataclass(frozen=True)
    class Field:
        name: str
        label_ja: str
        label_en: str
        unit_ja: str = ""
        group_ja: str = ""
        choices: tuple = ()

    objects = [Field("size", "サイズ", "Size", unit_ja="バイト", group_ja="見えない"),
               Choice("a", "はい", "Yes"), Field("ok", "確認者", "Checked by"),
               Field("by", "確認者", "Deletion confirmed by")]
    shown = {"label_ja": {"Registers": ("m.py", 1)}, "unit_ja": {"RegisterForm": ("f.py", 2)}}
    found = extract.declarations(shown, objects)
    assert set(found) == {("Registers", "サイズ"), ("RegisterForm", "バイト"), ("Registers", "はい"),
                          ("Registers", "確認者")}
    assert found[("Registers", "サイズ")].english == ["Size"]
    assert found[("RegisterForm", "バイト")].english == []          # no English counterpart: translate in the .ts
    assert [m.source for m in extract.declared_conflicts(found)] == ["確認者"]
    # the declaration's English is the translation; on a conflict a finished .ts translation wins
    rows, problems = extract.merge(found, {("Registers", "サイズ"): ("Bytes", None),
                                           ("Registers", "確認者"): ("Confirmed by", None)})
    result = {(r[0], r[1]): (r[2], r[3]) for r in rows}
    assert result[("Registers", "サイズ")] == ("Size", None)
    assert result[("Registers", "はい")] == ("Yes", None)
    assert result[("Registers", "確認者")] == ("Confirmed by", None)
    assert result[("RegisterForm", "バイト")] == ("", "unfinished")
    assert not problems


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


def test_every_extracted_message_has_a_finished_english_translation(extract, messages, english):
    """All contexts. On failure: run resources/i18n/extract.py and translate the unfinished
    messages in resources/i18n/daicho_en.ts."""
    missing = sorted(k for k in messages if not (english.get(k) and english[k][1] is None and english[k][0]))
    assert not missing, f"{len(missing)} untranslated (run resources/i18n/extract.py): {missing[:20]}"
    bad = [(k, v[0]) for k, v in english.items()
           if v[0] and v[1] is None and extract.placeholders(k[1]) != extract.placeholders(v[0])]
    assert not bad


def test_register_and_submittal_declarations_are_extracted(extract, messages, english):
    from desktop.registers.definitions import all_registers
    from desktop.submittals.forms import ordered

    conflicts = {(m.context, m.source) for m in extract.declared_conflicts(messages)}

    def labelled(ja: str, en: str) -> None:
        key = ("Registers", ja)
        assert key in messages
        if key not in conflicts:  # the declaration's English is the translation
            assert english[key] == (en, None), key

    for reg in all_registers():
        labelled(reg.label_ja, reg.label_en)
        if reg.description_ja:
            assert ("Registers", reg.description_ja) in messages
        fields = list(reg.fields) + [sf for f in reg.fields if f.sub for sf in f.sub.fields]
        rules = list(reg.rules) + [r for f in reg.fields if f.sub for r in f.sub.rules]
        for rule in rules:
            assert ("Registers", rule.message_ja) in messages
        for f in fields:
            labelled(f.label_ja, f.label_en)
            if f.help_ja:
                assert ("Registers", f.help_ja) in messages
            if f.unit_ja:
                assert ("RegisterForm", f.unit_ja) in messages
            for c in f.choices:
                labelled(c.label_ja, c.label_en)
    for kind in ordered():
        assert ("Submittals", kind.title) in messages
        if kind.description:
            assert ("Submittals", kind.description) in messages
        if kind.record_label:
            assert ("Submittals", kind.record_label) in messages


def test_english_translator_translates_the_ui(qtbot, tmp_path):
    lrelease = shutil.which("pyside6-lrelease", path=str(ROOT / ".venv" / "bin")) or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease not available")
    qm = tmp_path / "daicho_en.qm"
    subprocess.run([lrelease, "-silent", str(I18N / "daicho_en.ts"), "-qm", str(qm)], check=True)
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.i18n import tr
    from desktop.registers.definitions import get as register
    from desktop.submittals.forms import get as form

    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        assert tr("Login", "ログイン") == "Log in"
        assert tr("Vault", "ユーザーIDまたはパスワードが違います。") == "Wrong user ID or password."
        assert tr("AuditLog", "✓ 改ざんなし（{n}件検証）").format(n=3) == "✓ No tampering (3 entries verified)"
        assert tr("Home", "バックアップ") == "Backup"
        assert tr("Backup", "バックアップを作成…") == "Create backup…"
        assert tr("Wizard", "バックアップから復元…") == "Restore from backup…"
        assert tr("Submittals", "提出書類") == "Submittals"
        assert tr("RegisterForm", "保存") == "Save"
        # register declarations, translated at run time through tr(CTX, label_ja)
        exchanges = register("exchanges")
        assert exchanges.label == "Data exchanges"
        assert exchanges.field("direction").choice("send").label == "Send"
        assert exchanges.description.startswith("Records of data exchanged")
        assert exchanges.rules[0].message == "Enter either \"Exchanged at\" or \"Planned date\"."
        assert register("incidents").field("reported_to").help.startswith("e.g.")
        assert tr("RegisterForm", exchanges.field("file_size").unit_ja) == "bytes"
        assert tr("Submittals", form("incident-first-report").title) == "Incident report (first report)"
    finally:
        app.removeTranslator(translator)
    assert tr("Login", "ログイン") == "ログイン"

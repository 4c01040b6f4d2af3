"""Collect every ``tr("Context", "…")`` / ``QT_TRANSLATE_NOOP("Context", "…")`` in desktop/
and ui/ (by parsing the Python AST) and update the Qt TS files in this folder.

    python resources/i18n/extract.py            # update daicho_en.ts (and any other *.ts)
    python resources/i18n/extract.py --check    # exit 1 on placeholder mismatches or missing
                                                # translations, without writing

Existing translations are kept; new strings are added as ``type="unfinished"``; strings no
longer in the code are kept as ``type="obsolete"`` (lrelease skips both). A translation whose
``{placeholders}`` differ from its source is rejected: the script reports it, marks it
unfinished (so lrelease will not ship it) and exits 1. ``pyside6-lrelease`` then builds the
``.qm`` (``make translations``).
"""

from __future__ import annotations

import argparse
import ast
import string
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE_DIRS = ("desktop", "ui")
FUNCTIONS = {"tr", "QT_TRANSLATE_NOOP"}
DEFAULT_TS = {"en": HERE / "daicho_en.ts"}


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "literal"`` assignments (e.g. ``CTX = "RegisterForm"``)."""
    names = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            names[node.targets[0].id] = node.value.value
    return names


def collect(root: Path = ROOT, dirs=SOURCE_DIRS) -> dict[tuple[str, str], Message]:
    """Every literal (context, source) pair, in file order."""
    found: dict[tuple[str, str], Message] = {}
    for folder in dirs:
        for path in sorted((root / folder).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
            constants = _module_constants(tree)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or _call_name(node) not in FUNCTIONS or len(node.args) < 2:
                    continue
                ctx, text = node.args[0], node.args[1]
                context = constants.get(ctx.id) if isinstance(ctx, ast.Name) else (
                    ctx.value if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str) else None)
                if context is None or not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                    continue  # dynamic text: translated where its literal appears
                key = (context, text.value)
                msg = found.setdefault(key, Message(*key))
                msg.locations.append((rel, node.lineno))
    return found


def placeholders(text: str) -> set[str]:
    names = set()
    try:
        for _literal, name, _spec, _conv in string.Formatter().parse(text):
            if name is not None:
                names.add(name)
    except ValueError:
        names.add("<malformed>")
    return names


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type attribute)."""
    if not path.exists():
        return {}
    result = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            result[(name, source)] = ((tr_el.text or "") if tr_el is not None else "",
                                      tr_el.get("type") if tr_el is not None else "unfinished")
    return result


def merge(messages: dict, existing: dict) -> tuple[list, list[str]]:
    """Return ([(context, source, translation, type, locations)], problems)."""
    rows, problems = [], []
    for key, msg in messages.items():
        text, kind = existing.get(key, ("", "unfinished"))
        kind = None if kind in (None, "obsolete", "vanished") and text else kind
        if not text:
            kind = "unfinished"
        elif placeholders(text) != placeholders(msg.source):
            problems.append(f"{msg.locations[0][0]}:{msg.locations[0][1]}: [{msg.context}] placeholders differ: "
                            f"{sorted(placeholders(msg.source))} in {msg.source!r} vs "
                            f"{sorted(placeholders(text))} in {text!r}")
            kind = "unfinished"
        rows.append((msg.context, msg.source, text, kind, msg.locations))
    for key, (text, _kind) in existing.items():
        if key not in messages and text:
            rows.append((key[0], key[1], text, "obsolete", []))
    return rows, problems


def write_ts(path: Path, language: str, rows: list) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="ja_JP")
    contexts: dict[str, ET.Element] = {}
    for context, source, text, kind, locations in sorted(rows, key=lambda r: r[0]):
        ctx = contexts.get(context)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
            contexts[context] = ctx
        msg = ET.SubElement(ctx, "message")
        for filename, line in locations:
            ET.SubElement(msg, "location", filename=f"../../{filename}", line=str(line))
        ET.SubElement(msg, "source").text = source
        tr_el = ET.SubElement(msg, "translation")
        if kind:
            tr_el.set("type", kind)
        tr_el.text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; exit 1 on problems or missing translations")
    args = parser.parse_args(argv)
    messages = collect()
    status = 0
    ts_files = {p.stem.split("_", 1)[1]: p for p in HERE.glob("daicho_*.ts")} or DEFAULT_TS
    for language, path in sorted(ts_files.items()):
        rows, problems = merge(messages, read_ts(path))
        missing = [r for r in rows if r[3] == "unfinished"]
        obsolete = [r for r in rows if r[3] == "obsolete"]
        for p in problems:
            print(f"error: {p}", file=sys.stderr)
        print(f"{path.name}: {len(messages)} strings, {len(missing)} untranslated, {len(obsolete)} obsolete")
        if args.check:
            for r in missing:
                print(f"  untranslated [{r[0]}] {r[1]!r}", file=sys.stderr)
            if problems or missing:
                status = 1
        else:
            write_ts(path, language, rows)
            if problems:
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())

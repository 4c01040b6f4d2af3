"""Collect every ``tr("Context", "…")`` / ``QT_TRANSLATE_NOOP("Context", "…")`` in desktop/
and ui/ (by parsing the Python AST), plus the Japanese texts of the register and submittal
declarations, and update the Qt TS files in this folder.

    python resources/i18n/extract.py            # update daicho_en.ts (and any other *.ts)
    python resources/i18n/extract.py --check    # exit 1 on placeholder mismatches or missing
                                                # translations, without writing

Existing translations are kept; new strings are added as ``type="unfinished"``; strings no
longer in the code are kept as ``type="obsolete"`` (lrelease skips both). A translation whose
``{placeholders}`` differ from its source is rejected: the script reports it, marks it
unfinished (so lrelease will not ship it) and exits 1. ``pyside6-lrelease`` then builds the
``.qm`` (``make translations``).

What counts as a message:

* ``tr(CTX, "…")`` and ``QT_TRANSLATE_NOOP(CTX, "…")`` with a literal text, or a module-level
  ``NAME = "…"`` constant as the text, or the literal operands of ``a or "…"`` /
  ``"…" if c else "…"``. ``CTX`` may be a literal or a module-level constant, also one
  imported from another project module (``from desktop.registers.model import CTX``).
  Anything else (``tr(CTX, table[key])``) is invisible here: mark the literals where they are
  defined with ``QT_TRANSLATE_NOOP(CTX, "…")``.
* Declarations translated at run time (``tr(CTX, self.label_ja)``, ``tr(CTX, kind.title)``):
  every ``tr(ctx, <expr>.<attr>)`` in the code tells which context shows the declared
  attribute ``attr`` (see :data:`DECLARED`); :func:`declarations` then imports the register
  definitions and the submittal forms and emits each declared Japanese text in those contexts.
  Where the declaration has an English counterpart (``label_en``) it *is* the translation:
  the declaration stays the single source of its labels. If one Japanese text is declared
  with different English labels in the same context, the translation already in the .ts is
  kept (else the first declared) and a note is printed. Attributes are matched by name, so
  a ``tr(ctx, other.title)`` elsewhere would add the form titles to ``ctx`` as well.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
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

#: Declaration classes whose Japanese texts are shown through ``tr(ctx, obj.<attr>)``:
#: class name -> {attribute holding Japanese: attribute holding its English (or None)}.
DECLARED: dict[str, dict[str, str | None]] = {
    "Register": {"label_ja": "label_en", "description_ja": None, "group_ja": None},
    "Field": {"label_ja": "label_en", "help_ja": None, "unit_ja": None},
    "Choice": {"label_ja": "label_en"},
    "Rule": {"message_ja": None},
    "FormKind": {"title": None, "description": None, "record_label": None},
}
DECLARED_ATTRS = frozenset(a for attrs in DECLARED.values() for a in attrs)
#: packages holding the declarations (imported by :func:`declarations`) and their folders
DECLARATION_SOURCES = ("desktop/registers/definitions", "desktop/submittals/forms")


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)
    #: English given by the declaration(s) of this text (``label_en``), in declaration order
    english: list[str] = field(default_factory=list)


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


def _module_path(root: Path, rel: str, node: ast.ImportFrom) -> Path | None:
    """The source file a ``from … import`` refers to, if it is in this project."""
    if node.level:
        base = (root / rel).parent
        for _ in range(node.level - 1):
            base = base.parent
        parts = node.module.split(".") if node.module else []
    else:
        base, parts = root, (node.module or "").split(".")
    target = base.joinpath(*parts)
    for candidate in (target.with_suffix(".py"), target / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _constants(root: Path, path: Path, cache: dict[Path, dict[str, str]]) -> dict[str, str]:
    """String constants visible at module level: assigned there or imported (``from
    desktop.registers.model import CTX``) from another project module."""
    if path in cache:
        return cache[path]
    cache[path] = {}  # import cycles resolve to what is known so far
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    rel = path.relative_to(root).as_posix()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            source = _module_path(root, rel, node)
            if source is None:
                continue
            for alias in node.names:
                value = _constants(root, source, cache).get(alias.name)
                if value is not None:
                    names[alias.asname or alias.name] = value
    names.update(_module_constants(tree))
    cache[path] = names
    return names


def _texts(node: ast.AST, constants: dict[str, str]) -> list[str]:
    """The literal texts a ``tr`` text argument can be: a literal, a module constant, or the
    literal operands of ``x or "…"`` / ``"…" if c else "…"``."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) else []
    if isinstance(node, ast.Name):
        return [constants[node.id]] if node.id in constants else []
    if isinstance(node, ast.BoolOp):
        return [t for v in node.values for t in _texts(v, constants)]
    if isinstance(node, ast.IfExp):
        return _texts(node.body, constants) + _texts(node.orelse, constants)
    return []


def _attributes(node: ast.AST) -> list[str]:
    """Declared attributes a ``tr`` text argument reads (``self.label_ja``, ``kind.title or …``)."""
    if isinstance(node, ast.Attribute):
        return [node.attr] if node.attr in DECLARED_ATTRS else []
    if isinstance(node, ast.BoolOp):
        return [a for v in node.values for a in _attributes(v)]
    if isinstance(node, ast.IfExp):
        return _attributes(node.body) + _attributes(node.orelse)
    return []


def _scan(root: Path, dirs) -> tuple[dict[tuple[str, str], Message], dict[str, dict[str, tuple[str, int]]]]:
    found: dict[tuple[str, str], Message] = {}
    shown: dict[str, dict[str, tuple[str, int]]] = {}
    cache: dict[Path, dict[str, str]] = {}
    for folder in dirs:
        for path in sorted((root / folder).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
            constants = _constants(root, path, cache)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or _call_name(node) not in FUNCTIONS or len(node.args) < 2:
                    continue
                ctx, text = node.args[0], node.args[1]
                context = constants.get(ctx.id) if isinstance(ctx, ast.Name) else (
                    ctx.value if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str) else None)
                if context is None:
                    continue
                for source in _texts(text, constants):
                    msg = found.setdefault((context, source), Message(context, source))
                    msg.locations.append((rel, node.lineno))
                for attr in _attributes(text):
                    shown.setdefault(attr, {}).setdefault(context, (rel, node.lineno))
    return found, shown


def collect(root: Path = ROOT, dirs=SOURCE_DIRS) -> dict[tuple[str, str], Message]:
    """Every literal (context, source) pair, in file order."""
    return _scan(root, dirs)[0]


def shown_attributes(root: Path = ROOT, dirs=SOURCE_DIRS) -> dict[str, dict[str, tuple[str, int]]]:
    """Declared attribute -> {context it is shown in via ``tr(ctx, obj.attr)``: first location}."""
    return _scan(root, dirs)[1]


def _walk(obj, seen: set[int]):
    """Every dataclass instance reachable from ``obj`` (through fields, tuples, lists)."""
    if id(obj) in seen:
        return
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        seen.add(id(obj))
        yield obj
        for f in dataclasses.fields(obj):
            yield from _walk(getattr(obj, f.name), seen)
    elif isinstance(obj, (tuple, list, frozenset, set)):
        for item in obj:
            yield from _walk(item, seen)


def declaration_objects() -> list:
    """The register declarations and the submittal form kinds (imported from the code)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from desktop.registers.definitions import all_registers
    from desktop.submittals.forms import ordered

    seen: set[int] = set()
    return [o for top in (*all_registers(), *ordered()) for o in _walk(top, seen)]


def _literal_index(root: Path = ROOT) -> dict[str, list[tuple[str, int]]]:
    """Where each string literal of the declaration packages is written."""
    index: dict[str, list[tuple[str, int]]] = {}
    for folder in DECLARATION_SOURCES:
        for path in sorted((root / folder).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=rel)):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    index.setdefault(node.value, []).append((rel, node.lineno))
    return index


def declarations(shown: dict[str, dict[str, tuple[str, int]]], objects=None,
                 root: Path = ROOT) -> dict[tuple[str, str], Message]:
    """Messages for the declared Japanese texts, in each context their attribute is shown in."""
    found: dict[tuple[str, str], Message] = {}
    index = _literal_index(root)
    for obj in declaration_objects() if objects is None else objects:
        for attr, en_attr in DECLARED.get(type(obj).__name__, {}).items():
            source = getattr(obj, attr, None)
            if not isinstance(source, str) or not source:
                continue
            english = getattr(obj, en_attr, None) if en_attr else None
            for context, where in shown.get(attr, {}).items():
                msg = found.get((context, source))
                if msg is None:
                    msg = found[(context, source)] = Message(context, source, list(index.get(source, [where])))
                if english and english not in msg.english:
                    msg.english.append(english)
    return found


def collect_all(root: Path = ROOT, dirs=SOURCE_DIRS) -> dict[tuple[str, str], Message]:
    """Literal messages plus the declarations' texts (what the .ts must hold)."""
    found, shown = _scan(root, dirs)
    for key, decl in declarations(shown, root=root).items():
        msg = found.get(key)
        if msg is None:
            found[key] = decl
        else:
            msg.english.extend(e for e in decl.english if e not in msg.english)
            msg.locations.extend(loc for loc in decl.locations if loc not in msg.locations)
    return found


def declared_conflicts(messages: dict) -> list[Message]:
    """Messages whose declarations give different English labels (Qt can hold only one)."""
    return [m for m in messages.values() if len(m.english) > 1]


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
        if len(msg.english) == 1 or (msg.english and not (kind is None and text)):
            # the declaration's English label is the translation (on a conflict, a finished
            # translation in the .ts wins: it may be a wording that fits every declaration)
            text, kind = msg.english[0], None
        if not text:
            kind = "unfinished"
        elif placeholders(text) != placeholders(msg.source):
            where = "{}:{}".format(*msg.locations[0]) if msg.locations else "?"
            problems.append(f"{where}: [{msg.context}] placeholders differ: "
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
    messages = collect_all()
    for m in declared_conflicts(messages):
        print(f"note: [{m.context}] {m.source!r} is declared with different English labels {m.english}; "
              "the .ts keeps one of them", file=sys.stderr)
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

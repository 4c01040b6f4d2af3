"""Meta-test: every action name the code can write to the audit trail has a label in the
audit-log viewer, so a new action cannot show up as a raw code ("backup.rotate") again.

The action names are read from the source (desktop/ and ui/): each call of ``trail.append``
or ``….audit(…)``; the action argument is a literal, ``a if … else b``, a module constant
(``ACTION_CREATE``), an f-string over a parameter (``f"submittal.{action}"``), or a parameter
of the enclosing function — then the values come from every call of that function (and the
parameter's default). A call site none of these explain fails the test until it is taught
here, so nothing is missed silently.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ui.admin import audit_log
from ui.admin.audit_text import Describer

ROOT = Path(__file__).resolve().parents[3]
SOURCES = sorted([*ROOT.joinpath("desktop").rglob("*.py"), *ROOT.joinpath("ui").rglob("*.py")])

#: authentication events queued in the key file before unlock (``logins.pending(kf, event, …)``)
#: reach the trail as ``ev["event"]`` when it starts with "auth.", else as "auth.other"
PENDING_EVENT_FUNCTION = ("pending", "event")


class _Index:
    def __init__(self) -> None:
        self.trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in SOURCES}
        self.functions: dict[str, list[tuple[Path, ast.FunctionDef]]] = {}
        self.calls: dict[str, list[tuple[Path, ast.Call]]] = {}
        self.imports: dict[Path, dict[str, str]] = {}   # file -> {name: module stem it comes from}
        self.constants: dict[tuple[Path, str], str] = {}
        self.parents: dict[ast.AST, ast.AST] = {}
        for path, tree in self.trees.items():
            for node in ast.walk(tree):
                for child in ast.iter_child_nodes(node):
                    self.parents[child] = node
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    self.functions.setdefault(node.name, []).append((path, node))
                elif isinstance(node, ast.Call):
                    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
                    if name:
                        self.calls.setdefault(name, []).append((path, node))
                elif isinstance(node, ast.ImportFrom) and node.module:
                    for alias in node.names:
                        self.imports.setdefault(path, {})[alias.asname or alias.name] = node.module.rsplit(".", 1)[-1]
            for stmt in tree.body:
                if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                        and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)):
                    self.constants[(path, stmt.targets[0].id)] = stmt.value.value

    def enclosing_function(self, node):
        while node is not None and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            node = self.parents.get(node)
        return node

    def param_values(self, fname: str, param: str, seen: set) -> set[str] | None:
        """Every value the calls of ``fname`` pass for ``param`` (None: one cannot be read)."""
        if (fname, param) in seen:
            return set()
        seen.add((fname, param))
        values: set[str] = set()
        defined = False
        definitions = self.functions.get(fname, [])
        stems = {path.stem for path, _fn in definitions}
        for path, fn in definitions:
            args = fn.args.posonlyargs + fn.args.args
            names = [a.arg for a in args]
            if param not in names and param not in [a.arg for a in fn.args.kwonlyargs]:
                continue
            defined = True
            defaults = dict(zip(names[len(names) - len(fn.args.defaults):], fn.args.defaults, strict=True))
            defaults.update({a.arg: d for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults, strict=True) if d})
            if param in defaults:
                got = self.values(defaults[param], fn, seen)
                if got is None:
                    return None
                values |= got
            position = names.index(param) if param in names else None
            offset = 1 if names and names[0] in ("self", "cls") else 0
            for call_path, call in self.calls.get(fname, []):
                receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
                if isinstance(receiver, ast.Name) and receiver.id in stems and receiver.id != path.stem:
                    continue   # module.function of another module with a function of the same name
                if receiver is None and call_path != path and self.imports.get(call_path, {}).get(fname) != path.stem:
                    continue   # a bare call of a function of this name defined or imported elsewhere
                arg = next((k.value for k in call.keywords if k.arg == param), None)
                if arg is None and position is not None:
                    index = position - offset if isinstance(call.func, ast.Attribute) else position
                    if 0 <= index < len(call.args):
                        arg = call.args[index]
                if arg is None:
                    continue
                got = self.values(arg, self.enclosing_function(call), seen)
                if got is None:
                    return None
                values |= got
        return values if defined else None

    def name_values(self, name: str, function, seen: set) -> set[str] | None:
        """A module constant, a parameter (traced to the callers) or a local assigned here or in
        an enclosing function."""
        if name.isupper():
            for (_path, constant), value in self.constants.items():
                if constant == name:
                    return {value}
        while function is not None:   # this function, then the ones it is nested in
            a = function.args
            if name in [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs]:
                return self.param_values(function.name, name, seen)
            assigned = [n.value for n in ast.walk(function) if isinstance(n, ast.Assign)
                        and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)]
            if assigned:
                values: set[str] = set()
                for value in assigned:
                    got = self.values(value, function, seen)
                    if got is None:
                        return None
                    values |= got
                return values
            function = self.enclosing_function(self.parents.get(function))
        return None

    def values(self, node, function, seen: set) -> set[str] | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.IfExp):
            a, b = self.values(node.body, function, seen), self.values(node.orelse, function, seen)
            return None if a is None or b is None else a | b
        if isinstance(node, ast.Name):
            return self.name_values(node.id, function, seen)
        if isinstance(node, ast.JoinedStr):
            parts: set[str] = {""}
            for piece in node.values:
                if isinstance(piece, ast.Constant):
                    parts = {p + piece.value for p in parts}
                elif isinstance(piece, ast.FormattedValue):
                    got = self.values(piece.value, function, seen)
                    if got is None:
                        return None
                    parts = {p + g for p in parts for g in got}
            return parts
        if isinstance(node, ast.Subscript) and ast.unparse(node) == "ev['event']":
            got = self.param_values(*PENDING_EVENT_FUNCTION, seen)
            return None if got is None else {g for g in got if g.startswith("auth.")}
        return None


def _audit_calls(index: _Index):
    for path, tree in index.trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            f = node.func
            if f.attr == "audit":
                position = 0
            elif f.attr == "append" and isinstance(f.value, ast.Name) and f.value.id == "trail":
                position = 2
            else:
                continue
            arg = next((k.value for k in node.keywords if k.arg == "action"), None)
            if arg is None and len(node.args) > position:
                arg = node.args[position]
            if arg is not None:
                yield path, node, arg


def written_actions() -> tuple[set[str], list[str]]:
    index = _Index()
    found: set[str] = set()
    unexplained = []
    for path, call, arg in _audit_calls(index):
        got = index.values(arg, index.enclosing_function(call), set())
        if got is None:
            unexplained.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(arg)}")
        else:
            found |= got
    return found, unexplained


def test_every_action_written_to_the_trail_has_a_label():
    actions, unexplained = written_actions()
    assert not unexplained, "action names this test cannot read: " + "; ".join(unexplained)
    # the collector sees what we know is there (so it is not silently reading nothing)
    assert {"register.create", "register.update", "submittal.print", "submittal.save", "auth.login",
            "auth.login_recovery", "auth.refused", "user.enable", "user.disable", "backup.verify",
            "backup.verify_failed", "compliance.set_na", "auth.other"} <= actions
    missing = sorted(a for a in actions if a not in audit_log.ACTION_LABELS)
    assert not missing, missing


@pytest.mark.parametrize("action", ["backup.schedule.passphrase", "backup.scheduled_failed", "backup.verify",
                                    "backup.verify_failed", "backup.rotate", "backup.copy_delete"])
def test_backup_actions_read_as_japanese(action):
    label = audit_log.action_label(action)
    assert label != action and not label.isascii()


class _Entry:
    def __init__(self, action: str, details: dict) -> None:
        self.action, self.details, self.actor = action, details, "admin"
        self.entity, self.entity_id = "backup", None


@pytest.mark.parametrize(("action", "details", "expected"), [
    ("backup.schedule.passphrase", {"change": "set"}, "定期バックアップのパスフレーズを設定"),
    ("backup.schedule.passphrase", {"change": "cleared"}, "定期バックアップのパスフレーズを削除"),
    ("backup.scheduled_failed", {"reason": "保存先がありません", "result": "failed"},
     "定期バックアップに失敗（保存先がありません）"),
    ("backup.verify", {"path": "/media/usb/daicho-a-b-20261201-090000.daicho-backup"},
     "「daicho-a-b-20261201-090000.daicho-backup」を検証し、正しく読めることを確認"),
    ("backup.verify_failed", {"path": "/media/usb/x.daicho-backup", "reason": "読み込めません"},
     "「x.daicho-backup」を検証できず（読み込めません）"),
    ("backup.rotate", {"folder": "/media/usb", "deleted": ["a", "b"]}, "古いバックアップを 2 件削除（/media/usb）"),
    ("backup.copy_delete", {"copy": "daicho.vault.pre-restore-20261201"},
     "退避コピー「daicho.vault.pre-restore-20261201」を削除"),
])
def test_backup_entries_read_as_sentences(vault, action, details, expected):
    text = Describer(vault).sentence(_Entry(action, details))
    assert expected in text and action not in text

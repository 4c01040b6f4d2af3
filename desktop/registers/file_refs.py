"""References between the rows of one import file (or a workbook's earlier sheets): names
resolved to rows (:class:`store.RowRef`), the insert order that writes a named row first,
and cycles refused naming their rows."""

from __future__ import annotations

from desktop.i18n import tr
from desktop.registers import store
from desktop.registers.import_types import CsvIssue, ImportPreview
from desktop.registers.model import CTX, Kind, Register
from desktop.registers.values import (
    to_text,
)


def each_ref(reg: Register, clean: dict):
    """(field name for messages, container, key or index) of every reference value of a
    record, sub-list items included, so that a value can be read and replaced in place."""
    for f, parent in store.ref_fields(reg):
        if parent is None:
            holders = [(f.name, clean)]
        else:
            holders = [(parent.name, item) for item in clean.get(parent.name) or [] if isinstance(item, dict)]
        for where, holder in holders:
            value = holder.get(f.name)
            if f.kind == Kind.REF:
                if value is not None:
                    yield where, holder, f.name
            elif isinstance(value, list):
                for k in range(len(value)):
                    yield where, value, k


def _file_keys(reg: Register, records: list[dict]) -> dict[str, list[int]]:
    kf = reg.field(reg.natural_key)
    keys: dict[str, list[int]] = {}
    for i, rec in enumerate(records):
        value = rec.get(kf.name)
        if value is not None and not isinstance(value, store.FileRef | store.RowRef):
            keys.setdefault(store.key_text(to_text(kf, value)), []).append(i)
    return keys


class PartRefs:
    """Names of records of a workbook's earlier sheets (``result.parts``), resolved while the
    rows are read: :class:`store.RowRef` s, or a message for the field."""

    def __init__(self, svc, reg: Register, result: ImportPreview, resolver) -> None:
        self.svc, self.reg, self.resolver = svc, reg, resolver
        self.sources = {p.register: p for p in result.parts}
        self.active = bool(self.sources)
        self.keys: dict[str, dict[str, list[int]]] = {}
        self.titles: dict[str, list[str]] = {}
        self.result = result

    def resolve(self, clean: dict) -> dict[str, str] | None:
        errors = None
        for where, holder, k in list(each_ref(self.reg, clean)):
            value = holder[k]
            if not isinstance(value, store.FileRef) or value.slug not in self.sources:
                continue
            message, index = self.lookup(value, _ref_label(self.reg, where, value.slug))
            if index is not None:
                holder[k] = store.RowRef(value.slug, index)
                self.result.row_refs = True
            else:
                errors = errors or {}
                errors.setdefault(where, message)
        return errors

    def lookup(self, value: store.FileRef, label: str) -> tuple[str, int | None]:
        """(message, None) or ("", index of the row) for a name in a part of the file."""
        source = self.sources[value.slug]
        target = self.svc.register(value.slug)
        if value.slug not in self.keys:
            self.keys[value.slug] = _file_keys(target, source.records)
        found = self.keys[value.slug].get(value.key, [])
        if len(found) == 1:
            return "", found[0]
        if not found and value.key in source.rejected:
            return tr(CTX, "{label}の「{value}」はファイルの{line}行目にありますが、その行に問題があります。").format(
                label=label, value=value.text[:40], line=source.rejected[value.key]), None
        if found:
            return tr(CTX, "{label}の「{value}」に当てはまる行がファイルに複数あります（{lines}行目）。").format(
                label=label, value=value.text[:40], lines="、".join(str(source.lines[j]) for j in found[:5])), None
        message = tr(CTX, "{label}の「{value}」が{target}にもこのファイルにも見つかりません。").format(
            label=label, value=value.text[:40], target=target.label)
        if value.slug not in self.titles:
            kf = target.field(target.natural_key)
            self.titles[value.slug] = [to_text(kf, r.get(kf.name)) for r in source.records if r.get(kf.name) is not None]
        near = self.resolver.suggestions(value.slug, value.text, extra=self.titles[value.slug])
        if near:
            message += tr(CTX, "もしかして: {names}").format(names="、".join(f"「{n}」" for n in near))
        return message, None


def resolve_own_refs(svc, reg: Register, result: ImportPreview, colname: dict) -> None:
    """Names of rows of the same register in the file (every record is kept then): resolved to
    :class:`store.RowRef` s, and an insert order with the named row first; a cycle is an issue
    naming its rows."""
    result.parts.append(result)  # the register's own rows, looked up like a part's
    try:
        refs = PartRefs(svc, reg, result, svc.resolver())
    finally:
        result.parts.pop()
    own_deps: dict[int, list[int]] = {}
    for i, rec in enumerate(result.records):
        for where, holder, k in list(each_ref(reg, rec)):
            value = holder[k]
            if not isinstance(value, store.FileRef):
                continue
            label = _ref_label(reg, where, value.slug)
            message, index = refs.lookup(value, label)
            if index is not None:
                holder[k] = store.RowRef(value.slug, index)
                result.row_refs = True
                own_deps.setdefault(i, []).append(index)
                continue
            column = colname.get(where) or reg.field(where).label_ja
            result.issues.append(CsvIssue(result.lines[i], column, message))
    if not own_deps:
        return
    order, cycles = insert_order(own_deps, len(result.records))
    result.order = order
    for cycle in cycles:
        path = " → ".join(tr(CTX, "{line}行目").format(line=result.lines[j]) for j in cycle)
        result.issues.append(CsvIssue(result.lines[cycle[0]], reg.field(reg.natural_key).label_ja, tr(
            CTX, "行どうしの参照が循環しているため、取り込む順序を決められません: {path}").format(path=path)))


def _ref_label(reg: Register, where: str, slug: str) -> str:
    f = reg.field(where)
    if f.kind == Kind.SUBLIST:
        sub = next((sf for sf in f.sub.fields if sf.ref == slug), None)
        return f"{f.label}（{sub.label}）" if sub is not None else f.label
    return f.label


def insert_order(deps: dict[int, list[int]], n: int) -> tuple[list[int], list[list[int]]]:
    """Indexes 0..n-1 with every row after the rows it depends on (file order otherwise), and
    the cycles found (each as ``[a, b, …, a]``)."""
    state = [0] * n   # 0: not seen, 1: on the path, 2: placed
    order: list[int] = []
    cycles: list[list[int]] = []
    for start in range(n):
        if state[start]:
            continue
        state[start] = 1
        stack = [(start, iter(deps.get(start, ())))]
        path = [start]
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                stack.pop()
                path.pop()
                state[node] = 2
                order.append(node)
            elif state[nxt] == 0:
                state[nxt] = 1
                stack.append((nxt, iter(deps.get(nxt, ()))))
                path.append(nxt)
            elif state[nxt] == 1:
                cycles.append(path[path.index(nxt):] + [nxt])
    return order, cycles

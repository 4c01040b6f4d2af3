"""The coverage rule: an act that needs the prefecture's permission is covered only by a
permission (register ``permissions``) that

* was granted (許可 or 条件付き許可),
* is of a kind the act accepts,
* has a period that contains the act's date, and
* when the permission names items of the act's item register (media, equipment…), names
  the act's item among them.

One function decides it for every act register: :func:`check` (one act) and
:func:`check_many` (many acts at once, one query per 900 permissions). An act register
declares an :class:`ActSpec` with :func:`declare_act`, links one permission in a ``ref`` field
(``permission`` by default), stores the outcome in a computed choice field (``coverage``,
:data:`COVERAGE_CHOICES`) from its ``prepare`` hook (:func:`stamp`), shows :func:`flags` and
lists the gaps as due items (:func:`due`, backed by the partial index :func:`gap_index`).
A permission's own writes refresh every act that links it (:func:`refresh_for_permission`).

Acts are never refused for a gap: the office must be able to record what really happened, so
the record is kept and the gap is flagged with the clause and the part that failed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.i18n import tr
from desktop.registers.model import CTX, DueItem, Flag, HookContext, Index, choices

#: the values of an act's computed ``coverage`` field
COVERAGE_CHOICES = choices(
    ("ok", "許可あり", "Covered"),
    ("not_needed", "許可不要", "Not needed"),
    ("none", "許可なし", "No permission"),
    ("not_granted", "未許可", "Not granted yet"),
    ("denied", "不許可・取下げ", "Denied or withdrawn"),
    ("kind", "種別違い", "Wrong kind"),
    ("period", "期間外", "Outside the period"),
    ("item", "対象外", "Item not covered"),
)
GAPS = ("none", "not_granted", "denied", "kind", "period", "item")
#: the condition of the partial index that holds an act register's gaps (repeat word for word)
GAP_WHERE = "coverage IN ('none','not_granted','denied','kind','period','item')"

#: item register slug → the permissions field (refs) that names such items
ITEM_FIELDS = {"staff": "staff", "equipment": "equipment", "media": "media"}


@dataclass(frozen=True)
class Act:
    """One act to check. ``kinds``: the permission kinds that may cover it (empty: the act
    needs no permission); ``on``: its date; ``permission``: the linked permission's id;
    ``items``: ``(register slug, record id)`` of what the act concerns; ``clause``: the
    clause that requires the permission (named in the messages)."""

    kinds: tuple[str, ...]
    on: dt.date | None
    permission: int | None
    items: tuple[tuple[str, int], ...] = ()
    clause: str = ""


class Gap(tuple):
    """What failed for one act: ``code`` (one of :data:`GAPS`), ``clause``, and ``message``
    (Japanese, names the clause and the part that failed; worded only when read, so that
    checking many acts stays cheap). A tuple ``(code, act, permission)``: :func:`check_many`
    makes one per act with ``tuple.__new__`` (no Python-level constructor call)."""

    __slots__ = ()

    def __new__(cls, code: str, act: Act, perm: _Perm | None) -> Gap:
        return tuple.__new__(cls, (code, act, perm))

    @property
    def code(self) -> str:
        return self[0]

    @property
    def clause(self) -> str:
        return self[1].clause

    @property
    def _act(self) -> Act:
        return self[1]

    @property
    def _perm(self) -> _Perm | None:
        return self[2]

    def __repr__(self) -> str:
        return f"Gap({self.code!r}, {self.clause!r})"

    @property
    def message(self) -> str:
        return _message(self.code, self._act, self._perm)


class _Perm:
    """A permission as the rule reads it. ``refused``: the gap code its status alone gives
    (None when granted)."""

    __slots__ = ("kind", "status", "start", "end", "subject", "items", "refused")

    def __init__(self, kind: str, status: str, start: dt.date, end: dt.date | None, subject: str,
                 items: dict[str, frozenset[int]]) -> None:
        self.kind, self.status, self.start, self.end, self.subject, self.items = kind, status, start, end, subject, items
        self.refused = (None if status in ("granted", "conditional")
                        else "denied" if status in ("denied", "withdrawn") else "not_granted")


def _kind_label(kind: str) -> str:
    from desktop.registers.definitions import permissions

    c = permissions.REGISTER.field("kind").choice(kind)
    return c.label if c else kind


def _code(act: Act, perm: _Perm | None) -> str | None:
    """The gap code of an act that needs permission (None: covered)."""
    if perm is None:
        return "none"
    if perm.refused is not None:
        return perm.refused
    if perm.kind not in act.kinds:
        return "kind"
    on = act.on
    if on is not None and (on < perm.start or (perm.end is not None and on > perm.end)):
        return "period"
    if perm.items:
        for slug, rid in act.items:
            named = perm.items.get(slug)
            if named and rid not in named:
                return "item"
    return None


def _gap(act: Act, perm: _Perm | None) -> Gap | None:
    if not act.kinds:
        return None
    code = _code(act, perm if act.permission is not None else None)
    return None if code is None else Gap(code, act, perm)


def _message(code: str, act: Act, perm: _Perm | None) -> str:
    clause = act.clause
    if code == "none":
        return tr(CTX, "県の許可が記録されていません（{clause}: 許可なし）。").format(clause=clause)
    if code == "denied":
        return tr(CTX, "選ばれた許可申請は不許可または取下げです（{clause}: 不許可）。").format(clause=clause)
    if code == "not_granted":
        return tr(CTX, "選ばれた許可申請はまだ許可されていません（{clause}: 未許可）。").format(clause=clause)
    if code == "kind":
        return tr(CTX, "選ばれた許可の種別「{have}」ではこの行為（{need}）は許可されません（{clause}: 種別違い）。").format(
            have=_kind_label(perm.kind), need=_kind_label(act.kinds[0]), clause=clause)
    if code == "period":
        return tr(CTX, "実施日 {on} が許可期間（{start}〜{end}）の外です（{clause}: 期間外）。").format(
            on=act.on.isoformat(), start=perm.start.isoformat(), end=perm.end.isoformat() if perm.end else "",
            clause=clause)
    slug = next((s for s, rid in act.items if perm.items.get(s) and rid not in perm.items[s]), "")
    return tr(CTX, "許可の対象にこの行為の対象（{what}）が含まれていません（{clause}: 対象外）。").format(
        what=_item_label(slug) if slug else "", clause=clause)


def _item_label(slug: str) -> str:
    from desktop.registers import definitions

    return definitions.get(slug).label


def _chunks(wanted: list[int]):
    """``(SQL condition on {col}, parameters)`` covering ``wanted`` (sorted ids): a primary-key
    range when the ids are dense (one query for thousands), else ``IN`` lists of 900."""
    i = 0
    while i < len(wanted):
        j = min(i + 900, len(wanted))
        # extend a dense run into one range
        k = i
        while k + 1 < len(wanted) and wanted[k + 1] - wanted[i] <= 4 * (k + 1 - i) + 64:
            k += 1
        if k + 1 - i > 900:
            yield "{col} BETWEEN ? AND ?", [wanted[i], wanted[k]], set(wanted[i:k + 1])
            i = k + 1
            continue
        chunk = wanted[i:j]
        yield "{col} IN (" + ",".join("?" * len(chunk)) + ")", chunk, None
        i = j


def _load(conn, ids) -> dict[int, _Perm]:
    from desktop.registers import definitions

    reg = definitions.get("permissions")
    item_fields = [(slug, reg.link_table(reg.field(name))) for slug, name in ITEM_FIELDS.items() if reg.has_field(name)]
    out: dict[int, _Perm] = {}
    parse = dt.date.fromisoformat
    for cond, params, keep in _chunks(sorted(set(ids))):
        items: dict[int, dict[str, set[int]]] = {}
        for slug, lt in item_fields:
            for owner, ref in conn.execute(f"SELECT owner_id, ref_id FROM {lt} WHERE {cond.format(col='owner_id')}",
                                           params):
                items.setdefault(owner, {}).setdefault(slug, set()).add(ref)
        for pid, kind, status, start, end, subject in conn.execute(
                "SELECT id, kind, status, period_from, period_to, subject FROM permissions"
                f" WHERE {cond.format(col='id')}", params):
            if keep is not None and pid not in keep:
                continue
            got = items.get(pid)
            out[pid] = _Perm(kind, status, parse(start), parse(end) if end else None, subject,
                             {k: frozenset(v) for k, v in got.items()} if got else {})
    return out


def check(conn, act: Act) -> Gap | None:
    """The gap of one act (None when it is covered or needs no permission)."""
    if not act.kinds:
        return None
    perms = _load(conn, [act.permission]) if act.permission is not None else {}
    return _gap(act, perms.get(act.permission))


def check_many(conn, acts: Sequence[Act]) -> list[Gap | None]:
    """:func:`check` for many acts: the linked permissions are read once (by primary key).

    The cyclic garbage collector is paused meanwhile: the results are many small objects
    without cycles, and its passes over them cost a third of the time."""
    from desktop.gcpause import paused_gc

    with paused_gc():
        return _check_many(conn, acts)


def _check_many(conn, acts: Sequence[Act]) -> list[Gap | None]:
    perms = _load(conn, {a.permission for a in acts if a.permission is not None and a.kinds})
    out: list[Gap | None] = []
    append, get, new = out.append, perms.get, tuple.__new__
    for a in acts:  # _code, inlined: this loop runs for every act of a register
        kinds = a.kinds
        if not kinds:
            append(None)
            continue
        pid = a.permission
        p = get(pid) if pid is not None else None
        if p is None:
            append(new(Gap, ("none", a, None)))
        elif p.refused is not None:
            append(new(Gap, (p.refused, a, p)))
        elif p.kind not in kinds:
            append(new(Gap, ("kind", a, p)))
        elif (on := a.on) is not None and (on < p.start or (p.end is not None and on > p.end)):
            append(new(Gap, ("period", a, p)))
        elif p.items:
            code = _code(a, p)
            append(None if code is None else new(Gap, (code, a, p)))
        else:
            append(None)
    return out


def code_of(gap: Gap | None, act: Act) -> str:
    """The value of the ``coverage`` field for an act and its gap."""
    if gap is not None:
        return gap.code
    return "ok" if act.kinds else "not_needed"


# -- act registers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActSpec:
    """How an act register maps its record to an :class:`Act`.

    ``to_act(values)`` takes the record's values (Python values; a row read by
    :func:`refresh_for_permission` has the columns ``columns`` converted the same way);
    ``date_column`` is the SQL column with the act's date (date or date-time) and
    ``title_column`` the one shown in due items."""

    slug: str
    table: str
    date_column: str
    title_column: str
    columns: tuple[str, ...]
    to_act: Callable[[dict], Act]
    permission_field: str = "permission"
    coverage_field: str = "coverage"


_ACTS: dict[str, ActSpec] = {}


def declare_act(spec: ActSpec) -> ActSpec:
    """Register an act register (called by its declaration module at import)."""
    _ACTS[spec.slug] = spec
    return spec


def act_specs() -> list[ActSpec]:
    from desktop.registers import definitions  # noqa: F401 - every declaration module has declared its acts

    return list(_ACTS.values())


def stamp(conn, spec: ActSpec, values: dict) -> Gap | None:
    """Compute the act's coverage and store it in ``values`` (from the act's ``prepare``)."""
    act = spec.to_act(values)
    gap = check(conn, act)
    values[spec.coverage_field] = code_of(gap, act)
    return gap


def flags(ctx: HookContext, spec: ActSpec, rec: dict) -> list[Flag]:
    """The act's coverage gap as a flag naming the clause and the part that failed."""
    gap = check(ctx.conn, spec.to_act(rec))
    if gap is None:
        return []
    return [Flag(f"coverage.{gap.code}", gap.message, level="overdue" if gap.code == "none" else "warning",
                 field=spec.permission_field)]


def gap_index(spec_date_column: str) -> Index:
    """The partial index an act register declares for :func:`due`."""
    return Index("due_coverage", spec_date_column, GAP_WHERE)


def due(ctx: HookContext, spec: ActSpec, title: Callable[[tuple], str] | None = None) -> list[DueItem]:
    """The act register's records with a coverage gap (read through :func:`gap_index`)."""
    items = []
    msgs = {c.value: c.label for c in COVERAGE_CHOICES}
    rows = ctx.conn.execute(
        f"SELECT id, {spec.title_column}, {spec.date_column}, coverage FROM {spec.table} WHERE {GAP_WHERE}"
        f" ORDER BY {spec.date_column} LIMIT 500").fetchall()
    acts = _acts_by_id(ctx.conn, spec, [r[0] for r in rows]) if rows else {}
    for rid, name, when, code in rows:
        d = _to_date(when)
        act = acts.get(rid)
        clause = act.clause if act else ""
        items.append(DueItem(spec.slug, rid, str(name or ""), d,
                             tr(CTX, "許可の確認: {what}（{clause}）").format(what=msgs.get(code, code), clause=clause),
                             True, f"coverage.{code}"))
    return items


def _to_date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value)
    return dt.datetime.fromisoformat(text).date() if "T" in text or " " in text else dt.date.fromisoformat(text)


def _acts_by_id(conn, spec: ActSpec, ids: list[int]) -> dict[int, Act]:
    from desktop.registers import definitions
    from desktop.registers.values import from_db

    reg = definitions.get(spec.slug)
    cols = [reg.field(c) for c in spec.columns]
    out = {}
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        sql = (f"SELECT id, {', '.join(c.name for c in cols)} FROM {spec.table}"
               f" WHERE id IN ({','.join('?' * len(chunk))})")
        for row in conn.execute(sql, chunk):
            values = {"id": row[0], **{f.name: from_db(f, v) for f, v in zip(cols, row[1:], strict=True)}}
            out[row[0]] = spec.to_act(values)
    return out


def refresh_for_permission(conn, permission_id: int) -> int:
    """Recompute the stored coverage of every act linking ``permission_id`` (after the
    permission changed: answered, period or items edited). Returns how many changed."""
    changed = 0
    for spec in act_specs():
        ids = [r[0] for r in conn.execute(
            f"SELECT id FROM {spec.table} WHERE {spec.permission_field} = ?", (permission_id,))]
        if not ids:
            continue
        acts = _acts_by_id(conn, spec, ids)
        order = list(acts)
        gaps = check_many(conn, [acts[i] for i in order])
        for rid, gap in zip(order, gaps, strict=True):
            code = code_of(gap, acts[rid])
            cur = conn.execute(f"UPDATE {spec.table} SET {spec.coverage_field} = ? WHERE id = ?"
                               f" AND {spec.coverage_field} IS NOT ?", (code, rid, code))
            changed += cur.rowcount
    return changed


def acts_after_end(conn, permission_id: int, end: dt.date) -> int:
    """How many acts linking the permission happened after its period ended."""
    n = 0
    for spec in act_specs():
        n += conn.execute(
            f"SELECT count(*) FROM {spec.table} WHERE {spec.permission_field} = ? AND {spec.date_column} >= ?",
            (permission_id, (end + dt.timedelta(days=1)).isoformat())).fetchone()[0]
    return n


def expired_with_late_acts(conn, today: dt.date) -> list[tuple[int, str, dt.date]]:
    """Granted permissions whose period ended before ``today`` and that acts still link with a
    date after the end: ``[(permission id, subject, end)]``."""
    out: dict[int, tuple[int, str, dt.date]] = {}
    for spec in act_specs():
        for pid, subject, end in conn.execute(
                "SELECT p.id, p.subject, p.period_to FROM permissions p"
                " WHERE p.status IN ('granted','conditional') AND p.period_to < ?"
                f" AND EXISTS (SELECT 1 FROM {spec.table} a WHERE {spec.permission_field} = p.id"
                f" AND {spec.date_column} >= date(p.period_to, '+1 day'))"
                " ORDER BY p.period_to LIMIT 500", (today.isoformat(),)):
            out.setdefault(pid, (pid, subject, dt.date.fromisoformat(end)))
    return list(out.values())

"""One status per clause of the catalog, derived from the declarations.

The generic rule for a clause (no register or clause is named in this module):

1. marked not applicable → ``not-applicable`` (with the reason);
2. ``manual`` in the catalog, or nothing serves it → the officer's confirmation decides:
   none → ``manual``; fresh → ``manual`` with the note as evidence; expired → ``overdue``
   (falling due the day the confirmation expired);
3. served by registers (their ``clauses``) → an overdue item naming it → ``overdue``
   (with the earliest date an item fell due); a flag → ``attention``; otherwise records in a
   serving register → ``ok``, none → ``no-record`` (an empty vault never shows a clause met);
4. served only by forms (``FormKind.clauses``) → ``ok`` once one was issued, else ``no-record``.

Then each serving register's own rule, if it declares one (``Register.compliance`` or a
``compliance`` function in ``desktop/registers/ext/<slug>.py``), gets the finding and may
return a replacement: ``rule(ctx: RuleContext, clause_id, finding) -> Finding | None``.

Evidence: per serving register the number of records and the latest date of its date
field; the latest submittal issued of each serving form; the items concerned.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from dataclasses import dataclass, field, replace
from typing import Any

from desktop import settings
from desktop.compliance import catalog, marks
from desktop.compliance import items as items_mod
from desktop.compliance.catalog import CTX
from desktop.i18n import QT_TRANSLATE_NOOP, tr
from desktop.registers import definitions
from desktop.registers.ext import ext_for
from desktop.registers.listing import total_rows

log = logging.getLogger(__name__)

STATUSES = ("overdue", "attention", "no-record", "manual", "ok", "not-applicable")
STATUS_LABELS_JA = {
    "ok": QT_TRANSLATE_NOOP(CTX, "充足"),
    "attention": QT_TRANSLATE_NOOP(CTX, "要対応"),
    "overdue": QT_TRANSLATE_NOOP(CTX, "期限超過"),
    "no-record": QT_TRANSLATE_NOOP(CTX, "記録なし"),
    "manual": QT_TRANSLATE_NOOP(CTX, "手動確認"),
    "not-applicable": QT_TRANSLATE_NOOP(CTX, "対象外"),
}
STATUS_COLORS = {
    "ok": "#2e7d32",
    "attention": "#ef8f00",
    "overdue": "#c62828",
    "no-record": "#7b7b7b",
    "manual": "#1e63b5",
    "not-applicable": "#c7c7c7",
}


def status_label(status: str) -> str:
    return tr(CTX, STATUS_LABELS_JA[status])


@dataclass(frozen=True)
class RegisterEvidence:
    register: str
    label: str
    label_ja: str
    records: int
    latest: dt.date | None


@dataclass(frozen=True)
class SubmittalEvidence:
    kind: str
    doc_number: str
    doc_date: dt.date


@dataclass(frozen=True)
class Finding:
    clause: str
    status: str
    due: dt.date | None = None
    registers: tuple[RegisterEvidence, ...] = ()
    submittals: tuple[SubmittalEvidence, ...] = ()
    forms: tuple[str, ...] = ()
    items: tuple[items_mod.OpenItem, ...] = ()
    mark: marks.Mark | None = None        # the N/A mark or the latest confirmation
    note: str = ""                        # extra words from a register's own rule

    @property
    def label(self) -> str:
        return status_label(self.status)

    def evidence_text(self, calendar: str | None = None) -> str:
        """One line naming the evidence (records, latest date, submittals, items, marks)."""
        parts = []
        if self.status == "not-applicable" and self.mark:
            parts.append(tr(CTX, "対象外: {reason}").format(reason=self.mark.note))
        for r in self.registers:
            text = tr(CTX, "{label} {n}件").format(label=r.label, n=r.records)
            if r.latest:
                text += tr(CTX, "（最新 {date}）").format(date=r.latest.isoformat())
            parts.append(text)
        for s in self.submittals:
            parts.append(tr(CTX, "提出 {number}（{date}）").format(number=s.doc_number, date=s.doc_date.isoformat()))
        if self.items:
            overdue = sum(1 for i in self.items if i.overdue)
            parts.append(tr(CTX, "要対応 {n}件（うち期限超過 {m}件）").format(n=len(self.items), m=overdue))
        if self.mark and self.mark.kind == "confirm":
            parts.append(tr(CTX, "確認 {date} {user}: {note}").format(
                date=self.mark.on_date.isoformat(), user=self.mark.by_user, note=self.mark.note))
        elif self.status == "manual":
            parts.append(tr(CTX, "記録では判定できません。責任者の確認が必要です。"))
        if self.note:
            parts.append(self.note)
        return "、".join(parts) if parts else tr(CTX, "記録がありません。")


@dataclass
class RuleContext:
    """What a register's own clause rule gets."""

    conn: object
    today: dt.date
    items: list[items_mod.OpenItem] = field(default_factory=list)


@dataclass(frozen=True)
class Assessment:
    date: dt.date
    findings: tuple[Finding, ...]
    items: tuple[items_mod.OpenItem, ...]

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in STATUSES}
        for f in self.findings:
            out[f.status] += 1
        return out

    def by_article(self) -> list[tuple[catalog.Article, dict[str, int]]]:
        rows = []
        for a in catalog.ARTICLES:
            c = {s: 0 for s in STATUSES}
            for f in self.findings:
                if catalog.get(f.clause).article == a.number:
                    c[f.status] += 1
            rows.append((a, c))
        return rows

    def finding(self, clause_id: str) -> Finding:
        for f in self.findings:
            if f.clause == clause_id:
                return f
        raise KeyError(clause_id)


def _latest(conn, reg) -> dt.date | None:
    name = reg.date_field
    if not name or name not in reg.list_columns:
        return None
    f = reg.field(name)
    expr = f.sort_sql()
    row = conn.execute(f"SELECT {expr} FROM {reg.table} ORDER BY {expr} DESC LIMIT 1").fetchone()
    if not row or not row[0] or not isinstance(row[0], str):
        return None
    try:
        return dt.date.fromisoformat(row[0][:10])
    except ValueError:
        return None


def _latest_submittal(conn, kind: str, today: dt.date, before: str) -> SubmittalEvidence | None:
    row = conn.execute("SELECT doc_number, doc_date FROM submittal_history WHERE kind = ? AND issued_at < ?"
                       " AND doc_date <= ? ORDER BY kind DESC, issued_at DESC LIMIT 1",
                       (kind, before, today.isoformat())).fetchone()
    return SubmittalEvidence(kind, row[0], dt.date.fromisoformat(row[1])) if row else None


_SERVES: dict[tuple, dict] = {}


def _serving_map(regs: tuple, kinds: tuple) -> dict[str, tuple[list[str], tuple[str, ...]]]:
    """catalog clause -> (serving register slugs, serving form slugs), from the declarations
    (kept per set of declaration objects: the declarations are immutable)."""
    key = (tuple(map(id, regs)), tuple(map(id, kinds)))
    if key not in _SERVES:
        if len(_SERVES) > 8:
            _SERVES.clear()
        _SERVES[key] = _compute_serving(regs, kinds)
    return _SERVES[key]


def _compute_serving(regs: tuple, kinds: tuple) -> dict[str, tuple[list[str], tuple[str, ...]]]:
    out: dict[str, tuple[list[str], tuple[str, ...]]] = {}
    reg_serves = [(r.slug, {c for d in r.clauses for c in catalog.resolve(d)}) for r in regs]
    kind_serves = [(k.slug, {c for d in k.clauses for c in catalog.resolve(d)}) for k in kinds]
    for clause in catalog.CLAUSES:
        out[clause.id] = ([s for s, cs in reg_serves if clause.id in cs],
                          tuple(s for s, cs in kind_serves if clause.id in cs))
    return out


@functools.cache
def _ext_rule(slug: str):
    ext = ext_for(slug)
    return getattr(ext, "compliance", None) if ext is not None else None


def _rules(reg) -> list:
    out = []
    own = getattr(reg, "compliance", None)
    if own is not None:
        out.append(own)
    ext = _ext_rule(reg.slug)
    if callable(ext):
        out.append(ext)
    return out


def _manual(cid: str, conf, confirm_days: int, today: dt.date, **ev) -> Finding:
    if conf is None:
        return Finding(cid, "manual", None, **ev)
    expires = conf.on_date + dt.timedelta(days=confirm_days)
    return Finding(cid, "overdue" if expires < today else "manual", expires, mark=conf, **ev)


def _derived(cid: str, by_clause: dict, serving: list[str], **ev) -> Finding:
    concerned = tuple(by_clause.get(cid, ()))
    overdue = [i for i in concerned if i.overdue]
    upcoming = sorted(i.due for i in concerned if i.due is not None and not i.overdue)
    nxt = upcoming[0] if upcoming else None
    if overdue:
        dates = [i.due for i in overdue if i.due is not None]
        return Finding(cid, "overdue", min(dates) if dates else None, items=concerned, **ev)
    if any(i.source == "flag" or i.due is None for i in concerned):
        return Finding(cid, "attention", nxt, items=concerned, **ev)
    if serving:
        has = any(e.records > 0 for e in ev["registers"])
        return Finding(cid, "ok" if has else "no-record", nxt, items=concerned, **ev)
    return Finding(cid, "ok" if ev["submittals"] else "no-record", None, **ev)


def _apply_rules(regs, serving: list[str], rule_ctx: RuleContext, cid: str, f: Finding) -> Finding:
    for s in serving:
        for rule in _rules(regs[s]):
            try:
                out = rule(rule_ctx, cid, f)
            except Exception as exc:  # noqa: BLE001 - one broken rule must not hide the catalog
                log.error("compliance rule of %s failed: %s", s, type(exc).__name__)
                continue
            if out is not None:
                f = out
    return f


class _Evidence:
    """Register counts/latest dates and the latest submittal of each kind, read once."""

    def __init__(self, conn, regs, today: dt.date, before: str) -> None:
        self.conn, self.regs, self.today, self.before = conn, regs, today, before
        self._regs: dict[str, RegisterEvidence] = {}
        self._subs: dict[str, SubmittalEvidence | None] = {}

    def register(self, slug: str) -> RegisterEvidence:
        if slug not in self._regs:
            reg = self.regs[slug]
            self._regs[slug] = RegisterEvidence(slug, reg.label, reg.label_ja, total_rows(self.conn, reg),
                                                _latest(self.conn, reg))
        return self._regs[slug]

    def submittal(self, kind: str) -> SubmittalEvidence | None:
        if kind not in self._subs:
            self._subs[kind] = _latest_submittal(self.conn, kind, self.today, self.before)
        return self._subs[kind]


def assess(svc, today: dt.date | None = None, *, open_items: list | None = None,
           issued_before: dt.datetime | None = None) -> Assessment:
    """Every clause's finding for ``today`` (default: the service's today). Submittals count
    as evidence when dated on or before ``today`` and issued before ``issued_before`` (the
    self-assessment passes its own creation time, so generating it again gives the same
    document)."""
    from desktop.submittals import forms as forms_mod

    today = today or svc.today()
    conn = svc.conn
    items = open_items if open_items is not None else items_mod.open_items(svc, today)
    all_marks = marks.all_marks(conn)
    confirm_days = settings.get(conn, "compliance.confirm_days")
    regs = {r.slug: r for r in definitions.all_registers()}
    kinds = forms_mod.ordered()
    cache = _Evidence(conn, regs, today, issued_before.isoformat() if issued_before is not None else "\uffff")
    rule_ctx = RuleContext(conn, today, items)
    by_clause: dict[str, list] = {}
    for it in items:
        for c in {c for d in it.clauses for c in catalog.resolve(d)}:
            by_clause.setdefault(c, []).append(it)
    serves = _serving_map(tuple(regs.values()), tuple(kinds))
    findings = []
    for clause in catalog.CLAUSES:
        cid = clause.id
        serving, form_slugs = serves.get(cid, ([], ()))
        ev: dict[str, Any] = {"registers": tuple(cache.register(s) for s in serving),
              "submittals": tuple(x for x in (cache.submittal(k) for k in form_slugs) if x is not None),
              "forms": form_slugs}
        na = all_marks.get((cid, "na"))
        conf = all_marks.get((cid, "confirm"))
        if na is not None:
            findings.append(Finding(cid, "not-applicable", None, mark=na, **ev))
        elif clause.manual or (not serving and not form_slugs):
            findings.append(_manual(cid, conf, confirm_days, today, **ev))
        else:
            f = _derived(cid, by_clause, serving, **ev)
            if conf is not None:
                f = replace(f, mark=conf)
            findings.append(_apply_rules(regs, serving, rule_ctx, cid, f))
    return Assessment(today, tuple(findings), tuple(items))

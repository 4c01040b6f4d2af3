"""Producing submittals: generate → record → write.

The GUI and the CLI call this module; forms never write anything themselves.

* :func:`preview` (:func:`draft`) renders a draft: no document number, 「案」 across every
  page, consuming nothing and recording nothing.
* :func:`prepare` renders with the number the document will get, checks the issue date
  (not before the records it reports) and runs the pre-issue check (``findings``);
  :func:`commit` issues it — with findings only when the user confirmed them (audited).
* :func:`issue` takes the next document number, renders, records the submittal in the
  history (kind, parameters, letterhead, number, who, when, SHA-256, size) with an audit
  entry ``submittal.issue``, and — when given a path — writes the PDF atomically, all in one
  transaction: if the file cannot be written, nothing is recorded and the number is not used.
* :func:`reopen` re-generates an issued submittal from what was recorded (same number, same
  date, same creation time, same letterhead) and says whether it still has the recorded
  SHA-256; a different hash means the records it was made from changed after issue.
* :func:`record_output` audits printing / saving an already issued document again.

Threads: :func:`issue` is :func:`prepare` (reads only) followed by :func:`commit` (the
write transaction). The GUI runs :func:`preview`, :func:`prepare` and :func:`reopen` on a
worker thread inside ``with reading(vault) as view:`` — a :class:`ReadView` on a connection
of its own (``vault.connect_reader()``, one WAL snapshot per document) that refuses writes —
and calls :func:`commit` back on the GUI thread, so numbering, history and audit entries
only ever touch the vault's main connection from the thread that owns it.

Who may issue: every role, viewers included — issuing changes no record; it is printing,
and printing is recorded (history + audit trail) for everyone.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import __version__, settings
from desktop.audit import trail
from desktop.calendar import Calendar, format_date
from desktop.errors import DaichoError, NotFound, PermissionDenied, ValidationError
from desktop.i18n import tr
from desktop.protocols import Connection, OpenVault, SessionLike, VaultLike
from desktop.submittals import forms, history, options
from desktop.submittals.fonts import FontSet, resolve_fonts
from desktop.submittals.layout import (
    Applicant,
    Block,
    Contact,
    SubmittalDocument,
    pdf_sha256,
    render_pdf,
    write_pdf,
)
from desktop.timeutil import now

log = logging.getLogger(__name__)

CTX = "Submittals"


# --------------------------------------------------------------------------- reading off the GUI thread


class ReadView:
    """The vault seen through a read connection of its own, for generating a document on a
    worker thread: ``conn`` is that connection, ``session`` and ``path`` are the vault's;
    any write is refused (writes belong to the vault's own connection and thread)."""

    readonly = True

    def __init__(self, vault: OpenVault, conn: Connection) -> None:
        self.vault = vault
        self.conn = conn

    @property
    def session(self) -> SessionLike:
        return self.vault.session

    @property
    def path(self) -> Path:
        return self.vault.path

    @property
    def vault_id(self) -> str:
        return self.vault.vault_id

    def setting(self, key: str) -> Any:
        return settings.get(self.conn, key)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        raise RuntimeError("ReadView is read-only: write through the vault on its own thread")
        yield  # pragma: no cover


def main_vault(vault: OpenVault | ReadView) -> OpenVault:
    """The vault itself, given either it or a :class:`ReadView` of it."""
    return vault.vault if isinstance(vault, ReadView) else vault


@contextlib.contextmanager
def reading(vault: OpenVault | ReadView) -> Iterator[ReadView]:
    """A :class:`ReadView` on a new connection (``vault.connect_reader()``), holding one read
    transaction — one WAL snapshot — until the block ends; then the connection is closed.
    Open it on the thread that uses it (the worker)."""
    vault = main_vault(vault)
    conn = vault.connect_reader()
    try:
        conn.execute("BEGIN")
        yield ReadView(vault, conn)
    finally:
        with contextlib.suppress(Exception):
            conn.execute("ROLLBACK")
        conn.close()


# --------------------------------------------------------------------------- letterhead


@dataclass(frozen=True)
class Letterhead:
    """Everything around a form's own content: number, date, addressee, applicant, …

    Recorded with each issued submittal (:meth:`to_json`) so that re-generating it later
    uses the letterhead of the day it was issued, not today's settings.
    """

    date: dt.date
    created_at: dt.datetime
    doc_number: str = ""
    calendar: Calendar = "wareki"
    addressee: str = options.DEFAULT_ADDRESSEE
    applicant: Applicant = field(default_factory=Applicant)
    contact: Contact = field(default_factory=Contact)
    seal_boxes: tuple[str, ...] = ()
    contract: str = ""  # office.contract: the contract's name (委託業務名), on every form
    #: the audit trail's head when the document was made ("seq:hash"), an external witness
    #: of the trail written into the PDF's metadata (see desktop.vault.witness)
    audit_head: str = ""
    #: a draft (preview): no number, 「案」 on every page; never recorded
    draft: bool = False

    def fmt_date(self, value: dt.date | None) -> str:
        """A date as printed on this document (令和7年4月1日 / 2025年4月1日; '' for None)."""
        return "" if value is None else format_date(value, self.calendar)

    def document(
        self,
        *,
        title: str,
        body: Sequence[Block] = (),
        items: Sequence[Block] = (),
        closing: bool = True,
        contact: bool = True,
        subject: str = "",
    ) -> SubmittalDocument:
        return SubmittalDocument(
            draft=self.draft,
            title=title,
            date=self.date,
            applicant=self.applicant,
            doc_number=self.doc_number,
            calendar=self.calendar,
            addressee=self.addressee,
            body=tuple(body),
            items=tuple(items),
            closing=closing,
            contact=self.contact if contact and self.contact else None,
            seal_boxes=self.seal_boxes,
            subject=subject or title,
            author=self.applicant.name,
            created_at=self.created_at,
            audit_head=self.audit_head,
        )

    def to_json(self) -> dict[str, Any]:
        a, c = self.applicant, self.contact
        return {
            "calendar": self.calendar,
            "addressee": self.addressee,
            "applicant": {"address": a.address, "name": a.name, "representative": a.representative},
            "contact": {"person": c.person, "phone": c.phone, "email": c.email},
            "seal_boxes": list(self.seal_boxes),
            "contract": self.contract,
            "audit_head": self.audit_head,
        }

    @classmethod
    def from_json(
        cls, data: Mapping[str, Any], *, date: dt.date, created_at: dt.datetime, doc_number: str
    ) -> Letterhead:
        return cls(
            date=date,
            created_at=created_at,
            doc_number=doc_number,
            calendar=data.get("calendar", "wareki"),
            addressee=data.get("addressee", options.DEFAULT_ADDRESSEE),
            applicant=Applicant(**data.get("applicant", {})),
            contact=Contact(**data.get("contact", {})),
            seal_boxes=tuple(data.get("seal_boxes", ())),
            contract=data.get("contract", ""),
            audit_head=data.get("audit_head", ""),
        )


def _calendar(conn: Connection) -> Calendar:
    value = settings.get(conn, options.CALENDAR)
    return "western" if value == "western" else "wareki"


def letterhead_from_settings(
    conn, slug: str, *, created_at: dt.datetime, doc_number: str = "",
    doc_date: dt.date | None = None, addressee: str | None = None,
) -> Letterhead:
    """The letterhead of ``slug`` from today's settings. ``doc_date`` is the date printed
    (default: the day of ``created_at``); ``addressee`` this issue's choice of addressee
    (``governor``, ``section_head`` or a text; default: the form's, then the common setting)."""
    office = settings.get_many(conn, "office.")
    seals_key = options.SEALS_PREFIX + slug
    seals = settings.get(conn, seals_key) if seals_key in settings.SETTINGS else []
    return Letterhead(
        date=doc_date or created_at.date(),
        created_at=created_at,
        doc_number=doc_number,
        calendar=_calendar(conn),
        addressee=options.resolve_addressee(conn, slug, addressee),
        applicant=Applicant.from_settings(office),
        contact=Contact.from_settings(office),
        seal_boxes=tuple(options.seal_labels(seals)),
        contract=str(office.get("office.contract") or ""),
        audit_head=_audit_head(conn),
    )


def _audit_head(conn: Connection) -> str:
    seq, mac = trail.head(conn)
    return f"{seq}:{mac.hex()[:16]}"


# --------------------------------------------------------------------------- fonts


def fonts_for(conn: Connection) -> FontSet:
    """The fonts set in the settings, or found on this computer."""
    return resolve_fonts(
        settings.get(conn, options.FONT_MINCHO) or None,
        settings.get(conn, options.FONT_GOTHIC) or None,
    )


def check_fonts(mincho_path: str | None, gothic_path: str | None) -> FontSet:
    """The fonts these settings would give (raises the user's message when a file set there
    cannot be used) — the settings dialog checks before saving."""
    return resolve_fonts((mincho_path or "").strip() or None, (gothic_path or "").strip() or None)


def fonts_label(fonts: FontSet) -> str:
    """What the history records about the fonts: their file names (a font changes bytes)."""
    names = [fonts.mincho_file.path.name]
    if fonts.gothic_file is not None:
        names.append(fonts.gothic_file.path.name)
    return ";".join(names)


# --------------------------------------------------------------------------- parameters


def _date(value: Any, what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip().replace("/", "-")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            tr(CTX, "{what}の日付が正しくありません: {value}（例: 2025-04-01）").format(
                what=what, value=value
            ),
            {what: ""},
        ) from None


def normalize_params(kind: forms.FormKind, params: Mapping[str, Any]) -> dict[str, Any]:
    """Check and canonicalise a form's parameters (JSON-able; what the history stores).

    Accepts ``record`` (id), ``period`` (pair) or ``from``/``to``, ``as_of``,
    ``fiscal_year``; dates as ``date`` or ``YYYY-MM-DD``.
    """
    out: dict[str, Any] = {}
    wanted = kind.params | kind.optional
    missing: list[str] = []
    if "record" in wanted:
        value = params.get("record")
        if value in (None, ""):
            if "record" in kind.params:
                missing.append(kind.record_label or tr(CTX, "対象の記録"))
        else:
            try:
                out["record"] = int(value)
            except (TypeError, ValueError):
                raise ValidationError(
                    tr(CTX, "記録の番号が正しくありません: {value}").format(value=value),
                    {"record": ""},
                ) from None
    if "period" in wanted:
        period = params.get("period") or (params.get("from"), params.get("to"))
        start, end = (list(period) + [None, None])[:2]
        if start in (None, "") or end in (None, ""):
            if "period" in kind.params:
                missing.append(tr(CTX, "期間"))
        else:
            a, b = _date(start, tr(CTX, "期間の初日")), _date(end, tr(CTX, "期間の末日"))
            if b < a:
                raise ValidationError(
                    tr(CTX, "期間の末日が初日より前になっています。"), {"period": ""}
                )
            out["period"] = [a.isoformat(), b.isoformat()]
    if "as_of" in wanted:
        value = params.get("as_of")
        if value in (None, ""):
            if "as_of" in kind.params:
                missing.append(tr(CTX, "基準日"))
        else:
            out["as_of"] = _date(value, tr(CTX, "基準日")).isoformat()
    if "fiscal_year" in wanted:
        value = params.get("fiscal_year")
        if value in (None, ""):
            if "fiscal_year" in kind.params:
                missing.append(tr(CTX, "年度"))
        else:
            try:
                fy = int(value)
            except (TypeError, ValueError):
                fy = 0
            if not 1990 <= fy <= 2200:
                raise ValidationError(
                    tr(CTX, "年度が正しくありません: {value}（例: 2025）").format(value=value),
                    {"fiscal_year": ""},
                )
            out["fiscal_year"] = fy
    if missing:
        raise ValidationError(
            tr(CTX, "「{title}」を作成するには、次を指定してください: {items}").format(
                title=tr(CTX, kind.title), items="、".join(missing)
            ),
            {"params": ""},
        )
    return out


def build_kwargs(kind: forms.FormKind, canon: Mapping[str, Any]) -> dict[str, Any]:
    """Canonical parameters → the keyword arguments of the form's ``build``."""
    kw: dict[str, Any] = {}
    for name in sorted(kind.params | kind.optional):
        value = canon.get(name)
        if name == "period" and value is not None:
            value = (dt.date.fromisoformat(value[0]), dt.date.fromisoformat(value[1]))
        elif name == "as_of" and value is not None:
            value = dt.date.fromisoformat(value)
        kw[name] = value
    return kw


# --------------------------------------------------------------------------- rendering


@dataclass(frozen=True)
class Rendered:
    """A generated submittal (not yet, or already, recorded)."""

    kind: forms.FormKind
    params: dict[str, Any]
    head: Letterhead
    title: str
    pdf: bytes
    sha256: str
    pages: int
    fonts: str

    @property
    def size(self) -> int:
        return len(self.pdf)

    @property
    def doc_number(self) -> str:
        return self.head.doc_number


@dataclass(frozen=True)
class Issued(Rendered):
    history_id: int = 0
    path: Path | None = None


_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def count_pages(pdf: bytes) -> int:
    return len(_PAGE.findall(pdf))


def _render(vault: VaultLike, kind: forms.FormKind, canon: Mapping[str, Any], head: Letterhead,
            fonts: FontSet, progress: Callable[[int], Any] | None = None) -> Rendered:
    if kind.build is None:
        raise DaichoError(tr(CTX, "この書類は作成できません: {title}").format(title=tr(CTX, kind.title)))
    doc = kind.build(vault, head, **build_kwargs(kind, canon))
    if kind.confidential:
        doc = dataclasses.replace(doc, page_mark=tr(CTX, CONFIDENTIAL_MARK))
    pdf = render_pdf(doc, fonts, progress=progress)
    return Rendered(
        kind=kind,
        params=dict(canon),
        head=head,
        title=doc.title,
        pdf=pdf,
        sha256=pdf_sha256(pdf),
        pages=count_pages(pdf),
        fonts=fonts_label(fonts),
    )


def _numbering(conn: Connection, doc_date: dt.date) -> tuple[str, str, str, bool]:
    fmt = settings.get(conn, options.NUMBER_FORMAT)
    options.check_number_format(fmt)
    prefix = settings.get(conn, options.NUMBER_PREFIX)
    reset = settings.get(conn, options.NUMBER_RESET)
    scope = history.number_scope(doc_date, reset_each_fiscal_year=reset)
    return fmt, prefix, scope, bool(fmt)


#: printed at the top right of every page of a confidential form (A15-12)
CONFIDENTIAL_MARK = "取扱注意"


def confidential_check(vault: VaultLike, kind: forms.FormKind, reason: str | None = None, *,
                       need_reason: bool = True) -> str | None:
    """For a confidential form: the officer or administrator role, and (``need_reason``) a
    reason, which is returned stripped. None for an ordinary form."""
    if not kind.confidential:
        return None
    if vault.session.role not in ("admin", "officer"):
        msg = tr(CTX, "「{title}」は取扱注意の書類です。閲覧者の権限では作成・印刷できません。")
        raise PermissionDenied(msg.format(title=tr(CTX, kind.title)))
    if not need_reason:
        return None
    reason = (reason or "").strip()
    if not reason:
        msg = tr(CTX, "取扱注意の書類を作成・印刷する理由を入力してください。")
        raise ValidationError(msg, {"reason": msg})
    return reason


def _kind(slug: str) -> forms.FormKind:
    kind = forms.get(slug)
    if not kind.record_history:
        raise NotFound(tr(CTX, "提出書類の種類が見つかりません: {slug}").format(slug=slug))
    return kind


def kinds() -> list[forms.FormKind]:
    """The forms the user can produce, in the guideline's order."""
    return [k for k in forms.ordered() if k.record_history]


class FindingsNotConfirmed(DaichoError):
    """Issuing refused: the pre-issue check found something the user has not confirmed."""

    def __init__(self, findings: Sequence[str]) -> None:
        self.findings = list(findings)
        super().__init__(tr(
            CTX, "発行前の確認で次の点が見つかりました。修正するか、確認したうえで発行してください:\n{items}",
        ).format(items="\n".join(f"・{f}" for f in self.findings)))


def _doc_date(at: dt.datetime, doc_date: Any) -> dt.date:
    return at.date() if doc_date in (None, "") else _date(doc_date, tr(CTX, "発行日"))


def reports_until(vault: VaultLike, kind: forms.FormKind, canon: Mapping[str, Any]) -> dt.date | None:
    """The latest date the document reports on (its period's end, or what the form says)."""
    dates: list[dt.date] = []
    if canon.get("period"):
        dates.append(dt.date.fromisoformat(canon["period"][1]))
    if kind.reports_until is not None:
        value = kind.reports_until(vault, **build_kwargs(kind, canon))
        if isinstance(value, dt.datetime):
            value = value.date()
        if value is not None:
            dates.append(value)
    return max(dates) if dates else None


def check_doc_date(vault: VaultLike, kind: forms.FormKind, canon: Mapping[str, Any],
                   doc_date: dt.date, calendar: Calendar = "wareki") -> None:
    """Refuse an issue date before the records the document reports on."""
    until = reports_until(vault, kind, canon)
    if until is not None and doc_date < until:
        raise ValidationError(tr(
            CTX, "発行日（{date}）が、この書類が報告する記録の日付（{until}）より前です。"
                 "発行日を{until}以降にしてください。",
        ).format(date=format_date(doc_date, calendar), until=format_date(until, calendar)),
            {"doc_date": ""})


def findings(vault: VaultLike, kind: forms.FormKind, canon: Mapping[str, Any],
             head: Letterhead) -> list[str]:
    """The pre-issue check: what the records say is wrong for this document."""
    if kind.checks is None:
        return []
    return [str(f) for f in kind.checks(vault, head, **build_kwargs(kind, canon)) if f]


def preview(vault: VaultLike, slug: str, params: Mapping[str, Any], *,
            at: dt.datetime | None = None, doc_date: Any = None, addressee: str | None = None,
            progress: Callable[[int], Any] | None = None) -> Rendered:
    """A draft: rendered with the chosen date (default today), no document number and
    「案」 across every page; nothing consumed or recorded. A confidential form needs the
    officer or administrator role."""
    kind = _kind(slug)
    confidential_check(vault, kind, need_reason=False)
    canon = normalize_params(kind, params)
    conn = vault.conn
    at = (at or now()).replace(microsecond=0)
    day = _doc_date(at, doc_date)
    head = letterhead_from_settings(conn, slug, created_at=at, doc_date=day, addressee=addressee)
    head = dataclasses.replace(head, draft=True)
    return _render(vault, kind, canon, head, fonts_for(conn), progress)


draft = preview


@dataclass(frozen=True)
class Prepared:
    """A submittal rendered with the number it should get, not yet issued (:func:`commit`)."""

    rendered: Rendered
    at: dt.datetime
    scope: str
    numbered: bool
    expected: int | None
    fonts: FontSet
    reason: str | None = None  # why a confidential form is produced (audited with the issue)
    #: what the pre-issue check found; issuing needs the user's confirmation of these
    findings: tuple[str, ...] = ()


def prepare(vault: VaultLike, slug: str, params: Mapping[str, Any], *,
            at: dt.datetime | None = None, reason: str | None = None, doc_date: Any = None,
            addressee: str | None = None, progress: Callable[[int], Any] | None = None) -> Prepared:
    """Render a submittal with the document number it will get; reads only (a worker thread
    passes a :class:`ReadView`). :func:`commit` then issues it. A confidential form needs
    the officer or administrator role and a ``reason``."""
    kind = _kind(slug)
    reason = confidential_check(vault, kind, reason)
    canon = normalize_params(kind, params)
    conn = vault.conn
    at = (at or now()).replace(microsecond=0)
    if at.tzinfo is None:
        at = at.astimezone()
    fonts = fonts_for(conn)
    day = _doc_date(at, doc_date)
    check_doc_date(vault, kind, canon, day, _calendar(conn))
    fmt, prefix, scope, numbered = _numbering(conn, day)
    expected = history.peek_number(conn, scope) if numbered else None
    number = ""
    if expected is not None:
        number = history.format_number(fmt, expected, prefix=prefix, doc_date=day,
                                       calendar=_calendar(conn))
    head = letterhead_from_settings(conn, slug, created_at=at, doc_number=number, doc_date=day,
                                    addressee=addressee)
    found = tuple(findings(vault, kind, canon, head))
    rendered = _render(vault, kind, canon, head, fonts, progress)
    return Prepared(rendered, at, scope, numbered, expected, fonts, reason, found)


def commit(vault: OpenVault | ReadView, prepared: Prepared, *, out: str | Path | None = None,
           via: str = "gui", confirmed: bool = False) -> Issued:
    """Issue a prepared submittal: take the number, record it (history + audit
    ``submittal.issue``) and optionally write the PDF, in one transaction on the vault's own
    connection (call it on the vault's thread). When another issue took the expected number
    meanwhile, the document is rendered again with the number it gets.

    When the pre-issue check found something (``prepared.findings``), issuing needs
    ``confirmed=True`` (the user saw the list and chose to issue); the findings and the
    confirmation are recorded in the audit entry. Otherwise :class:`FindingsNotConfirmed`."""
    vault = main_vault(vault)
    session = vault.session
    rendered, at = prepared.rendered, prepared.at
    kind, canon = rendered.kind, rendered.params
    head = rendered.head
    path = Path(out) if out is not None else None
    confidential_check(vault, kind, prepared.reason)
    if prepared.findings and not confirmed:
        raise FindingsNotConfirmed(prepared.findings)
    with vault.transaction() as tx:
        seq = history.take_number(tx, prepared.scope) if prepared.numbered else None
        if seq != prepared.expected:
            fmt, prefix, _scope, _numbered = _numbering(tx, head.date)
            number = history.format_number(fmt, seq, prefix=prefix, doc_date=head.date,
                                           calendar=_calendar(tx)) if seq is not None else ""
            head = dataclasses.replace(head, doc_number=number)
            rendered = _render(vault, kind, canon, head, prepared.fonts)
        entry_id = history.insert(
            tx,
            kind=kind.slug,
            title=rendered.title,
            params=canon,
            letterhead=head.to_json(),
            doc_number=head.doc_number,
            number_scope=prepared.scope if prepared.numbered else None,
            number_seq=seq,
            doc_date=head.date,
            issued_at=at.isoformat(),
            issued_by=session.user_id,
            issued_by_name=session.display_name,
            sha256=rendered.sha256,
            size=rendered.size,
            pages=rendered.pages,
            fonts=rendered.fonts,
            app_version=__version__,
        )
        details: dict[str, Any] = {
            "kind": kind.slug,
            "title": rendered.title,
            "doc_number": head.doc_number,
            "params": canon,
            "sha256": rendered.sha256,
            "size": rendered.size,
            "pages": rendered.pages,
            "via": via,
        }
        if path is not None:
            details["path"] = str(path)
        if prepared.reason is not None:
            details["reason"] = prepared.reason
        if head.date != at.date():
            details["doc_date"] = head.date.isoformat()
        if prepared.findings:
            details["findings"] = list(prepared.findings)
            details["findings_confirmed"] = True
        trail.append(tx, session.user_id, "submittal.issue", entity="submittal",
                     entity_id=entry_id, details=details)
        if path is not None:
            write_pdf(path, rendered.pdf)  # a failed write rolls the issue back
    log.info("issued submittal %s #%s (%d pages)", kind.slug, entry_id, rendered.pages)
    return Issued(**{f: getattr(rendered, f) for f in Rendered.__dataclass_fields__},
                  history_id=entry_id, path=path)


def issue(vault: OpenVault | ReadView, slug: str, params: Mapping[str, Any], *, at: dt.datetime | None = None,
          out: str | Path | None = None, via: str = "gui",
          progress: Callable[[int, int], Any] | None = None, reason: str | None = None,
          doc_date: Any = None, addressee: str | None = None, confirmed: bool = False) -> Issued:
    """Number, render, record (history + audit ``submittal.issue``) and optionally write —
    :func:`prepare` then :func:`commit`, on one thread (the CLI, tests).

    The PDF is rendered before the write transaction with the number it will get, and
    again inside it only if another issue took that number meanwhile.
    """
    if progress:
        progress(0, 2)
    prepared = prepare(vault, slug, params, at=at, reason=reason, doc_date=doc_date,
                       addressee=addressee)
    if progress:
        progress(1, 2)
    issued = commit(vault, prepared, out=out, via=via, confirmed=confirmed)
    if progress:
        progress(2, 2)
    return issued


# --------------------------------------------------------------------------- history


def history_entries(vault: VaultLike, *, kind: str | None = None, limit: int = 1000
                    ) -> list[history.HistoryEntry]:
    return history.list_history(vault.conn, kind=kind, limit=limit)


def history_entry(vault: VaultLike, entry_id: int) -> history.HistoryEntry:
    entry = history.get(vault.conn, entry_id)
    if entry is None:
        raise NotFound(tr(CTX, "発行履歴が見つかりません: {id}").format(id=entry_id))
    return entry


@dataclass(frozen=True)
class Reopened:
    """An issued submittal generated again from its record."""

    entry: history.HistoryEntry
    rendered: Rendered | None  # None when it could not be generated again
    matches: bool
    message: str

    @property
    def pdf(self) -> bytes | None:
        return self.rendered.pdf if self.rendered else None


MATCH_MESSAGE = "発行時の文書と一致します（SHA-256 が記録と同じです）。"
CHANGED_MESSAGE = "記録が発行後に変更されています。"


def reopen(vault: VaultLike, entry_id: int) -> Reopened:
    """Generate an issued submittal again and compare it with the recorded SHA-256."""
    entry = history_entry(vault, entry_id)
    conn = vault.conn
    with contextlib.suppress(NotFound):
        confidential_check(vault, forms.get(entry.kind), need_reason=False)
    try:
        kind = _kind(entry.kind)
        created_at = entry.issued_datetime
        head = Letterhead.from_json(entry.letterhead, date=entry.doc_date,
                                    created_at=created_at, doc_number=entry.doc_number)
        rendered = _render(vault, kind, entry.params, head, fonts_for(conn))
    except DaichoError as exc:
        return Reopened(entry, None, False, tr(
            CTX, "この文書は再作成できません: {reason}").format(reason=exc))
    if rendered.sha256 == entry.sha256:
        return Reopened(entry, rendered, True, tr(CTX, MATCH_MESSAGE))
    message = tr(CTX, CHANGED_MESSAGE) + tr(
        CTX,
        "いま台帳の記録から作り直した文書は、発行した文書と内容が異なります"
        "（SHA-256 が記録と一致しません）。発行時の文書は、提出した控えで確認してください。",
    )
    if rendered.fonts != entry.fonts:
        message += tr(
            CTX, "なお、発行時とフォントが異なります（発行時: {old}、現在: {new}）。"
            "フォントの違いだけでも SHA-256 は変わります。",
        ).format(old=entry.fonts or "—", new=rendered.fonts)
    elif entry.app_version and entry.app_version != __version__:
        message += tr(
            CTX, "なお、発行時とアプリの版が異なります（発行時: {old}、現在: {new}）。",
        ).format(old=entry.app_version, new=__version__)
    return Reopened(entry, rendered, False, message)


def record_output(vault: VaultLike, entry_id: int, action: str, *, path: str | Path | None = None,
                  pdf: bytes | None = None, reason: str | None = None) -> str | None:
    """Audit printing (``print``) or saving (``save``, writes ``pdf`` to ``path`` atomically)
    an issued submittal again. Returns the SHA-256 of the file written, if any. A
    confidential form needs the officer or administrator role and a ``reason``."""
    if action not in ("print", "save"):
        raise ValueError(action)
    entry = history_entry(vault, entry_id)
    try:
        reason = confidential_check(vault, forms.get(entry.kind), reason)
    except NotFound:
        reason = None
    details: dict[str, Any] = {"kind": entry.kind, "doc_number": entry.doc_number,
                               "sha256": entry.sha256}
    if reason is not None:
        details["reason"] = reason
    digest = None
    with vault.transaction() as tx:
        if action == "save":
            if path is None or pdf is None:
                raise ValueError("save needs a path and the PDF")
            if pdf_sha256(pdf) != entry.sha256:
                raise DaichoError(tr(
                    CTX, "発行時の文書と一致しないため、控えとして保存できません。"))
            details["path"] = str(path)
        trail.append(tx, vault.session.user_id, f"submittal.{action}", entity="submittal",
                     entity_id=entry.id, details=details)
        if action == "save" and path is not None and pdf is not None:  # checked above
            digest = write_pdf(path, pdf)
    return digest


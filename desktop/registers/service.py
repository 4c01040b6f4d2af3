"""The one way to read and change register records.

Every create, update and delete checks the role (viewers change nothing; deleting is for
administrators and needs a reason), validates (Japanese message per field), writes in one
transaction, keeps the search index in step, and appends an audit entry with the changed
fields' before/after values. Views call this service; they never touch SQL.

    svc = RegisterService(vault)
    rid = svc.create("staff", {"name": "山田 太郎", "affiliation": "開発部"})
    svc.update("staff", rid, {"badge_no": "B-012", "badge_issued_on": date(2025, 4, 1)})
    page = svc.page("exchanges", ListQuery(search="山田"), limit=100)
    nxt = svc.page("exchanges", ListQuery(search="山田"), after=page.last_key)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop import settings as app_settings
from desktop.audit import trail
from desktop.errors import DaichoError, PermissionDenied, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, tr
from desktop.registers import attachments as att
from desktop.registers import definitions, listing, search, store
from desktop.registers.listing import Count, ListQuery, Page
from desktop.registers.model import CTX, DueItem, Field, Flag, HookContext, Kind, Register
from desktop.registers.values import display as display_value
from desktop.registers.values import is_empty, validate
from desktop.timeutil import now_iso

ACTION_CREATE = "register.create"
ACTION_UPDATE = "register.update"
ACTION_DELETE = "register.delete"
ACTION_IMPORT = "register.import"
ACTION_EXPORT = "register.export"
ACTION_ATT_ADD = "register.attachment_add"
ACTION_ATT_REMOVE = "register.attachment_remove"
ACTION_ATT_SAVE = "register.attachment_save_as"
#: a confidential register opened for listing/reading (details: reason, purpose)
ACTION_CONFIDENTIAL = "register.confidential_access"


class ConfidentialLocked(PermissionDenied):
    """A confidential register was read before :meth:`RegisterService.open_confidential`."""

    code = "confidential"


@dataclass(frozen=True)
class NewAttachment:
    """A file to store on a record's attachments field together with the record's own change
    (:meth:`RegisterService.create` / :meth:`~RegisterService.update`): one transaction, so a
    crash leaves both or neither."""

    field: str
    source: Path | str | BinaryIO
    name: str | None = None


@dataclass(frozen=True)
class Change:
    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: str
    actor: str | None
    action: str            # one of the ACTION_* constants
    summary: str           # Japanese one-liner: 作成 / 更新 / 削除 / 一括取込 / 添付追加 …
    changes: tuple[Change, ...]
    reason: str = ""


_SUMMARY = {
    ACTION_CREATE: QT_TRANSLATE_NOOP(CTX, "作成"), ACTION_UPDATE: QT_TRANSLATE_NOOP(CTX, "更新"),
    ACTION_DELETE: QT_TRANSLATE_NOOP(CTX, "削除"), ACTION_IMPORT: QT_TRANSLATE_NOOP(CTX, "CSV取込で作成"),
    ACTION_ATT_ADD: QT_TRANSLATE_NOOP(CTX, "添付ファイル追加"), ACTION_ATT_REMOVE: QT_TRANSLATE_NOOP(CTX, "添付ファイル削除"),
    ACTION_ATT_SAVE: QT_TRANSLATE_NOOP(CTX, "添付ファイルを保存（書き出し）"),
}


class RegisterService:
    """Register records for one open vault.

    ``read_conn`` (optional) is a separate connection for reads (e.g. the GUI's list model
    working off the GUI thread on ``vault.connect_reader()``); writes always go through
    ``vault.transaction()``. ``today`` may be replaced (tests) — it feeds due dates and flags.
    """

    def __init__(self, vault, *, read_conn=None, today: Callable[[], dt.date] | None = None) -> None:
        self.vault = vault
        self._read_conn = read_conn
        self.today = today or dt.date.today
        #: confidential registers opened with a reason: slug -> the user who opened them
        self._opened: dict[str, str] = {}
        search.install(vault.conn)
        if read_conn is not None:
            search.install(read_conn)

    # -- declarations -----------------------------------------------------------------------

    @property
    def conn(self):
        return self._read_conn or self.vault.conn

    @property
    def is_open(self) -> bool:
        """False once the vault was closed (locked, logged out)."""
        return self.vault.conn is not None

    @property
    def session(self):
        return self.vault.session

    @staticmethod
    def registers() -> list[Register]:
        return definitions.all_registers()

    @staticmethod
    def register(slug: str) -> Register:
        return definitions.get(slug)

    def _ctx(self, conn=None, *, importing: bool = False) -> HookContext:
        return HookContext(conn or self.conn, self.today(), self.session.user_id, importing)

    def calendar(self) -> str:
        return app_settings.get(self.conn, "display.calendar")

    # -- reading ----------------------------------------------------------------------------

    def get(self, slug: str, record_id: int) -> dict:
        """The whole record: fields (Python values), sub-lists, attachments, ``id`` and the
        system columns ``created_at/created_by/updated_at/updated_by``."""
        return store.load(self.conn, self._readable(slug), int(record_id))

    def new_values(self, slug: str) -> dict:
        """Defaults for an empty form."""
        reg = self.register(slug)
        ctx = self._ctx()
        out = {}
        for f in reg.fields:
            default = f.default(ctx) if callable(f.default) else f.default
            out[f.name] = default if default is not None else ([] if f.kind in (Kind.REFS, Kind.SUBLIST, Kind.ATTACHMENTS) else None)
        return out

    def title(self, slug: str, record: dict | int) -> str:
        reg = self.register(slug)
        if isinstance(record, int):
            record = self.get(slug, record)
        return reg.record_title(record)

    def resolver(self, conn=None) -> store.Resolver:
        return store.Resolver(conn or self.conn, definitions.get)

    def ref_options(self, slug: str, text: str = "", *, limit: int = 20) -> list[tuple[int, str]]:
        """Records of ``slug`` whose search fields contain ``text`` — for a reference picker
        ("choose by typing part of a name"). Returns ``[(id, title)]``."""
        reg = self._readable(slug)
        pg = listing.page(self.conn, reg, ListQuery(search=text), limit=limit,
                          columns=tuple(dict.fromkeys((*reg.list_columns, reg.natural_key))))
        return [(r.id, reg.record_title(r.values)) for r in pg.rows]

    def display(self, slug: str, field: str, value, *, resolver: store.Resolver | None = None) -> str:
        """Text for one value as the GUI shows it (dates per the 和暦/西暦 setting)."""
        reg = self.register(slug)
        f = _find_field(reg, field)
        resolver = resolver or self.resolver()
        return display_value(f, value, calendar=self.calendar(), title_of=resolver.title)

    def display_rows(self, slug: str, rows) -> list[dict[str, str]]:
        """Display texts for the list columns of a page's rows (one resolver per page)."""
        reg = self.register(slug)
        resolver = self.resolver()
        cal = self.calendar()
        fields = [reg.field(c) for c in reg.list_columns]
        return [{f.name: display_value(f, r.values.get(f.name), calendar=cal, title_of=resolver.title)
                 for f in fields} for r in rows]

    # -- confidential registers ----------------------------------------------------------------

    def is_confidential(self, slug: str) -> bool:
        return self.register(slug).confidential

    def can_open_confidential(self) -> bool:
        """Whether the user's role may open a confidential register (officer or administrator)."""
        return self.session.can_write

    def is_open_confidential(self, slug: str) -> bool:
        """True for an ordinary register; for a confidential one, whether this user opened it."""
        reg = self.register(slug)
        return not reg.confidential or (self._opened.get(slug) == self.session.user_id
                                        and self.session.can_write)

    def open_confidential(self, slug: str, reason: str | None, *, purpose: str = "list",
                          audited: bool = True) -> None:
        """Open a confidential register for listing and reading (A15-12): officers and
        administrators only, with a reason; recorded in the audit trail with the reason. Lasts
        for this service (this user) until :meth:`close_confidential`. No-op for an ordinary
        register. ``audited=False`` is for a caller that records the act and its reason itself
        (a confidential form: the issue's audit entry carries the reason); the role still
        applies."""
        reg = self.register(slug)
        if not reg.confidential:
            return
        self._require_confidential_role(reg)
        if audited:
            reason = self._confidential_reason(reason)
            with self.vault.transaction() as conn:
                trail.append(conn, self.session.user_id, ACTION_CONFIDENTIAL, entity=slug,
                             details={"reason": reason, "purpose": purpose})
        self._opened[slug] = self.session.user_id

    def close_confidential(self, slug: str) -> None:
        self._opened.pop(slug, None)

    def confidential_export_reason(self, slug: str, reason: str | None) -> str | None:
        """For a confidential register: check that an administrator allows this export with a
        reason and return the reason (raises otherwise). None for an ordinary register."""
        reg = self.register(slug)
        if not reg.confidential:
            return None
        if not self.session.is_admin:
            raise PermissionDenied(tr(CTX, "「{label}」は取扱注意の台帳です。CSVへの書き出しは、管理者がその都度理由を入力して許可した場合だけできます。").format(
                label=reg.label))
        return self._confidential_reason(reason, what=tr(CTX, "書き出しの理由を入力してください。"))

    def _require_confidential_role(self, reg: Register) -> None:
        if not self.session.can_write:
            raise PermissionDenied(tr(CTX, "「{label}」は取扱注意の台帳です。閲覧者の権限では表示できません。").format(
                label=reg.label))

    @staticmethod
    def _confidential_reason(reason: str | None, *, what: str | None = None) -> str:
        reason = (reason or "").strip()
        if not reason:
            msg = what or tr(CTX, "取扱注意の台帳を表示する理由を入力してください。")
            raise ValidationError(msg, {"reason": msg})
        return reason

    def _readable(self, slug: str) -> Register:
        """The register, when this user may read it now (a confidential one must be opened)."""
        reg = self.register(slug)
        if reg.confidential and not self.is_open_confidential(slug):
            self._require_confidential_role(reg)
            raise ConfidentialLocked(tr(CTX, "「{label}」は取扱注意の台帳です。表示する理由を入力してから開いてください。").format(
                label=reg.label))
        return reg

    # -- lists ------------------------------------------------------------------------------

    def page(self, slug: str, query: ListQuery | None = None, *, after: tuple | None = None,
             before: tuple | None = None, from_end: bool = False, limit: int = 100,
             columns: tuple[str, ...] | None = None) -> Page:
        """``columns`` limits the values fetched (default: the list columns) — e.g. the GUI
        list walking to a far row needs only the sort key."""
        return listing.page(self.conn, self._readable(slug), query or ListQuery(), after=after,
                            before=before, from_end=from_end, limit=limit, columns=columns)

    def last_page(self, slug: str, query: ListQuery | None = None, *, limit: int = 100) -> Page:
        return self.page(slug, query, from_end=True, limit=limit)

    def count(self, slug: str, query: ListQuery | None = None) -> Count:
        return listing.count(self.conn, self._readable(slug), query or ListQuery())

    def key_at(self, slug: str, query: ListQuery | None, offset: int, *, after: tuple | None = None,
               before: tuple | None = None, from_end: bool = False) -> tuple | None:
        """The keyset key of the row ``offset`` positions into the ordering (from the top, from
        the bottom with ``from_end``, or from a known key ``after``/``before``) — pass it as
        ``after``/``before`` to :meth:`page`. Cheap: an ``OFFSET`` over the sort index only.
        None past the end."""
        return listing.key_at(self.conn, self._readable(slug), query or ListQuery(), offset, after=after,
                              before=before, from_end=from_end)

    def seek_key(self, slug: str, query: ListQuery | None, value) -> tuple:
        return listing.seek_key(self.register(slug), query or ListQuery(), value)

    # -- validation ---------------------------------------------------------------------------

    def validate(self, slug: str, values: dict, record_id: int | None = None) -> dict[str, str]:
        """Per-field Japanese messages for a form (empty dict when fine). Nothing is written."""
        reg = self.register(slug)
        if record_id is not None:
            old = self.get(slug, record_id)
            values = {**old, **values}
        _, errors = self._check(self.conn, reg, values, record_id)
        return errors

    def _check(self, conn, reg: Register, values: dict, record_id: int | None,
               fields=None) -> tuple[dict, dict[str, str]]:
        resolver = self.resolver(conn)
        clean, errors = validate(reg, values, resolver, fields=fields)
        for k, v in store.check_refs(reg, clean, resolver).items():
            errors.setdefault(k, v)
        if reg.natural_key_unique and reg.natural_key not in errors:
            key = clean.get(reg.natural_key)
            if key is not None:
                row = conn.execute(f"SELECT id FROM {reg.table} WHERE {reg.natural_key} = ? AND id IS NOT ?",
                                   (key, record_id)).fetchone()
                if row is not None:
                    f = reg.field(reg.natural_key)
                    errors[f.name] = tr(CTX, "この{label}は既に登録されています。").format(label=f.label)
        return clean, errors

    @staticmethod
    def _raise(reg: Register, errors: dict[str, str]) -> None:
        if errors:
            first = next(iter(errors.values()))
            raise ValidationError(
                tr(CTX, "入力内容を確認してください（{n}件）: {first}").format(n=len(errors), first=first), errors)

    # -- writing ------------------------------------------------------------------------------

    def create(self, slug: str, values: dict, *, attachments: tuple[NewAttachment, ...] | list = ()) -> int:
        """Validate and store a new record; returns its id. Fields not given take their
        declared defaults (as in :meth:`new_values`). ``attachments`` are stored in the same
        transaction."""
        self.session.require_write()
        reg = self.register(slug)
        values = {**self.new_values(slug), **values}
        self._check_attachment_fields(reg, attachments)
        with self.vault.transaction() as conn:
            clean, errors = self._check(conn, reg, values, None)
            self._raise(reg, errors)
            ctx = self._ctx(conn)
            if reg.prepare:
                reg.prepare(ctx, clean, None)
            rid = store.insert(conn, reg, clean, user=self.session.user_id, stamp=now_iso())
            if reg.after_write:
                reg.after_write(ctx, rid, clean, None)
            after = {k: v for k, v in store.comparable(reg, clean).items() if not is_empty(v)}
            trail.append(conn, self.session.user_id, ACTION_CREATE, entity=slug, entity_id=rid,
                         details={"after": after})
            self._attach(conn, reg, rid, attachments)
        return rid

    def update(self, slug: str, record_id: int, values: dict, *,
               attachments: tuple[NewAttachment, ...] | list = ()) -> dict:
        """Change the given fields (others keep their values). Returns ``{"before": …,
        "after": …}`` of what changed (empty when nothing did; then nothing is written but
        the ``attachments``, which are stored in the same transaction as the change)."""
        self.session.require_write()
        reg = self.register(slug)
        self._check_attachment_fields(reg, attachments)
        with self.vault.transaction() as conn:
            old = store.load(conn, reg, int(record_id), with_attachments=False)
            given = [k for k in values if reg.has_field(k)]
            merged = {**old, **{k: values[k] for k in given}}
            clean, errors = self._check(conn, reg, merged, int(record_id), fields=set(given))
            self._raise(reg, errors)
            ctx = self._ctx(conn)
            if reg.prepare:
                reg.prepare(ctx, clean, old)
            before, after = store.diff(reg, old, clean)
            if not after:
                self._attach(conn, reg, int(record_id), attachments, touch=True)
                return {}
            store.update(conn, reg, int(record_id), clean, old, list(after), user=self.session.user_id,
                         stamp=now_iso())
            if reg.after_write:
                reg.after_write(ctx, int(record_id), clean, old)
            trail.append(conn, self.session.user_id, ACTION_UPDATE, entity=slug, entity_id=record_id,
                         details={"before": before, "after": after})
            self._attach(conn, reg, int(record_id), attachments)
        return {"before": before, "after": after}

    def delete(self, slug: str, record_id: int, reason: str) -> None:
        """Delete a record (administrators only, with a reason). Refused while other records
        refer to it."""
        self.session.require_admin()
        reg = self.register(slug)
        reason = (reason or "").strip()
        if not reason:
            msg = tr(CTX, "削除の理由を入力してください。")
            raise ValidationError(msg, {"reason": msg})
        with self.vault.transaction() as conn:
            old = store.load(conn, reg, int(record_id))
            refs = store.inbound_references(conn, self.registers(), reg, int(record_id))
            if refs:
                where = "、".join(f"{o.label}（{f.label}、{n}件）" for o, f, n in refs)
                raise DaichoError(tr(CTX, "この記録は次の記録から参照されているため削除できません: {where}").format(where=where))
            store.delete(conn, reg, int(record_id))
            if reg.after_write:
                reg.after_write(self._ctx(conn), int(record_id), None, old)
            before = {k: v for k, v in store.comparable(reg, old).items() if not is_empty(v)}
            attachments = [{"name": a.name, "sha256": a.sha256, "size": a.size}
                           for f in reg.fields if f.kind == Kind.ATTACHMENTS for a in old.get(f.name) or []]
            details = {"reason": reason, "before": before}
            if attachments:
                details["attachments"] = attachments
            trail.append(conn, self.session.user_id, ACTION_DELETE, entity=slug, entity_id=record_id,
                         details=details)

    # -- history ------------------------------------------------------------------------------

    def history(self, slug: str, record_id: int, *, limit: int = 500) -> list[HistoryEntry]:
        """The record's changes, newest first, read from the audit trail."""
        reg = self._readable(slug)
        rid = int(record_id)
        entries = list(trail.query(self.conn, entity=slug, entity_id=rid, limit=limit))
        for e in trail.query(self.conn, actions=[ACTION_IMPORT], entity=slug, limit=limit):
            ids = e.details.get("ids") or {}
            if ids.get("first", 0) <= rid <= ids.get("last", -1):
                entries.append(e)
        entries.sort(key=lambda e: e.seq, reverse=True)
        resolver = self.resolver()
        cal = self.calendar()
        out = []
        for e in entries[:limit]:
            d = e.details
            changes = []
            before, after = d.get("before") or {}, d.get("after") or {}
            for name in dict.fromkeys([*before, *after]):
                if not reg.has_field(name):
                    continue
                f = reg.field(name)
                changes.append(Change(name, f.label, self._json_text(f, before.get(name), resolver, cal),
                                      self._json_text(f, after.get(name), resolver, cal)))
            if e.action in (ACTION_ATT_ADD, ACTION_ATT_REMOVE, ACTION_ATT_SAVE):
                changes.append(Change(d.get("field", ""), tr(CTX, "添付ファイル"), "", d.get("name", "")))
            summary = tr(CTX, _SUMMARY.get(e.action, e.action))
            out.append(HistoryEntry(e.seq, e.at, e.actor, e.action, summary, tuple(changes), d.get("reason", "")))
        return out

    @staticmethod
    def _json_text(f: Field, value, resolver, cal) -> str:
        if value is None:
            return ""
        from desktop.registers.values import coerce

        try:
            if f.kind == Kind.SUBLIST:
                py = [dict(item) for item in value]
                for item in py:
                    for sf in f.sub.fields:
                        item[sf.name] = coerce(sf, item.get(sf.name), None) if sf.kind != Kind.REF else item.get(sf.name)
            elif f.kind == Kind.REFS:
                py = list(value)
            elif f.kind == Kind.REF:
                py = value
            else:
                py = coerce(f, value, None)
        except Exception:  # noqa: BLE001 - an old entry whose declaration has changed since
            return str(value)
        return display_value(f, py, calendar=cal, title_of=resolver.title)

    # -- flags and due items -------------------------------------------------------------------

    def flags(self, slug: str, record: dict | int) -> list[Flag]:
        reg = self.register(slug)
        if isinstance(record, int):
            record = self.get(slug, record)
        return reg.flags(self._ctx(), record)

    def due_items(self, today: dt.date | None = None) -> list[DueItem]:
        """Everything due or overdue across registers (overdue first, then by date)."""
        ctx = self._ctx()
        if today is not None:
            ctx.today = today
        items = [item for reg in self.registers() for item in reg.due(ctx)]
        items.sort(key=lambda i: (not i.overdue, i.due or dt.date.max, i.register, i.record_id))
        return items

    # -- attachments ----------------------------------------------------------------------------

    def add_attachment(self, slug: str, record_id: int, field: str, source: Path | str | BinaryIO,
                       *, name: str | None = None) -> att.AttachmentInfo:
        """Store a file (path or binary stream) on a record's attachments field; audited."""
        self.session.require_write()
        reg = self.register(slug)
        new = (NewAttachment(field, source, name),)
        self._check_attachment_fields(reg, new)
        with self.vault.transaction() as conn:
            store.load(conn, reg, int(record_id), with_attachments=False)
            return self._attach(conn, reg, int(record_id), new, touch=True)[0]

    @staticmethod
    def _check_attachment_fields(reg: Register, attachments) -> None:
        for a in attachments:
            if reg.field(a.field).kind != Kind.ATTACHMENTS:
                raise ValueError(f"{reg.slug}.{a.field} is not an attachments field")

    def _attach(self, conn, reg: Register, record_id: int, attachments, *, touch: bool = False) -> list:
        """Store ``attachments`` on a record inside the caller's transaction; audited."""
        infos = []
        for a in attachments:
            info = att.add(conn, reg.slug, record_id, a.field, a.source, name=a.name, user=self.session.user_id)
            trail.append(conn, self.session.user_id, ACTION_ATT_ADD, entity=reg.slug, entity_id=record_id,
                         details={"field": a.field, "attachment_id": info.id, "name": info.name,
                                  "size": info.size, "sha256": info.sha256})
            infos.append(info)
        if infos and touch:
            conn.execute(f"UPDATE {reg.table} SET updated_at = ?, updated_by = ? WHERE id = ?",
                         (now_iso(), self.session.user_id, record_id))
        return infos

    def attachments(self, slug: str, record_id: int, field: str | None = None) -> list[att.AttachmentInfo]:
        return att.list_for(self.conn, slug, int(record_id), field)

    def open_attachment(self, attachment_id: int):
        """A buffered binary stream over the attachment (``.info`` has its metadata); for
        previews. Reading does not write anything anywhere."""
        return att.open_reader(self.conn, attachment_id)

    def attachment_bytes(self, attachment_id: int) -> bytes:
        return att.read_bytes(self.conn, attachment_id)

    def save_attachment_as(self, attachment_id: int, dest: Path | str) -> att.AttachmentInfo:
        """Write the attachment where the user chose (atomically); audited."""
        info = att.get(self.conn, attachment_id)
        att.save_as(self.conn, attachment_id, dest)
        with self.vault.transaction() as conn:
            trail.append(conn, self.session.user_id, ACTION_ATT_SAVE, entity=info.register,
                         entity_id=info.record_id,
                         details={"field": info.field, "attachment_id": info.id, "name": info.name,
                                  "sha256": info.sha256, "path": str(dest)})
        return info

    def remove_attachment(self, attachment_id: int, reason: str) -> None:
        """Remove an attachment (administrators, with a reason, like deleting a record)."""
        self.session.require_admin()
        reason = (reason or "").strip()
        if not reason:
            msg = tr(CTX, "削除の理由を入力してください。")
            raise ValidationError(msg, {"reason": msg})
        with self.vault.transaction() as conn:
            info = att.remove(conn, attachment_id)
            trail.append(conn, self.session.user_id, ACTION_ATT_REMOVE, entity=info.register,
                         entity_id=info.record_id,
                         details={"field": info.field, "attachment_id": info.id, "name": info.name,
                                  "sha256": info.sha256, "size": info.size, "reason": reason})

    # -- CSV --------------------------------------------------------------------------------------

    def export_csv(self, slug: str, dest: Path | str, *, encoding: str = "utf-8-sig",
                   query: ListQuery | None = None, confidential_reason: str | None = None) -> int:
        """A confidential register is written only when an administrator allows this export
        with ``confidential_reason`` (recorded with the export's audit entry)."""
        from desktop.registers import csvio

        return csvio.export(self, slug, dest, encoding=encoding, query=query,
                            confidential_reason=confidential_reason)

    def export_xlsx(self, slug: str, dest: Path | str, *, query: ListQuery | None = None,
                    confidential_reason: str | None = None) -> int:
        """The register as an Excel workbook (sub-lists as further sheets); audited."""
        from desktop.registers import xlsxio

        return xlsxio.export_xlsx(self, slug, dest, query=query, confidential_reason=confidential_reason)

    def write_template(self, slug: str, dest: Path | str) -> Path:
        """An Excel workbook to fill in: headers, an example row, drop-downs, explanations."""
        from desktop.registers import xlsxio

        path = xlsxio.write_template(self, slug, dest)
        xlsxio.add_validations(path, self.register(slug))
        return path

    def preview_import(self, slug: str, source: Path | str | bytes, *, encoding: str | None = None,
                       name: str | None = None, format: str | None = None):
        """Check a CSV file or an Excel workbook (``format`` "csv"/"xlsx", else from the name)."""
        from desktop.registers import csvio, xlsxio

        label = name or (None if isinstance(source, bytes | bytearray) else str(source))
        if format == "xlsx" or (format is None and label is not None and xlsxio.is_xlsx(label)) or (
                format is None and label is not None and label.lower().endswith(".xls")):
            return xlsxio.preview_xlsx(self, slug, source, name=name)
        return csvio.preview(self, slug, source, encoding=encoding, name=name)

    def commit_import(self, preview, *, include_duplicates: bool = False) -> list[int]:

        from desktop.registers import import_commit

        return import_commit.commit(self, preview, include_duplicates=include_duplicates)


def _find_field(reg: Register, name: str) -> Field:
    if "." in name:
        parent, sub = name.split(".", 1)
        return reg.field(parent).sub.field(sub)
    return reg.field(name)

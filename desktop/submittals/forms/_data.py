"""Reading the registers for the forms — only through :class:`RegisterService`.

This is the one place the forms meet the registers' API: list pages filtered by date (keyset
paging, never the whole table at once), whole records by id, titles of referenced records,
choice labels. Everything a form prints comes from here, in a stable order (the same
records always print the same way: the history compares SHA-256 later).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from desktop.errors import NotFound
from desktop.i18n import tr
from desktop.protocols import VaultLike

PAGE = 500


class Source:
    """Register reads for one form build (caches titles of referenced records)."""

    def __init__(self, vault: VaultLike) -> None:
        from desktop.registers.service import RegisterService

        self.vault = vault
        self.svc = RegisterService(vault)
        self._titles: dict[tuple[str, int], str] = {}
        self._records: dict[tuple[str, int], dict] = {}

    # -- records --------------------------------------------------------------------------

    def get(self, slug: str, record_id: int) -> dict:
        key = (slug, int(record_id))
        rec = self._records.get(key)
        if rec is None:
            try:
                rec = self.svc.get(slug, int(record_id))
            except NotFound:
                raise NotFound(tr("Submittals", "{register}の記録 #{id} が見つかりません。").format(
                    register=self.svc.register(slug).label, id=record_id)) from None
            self._records[key] = rec
        return rec

    def ids(self, slug: str, *, date_from: dt.date | None = None, date_to: dt.date | None = None,
            date_field: str | None = None, equals: tuple[tuple[str, Any], ...] = ()) -> Iterator[int]:
        """Record ids of ``slug`` in a date range (inclusive), page by page."""
        from desktop.registers.listing import ListQuery

        q = ListQuery(date_from=date_from, date_to=date_to, date_field=date_field, equals=equals)
        after = None
        while True:
            page = self.svc.page(slug, q, after=after, limit=PAGE)
            for row in page.rows:
                yield row.id
            if not page.has_after or not page.rows:
                return
            after = page.last_key

    def records(self, slug: str, **kw: Any) -> list[dict]:
        """Whole records (sub-lists included) of ``slug`` in a date range."""
        return [self.svc.get(slug, rid) for rid in self.ids(slug, **kw)]

    def all(self, slug: str) -> list[dict]:
        return self.records(slug)

    # -- labels ---------------------------------------------------------------------------

    def title(self, slug: str, record_id: int | None) -> str:
        if record_id is None:
            return ""
        key = (slug, int(record_id))
        title = self._titles.get(key)
        if title is None:
            try:
                title = self.svc.title(slug, int(record_id))
            except NotFound:
                title = f"#{record_id}"
            self._titles[key] = title
        return title

    def staff_name(self, staff_id: int | None) -> str:
        if staff_id is None:
            return ""
        return self.get("staff", staff_id).get("name") or f"#{staff_id}"

    def label(self, slug: str, field: str, value: Any) -> str:
        """The Japanese label of a choice value ('' for None)."""
        if value is None:
            return ""
        reg = self.svc.register(slug)
        if "." in field:
            parent, name = field.split(".", 1)
            sub = reg.field(parent).sub
            assert sub is not None, f"{slug}.{parent} is not a sub-list"
            f = sub.field(name)
        else:
            f = reg.field(field)
        c = f.choice(value)
        return c.label if c else str(value)

    def equipment_name(self, equipment_id: int | None, sep: str = "　") -> str:
        """資産番号 種別（メーカー 型番） — how an item of equipment is named in the forms
        (``sep="\n"`` puts the asset number on a line of its own, for narrow cells)."""
        if equipment_id is None:
            return ""
        e = self.get("equipment", equipment_id)
        model = " ".join(x for x in (e.get("maker"), e.get("model")) if x)
        kind = self.label("equipment", "kind", e.get("kind"))
        return f"{e.get('asset_no') or ''}{sep}{kind}" + (f"（{model}）" if model else "")

    # -- special reads --------------------------------------------------------------------

    def structure_as_of(self, date: dt.date) -> dict | None:
        from desktop.registers.definitions import structure

        return structure.as_of(self.svc.conn, date)

    def untrained_staff(self, fy: int) -> list[tuple[int, str]]:
        from desktop.registers.definitions import training_sessions

        return training_sessions.untrained_staff(self.svc.conn, fy)

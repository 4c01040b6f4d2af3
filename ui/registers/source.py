"""The register service seen from one register's list: what :class:`RegisterTableModel`
needs, nothing more. Keeps per-reload caches (reference titles, due items) so a page of 200
rows costs one query plus dictionary lookups.

Open items (the 要対応 banner, which rows are flagged or overdue) are this register's share of
the app's one derived compliance state (:mod:`ui.compliance.state` over
:func:`desktop.compliance.items.open_items`): the same due items and flags, with the same
clauses, that the 要対応 list, the dashboard and the compliance view show. The state is
computed off the GUI thread and recomputed after the app's one change signal; every list
asking for its items is called again whenever it is new, so a save changes the banner, the
row marks, the dashboard counts and the 要対応 list together. Without a live state (a list
shown on its own) the same derivation runs for this register alone, off the GUI thread on a
second read-only connection (``vault.connect_reader()``); the list shows its rows first and
highlights them a moment later.
"""

from __future__ import annotations

import inspect
import logging
import weakref

from desktop.registers.listing import ListQuery
from desktop.registers.model import Flag
from ui.widgets.tasks import runner, set_runner  # noqa: F401 - the shared runner, re-exported

log = logging.getLogger(__name__)

#: above this many due items in one register, rows are not highlighted in the list (the
#: detail pane and the 要対応 list still show every flag)
MAX_FLAGGED_ROWS = 20_000
#: due items are computed this long after a (re)load, once the first rows are on screen
DUE_DELAY_MS = 300


class RegisterSource:
    def __init__(self, service, slug: str) -> None:
        self.service = service
        self.slug = slug
        self.register = service.register(slug)
        try:
            self._page_has_columns = "columns" in inspect.signature(service.page).parameters
        except (TypeError, ValueError):
            self._page_has_columns = False
        self._generation = 0
        self._reader = None
        self._reader_service = None
        self._waiters: list = []
        self._due_running = False
        self._due_timer = None
        self._subscribers: list[weakref.WeakMethod | weakref.ref] = []
        self._state = None
        self.reset()

    def reset(self) -> None:
        self._generation += 1
        self._resolver = None
        self._flagged: dict[int, list[Flag]] | None = None
        self._due: list | None = None

    # -- rows --------------------------------------------------------------------------------

    def page(self, query: ListQuery, *, after=None, before=None, from_end=False, limit=100,
             columns=None):
        kw = {"after": after, "before": before, "from_end": from_end, "limit": limit}
        if columns is not None and self._page_has_columns:
            kw["columns"] = columns
        return self.service.page(self.slug, query, **kw)

    def key_at(self, query: ListQuery, offset: int, *, after=None, before=None, from_end=False):
        return self.service.key_at(self.slug, query, offset, after=after, before=before, from_end=from_end)

    def count(self, query: ListQuery):
        self.reset()
        return self.service.count(self.slug, query)

    def titles(self, ref_slug: str, ids) -> dict[int, str]:
        if self._resolver is None:
            self._resolver = self.service.resolver()
        return {rid: self._resolver.title(_RefField(ref_slug), rid) for rid in ids}

    # -- due items and flags ---------------------------------------------------------------

    def shared_state(self):
        """The app's live compliance state over this vault (None without one); once found,
        its every update is passed on to the callers of :meth:`request_due`."""
        from ui.compliance import state as state_mod

        st = state_mod.for_vault(getattr(self.service, "vault", None))
        if st is not None and st is not self._state:
            self._state = st
            st.updated.connect(self._state_updated)
        return st

    def _state_updated(self) -> None:
        st = self._state
        if st is None or st.error is not None:
            return
        self._set_due(st.items_of(self.slug))
        live = []
        for ref in self._subscribers:
            cb = ref()
            if cb is not None:
                live.append(ref)
                cb(self._due)
        self._subscribers = live

    def _subscribe(self, callback) -> None:
        try:
            ref = weakref.WeakMethod(callback)
        except TypeError:
            ref = weakref.ref(callback)
        if all(r() != callback for r in self._subscribers):
            self._subscribers.append(ref)

    def due_items(self) -> list:
        """This register's open items (due items and flags), now (tests, and when already
        loaded)."""
        st = self.shared_state()
        if st is not None and st.ready and not st.pending:
            return st.items_of(self.slug)
        if self._due is None:
            self._set_due(self._compute_due(self.service))
        return self._due

    def request_due(self, callback) -> None:
        """Call ``callback(items)`` on the GUI thread once this register's open items are
        known, and again whenever the shared state is recomputed (after any change)."""
        st = self.shared_state()
        if st is not None:
            self._subscribe(callback)
            if st.ready and not st.pending:
                self._set_due(st.items_of(self.slug))
                callback(self._due)
            return  # otherwise on the state's next update
        if self._due is not None:
            callback(self._due)
            return
        self._waiters.append((self._generation, callback))
        if self._due_running:
            return
        self._due_running = True
        from ui.widgets.tasks import SyncTaskRunner

        if isinstance(runner(), SyncTaskRunner):
            self._start_due()
            return
        # start after the first rows are painted: the worker competes for the interpreter
        from PySide6.QtCore import QTimer

        if self._due_timer is None:
            self._due_timer = QTimer()
            self._due_timer.setSingleShot(True)
            self._due_timer.setInterval(DUE_DELAY_MS)
            self._due_timer.timeout.connect(self._start_due)
        self._due_timer.start()

    def _start_due(self) -> None:
        generation = self._generation
        svc = self._background_service()

        def work(_progress):
            return self._compute_due(svc)

        def done(items):
            self._due_running = False
            if generation == self._generation:
                self._set_due(items)
            waiters, self._waiters = self._waiters, []
            again = []
            for gen, cb in waiters:
                if gen != self._generation:
                    continue          # asked before a reload: that answer is stale
                if self._due is not None:
                    cb(self._due)
                else:
                    again.append(cb)
            for cb in again:          # a reload happened meanwhile: compute once more
                self.request_due(cb)

        def failed(exc):
            self._due_running = False
            log.error("due items failed for %s: %s", self.slug, type(exc).__name__)
            self._set_due([])
            waiters, self._waiters = self._waiters, []
            for _gen, cb in waiters:
                cb([])

        runner().run(work, on_done=done, on_error=failed)

    def _background_service(self):
        from ui.widgets.tasks import SyncTaskRunner

        if isinstance(runner(), SyncTaskRunner):
            return self.service
        if self._reader_service is None:
            from desktop.registers.service import RegisterService

            self._reader = self.service.vault.connect_reader()
            self._reader_service = RegisterService(self.service.vault, read_conn=self._reader,
                                                   today=self.service.today)
        return self._reader_service

    def _compute_due(self, svc) -> list:
        from desktop.compliance import items

        try:
            return items.open_items(svc, only=self.slug)
        except Exception as exc:  # noqa: BLE001 - highlighting is a convenience, never fatal
            log.error("due items failed for %s: %s", self.slug, type(exc).__name__)
            return []

    def _set_due(self, items: list) -> None:
        self._due = items
        self._flagged = {}
        if len(items) <= MAX_FLAGGED_ROWS:
            for item in items:
                level = "overdue" if item.overdue else getattr(item, "level", "warning")
                if item.record_id:
                    self._flagged.setdefault(item.record_id, []).append(Flag(item.code, item.message, level))

    def flagged(self) -> dict[int, list[Flag]]:
        """Record id → flags, once the due items are known (empty before)."""
        return self._flagged or {}

    def close(self) -> None:
        if self._state is not None:
            try:
                self._state.updated.disconnect(self._state_updated)
            except (RuntimeError, TypeError):
                pass
            self._state = None
        self._subscribers = []
        if self._reader is not None:
            try:
                self._reader.close()
            except Exception:  # noqa: BLE001
                pass
            self._reader = None
            self._reader_service = None


class _RefField:
    """The bit of a Field the resolver reads (``ref``)."""

    def __init__(self, ref: str) -> None:
        self.ref = ref

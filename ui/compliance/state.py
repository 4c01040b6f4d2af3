"""The one derived state every compliance screen reads: the open items (要対応) and the
clause assessment, computed together off the GUI thread on a read connection, recomputed
after every change (the app's one change signal, ``ctx.data_changed``). The dashboard, the
要対応 list and the compliance view all show this same object, so their counts agree.
"""

from __future__ import annotations

import datetime as dt
import logging
import weakref

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

#: recompute this long after the last change (a burst of saves costs one computation)
DEBOUNCE_MS = 150
#: the live states (one per context), for views that know only their vault
_LIVE: list[weakref.ref] = []
#: the first computation starts this long after the state is made, so the screen that asked
#: for it (the dashboard after login) paints first instead of sharing the interpreter with
#: the worker thread (with the synchronous runner of the tests it runs at once)
FIRST_DELAY_MS = 150


class ComplianceState(QObject):
    #: the items and the assessment are new (or the computation failed: ``error`` is set)
    updated = Signal()

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.items: list = []
        self.assessment = None
        self.duties: list = []
        self.today: dt.date = dt.date.today()
        self.error: str | None = None
        self.ready = False
        self._running = False
        self._again = False
        self._reader = None
        self._reader_service = None
        self._service = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        ctx.data_changed.connect(self._changed)
        # dates pass while the app runs: look again every half hour
        self._clock = QTimer(self)
        self._clock.setInterval(30 * 60 * 1000)
        self._clock.timeout.connect(self.refresh)
        self._clock.start()

    def service(self):
        if self._service is None:
            from desktop.registers.service import RegisterService

            self._service = RegisterService(self.ctx.vault)
        return self._service

    def _changed(self, _what: str) -> None:
        self._timer.start()

    @property
    def pending(self) -> bool:
        """A change arrived and the new state is not computed yet (it follows with ``updated``)."""
        return self._timer.isActive() or self._running

    def items_of(self, slug: str) -> list:
        """The open items of one register (what its banner and row highlights show)."""
        return [i for i in self.items if i.register == slug]

    def refresh(self) -> None:
        v = self.ctx.vault
        if v is None or getattr(v, "conn", None) is None:
            return
        if self._running:
            self._again = True
            return
        from ui.widgets.tasks import SyncTaskRunner, runner

        svc = self.service()
        if not isinstance(runner(), SyncTaskRunner):
            if self._reader_service is None:
                from desktop.registers.service import RegisterService

                self._reader = v.connect_reader()
                self._reader_service = RegisterService(v, read_conn=self._reader, today=svc.today)
            svc = self._reader_service
        self._running = True
        user = v.session.user_id

        def work(_progress):
            from desktop.compliance import duties, items, status

            today = svc.today()
            open_items = items.open_items(svc, today)
            assessment = status.assess(svc, today, open_items=open_items)
            return today, open_items, assessment, duties.collect(svc.conn, open_items, today, user_id=user)

        runner().run(work, on_done=self._done, on_error=self._failed)

    def _done(self, result) -> None:
        self._running = False
        if getattr(self.ctx.vault, "conn", None) is None:
            return
        if self._again:
            self._again = False
            self.refresh()
            return
        self.today, self.items, self.assessment, self.duties = result
        self.error = None
        self.ready = True
        self.updated.emit()

    def _failed(self, exc) -> None:
        self._running = False
        log.error("compliance state failed: %s", type(exc).__name__)
        from ui.widgets.messages import error_text

        self.error = error_text(exc)
        self.updated.emit()

    def close(self) -> None:
        if self._reader is not None:
            try:
                self._reader.close()
            except Exception:  # noqa: BLE001
                pass
            self._reader = None
            self._reader_service = None


def state_for(ctx, service=None) -> ComplianceState:
    """The context's one state object (created on first use, computed once). ``service`` (a
    RegisterService, e.g. with a fixed ``today`` in tests) is used when the state is new."""
    state = getattr(ctx, "_compliance_state", None)
    if state is None:
        state = ComplianceState(ctx)
        state._service = service
        ctx._compliance_state = state
        _LIVE[:] = [r for r in _LIVE if r() is not None] + [weakref.ref(state)]
        from ui.widgets.tasks import SyncTaskRunner, runner

        if isinstance(runner(), SyncTaskRunner):
            state.refresh()
        else:
            QTimer.singleShot(FIRST_DELAY_MS, state.refresh)
    return state


def for_vault(vault) -> ComplianceState | None:
    """The live state computed over ``vault`` (None when no screen made one)."""
    for ref in _LIVE:
        state = ref()
        try:
            if state is not None and state.ctx.vault is vault:
                return state
        except RuntimeError:  # its context was deleted with the window
            continue
    return None

"""Where a register truly differs from the generic list/form/detail, and nothing else.

* 管理体制 (structure): an "as of" date — the revision in effect on that day is selected and
  its period shown; 編集 creates a new revision (the old one stays as it was).
* データ交換 (exchanges): "ファイルから計算…" streams the chosen file through the core's
  hashing on a worker thread (progress, cancel) and stores size/SHA-256 on the record; the
  match or mismatch with the counterpart's reported values is shown plainly.
* 教育 (training-sessions / training-plans): "今年度未受講の従事者" — active staff with no
  session attended in the current fiscal year.
* Any register: due items of this register (the service's due API) in a banner above the
  list ("要対応 N件"), clicking one selects its record.

Each extra is a small class with ``record_shown(record_id)`` and ``edit(record_id) -> bool``
(True when it handled 編集 itself).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QVBoxLayout,
)

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.registers.listing import ListQuery
from ui.registers.dates import DateEdit, day_text
from ui.registers.detail import hex_groups
from ui.widgets import files, messages

log = logging.getLogger(__name__)
CTX = "RegisterExtras"
OK_STYLE = "background: #e6f4ea; color: #0d652d; border: 1px solid #a8dab5; padding: 6px; border-radius: 3px;"
BAD_STYLE = "background: #fde2e1; color: #8c1d18; border: 1px solid #f2b8b5; padding: 6px; border-radius: 3px;"
NEUTRAL_STYLE = "background: #f1f3f4; color: #3c4043; border: 1px solid #dadce0; padding: 6px; border-radius: 3px;"

def runner():
    """The task runner for background work (see :func:`ui.registers.source.set_runner`)."""
    from ui.registers import source

    return source.runner()


class Extras:
    def __init__(self, view) -> None:
        self.view = view
        self.due_banner = DueBanner(view)
        view.above_table.addWidget(self.due_banner)

    def record_shown(self, record_id: int | None) -> None:
        pass

    def edit(self, record_id: int) -> bool:
        return False


class DueBanner(QFrame):
    """「要対応 N件」 for this register, expandable to the list of items."""

    def __init__(self, view) -> None:
        super().__init__()
        self.view = view
        self.setObjectName("dueBanner")
        self.setStyleSheet("#dueBanner { background: #fff8e1; border: 1px solid #f0d68a; border-radius: 3px; }")
        self.toggle = QToolButton()
        self.toggle.setObjectName("dueToggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._expand)
        self.list = QListWidget()
        self.list.setObjectName("dueItems")
        self.list.setMaximumHeight(120)
        self.list.hide()
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.addWidget(self.toggle)
        lay.addWidget(self.list)
        self.items = []
        self.hide()
        # due items arrive from a worker thread (they can take a moment on big registers)
        self.refresh()
        view.model.modelReset.connect(self.refresh)

    def refresh(self) -> None:
        self.view.source.request_due(self.show_items)

    def show_items(self, items) -> None:
        self.items = items
        self.list.clear()
        cal = self.view.calendar
        for it in items[:300]:
            when = day_text(it.due, cal) if it.due else ""
            mark = "⚠" if it.overdue else "・"
            entry = QListWidgetItem(f"{mark} {it.title}　{it.message}　{when}".rstrip())
            entry.setData(Qt.ItemDataRole.UserRole, it.record_id)
            if it.overdue:
                entry.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(entry)
        overdue = sum(1 for i in items if i.overdue)
        self.toggle.setText(tr(CTX, "要対応 {n}件（期限超過 {m}件）").format(n=len(items), m=overdue))
        self.setVisible(bool(items))

    def _expand(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.list.setVisible(on)

    def _open(self, item) -> None:
        rid = item.data(Qt.ItemDataRole.UserRole)
        if rid:
            select_anywhere(self.view, rid)


def select_anywhere(view, record_id: int) -> bool:
    """Select a record even if its page is not loaded: clear filters, then seek by its key."""
    if view.select_record(record_id):
        return True
    view.reset_filters()
    if view.select_record(record_id):
        return True
    # not in the cached blocks: show it in the detail pane at least
    view.detail.show_record(record_id)
    return False


# -- structure ----------------------------------------------------------------------------------

class StructureExtras(Extras):
    def __init__(self, view) -> None:
        super().__init__(view)
        bar = QFrame()
        bar.setObjectName("asOfBar")
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(tr(CTX, "基準日")))
        self.as_of = DateEdit(view.calendar, optional=False)
        self.as_of.setObjectName("asOfDate")
        self.as_of.set_value(dt.date.today())
        self.as_of.changed.connect(self.show_as_of)
        lay.addWidget(self.as_of)
        self.as_of_result = QLabel()
        self.as_of_result.setObjectName("asOfResult")
        self.as_of_result.setWordWrap(True)
        lay.addWidget(self.as_of_result, 1)
        view.above_table.addWidget(bar)
        view.edit_button.setText(tr(CTX, "改定（新しい版）"))
        view.edit_button.setToolTip(tr(CTX, "選んだ版を元に新しい版を作ります。元の版は変更されません。"))
        self.show_as_of()

    def revision_on(self, day: dt.date) -> tuple[int | None, dt.date | None]:
        """(id of the revision in effect on ``day``, the day before the next revision)."""
        svc, slug = self.view.service, self.view.slug
        cur = svc.page(slug, ListQuery(date_to=day, sort="effective_from", descending=True), limit=1)
        if not cur.rows:
            return None, None
        nxt = svc.page(slug, ListQuery(date_from=day + dt.timedelta(days=1), sort="effective_from",
                                       descending=False), limit=1)
        until = nxt.rows[0].values["effective_from"] - dt.timedelta(days=1) if nxt.rows else None
        return cur.rows[0].id, until

    def show_as_of(self) -> None:
        day = self.as_of.value()
        if day is None:
            return
        rid, until = self.revision_on(day)
        cal = self.view.calendar
        if rid is None:
            self.as_of_result.setText(tr(CTX, "{day}時点の管理体制は登録されていません。").format(day=day_text(day, cal)))
            self.as_of_result.setStyleSheet(BAD_STYLE)
            return
        rec = self.view.service.get(self.view.slug, rid)
        start = day_text(rec["effective_from"], cal)
        period = tr(CTX, "{start}から現在まで").format(start=start) if until is None else tr(
            CTX, "{start}から{end}まで").format(start=start, end=day_text(until, cal))
        self.as_of_result.setText(tr(CTX, "{day}時点の版: 「{name}」（適用期間 {period}）").format(
            day=day_text(day, cal), name=rec.get("organization") or "", period=period))
        self.as_of_result.setStyleSheet(NEUTRAL_STYLE)
        self.as_of_id = rid
        if not self.view.select_record(rid):
            self.view.reset_filters()
            if not self.view.select_record(rid):
                self.view.detail.show_record(rid)

    def edit(self, record_id: int) -> bool:
        view = self.view
        try:
            base = view.service.get(view.slug, record_id)
        except DaichoError as exc:
            messages.show_error(view, exc)
            return True
        values = {k: v for k, v in base.items() if view.register.has_field(k)}
        values["members"] = [{k: v for k, v in m.items() if k != "id"} for m in base.get("members") or []]
        values["effective_from"] = None
        values["change_reason"] = None
        dialog = view._make_dialog(None, lambda v: view.service.create(view.slug, v),
                                   title=tr(CTX, "管理体制 — 改定（新しい版）"))
        dialog.form.set_defaults(values)
        dialog.form.dirty = False
        note = QLabel(tr(CTX, "「{name}」（{start}〜）を元に新しい版を作ります。適用開始日と改定理由を入力してください。").format(
            name=base.get("organization") or "", start=day_text(base["effective_from"], view.calendar)))
        note.setWordWrap(True)
        note.setStyleSheet(NEUTRAL_STYLE)
        dialog.layout().insertWidget(0, note)
        view._show_dialog(dialog)
        return True


# -- exchanges ----------------------------------------------------------------------------------

class ExchangeExtras(Extras):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.hash_button = QPushButton(tr(CTX, "ファイルから計算…"))
        self.hash_button.setObjectName("hashButton")
        self.hash_button.setToolTip(tr(CTX, "交換したファイルを選ぶと、サイズとSHA-256を計算して相手方の申告値と照合します（ファイルはコピーしません）。"))
        self.hash_button.clicked.connect(self.choose_and_hash)
        self.hash_button.setVisible(view.can_write)
        view.extra_bar.addWidget(self.hash_button)
        self.result = QLabel()
        self.result.setObjectName("verificationResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        view.detail.layout().insertWidget(2, self.result)
        self.handle = None
        self.record_shown(None)

    def record_shown(self, record_id: int | None) -> None:
        self.hash_button.setEnabled(record_id is not None)
        if record_id is None:
            self.result.hide()
            return
        try:
            rec = self.view.service.get(self.view.slug, record_id)
        except DaichoError:
            self.result.hide()
            return
        self.show_verification(rec)

    def show_verification(self, rec: dict) -> None:
        v = rec.get("verification")
        size, sha = rec.get("file_size"), rec.get("file_sha256")
        rsize, rsha = rec.get("reported_size"), rec.get("reported_sha256")
        lines = []
        if v == "match":
            head = tr(CTX, "✔ 一致: 当方で計算した値が相手方の申告値と一致しました。")
            style = OK_STYLE
        elif v == "mismatch":
            head = tr(CTX, "✘ 不一致: 当方で計算した値が相手方の申告値と一致しません。ファイルを確認してください。")
            style = BAD_STYLE
        elif size is None:
            head = tr(CTX, "未照合: 「ファイルから計算…」で交換したファイルを選んでください。")
            style = NEUTRAL_STYLE
        else:
            head = tr(CTX, "未照合: 相手方の申告値（サイズまたはSHA-256）が入力されていません。")
            style = NEUTRAL_STYLE
        lines.append(head)
        if size is not None or rsize is not None:
            mark = "" if size is None or rsize is None else ("＝" if int(size) == int(rsize) else "≠")
            lines.append(tr(CTX, "サイズ　当方 {a}　{m}　申告 {b}").format(
                a=_num(size), m=mark, b=_num(rsize)))
        if sha or rsha:
            mark = "" if not sha or not rsha else ("＝" if sha.lower() == rsha.lower() else "≠")
            lines.append(tr(CTX, "SHA-256 当方: {a}").format(a=hex_groups(sha) if sha else "—"))
            lines.append(tr(CTX, "SHA-256 申告: {b}　{m}").format(b=hex_groups(rsha) if rsha else "—", m=mark))
        self.result.setText("\n".join(lines))
        self.result.setStyleSheet(style)
        self.result.show()

    def choose_and_hash(self) -> None:
        rid = self.view.current_id()
        if rid is None:
            return
        path = files.ask_open_path(self.view, tr(CTX, "交換したファイルを選択"), "", tr(CTX, "すべてのファイル (*)"))
        if path:
            self.hash_path(rid, path)

    def hash_path(self, record_id: int, path: str):
        view = self.view
        try:
            Path(path).stat()
        except OSError as exc:
            messages.show_error(view, tr(CTX, "ファイルを読み取れません: {path}（{reason}）").format(
                path=path, reason=exc.strerror or type(exc).__name__))
            return None
        progress = QProgressDialog(tr(CTX, "「{name}」のSHA-256を計算しています…").format(name=Path(path).name),
                                   tr(CTX, "中止"), 0, 1000, view)
        progress.setObjectName("hashProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        self.hash_button.setEnabled(False)

        def on_progress(done, all_):
            progress.setValue(int(done * 1000 / all_) if all_ else 1000)

        def finish():
            progress.hide()
            progress.deleteLater()
            self.hash_button.setEnabled(True)

        def on_done(digest):
            finish()
            try:  # back on the GUI thread: the service stores it (audited) and compares
                view.service.store_exchange_digest(record_id, digest)
                rec = view.service.get(view.slug, record_id)
            except DaichoError as exc:
                messages.show_error(view, exc)
                return
            view._emit_changed()
            view.refresh(keep=record_id)
            self.show_verification(rec)

        def on_error(exc):
            finish()
            from desktop.registers.attachments import HashCancelled
            from ui.widgets.tasks import Cancelled

            if isinstance(exc, Cancelled | HashCancelled):
                view.ctx.status.emit(tr(CTX, "計算を中止しました。"))
                return
            if isinstance(exc, OSError):
                messages.show_error(view, tr(CTX, "ファイルを読み取れません: {path}（{reason}）").format(
                    path=path, reason=exc.strerror or type(exc).__name__))
                return
            messages.show_error(view, exc)

        # hashing reads no database: the worker streams the file through the service's digest
        service = view.service
        handle = runner().run(lambda p: service.digest_exchange_file(path, progress=p), on_done=on_done,
                              on_error=on_error, on_progress=on_progress)
        progress.canceled.connect(handle.cancel)
        self.handle = handle
        return handle


def _num(n) -> str:
    return "—" if n is None else tr(CTX, "{n} バイト").format(n=f"{int(n):,}")


# -- training ----------------------------------------------------------------------------------

class TrainingExtras(Extras):
    """今年度未受講の従事者: active staff with no attended session this fiscal year."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.box = QFrame()
        self.box.setObjectName("untrainedBox")
        lay = QVBoxLayout(self.box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setObjectName("untrainedToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.list = QListWidget()
        self.list.setObjectName("untrainedList")
        self.list.setMaximumHeight(110)
        self.list.hide()
        self.toggle.toggled.connect(lambda on: (self.list.setVisible(on), self.toggle.setArrowType(
            Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)))
        lay.addWidget(self.toggle)
        lay.addWidget(self.list)
        view.above_table.addWidget(self.box)
        view.model.modelReset.connect(self.refresh)
        self.refresh()

    def untrained(self) -> list[str] | None:
        from desktop.submittals.wareki import fiscal_year

        svc = self.view.service
        fy = fiscal_year(svc.today())
        self.fiscal_year = fy
        return [name for _sid, name in svc.untrained_staff(fy)]

    def refresh(self) -> None:
        try:
            names = self.untrained()
        except Exception:  # noqa: BLE001
            log.exception("untrained staff failed")
            names = None
        if names is None:
            self.box.hide()
            return
        self.list.clear()
        for name in names:
            self.list.addItem(name)
        from desktop.submittals.wareki import fiscal_year_label

        label = fiscal_year_label(self.fiscal_year, "wareki" if self.view.calendar == "wareki" else "western")
        self.toggle.setText(tr(CTX, "今年度（{fy}）未受講の従事者 {n}人").format(fy=label, n=len(names)))
        self.box.setVisible(True)


class StaffExtras(Extras):
    """A 受講履歴 tab in the detail pane: the sessions the person attended."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.history = QListWidget()
        self.history.setObjectName("trainingHistory")
        view.detail.tabs.addTab(self.history, tr(CTX, "教育の受講履歴"))

    def record_shown(self, record_id: int | None) -> None:
        self.history.clear()
        if record_id is None:
            return
        rows = self.view.service.training_history(record_id)
        for r in rows:
            self.history.addItem(f"{day_text(r['held_on'], self.view.calendar)}　{r['title']}（{r['trainer']}）")
        if not rows:
            self.history.addItem(tr(CTX, "受講の記録はありません。"))


EXTRAS = {
    "structure": StructureExtras,
    "exchanges": ExchangeExtras,
    "training-sessions": TrainingExtras,
    "training-plans": TrainingExtras,
    "staff": StaffExtras,
}


def extras_for(view) -> Extras:
    return EXTRAS.get(view.slug, Extras)(view)


"""The one table model every register list uses: lazy keyset paging through the service.

Rows are addressed by their position in sort order, but the database is only ever asked for
pages *after* or *before* a known row key (never ``OFFSET``):

* ``rowCount`` is the service's count (exact, or — for some searches — an estimate; then the
  model grows with ``fetchMore`` from the top instead, and Ctrl+End (:meth:`load_tail`)
  fetches the last page and shows it below a "…" row standing for the rows not loaded yet;
  scrolling onto that row loads them from either side, and when both sides meet the count is
  known exactly);
* the rows are cut into blocks of :data:`PAGE` rows; a block is fetched after the key of the
  row just above it, or before the key of the row just below it, or from either end — so the
  first rows and the last rows (Ctrl+End, scrollbar to the bottom) cost one small query each;
* only the keys at block edges are remembered (a few thousand tuples for a million rows) and
  at most :data:`CACHE_BLOCKS` blocks of row values are kept;
* a block far from any known key (the scrollbar dragged to the middle) shows "…" for a
  moment: on a zero timer the model asks the service for the key of the row just above it
  (``key_at``: an ``OFFSET`` over the sort index only, counted from the nearest known key or
  end), then fetches the block after that key. Only the most recently asked block is jumped
  to (a drag paints many positions on its way); blocks still on screen ask again.

Sorting by clicking a header re-queries in SQL through the service. Unit-tested without a
window (``tests/ui/registers/test_table_model.py``).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPalette

from desktop.i18n import tr
from desktop.registers.listing import ListQuery
from desktop.registers.model import Kind, Register
from desktop.registers.values import display
from ui.widgets import tones

PAGE = 200
CACHE_BLOCKS = 60

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1    # the record id (int)
RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole + 2    # the Python value of the cell
FIELD_ROLE = Qt.ItemDataRole.UserRole + 3        # the Field of the column
FLAG_LEVEL_ROLE = Qt.ItemDataRole.UserRole + 4   # "overdue" | "warning" | "info" | None
LOADED_ROLE = Qt.ItemDataRole.UserRole + 5       # False while the row is still being fetched

#: flag level -> tone of the row (tinted background, coloured first column; from the palette)
FLAG_TONES = {"overdue": "error", "warning": "warn"}
LEVEL_ORDER = {"overdue": 3, "warning": 2, "info": 1}



def is_fiscal_year(f) -> bool:
    """A number field holding a fiscal year (年度, by its starting year)."""
    return f.kind == Kind.NUMBER and (f.name == "fiscal_year" or f.label_ja == "年度")


def shown(f, value, calendar: str, title_of=None) -> str:
    """A value as the user reads it in the list and the detail pane: :func:`display`, with a
    fiscal year as 令和8年度（2026年度）."""
    if value is not None and is_fiscal_year(f) and isinstance(value, int | float):
        from ui.widgets.dates import fiscal_year_text

        return fiscal_year_text(int(value), calendar)
    return display(f, value, calendar=calendar, title_of=title_of)


class RegisterTableModel(QAbstractTableModel):
    """Columns are ``register.list_columns`` (``column_name(i)``/``column_index(name)``).

    ``source`` is a :class:`ui.registers.source.RegisterSource` (the service, seen from one
    register): ``page(query, after=, before=, from_end=, limit=, columns=)``,
    ``key_at(query, offset, after=, before=, from_end=)``, ``count(query)``,
    ``titles(field, ids)``, ``request_due(callback)`` and ``flagged()``.
    """

    #: the count changed (value, exact)
    count_changed = Signal(int, bool)
    #: the sort changed (column, Qt.SortOrder) — lets the view correct its header indicator
    sort_changed = Signal(int, Qt.SortOrder)
    #: rows were inserted just above the tail (estimate mode, scrolling up from the end): the
    #: view scrolls down by that many rows so what the user looks at stays put
    tail_grew = Signal(int)

    def __init__(self, source, register: Register, *, calendar: str = "wareki", parent=None) -> None:
        super().__init__(parent)
        self.source = source
        self.register = register
        self.calendar = calendar
        self.columns = tuple(register.list_columns)
        self.fields = tuple(register.field(c) for c in self.columns)
        self.query = ListQuery()
        self._titles: dict[tuple[str, int], str] = {}
        self._walk_timer = QTimer(self)
        self._walk_timer.setSingleShot(True)
        self._walk_timer.setInterval(0)
        self._walk_timer.timeout.connect(self._walk_step)
        self._gap_timer = QTimer(self)
        self._gap_timer.setSingleShot(True)
        self._gap_timer.setInterval(0)
        self._gap_timer.timeout.connect(lambda: self.fill_gap(self.gap_direction))
        #: which side of the "…" row grows when it is on screen: "up" (the tail grows
        #: backwards; the view scrolled up from the end) or "down" (the head grows)
        self.gap_direction = "up"
        self._reset_state()
        self.reload()

    # -- public -------------------------------------------------------------------------------

    def column_index(self, name: str) -> int:
        return self.columns.index(name)

    def column_name(self, col: int) -> str:
        return self.columns[col]

    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.reload()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        name, desc = self.register.default_sort
        if self.query.sort:
            name, desc = self.query.sort, bool(self.query.descending)
        elif self.query.descending is not None:
            desc = self.query.descending
        col = self.columns.index(name) if name in self.columns else -1
        return col, Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder

    def reload(self) -> None:
        """Re-count and drop every cached row (after a write, a new search or sort)."""
        self.beginResetModel()
        self._reset_state()
        c = self.source.count(self.query)
        self.exact = c.exact
        self.at_least = c.at_least      # not exact: a lower bound (else an upper bound)
        self.total = c.value
        if not self.exact:
            # an estimate: grow from the top with fetchMore instead of pretending to know N
            self._load_block(0)
            self._rows_shown = self._head_extent()
        self.endResetModel()
        self.count_changed.emit(self.total, self.exact)
        # flags come from the register's due items, which may arrive after the first paint
        self.source.request_due(self._on_due)

    def record_id(self, row: int) -> int | None:
        r = self._row(row, fetch=True)
        return r.id if r else None

    def row_of(self, record_id: int, *, load: bool = True) -> int | None:
        """The row of a record among the cached blocks; with ``load``, the first and last
        blocks are fetched too (where new records usually land). None if not found."""
        for start, rows in list(self._blocks.items()):
            for i, r in enumerate(rows):
                if r.id == record_id:
                    return start + i
        if load and self.rowCount():
            for row in (0, self.rowCount() - 1):
                start = row - row % PAGE
                if start not in self._blocks and self._row(row, fetch=True) is not None:
                    found = self.row_of(record_id, load=False)
                    if found is not None:
                        return found
        return None

    def values(self, row: int) -> dict | None:
        r = self._row(row, fetch=True)
        return dict(r.values) if r else None

    def is_walking(self) -> bool:
        """A far block is waiting for its jump (its rows show "…")."""
        return bool(self._walk_targets)

    def finish_walks(self) -> None:
        """Run pending jumps now (tests and benchmarks)."""
        while self._walk_targets:
            self._walk_step()

    # -- estimate mode: the end without knowing the count -------------------------------------

    def load_tail(self) -> bool:
        """Ctrl+End while the count is only an estimate: fetch the last page (one query) and
        show it at the bottom, below a "…" row for what lies between. True when the last row
        is now the model's last row."""
        if self.exact or self._tail is not None:
            return True
        if not self._head_more:
            return True                # everything is loaded already
        page = self.source.page(self.query, from_end=True, limit=PAGE)
        self.queries += 1
        rows, merged = self._cut_overlap(page.rows)
        if not rows and not merged:
            return False
        first = self._rows_shown
        if rows or not merged:
            self.beginInsertRows(QModelIndex(), first, first + (not merged) + len(rows) - 1)
        self._tail = rows
        self._tail_gap = not merged
        if rows or not merged:
            self.endInsertRows()
        self._load_titles(rows)
        if merged:
            self._to_exact()
        return True

    def has_gap(self) -> bool:
        return self._tail is not None and self._tail_gap

    def gap_row(self) -> int | None:
        """The row of the "…" between head and tail (estimate mode after Ctrl+End)."""
        return self._rows_shown if self.has_gap() else None

    def fill_gap(self, direction: str = "up") -> None:
        """Load one page into the gap: "up" extends the tail backwards, "down" the head."""
        self._gap_timer.stop()
        if not self.has_gap():
            return
        if direction == "down":
            start = self._rows_shown
            key = self._keys.get(start - 1)
            page = self.source.page(self.query, after=key, limit=PAGE) if key else self.source.page(self.query, limit=PAGE)
            self.queries += 1
            rows, merged = self._cut_before_tail(page.rows)
            merged = merged or not page.has_after
            if rows:
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._store(start, rows)
                self._rows_shown += len(rows)
                self.endInsertRows()
        else:
            page = self.source.page(self.query, before=self._tail[0].key, limit=PAGE)
            self.queries += 1
            rows, merged = self._cut_overlap(page.rows)
            # nothing more before the tail (or the data changed meanwhile): the sides met
            merged = merged or not page.has_before or not rows
            if rows:
                at = self._rows_shown + 1
                self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
                self._tail = rows + self._tail
                self.endInsertRows()
                self._load_titles(rows)
                self.tail_grew.emit(len(rows))
        if merged:
            gap = self._rows_shown
            self.beginRemoveRows(QModelIndex(), gap, gap)
            self._tail_gap = False
            self.endRemoveRows()
            self._to_exact()

    def _has_gap(self) -> int:
        return 1 if self._tail is not None and self._tail_gap else 0

    def _cut_overlap(self, rows: list) -> tuple[list, bool]:
        """Drop rows the head already shows (a tail page reaching back into the head)."""
        if not self._rows_shown:
            return rows, False
        last = self._keys.get(self._rows_shown - 1)
        for i, r in enumerate(rows):
            if r.key == last:
                return rows[i + 1:], True
        return rows, False

    def _cut_before_tail(self, rows: list) -> tuple[list, bool]:
        first = self._tail[0].key
        for i, r in enumerate(rows):
            if r.key == first:
                return rows[:i], True
        return rows, False

    def _to_exact(self) -> None:
        """Head and tail met: the count is now known; the tail's rows become ordinary keyed
        rows (their values reload by block on demand)."""
        n = self._rows_shown
        for i, r in enumerate(self._tail or ()):
            self._keys[n + i] = r.key
        self.total = n + len(self._tail or ())
        self.exact = True
        self._tail = None
        self._tail_gap = False
        self._head_more = False
        for start in [s for s, rows in self._blocks.items() if len(rows) < self._block_len(s)]:
            del self._blocks[start]                     # a partial block at the seam: reload
        if self.total:
            self.dataChanged.emit(self.index(n, 0), self.index(self.total - 1, len(self.columns) - 1))
        self.count_changed.emit(self.total, True)

    # -- Qt model API -----------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        if self.exact:
            return self.total
        if self._tail is None:
            return self._rows_shown
        return self._rows_shown + self._has_gap() + len(self._tail)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        if parent.isValid() or self.exact or self._tail is not None:
            return False
        return self._head_more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self.exact or not self._head_more or self._tail is not None:
            return
        start = self._rows_shown
        self._load_block(start)
        end = start + len(self._blocks.get(start) or ())   # earlier blocks may be evicted
        if end > start:
            self.beginInsertRows(QModelIndex(), start, end - 1)
            self._rows_shown = end
            self.endInsertRows()
            if end > self.total:
                self.total = end
                self.count_changed.emit(self.total, self.exact)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.fields):
            return None
        f = self.fields[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.label if f.sortable else tr("RegisterList", "{label}（この列では並べ替えできません）").format(label=f.label)
        if role == FIELD_ROLE:
            return f
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r = self._row(row, fetch=role in (Qt.ItemDataRole.DisplayRole, RECORD_ID_ROLE, RAW_VALUE_ROLE))
        if role == LOADED_ROLE:
            return r is not None
        if r is None:
            if role == Qt.ItemDataRole.DisplayRole:
                if col == 1 and row == self.gap_row():
                    return tr("RegisterList", "（この間の行は、スクロールすると読み込みます）")
                return "…" if col == 0 else ""
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(tones.color("muted"))
            return None
        f = self.fields[col]
        if role == Qt.ItemDataRole.DisplayRole:
            value = r.values.get(f.name)
            if f.kind in (Kind.REF, Kind.REFS):
                return display(f, value, calendar=self.calendar, title_of=self._title_of)
            return shown(f, value, self.calendar)
        if role == RECORD_ID_ROLE:
            return r.id
        if role == RAW_VALUE_ROLE:
            return r.values.get(f.name)
        if role == FIELD_ROLE:
            return f
        level = self._flag_levels.get(r.id)
        if role == FLAG_LEVEL_ROLE:
            return level
        if role == Qt.ItemDataRole.BackgroundRole and level in FLAG_TONES:
            return QBrush(tones.background(FLAG_TONES[level]))
        if role == Qt.ItemDataRole.ForegroundRole and level in FLAG_TONES:
            # every cell: the palette's text on a tinted row, the first in the tone's colour
            return QBrush(tones.color(FLAG_TONES[level]) if col == 0 else tones.palette().color(QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and level in FLAG_TONES:
            return _flag_icon(level)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and r.id in self._flag_text:
            return self._flag_text[r.id]
        if role == Qt.ItemDataRole.TextAlignmentRole and f.kind == Kind.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.fields) or not self.fields[column].sortable:
            col, current = self.sort_column()
            self.sort_changed.emit(col, current)
            return
        desc = order == Qt.SortOrder.DescendingOrder
        if (column, order) == self.sort_column():
            return
        self.query = replace(self.query, sort=self.columns[column], descending=desc)
        self.reload()
        self.sort_changed.emit(column, order)

    # -- paging internals -------------------------------------------------------------------

    def _reset_state(self) -> None:
        self.total = 0
        self.exact = True
        self.at_least = False
        self._rows_shown = 0
        self._head_more = False
        self._blocks: OrderedDict[int, list] = OrderedDict()   # block start -> rows
        self._keys: dict[int, tuple] = {}                      # row index -> key (block edges)
        self._flag_levels: dict[int, str] = {}
        self._flag_text: dict[int, str] = {}
        self._walk_targets: dict[int, None] = {}             # far blocks asked for, oldest first
        self._tail: list | None = None      # estimate mode after Ctrl+End: the last rows, in order
        self._tail_gap = False              # rows not loaded yet between the head and the tail
        self.queries = 0            # pages asked of the service (tests/bench)

    def _row(self, row: int, *, fetch: bool):
        if self._tail is not None and row >= self._rows_shown:
            i = row - self._rows_shown - self._has_gap()
            if i < 0:                  # the "…" row: load around it once painted
                if fetch and not self._gap_timer.isActive():
                    self._gap_timer.start()
                return None
            return self._tail[i] if i < len(self._tail) else None
        start = row - row % PAGE
        rows = self._blocks.get(start)
        if rows is None:
            if not fetch or not 0 <= row < self.rowCount():
                return None
            if not self._load_block(start):
                return None
            rows = self._blocks.get(start)
            if rows is None:
                return None
        else:
            self._blocks.move_to_end(start)
        i = row - start
        return rows[i] if i < len(rows) else None

    def _block_len(self, start: int) -> int:
        return min(PAGE, self.total - start) if self.exact else PAGE

    def _head_extent(self) -> int:
        n = 0
        while n in self._blocks:
            rows = self._blocks[n]
            n += len(rows)
            if len(rows) < PAGE:
                break
        return n

    def _load_block(self, start: int) -> bool:
        """Fetch block ``start`` if a neighbouring key is known; else schedule a walk."""
        n = self._block_len(start)
        if n <= 0:
            return False
        q = self.query
        if start == 0:
            page = self.source.page(q, limit=n)
        elif start - 1 in self._keys:
            page = self.source.page(q, after=self._keys[start - 1], limit=n)
        elif self.exact and start + n == self.total:
            page = self.source.page(q, from_end=True, limit=n)
        elif self.exact and start + n in self._keys:
            page = self.source.page(q, before=self._keys[start + n], limit=n)
        else:
            self._walk_targets.pop(start, None)
            self._walk_targets[start] = None                  # most recent last
            if not self._walk_timer.isActive():
                self._walk_timer.start()
            return False
        self.queries += 1
        self._store(start, page.rows)
        if start == 0 or not self.exact:
            self._head_more = page.has_after
        return True

    def _store(self, start: int, rows: list) -> None:
        self._blocks[start] = rows
        self._blocks.move_to_end(start)
        if rows:
            self._keys[start] = rows[0].key
            self._keys[start + len(rows) - 1] = rows[-1].key
        while len(self._blocks) > CACHE_BLOCKS:
            self._blocks.popitem(last=False)
        self._load_titles(rows)

    def _on_due(self, _items) -> None:
        self._flag_levels, self._flag_text = {}, {}
        for rid, items in self.source.flagged().items():
            top = max(items, key=lambda fl: LEVEL_ORDER.get(fl.level, 0))
            self._flag_levels[rid] = top.level
            self._flag_text[rid] = "\n".join(fl.message for fl in items)
        if self._flag_levels and self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1))

    def _load_titles(self, rows) -> None:
        for f in self.fields:
            if f.kind == Kind.REF:
                ids = {r.values.get(f.name) for r in rows} - {None}
            elif f.kind == Kind.REFS:
                ids = {i for r in rows for i in (r.values.get(f.name) or [])}
            else:
                continue
            missing = [i for i in ids if (f.ref, i) not in self._titles]
            if missing:
                for rid, title in self.source.titles(f.ref, missing).items():
                    self._titles[(f.ref, rid)] = title

    def _title_of(self, f, rid: int) -> str:
        return self._titles.get((f.ref, rid), f"#{rid}")

    # -- jumping to far blocks --------------------------------------------------------------

    def _walk_step(self) -> None:
        """Jump to the most recently asked far block: the key of the row just above it (or
        just below it) from the nearest known key or end, then the block itself. Older
        requests are dropped unless a neighbour is now known (a drag asks for many blocks on
        its way; what is still on screen asks again when repainted)."""
        if not self._walk_targets:
            return
        target = next(reversed(self._walk_targets))
        pending = [t for t in self._walk_targets if t != target]
        self._walk_targets = {}
        n = self._block_len(target)
        if self._blocks.get(target) is None and n > 0 and self._jump(target, n):
            if self._load_block(target):
                self._changed(target, n)
        for start in pending:   # adjacent blocks are now one keyset page away
            n = self._block_len(start)
            if (self._blocks.get(start) is None and n > 0 and (start - 1 in self._keys or (
                    self.exact and start + n in self._keys))):
                if self._load_block(start):
                    self._changed(start, n)
        if self._walk_targets:
            self._walk_timer.start()

    def _jump(self, target: int, n: int) -> bool:
        """Learn the key of row ``target - 1`` (or ``target + n``) with one ``key_at``;
        False when there is no such row (the table shrank meanwhile)."""
        q = self.query
        above, below = target - 1, target + n           # the rows whose key would do
        known_up = max((k for k in self._keys if k <= above), default=None)
        known_down = min((k for k in self._keys if k >= below), default=None)
        options = [(above, (above, {}))]                  # from the top
        if known_up is not None:
            options.append((above - known_up - 1, (above, {"after": self._keys[known_up]})))
        if self.exact and below < self.total:
            options.append((self.total - 1 - below, (below, {"from_end": True})))
            if known_down is not None:
                options.append((known_down - below - 1, (below, {"before": self._keys[known_down]})))
        offset, (row, kw) = min(options, key=lambda o: o[0])
        if row in self._keys:
            return True
        key = self.source.key_at(q, max(offset, 0), **kw)
        self.queries += 1
        if key is None:
            return False
        self._keys[row] = key
        return True

    def _changed(self, start: int, n: int) -> None:
        last = min(start + n, self.rowCount()) - 1
        if last >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(self.columns) - 1))


_ICONS: dict[str, object] = {}


def _flag_icon(level: str):
    icon = _ICONS.get(level)
    if icon is None:
        from PySide6.QtGui import QIcon, QPainter, QPixmap

        pix = QPixmap(12, 12)
        pix.fill(QColor(0, 0, 0, 0))
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor("#d32f2f") if level == "overdue" else QColor("#f0a000"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(1, 1, 10, 10)
        p.end()
        icon = QIcon(pix)
        _ICONS[level] = icon
    return icon

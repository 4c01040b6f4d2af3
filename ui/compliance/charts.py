"""Two small charts drawn with QPainter (PySide6-Essentials has no QtCharts):

* :class:`ArticleStatusChart` — one bar per article, stacked by clause status;
* :class:`DutyTimelineChart` — the duties of the next 90 days, one bar per week, overdue ones
  at the left edge.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.compliance.status import STATUS_COLORS, STATUSES, status_label
from desktop.i18n import tr

CTX = "Dashboard"


class ArticleStatusChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("articleStatusChart")
        self.rows: list[tuple[int, dict[str, int]]] = []
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(560, 200)

    def set_rows(self, rows) -> None:
        """``rows``: [(article number, {status: count})]."""
        self.rows = [(a.number if hasattr(a, "number") else a, c) for a, c in rows]
        tips = []
        for n, c in self.rows:
            parts = "、".join(f"{status_label(s)} {c[s]}" for s in STATUSES if c.get(s))
            tips.append(tr(CTX, "第{n}: {parts}").format(n=n, parts=parts))
        self.setToolTip("\n".join(tips))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        w, h = self.width(), self.height()
        legend_h = 18
        left, bottom, top = 26, 18, legend_h + 6
        if not self.rows:
            p.setPen(text)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr(CTX, "集計しています…"))
            return
        peak = max(sum(c.values()) for _n, c in self.rows) or 1
        plot_h = h - bottom - top
        slot = (w - left - 4) / len(self.rows)
        bar = max(4.0, slot * 0.7)
        p.setPen(text)
        f = p.font()
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.8))
        p.setFont(f)
        p.drawText(QRectF(0, top - 6, left - 4, 12), Qt.AlignmentFlag.AlignRight, str(peak))
        p.drawText(QRectF(0, h - bottom - 6, left - 4, 12), Qt.AlignmentFlag.AlignRight, "0")
        for i, (n, counts) in enumerate(self.rows):
            x = left + i * slot + (slot - bar) / 2
            y = h - bottom
            for s in STATUSES:
                k = counts.get(s, 0)
                if not k:
                    continue
                seg = plot_h * k / peak
                p.fillRect(QRectF(x, y - seg, bar, seg), QColor(STATUS_COLORS[s]))
                y -= seg
            p.setPen(text)
            p.drawText(QRectF(left + i * slot, h - bottom + 2, slot, bottom - 2), Qt.AlignmentFlag.AlignHCenter, str(n))
        x = left
        for s in STATUSES:
            p.fillRect(QRectF(x, 4, 10, 10), QColor(STATUS_COLORS[s]))
            label = status_label(s)
            p.setPen(text)
            tw = p.fontMetrics().horizontalAdvance(label)
            p.drawText(QRectF(x + 13, 0, tw + 4, 18), Qt.AlignmentFlag.AlignVCenter, label)
            x += tw + 26
        p.end()


class DutyTimelineChart(QWidget):
    WEEKS = 13  # ~90 days

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dutyTimelineChart")
        self.today = dt.date.today()
        self.overdue = 0
        self.weeks: list[int] = [0] * self.WEEKS
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, 160)

    def set_duties(self, duties, today: dt.date) -> None:
        self.today = today
        self.overdue = sum(1 for d in duties if d.overdue or d.date < today)
        self.weeks = [0] * self.WEEKS
        for d in duties:
            if d.overdue or d.date < today:
                continue
            k = (d.date - today).days // 7
            if 0 <= k < self.WEEKS:
                self.weeks[k] += 1
        self.setToolTip(tr(CTX, "期限超過 {n}件。以降は今日から1週間ごとの件数です。").format(n=self.overdue))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        w, h = self.width(), self.height()
        f, line, bottom, top = self._layout()
        p.setFont(f)
        values = [self.overdue, *self.weeks]
        peak = max(values) or 1
        slot = w / len(values)
        bar = slot * 0.7
        plot_h = max(h - bottom - top, 1)
        for i, v in enumerate(values):
            x = i * slot + (slot - bar) / 2
            seg = plot_h * v / peak
            color = QColor(STATUS_COLORS["overdue"] if i == 0 else STATUS_COLORS["manual"])
            p.fillRect(QRectF(x, h - bottom - seg, bar, seg), color)
            p.setPen(text)
            if v:
                p.drawText(QRectF(i * slot, h - bottom - seg - line - 1, slot, line),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(v))
            if i == 0:
                label = tr(CTX, "超過")
            else:
                start = self.today + dt.timedelta(days=7 * (i - 1))
                label = f"{start.month}/{start.day}"
            p.drawText(QRectF(i * slot, h - bottom + 2, slot, line), Qt.AlignmentFlag.AlignHCenter, label)
        p.drawText(QRectF(0, h - line - 1, w, line), Qt.AlignmentFlag.AlignHCenter,
                   tr(CTX, "今後90日の期限（週ごと）"))
        p.end()

    def _layout(self):
        """(font, line height, space below the bars, space above them): below, the week labels
        and the caption; above, room for the value label of the tallest bar (drawn above its
        bar, never clipped by the top edge)."""
        f = self.font()
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.8))
        line = QFontMetrics(f).height()
        return f, line, 2 * line + 4, line + 4

    def value_top(self) -> float:
        """Where the tallest bar's value label starts (y, pixels from the top; tests)."""
        _f, line, bottom, top = self._layout()
        return self.height() - bottom - max(self.height() - bottom - top, 1) - line - 1

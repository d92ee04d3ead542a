"""A twelve-month line chart painted by hand with QPainter (no plotting library): cash, savings, loans."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kasbuku.formatting import bulan, number
from ledger.overview import MonthPoint
from ui.widgets import N_, tr

SERIES = (("cash", N_("Kas"), "#1f6fb2"), ("savings", N_("Simpanan anggota"), "#2e8b57"),
          ("loans", N_("Pinjaman beredar"), "#c0392b"))


def nice_top(value: int) -> int:
    """A round upper bound for the axis: 1, 2 or 5 times a power of ten, at least ``value``."""
    if value <= 0:
        return 1
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


class MonthChart(QWidget):
    """Month-end balances of the last twelve months as three lines, with a legend and a rupiah axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[MonthPoint] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_points(self, points: list[MonthPoint]) -> None:
        self.points = points
        self.setToolTip("\n".join(f"{bulan(p.month)}: kas {number(p.cash)}, simpanan {number(p.savings)}, "
                                  f"pinjaman {number(p.loans)}" for p in points))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.points:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Belum ada data"))
            return
        metrics = painter.fontMetrics()
        top = nice_top(max(max(p.cash, p.savings, p.loans) for p in self.points))
        left = metrics.horizontalAdvance(number(top)) + 14
        plot = QRectF(left, metrics.height() * 2 + 6, self.width() - left - 28,
                      self.height() - metrics.height() * 4 - 10)
        painter.setPen(QPen(QColor("#ccc"), 1))
        for k in range(5):
            y = plot.bottom() - plot.height() * k / 4
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#444"))
            label = number(top * k // 4)
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            painter.setPen(QPen(QColor("#ccc"), 1))
        count = len(self.points)
        step = plot.width() / max(count - 1, 1)
        painter.setPen(QColor("#444"))
        for i, p in enumerate(self.points):
            x = plot.left() + step * i
            name = bulan(p.month).split()[0][:3]
            painter.drawText(QRectF(x - 30, plot.bottom() + 4, 60, metrics.height()),
                             int(Qt.AlignmentFlag.AlignHCenter), name)
        legend_x = plot.left()
        for key, label, colour in SERIES:
            pen = QPen(QColor(colour), 3)
            painter.setPen(pen)
            points = [QPointF(plot.left() + step * i, plot.bottom() - plot.height() * getattr(p, key) / top)
                      for i, p in enumerate(self.points)]
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            for pt in points:
                painter.drawEllipse(pt, 3, 3)
            painter.drawLine(QPointF(legend_x, metrics.height()), QPointF(legend_x + 24, metrics.height()))
            painter.setPen(QColor("#222"))
            text = tr(label)
            painter.drawText(QPointF(legend_x + 30, metrics.height() + metrics.ascent() / 2 - 1), text)
            legend_x += 30 + metrics.horizontalAdvance(text) + 28

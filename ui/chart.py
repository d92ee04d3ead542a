"""Twelve-month line charts painted by hand with QPainter (no plotting library): the month-end balances
(cash, savings, loans), and the group's development (repayment rate, PAR30, and the class of each month)."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kasbuku.formatting import bulan, number
from ledger.views.development import MonthFigures
from ledger.views.overview import MonthPoint
from ui.widgets import N_, tr

SERIES = (("cash", N_("Kas"), "#1f6fb2"), ("savings", N_("Simpanan anggota"), "#2e8b57"),
          ("loans", N_("Pinjaman beredar"), "#c0392b"))
DEVELOPMENT = (("repayment_bp", N_("Tingkat pengembalian"), "#2e8b57"), ("par30_bp", N_("PAR30"), "#c0392b"))
CLASS_COLOURS = {"tumbuh": "#e67e22", "berkembang": "#2e86c1", "mandiri": "#27ae60"}


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


class LineChart(QWidget):
    """Points of consecutive months (anything with ``month`` and the series' attributes) as lines, with a
    legend, a value axis and the months' short names."""

    series: tuple[tuple[str, str, str], ...] = ()
    bottom_band = 0  # pixels kept under the month names for a subclass to paint in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[Any] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def top(self) -> int:
        return nice_top(max(getattr(p, key) for p in self.points for key, _l, _c in self.series))

    def axis_label(self, value: int) -> str:
        return number(value)

    def paint_band(self, painter: QPainter, plot: QRectF, step: float) -> None:
        """Paint under the month names (nothing here)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.points:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Belum ada data"))
            return
        metrics = painter.fontMetrics()
        top = self.top()
        left = metrics.horizontalAdvance(self.axis_label(top)) + 14
        plot = QRectF(left, metrics.height() * 2 + 6, self.width() - left - 28,
                      self.height() - metrics.height() * 4 - 10 - self.bottom_band)
        for k in range(5):
            y = plot.bottom() - plot.height() * k / 4
            painter.setPen(QPen(QColor("#ccc"), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#444"))
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             self.axis_label(top * k // 4))
        step = plot.width() / max(len(self.points) - 1, 1)
        for i, p in enumerate(self.points):
            x = plot.left() + step * i
            painter.drawText(QRectF(x - 30, plot.bottom() + 4, 60, metrics.height()),
                             int(Qt.AlignmentFlag.AlignHCenter), bulan(p.month).split()[0][:3])
        self.paint_band(painter, plot, step)
        legend_x = plot.left()
        for key, label, colour in self.series:
            painter.setPen(QPen(QColor(colour), 3))
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


class MonthChart(LineChart):
    """Month-end balances of the last twelve months: cash, savings, loans outstanding, on a rupiah axis."""

    series = SERIES

    def set_points(self, points: list[MonthPoint]) -> None:
        self.points = points
        self.setToolTip("\n".join(f"{bulan(p.month)}: kas {number(p.cash)}, simpanan {number(p.savings)}, "
                                  f"pinjaman {number(p.loans)}" for p in points))
        self.update()


def percent(bp: int) -> str:
    """Basis points as a percentage with one decimal: 9550 → '95,5 %'."""
    return f"{bp // 100},{bp % 100 // 10} %"


class DevelopmentChart(LineChart):
    """The group's development month by month: repayment rate and PAR30 (0–100 %), and under each month
    its class (tumbuh, berkembang, mandiri) as a coloured mark."""

    series = DEVELOPMENT
    bottom_band = 26

    def top(self) -> int:
        return 10_000

    def axis_label(self, value: int) -> str:
        return f"{value // 100} %"

    def set_points(self, points: list[MonthFigures]) -> None:
        self.points = points
        self.setToolTip("\n".join(tr("{0}: {1}, pengembalian {2}, PAR30 {3}").format(
            bulan(p.month), p.klass, percent(p.repayment_bp), percent(p.par30_bp)) for p in points))
        self.update()

    def paint_band(self, painter: QPainter, plot: QRectF, step: float) -> None:
        metrics = painter.fontMetrics()
        y = plot.bottom() + metrics.height() + 8
        for i, p in enumerate(self.points):
            box = QRectF(plot.left() + step * i - 14, y, 28, self.bottom_band - 6)
            painter.fillRect(box, QColor(CLASS_COLOURS.get(p.klass, "#999")))
            painter.setPen(QColor("white"))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), p.klass[:1].upper())
        legend = "   ".join(f"{k[:1].upper()} = {k}" for k in CLASS_COLOURS)
        painter.setPen(QColor("#444"))
        painter.drawText(QRectF(plot.left(), self.height() - metrics.height() - 2, plot.width(), metrics.height()),
                         int(Qt.AlignmentFlag.AlignRight), legend)

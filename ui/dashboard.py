"""Ringkasan: the group at a glance — cash, savings, loans, arrears and PAR30, its class, what falls due this
month, twelve months of balances and of development, warnings and the facilitator's open follow-ups."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout

from kasbuku.formatting import bulan, rupiah
from ledger import services
from ledger.model.calendar import month_of
from ledger.rules.book import GroupBook
from ledger.rules.visits import open_followups
from ledger.views.development import MonthFigures
from ledger.views.overview import Overview, overview
from ui import worker
from ui.chart import CLASS_COLOURS, DevelopmentChart, MonthChart, percent
from ui.page import Page, Shell
from ui.widgets import N_, Table, WholeAmounts, heading, tr


class TileFigure(WholeAmounts):
    """A tile's figure: big, never broken, and set smaller when it is long (Rp 32.703.999.996 in an office's
    stress book), so six tiles always fit a 1366-pixel screen."""

    WIDEST = 170  # pixels: six tiles, the screen list and the margins in 1366

    def setText(self, text: str) -> None:
        font = QFont(self.font())
        for size in range(17, 10, -1):
            font.setPointSize(size)
            if QFontMetrics(font).horizontalAdvance(text) <= self.WIDEST:
                break
        self.setFont(font)
        super().setText(text)


class Tile(QFrame):
    """One figure with its name, big enough to read across the table at a meeting."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Tile { background: #f4f8fb; border: 1px solid #c8d6e5; border-radius: 6px; }")
        layout = QVBoxLayout(self)
        label = QLabel(name)
        label.setStyleSheet("color: #444;")
        layout.addWidget(label)
        self.value = heading("", 17, TileFigure())
        layout.addWidget(self.value)
        self.note = WholeAmounts("")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        layout.addWidget(self.note)
        layout.addStretch(1)


class DashboardPage(Page):
    title = N_("Ringkasan")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.last_closed: str | None = None
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.tiles = {key: Tile(name) for key, name in (
            ("cash", tr("Kas")), ("savings", tr("Simpanan anggota")), ("loans", tr("Pinjaman beredar")),
            ("arrears", tr("Tunggakan angsuran")), ("par", tr("PAR30 (risiko)")), ("class", tr("Kelas kelompok")))}
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, i)
        layout.addLayout(grid)
        self.status = QLabel("")
        layout.addWidget(self.status)
        self.alerts = QLabel("")
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet("color: #8e2b1f; font-weight: bold;")
        layout.addWidget(self.alerts)
        row = QHBoxLayout()
        left = QVBoxLayout()
        charts = QTabWidget()
        self.chart = MonthChart()
        charts.addTab(self.chart, tr("Saldo akhir bulan, 12 bulan"))
        self.development = DevelopmentChart()
        charts.addTab(self.development, tr("Perkembangan kelompok, 12 bulan"))
        left.addWidget(charts, 1)
        row.addLayout(left, 3)
        right = QVBoxLayout()
        self.due_title = heading("", 12)
        right.addWidget(self.due_title)
        self.due = Table([tr("Anggota"), tr("Pinjaman"), tr("Jatuh tempo"), tr("Sisa")], money_columns=[3])
        right.addWidget(self.due, 2)
        right.addWidget(heading(tr("Tindak lanjut pendampingan"), 12))
        self.follow_ups = Table([tr("Batas"), tr("Tindak lanjut")], wrap=1)  # the date first: it is never cut off
        right.addWidget(self.follow_ups, 1)
        row.addLayout(right, 2)
        layout.addLayout(row, 1)
        self.figures: Overview | None = None
        self.months: list[MonthFigures] = []

    def show_book(self, book: GroupBook) -> None:
        self.figures = figures = overview(book, self.on)
        self.last_closed = book.last_closed
        self.tiles["cash"].value.setText(rupiah(figures.cash))
        self.tiles["cash"].note.setText(tr("dana bergulir {0}").format(rupiah(figures.grant_cash)))
        self.tiles["savings"].value.setText(rupiah(figures.savings))
        self.tiles["loans"].value.setText(rupiah(figures.loans_outstanding))
        self.tiles["arrears"].value.setText(rupiah(figures.arrears))
        self.tiles["arrears"].note.setText(tr("sudah lewat jatuh tempo"))
        self.tiles["par"].value.setText(figures.par30_pct.replace(".", ",") + " %")
        self.tiles["par"].note.setText(tr("pinjaman menunggak > 30 hari"))
        closed = bulan(figures.last_closed) if figures.last_closed else tr("belum ada")
        self.status.setText(tr("Bulan terakhir ditutup: {0}").format(closed))
        alerts = []
        if figures.blocked:
            alerts.append(tr("Kelompok diblokir: ada tunggakan yang tidak tertanggung renteng."))
        alerts += figures.warnings
        self.alerts.setText(" · ".join(alerts))
        self.alerts.setVisible(bool(alerts))
        self.chart.set_points(figures.months)
        self.due_title.setText(tr("Jatuh tempo bulan ini ({0})").format(bulan(f"{self.on:%Y-%m}")))
        self.due.fill([(f"{d.member} {d.name}", d.loan, d.due, d.amount) for d in figures.due_this_month])
        self.follow_ups.fill([(f.due, ("⚠ " if f.due < self.on else "") + f.what) for f in open_followups(book)])
        self.tiles["class"].value.setText("…")
        name, last = book.name, month_of(self.on)
        worker.start(lambda _p: self.desk.read(lambda s: services.development(s, name, last, 12)),
                     self.show_development, lambda exc: self.tiles["class"].note.setText(str(exc)))

    def show_development(self, months: object) -> None:
        """The development figures (computed in one replay off the window's thread) in the chart and tile."""
        assert isinstance(months, list)
        self.months = months
        self.development.set_points(months)
        tile = self.tiles["class"]
        if not months:
            tile.value.setText(tr("belum ada"))
            return
        # judged on the last closed month: an open month before its meeting would read as unpaid (issue 14.8)
        closed = [m for m in months if self.last_closed is not None and m.month <= self.last_closed]
        last = closed[-1] if closed else months[-1]
        tile.value.setText(last.klass)
        tile.value.setStyleSheet(f"color: {CLASS_COLOURS[last.klass]};")
        note = tr("{0}: pengembalian {1}").format(bulan(last.month), percent(last.repayment_bp))
        if last.assets_total:
            note += tr("; inventaris utuh {0} dari {1}").format(last.assets_intact, last.assets_total)
        tile.note.setText(note)

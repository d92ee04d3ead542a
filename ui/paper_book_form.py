"""Mulai dari buku lama, step by step, for a treasurer with her paper book open: the group and its members with
their savings, the loans still running (each loan's schedule shown as she types what was paid, to compare with
her kartu angsuran), the tanggung-renteng debts, the revolving fund and the cash — with running totals to compare
with her cash count — and the opening neraca with Modal awal before she saves. Every figure is the ledger's:
the form only gathers the ``member.join`` events and the one ``group.opening`` of cli.md and asks the ledger
(``preview_opening``) what they open the group with, or why not."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kasbuku.formatting import rupiah
from ledger.model.errors import Refusal
from ledger.model.labels import GROUP_KIND_NAMES
from ledger.services.opening import OpeningPreview, preview_opening
from ledger.views.loan_cards import loan_card
from ui.desk import Desk
from ui.widgets import (
    N_,
    DateEdit,
    GuardedDialog,
    MoneyEdit,
    Table,
    heading,
    hint,
    parse_rupiah,
    parse_tanggal,
    refusal_label,
    save_cancel,
    tr,
)

MEMBERS = (N_("Kode"), N_("Nama"), N_("Pokok"), N_("Wajib"), N_("Sukarela"), N_("Tunggakan\nwajib"))
LOANS = (N_("Kode\npinjaman"), N_("Anggota"), N_("Dana"), N_("Pinjaman"), N_("Tanggal\ncair"), N_("Lama\n(bulan)"),
         N_("Jasa %\nper bulan"), N_("Pokok\nsudah dibayar"), N_("Jasa\nsudah dibayar"))
DEBTS = (N_("Yang\nberutang"), N_("Kepada (kode,\natau cadangan)"), N_("Jumlah"), N_("Tanggal\ntutup buku"))
ROWS = 12  # empty rows to type in; "Tambah baris" adds more
FUNDS = {"bergulir": "grant", "kelompok": "group"}


class Grid(QTableWidget):
    """A sheet to type rows into, as in the paper book; empty rows are ignored."""

    def __init__(self, headers: tuple[str, ...]) -> None:
        super().__init__(ROWS, len(headers))
        self.setHorizontalHeaderLabels([tr(h) for h in headers])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Rp 10.000.000"))
        self.horizontalHeader().setStretchLastSection(True)

    def rows(self) -> list[tuple[int, list[str]]]:
        """(row number from 1, its cells' text) of every row with something typed."""
        out = []
        for r in range(self.rowCount()):
            cells = [self.text(r, c) for c in range(self.columnCount())]
            if any(cells):
                out.append((r + 1, cells))
        return out

    def text(self, r: int, c: int) -> str:
        item = self.item(r, c)
        return item.text().strip() if item is not None else ""

    def set_row(self, r: int, cells: list[str]) -> None:
        for c, text in enumerate(cells):
            self.setItem(r, c, QTableWidgetItem(text))


class OpeningForm(GuardedDialog):
    """The paper book typed in, checked by the ledger as she goes, saved whole or not at all."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.preview: OpeningPreview | None = None
        self.setWindowTitle(tr("Mulai dari buku lama, langkah demi langkah"))
        self.resize(1180, 700)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._group_step(), tr("1 Kelompok"))
        self.members = Grid(MEMBERS)
        self.tabs.addTab(self._sheet(self.members, tr("Tiap anggota dengan simpanannya pada halaman terakhir buku "
                                                      "lama; tunggakan wajib dalam rupiah."))[0], tr("2 Anggota"))
        self.loans = Grid(LOANS)
        self.schedule = Table([tr("Ke"), tr("Jatuh tempo"), tr("Pokok"), tr("Jasa"), tr("Dibayar"), tr("Keadaan")],
                              money_columns=[2, 3, 4])
        self.loans.currentCellChanged.connect(lambda *_: self.show_schedule())
        loans, loans_layout = self._sheet(self.loans, tr(
            "Pinjaman yang masih berjalan. Dana: bergulir atau kelompok; tanggal hh/bb/tttt. Jadwal pinjaman yang "
            "dipilih tampil di bawah: cocokkan dengan kartu angsurannya."))
        loans_layout.addWidget(self.schedule)
        self.tabs.addTab(loans, tr("3 Pinjaman"))
        self.debts = Grid(DEBTS)
        self.tabs.addTab(self._sheet(self.debts, tr("Utang tanggung renteng yang belum lunas: siapa berutang "
                                                    "kepada siapa, dari tutup buku tanggal berapa."))[0],
                         tr("4 Tanggung renteng"))
        self.tabs.addTab(self._money_step(), tr("5 Dana bergulir dan kas"))
        self.neraca = Table([tr("Neraca pembukaan"), tr("Jumlah")], money_columns=[1])
        check = QWidget()
        QVBoxLayout(check).addWidget(self.neraca)
        self.tabs.addTab(check, tr("6 Periksa dan simpan"))
        self.totals = heading("", 12)
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self.message = refusal_label()
        layout.addWidget(self.message)
        self.buttons = save_cancel(self, self.accept, tr("Simpan ke buku"))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(self.buttons)
        for grid in (self.members, self.loans, self.debts):
            grid.itemChanged.connect(lambda _item: self.refresh())
        self.refresh()

    def _texts(self) -> list[str]:
        """What was typed, the sheets' cells included: Escape with any of it asks first (GuardedDialog)."""
        return [*super()._texts(), *(text for grid in (self.members, self.loans, self.debts)
                                     for _row, cells in grid.rows() for text in cells)]

    # -- the steps -----------------------------------------------------------------------------------
    def _group_step(self) -> QWidget:
        step = QWidget()
        form = QFormLayout(step)
        form.addRow(hint(tr("Kelompok yang selama ini memakai buku tulis. Tanggal saldo awal: hari terakhir "
                            "yang tercatat di buku lama (biasanya akhir bulan yang sudah ditutup).")))
        self.name = QLineEdit()
        form.addRow(tr("Nama kelompok:"), self.name)
        self.kind = QComboBox()
        for kind, text in GROUP_KIND_NAMES.items():
            self.kind.addItem(tr(text), kind)
        form.addRow(tr("Jenis:"), self.kind)
        today = self.desk.today()
        self.founded = DateEdit(today.replace(day=1) - timedelta(days=365))
        form.addRow(tr("Berdiri sejak:"), self.founded)
        self.cutover = DateEdit(today.replace(day=1) - timedelta(days=1))
        form.addRow(tr("Tanggal saldo awal:"), self.cutover)
        for field in (self.name,):
            field.textChanged.connect(lambda _t: self.refresh())
        for edit in (self.founded, self.cutover):
            edit.dateChanged.connect(lambda _d: self.refresh())
        return step

    def _sheet(self, grid: Grid, note: str) -> tuple[QWidget, QVBoxLayout]:
        step = QWidget()
        layout = QVBoxLayout(step)
        layout.addWidget(hint(note))
        layout.addWidget(grid, 1)
        more = QPushButton(tr("Tambah baris"))
        more.clicked.connect(lambda: grid.setRowCount(grid.rowCount() + 5))
        layout.addWidget(more)
        return step, layout

    def _money_step(self) -> QWidget:
        step = QWidget()
        form = QFormLayout(step)
        self.money: dict[str, MoneyEdit] = {}
        for key, label in (("cash", N_("Kas kelompok (uang tunai dan tabungan kelompok):")),
                           ("received", N_("Dana bergulir diterima seluruhnya:")),
                           ("passed_on", N_("Dana bergulir sudah digulirkan:")),
                           ("written_off", N_("Pinjaman dana bergulir yang dihapus:")),
                           ("grant_cash", N_("Kas dana bergulir:")),
                           ("tr_reserve", N_("Cadangan tanggung renteng:")),
                           ("social_fund", N_("Dana sosial:")),
                           ("jasa", N_("Jasa pinjaman yang sudah diterima:"))):
            self.money[key] = MoneyEdit(0)
            self.money[key].textChanged.connect(lambda _t: self.refresh())
            form.addRow(tr(label), self.money[key])
        return step

    # -- what she typed, as the events of cli.md ------------------------------------------------------
    def events(self) -> list[dict[str, Any]]:
        """The group, its members and its opening; raises ``Refusal`` naming every cell that cannot be read."""
        problems: list[str] = []
        group, founded, cut = self.name.text().strip(), self.founded.value().isoformat(), self.cutover.value()
        if not group:
            problems.append(tr("Nama kelompok belum diisi."))
        base = {"group": group}
        out: list[dict[str, Any]] = [{"type": "group.create", "date": founded, **base, "kind": self.kind.currentData()}]
        members: dict[str, dict[str, int]] = {}
        for row, (code, name, *amounts) in self.members.rows():
            if not code or not name:
                problems.append(tr("Anggota baris {0}: kode dan nama wajib diisi.").format(row))
                continue
            out.append({"type": "member.join", "date": founded, **base, "member": code, "name": name})
            figures = self._amounts(amounts, tr("Anggota baris {0}").format(row), problems)
            members[code] = dict(zip(("pokok", "wajib", "sukarela", "wajib_arrears"), figures, strict=True))
        loans = [self._loan(row, cells, problems) for row, cells in self.loans.rows()]
        debts = []
        for row, (debtor, creditor, amount, day) in self.debts.rows():
            (value,) = self._amounts([amount], tr("Tanggung renteng baris {0}").format(row), problems)
            debts.append({"debtor": debtor, "creditor": "reserve" if creditor.lower() == "cadangan" else creditor,
                          "amount": value, "date": self._day(day, tr("Tanggung renteng baris {0}").format(row),
                                                             problems)})
        money = {key: edit.value() for key, edit in self.money.items()}
        if any(not edit.valid() for edit in self.money.values()):
            problems.append(tr("Ada jumlah rupiah yang tidak terbaca atau terlalu besar."))
        if problems:
            raise Refusal("\n".join(problems))
        out.append({"type": "group.opening", "date": cut.isoformat(), **base,
                    "closed_through": f"{cut:%Y-%m}", "cash": money["cash"], "tr_reserve": money["tr_reserve"],
                    "social_fund": money["social_fund"], "income": {"jasa": money["jasa"]},
                    "grant": {"received": money["received"], "passed_on": money["passed_on"],
                              "written_off": money["written_off"], "cash": money["grant_cash"]},
                    "members": members, "loans": [ln for ln in loans if ln], "tr_debts": debts})
        return out

    def _amounts(self, cells: list[str], where: str, problems: list[str]) -> list[int]:
        out = []
        for text in cells:
            try:
                out.append(parse_rupiah(text))
            except ValueError:
                problems.append(tr("{0}: '{1}' bukan jumlah rupiah.").format(where, text))
                out.append(0)
        return out

    def _day(self, text: str, where: str, problems: list[str]) -> str:
        try:
            return parse_tanggal(text).isoformat()
        except ValueError:
            problems.append(tr("{0}: tanggal '{1}' ditulis hh/bb/tttt.").format(where, text))
            return ""

    def _loan(self, row: int, cells: list[str], problems: list[str]) -> dict[str, Any] | None:
        code, member, fund, principal, disbursed, term, rate, paid_pokok, paid_jasa = cells
        where = tr("Pinjaman baris {0}").format(row)
        amounts = self._amounts([principal, paid_pokok, paid_jasa], where, problems)
        loan: dict[str, Any] = {"loan": code, "member": member, "fund": FUNDS.get(fund.lower(), fund),
                                "principal": amounts[0], "disbursed": self._day(disbursed, where, problems),
                                "paid_pokok": amounts[1], "paid_jasa": amounts[2]}
        if term:
            if not term.isdigit():
                problems.append(tr("{0}: lama pinjaman '{1}' bukan bilangan bulat.").format(where, term))
            else:
                loan["term"] = int(term)
        if rate:
            loan["rate_pct_month"] = rate.replace(",", ".")
        return loan

    # -- asking the ledger ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Try what is typed so far; say every reason it does not add up, or what it opens with."""
        self.preview = None
        try:
            events = self.events()
            self.preview = preview_opening(events[0]["group"], events)
        except Refusal as exc:
            self.message.setText(exc.message)
        else:
            self.message.setText("")
            self.neraca.fill(self.preview.neraca)
        self.save_button.setEnabled(self.preview is not None)
        self.show_totals()
        self.show_schedule()

    def show_totals(self) -> None:
        """Running totals to compare with her cash count and her book's last page."""
        unread: list[str] = []  # a cell that cannot be read counts 0 here; the message under the tabs names it
        savings = sum(sum(self._amounts(cells[2:5], "", unread)) for _row, cells in self.members.rows())
        lent = sum(principal - paid for _row, cells in self.loans.rows()
                   for principal, paid in [self._amounts([cells[3], cells[7]], "", unread)])
        cash = self.money["cash"].value() or 0
        opening = rupiah(self.preview.modal_awal) if self.preview else "—"
        self.totals.setText(tr("Simpanan anggota {0} · sisa pokok pinjaman {1} · kas kelompok {2} · modal awal "
                               "{3}").format(rupiah(savings), rupiah(lent), rupiah(cash), opening))

    def show_schedule(self) -> None:
        """The chosen loan's instalments as the ledger rebuilds them from what was paid."""
        row = self.loans.currentRow()
        code = self.loans.text(row, 0) if row >= 0 else ""
        book = self.preview.book if self.preview else None
        if book is None or not book.has_loan(code):
            self.schedule.fill([])
            return
        card = loan_card(book, code, self.cutover.value())
        self.schedule.fill([(s.number, s.due, s.pokok, s.jasa, s.paid, tr(s.status)) for s in card.schedule])

    def accept(self) -> None:
        if self.preview is None:
            return
        try:
            self.desk.apply(self.events())
        except Exception as exc:  # the book changed since (a group of that name): said here, nothing saved
            self.message.setText(str(getattr(exc, "reason", exc)))
            return
        super().accept()

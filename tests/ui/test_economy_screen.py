"""Usaha & inventaris: inventaris, the joint business with its profit shares, the social fund and the
mapping, each form driven on a real book and the ledger's state checked after (refusals included)."""

from __future__ import annotations

from typing import Any

from tests.conftest import Book, ev
from tests.ui.conftest import mawar, open_group, saved
from ui.business import DistributeDialog
from ui.cashbook import CashDialog
from ui.dashboard import DashboardPage
from ui.economy import EconomyPage
from ui.inventory import CheckDialog, DisposeDialog, HandoverDialog, ReceiveDialog
from ui.main import MainWindow
from ui.mapping import GroupProfileDialog, LinkageDialog
from ui.social import SocialDialog

DAY = "2026-02-15"


def economy(qtbot: Any, window: MainWindow, facilitator: bool = False) -> EconomyPage:
    open_group(qtbot, window, facilitator=facilitator)
    window.nav.setCurrentRow(8)
    page = window.page(EconomyPage)
    assert isinstance(page, EconomyPage) and window.screens.currentWidget() is page
    return page


def asset(book: Book, code: str = "INV-01") -> dict[str, Any]:
    return next(a for a in book.state(as_of=DAY)["assets"] if a["asset"] == code)


def test_inventaris_receive_handover_check_and_dispose(qtbot: Any, window: MainWindow, book: Book) -> None:
    mawar(book)
    tab = economy(qtbot, window, facilitator=True).inventory
    tab.receive()
    dialog = tab.dialog
    assert isinstance(dialog, ReceiveDialog) and dialog.code.text() == "INV-01"
    dialog.check()
    assert "barang" in dialog.message.text() and "sumber" in dialog.message.text()
    dialog.item.setText("Mesin jahit")
    dialog.quantity.setValue(2)
    dialog.value.setText("3.500.000")
    dialog.source.setText("Dinas Sosial Kota Kupang")
    dialog.document.setText("BAST-12/2026")
    saved(qtbot, window, tab, dialog.check)
    assert asset(book) == {"asset": "INV-01", "item": "Mesin jahit", "quantity": 2, "value": 3_500_000,
                                "holder": "kelompok", "condition": "baik", "last_checked": DAY, "disposed": None,
                                "note": ""}
    assert tab.table.rowCount() == 1 and tab.table.item(0, 3).text() == "Rp 3.500.000"

    tab.table.selectRow(0)
    tab.handover()
    dialog = tab.dialog
    assert isinstance(dialog, HandoverDialog)
    offered = [dialog.holder.itemData(i) for i in range(dialog.holder.count())]
    assert offered == ["kelompok", "M1", "M2", "M3", "M4", "M5"]  # only this group's members
    dialog.holder.setCurrentIndex(offered.index("M2"))
    saved(qtbot, window, tab, dialog.check)
    assert asset(book)["holder"] == "M2"

    before = book.snapshot()
    tab.table.selectRow(0)
    tab.handover()
    dialog = tab.dialog
    assert isinstance(dialog, HandoverDialog)
    dialog.holder.addItem("X9 dari kelompok lain", "X9")  # a stale list: the ledger still refuses
    dialog.holder.setCurrentIndex(dialog.holder.count() - 1)
    with qtbot.waitSignal(tab.refused, timeout=10_000) as refused:
        dialog.check()
    assert "X9 tidak dikenal" in refused.args[0][0]
    assert book.snapshot() == before

    tab.table.selectRow(0)
    tab.check()
    dialog = tab.dialog
    assert isinstance(dialog, CheckDialog)
    dialog.condition.setCurrentText("rusak ringan")
    dialog.note.setText("jarum patah")
    saved(qtbot, window, tab, dialog.check)
    assert asset(book)["condition"] == "rusak ringan"

    cash = book.state(as_of=DAY)["cash"]
    tab.table.selectRow(0)
    tab.dispose()
    dialog = tab.dialog
    assert isinstance(dialog, DisposeDialog)
    dialog.check()  # no reason: refused in the form, nothing saved
    assert "alasan" in dialog.message.text() and dialog.isVisible()
    assert asset(book)["disposed"] is None
    dialog.reason.setText("rusak berat, dijual sesuai rapat anggota")
    dialog.check()  # sold without the money
    assert "uang hasil penjualan" in dialog.message.text()
    dialog.amount.setText("500.000")
    saved(qtbot, window, tab, dialog.check)
    assert asset(book)["disposed"] == "dijual"
    assert book.state(as_of=DAY)["cash"] == cash + 500_000
    assert "dijual" in tab.table.item(0, 7).text() and book.check() == []


def test_treasurer_cannot_dispose(qtbot: Any, window: MainWindow, book: Book) -> None:
    mawar(book)
    tab = economy(qtbot, window).inventory
    assert not tab.dispose_button.isEnabled() and tab.only_facilitator.isVisibleTo(tab)


def _money(qtbot: Any, window: MainWindow, tab: Any, action: Any, amount: str, category: str = "") -> None:
    action()
    dialog = tab.dialog
    assert isinstance(dialog, CashDialog)
    dialog.amount.setText(amount)
    if category:
        dialog.category.setCurrentText(category)
    saved(qtbot, window, tab, dialog.accept)


def test_business_and_profit_shares_as_previewed(qtbot: Any, window: MainWindow, book: Book) -> None:
    mawar(book)
    book.apply(ev("cash.in", "2026-02-01", amount=400_000, category="iuran kegiatan"))
    tab = economy(qtbot, window).business
    _money(qtbot, window, tab, tab.capital, "300.000")
    _money(qtbot, window, tab, tab.sale, "250.000", "keset")
    _money(qtbot, window, tab, tab.purchase, "60.000", "kain perca")
    _money(qtbot, window, tab, tab.cost, "10.000", "transpor")
    business = book.state(as_of=DAY)["business"]
    assert business == {"cash": 480_000, "sales": 250_000, "purchases": 60_000, "costs": 10_000,
                             "profit": 180_000, "undistributed": 180_000}
    assert tab.periods.item(0, 4).text() == "Rp 180.000" and tab.moves.rowCount() == 4

    tab.distribute()
    dialog = tab.dialog
    assert isinstance(dialog, DistributeDialog)
    dialog.members.setText("200.000")
    dialog.members.textEdited.emit("200.000")
    dialog.check()
    assert "laba yang belum dibagi" in dialog.message.text()
    dialog.members.setText("100.001")
    dialog.members.textEdited.emit("100.001")
    dialog.social.setText("30.000")
    dialog.social.textEdited.emit("30.000")
    dialog.mode.setCurrentIndex(1)
    dialog.weights["M1"].setValue(2)
    preview = {s.member: s.amount for s in dialog.shares}
    assert preview == {"M1": 33_334, "M2": 16_667, "M3": 16_667, "M4": 16_667, "M5": 16_666}
    assert dialog.table.item(0, 2).text() == "Rp 33.334"
    before = {m: s["savings"]["sukarela"] for m, s in book.state(as_of=DAY)["members"].items()}
    saved(qtbot, window, tab, dialog.check)
    state = book.state(as_of=DAY)
    assert {m: s["savings"]["sukarela"] - before[m] for m, s in state["members"].items()} == preview
    assert state["social_fund"] == 30_000 and state["business"]["undistributed"] == 180_000 - 130_001


def test_social_fund_refuses_above_balance(qtbot: Any, window: MainWindow, book: Book) -> None:
    mawar(book)
    tab = economy(qtbot, window).social
    tab.record(False)
    dialog = tab.dialog
    assert isinstance(dialog, SocialDialog)
    dialog.amount.setText("50.000")
    dialog.member.setCurrentIndex(dialog.member.findData("M1"))
    dialog.source.setText("iuran bulanan")
    saved(qtbot, window, tab, dialog.check)
    assert book.state(as_of=DAY)["social_fund"] == 50_000
    assert tab.balance.text() == "Saldo dana sosial: Rp 50.000"

    before = book.snapshot()
    tab.record(True)
    dialog = tab.dialog
    assert isinstance(dialog, SocialDialog)
    dialog.amount.setText("80.000")
    dialog.amount.textEdited.emit("80.000")
    assert "saldo hanya Rp 50.000" in dialog.message.text() and not dialog.save_button.isEnabled()
    dialog.check()
    assert dialog.isVisible() and book.snapshot() == before
    dialog.amount.setText("30.000")
    dialog.amount.textEdited.emit("30.000")
    dialog.purpose.setCurrentText("duka")
    dialog.member.setCurrentIndex(dialog.member.findData("M2"))
    saved(qtbot, window, tab, dialog.check)
    assert book.state(as_of=DAY)["social_fund"] == 20_000
    assert tab.moves.item(0, 1).text().startswith("Santunan dana sosial: duka")


def test_mapping_group_profile_linkage_and_progress(qtbot: Any, window: MainWindow, book: Book) -> None:
    mawar(book)
    book.apply(ev("member.profile", "2026-01-10", member="M1", sector="perikanan", product="ikan asin",
                  turnover=500_000, needs=["permodalan"]),
               ev("member.profile", "2026-02-10", member="M1", sector="perikanan", product="ikan asin",
                  turnover=650_000, needs=["perizinan"]))
    tab = economy(qtbot, window, facilitator=True).mapping
    assert tab.assessed.rowCount() == 2 and tab.assessed.item(1, 5).text() == "+Rp 150.000"
    tab.group_profile()
    dialog = tab.dialog
    assert isinstance(dialog, GroupProfileDialog)
    dialog.binds.setCurrentText("bertetangga")
    saved(qtbot, window, tab, dialog.check)
    assert book.book().group_profile["binds"] == "bertetangga"
    assert "bertetangga" in tab.profile.text()
    tab.link(None)
    dialog = tab.dialog
    assert isinstance(dialog, LinkageDialog)
    dialog.member.setCurrentIndex(dialog.member.findData("M1"))
    dialog.partner.setCurrentText("Bank (KUR)")
    saved(qtbot, window, tab, dialog.check)
    tab.linkages.selectRow(0)
    tab.link_selected()
    dialog = tab.dialog
    assert isinstance(dialog, LinkageDialog) and dialog.partner.currentText() == "Bank (KUR)"
    dialog.status.setCurrentText("berhasil")
    dialog.outcome.setText("KUR Rp 10 juta disetujui")
    saved(qtbot, window, tab, dialog.check)
    link = book.book().linkages[("M1", "Bank (KUR)")]
    assert (link.status, link.outcome, len(link.history)) == ("berhasil", "KUR Rp 10 juta disetujui", 2)


def test_treasurer_does_not_link_members(qtbot: Any, window: MainWindow, book: Book) -> None:
    mawar(book)
    tab = economy(qtbot, window).mapping
    assert not any(b.isEnabled() for b in tab.link_buttons) and tab.only_facilitator.isVisibleTo(tab)


def test_dashboard_shows_class_and_development(qtbot: Any, window: MainWindow, book: Book) -> None:
    mawar(book)
    open_group(qtbot, window)
    page = window.page(DashboardPage)
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: bool(page.months), timeout=10_000)
    assert [m.month for m in page.months] == ["2026-01", "2026-02"]
    assert page.tiles["class"].value.text() == page.months[-1].klass
    assert page.development.points == page.months

"""The start screen: groups opened with their PIN, the facilitator's password, a new group, the demo."""

from __future__ import annotations

import os
from typing import Any

import pytest

from kasbuku.demo import DEMO_PIN
from tests.conftest import Book, group_with_members
from tests.ui.conftest import Boxes
from ui.create_group import CreateGroupDialog
from ui.main import MainWindow
from ui.start import NewSecretDialog, SecretDialog


def create(qtbot: Any, window: MainWindow, name: str = "KUBE Mawar", pin: str = "2468") -> CreateGroupDialog:
    window.create_group()
    dialog = window.dialog
    assert isinstance(dialog, CreateGroupDialog)
    qtbot.keyClicks(dialog.name, name)
    dialog.kind.setCurrentIndex(1)
    dialog.address["kelurahan"].setText("Oesapa")
    dialog.address["kota"].setText("Kota Kupang")
    dialog.officers["ketua"].setText("Siti Aminah")
    dialog.officers["bendahara"].setText("Nurhayati")
    dialog.wajib.setText("15.000")
    dialog.pin.setText(pin)
    dialog.pin2.setText(pin)
    return dialog


def test_create_group_with_officers_rules_and_pin(qtbot: Any, window: MainWindow, book: Book) -> None:
    assert window.start.groups.count() == 0 and window.start.empty.isVisibleTo(window)
    dialog = create(qtbot, window)
    assert dialog.problems() == []
    dialog.check()
    state = book.state("KUBE Mawar")
    assert state["kind"] == "KUBE-FM"
    assert {m["name"]: m["role"] for m in state["members"].values()} == {"Siti Aminah": "ketua",
                                                                         "Nurhayati": "bendahara"}
    assert book.book("KUBE Mawar").rules.wajib == 15_000
    assert book.book("KUBE Mawar").address == {"kelurahan": "Oesapa", "kota": "Kota Kupang"}
    assert window.start.groups.item(0).text() == "KUBE Mawar"


def test_mismatched_pins_are_caught_before_saving(qtbot: Any, window: MainWindow, book: Book) -> None:
    dialog = create(qtbot, window)
    dialog.pin2.setText("9999")
    dialog.check()
    assert "PIN tidak sama" in dialog.message.text()
    assert dialog.isVisible()


def test_treasurer_needs_the_group_pin(qtbot: Any, window: MainWindow, book: Book) -> None:
    create(qtbot, window).check()
    window.start.refresh()
    window.start.open_selected()
    pin = window.start.dialog
    assert isinstance(pin, SecretDialog)
    qtbot.keyClicks(pin.secret, "1111")
    pin.try_secret()
    assert "PIN salah" in pin.message.text() and pin.isVisible()
    pin.secret.setText("2468")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        pin.try_secret()
    assert window.stack.currentIndex() == 1
    assert window.group_label.text() == "KUBE Mawar" and window.role_label.text() == "bendahara"
    window.leave_group()
    assert window.stack.currentIndex() == 0 and window.desk.group is None


def test_facilitator_sets_password_sees_all_and_resets_a_pin(qtbot: Any, window: MainWindow, book: Book,
                                                          boxes: Boxes) -> None:
    group_with_members(book, 5)
    window.start.refresh()
    window.start.toggle_facilitator()
    first = window.start.dialog
    assert isinstance(first, NewSecretDialog)
    first.first.setText("rahasia-pendamping")
    first.second.setText("rahasia-pendamping")
    first.check()
    assert window.desk.facilitator and "pendamping" in window.start.role_label.text()
    window.start.reset_pin()
    reset = window.start.dialog
    assert isinstance(reset, NewSecretDialog)
    reset.first.setText("12")
    reset.second.setText("12")
    reset.check()  # no PIN at all: said in the dialog, which stays with what was typed
    assert reset.message.text() == "PIN kelompok harus 4 sampai 8 angka" and reset.first.text() == "12"
    reset.first.setText("5555")
    reset.second.setText("5555")
    reset.check()
    assert boxes.shown[-1] == ("PIN diatur ulang", "PIN baru kelompok G sudah disimpan. Beritahukan kepada "
                                                   "bendaharanya.")  # said, not silent
    window.start.toggle_facilitator()  # back to treasurer
    assert not window.desk.facilitator
    assert window.desk.sign_in("G", "5555") is None
    window.start.toggle_facilitator()
    password = window.start.dialog
    assert isinstance(password, SecretDialog)
    password.secret.setText("rahasia-pendamping")
    password.try_secret()
    assert window.desk.facilitator
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.start.open_selected()  # no PIN asked
    assert window.role_label.text() == "pendamping"


def test_demo_book_opens_with_its_pin(qtbot: Any, window: MainWindow, book: Book) -> None:
    window.open_demo()
    qtbot.waitUntil(lambda: window.start.groups.count() == 3, timeout=60_000)
    assert window.desk.url != book.url
    window.start.groups.setCurrentRow(1)
    window.start.open_selected()
    pin = window.start.dialog
    assert isinstance(pin, SecretDialog)
    pin.secret.setText(DEMO_PIN)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        pin.try_secret()
    assert window.book is not None and window.book.name == "KUBE Mawar Sejahtera"


def test_language_switch_is_kept_for_the_next_start(window: MainWindow, monkeypatch: Any) -> None:
    from ui import language

    chosen: list[str] = []
    monkeypatch.setattr(language, "choose", chosen.append)
    assert window.start.language_button.text() == "English"
    window.start.switch_language()
    assert chosen == ["en"] and "English" in window.start.role_label.text()


@pytest.mark.sqlite_only  # the window's backup copies a SQLite file; a PostgreSQL book is backed up by its server
def test_backup_runs_in_the_background(qtbot: Any, window: MainWindow, book: Book, tmp_path: Any,
                                       monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog

    group_with_members(book, 5)
    target = tmp_path / "salinan.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.backup()
    assert "jangan cabut" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "Cadangan ditulis" in window.statusBar().currentMessage(), timeout=10_000)
    assert target.exists() and target.stat().st_size > 0
    assert "flashdisk aman dicabut" in window.statusBar().currentMessage()
    opened = {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
    assert str(target) not in opened  # issue 14: the copy stayed open after "berhasil"


def test_kasbuku_without_subcommand_opens_the_window(book: Book, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from kasbuku import cli

    shown: list[str] = []

    def fake_exec() -> int:
        top = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        shown.append(top[-1].windowTitle())
        top[-1].close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert cli.main(["--db", book.url]) == 0
    assert shown == ["KasBuku"]


@pytest.mark.sqlite_only  # a restore replaces a SQLite file
def test_facilitator_restores_a_backup_and_the_current_book_is_kept(qtbot: Any, window: MainWindow, book: Book,
                                                                     tmp_path: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from kasbuku import backup, paths
    from tests.conftest import ev

    group_with_members(book, 5)
    copy = backup.backup_to(book.url, tmp_path / "flashdisk.sqlite")
    book.apply(ev("savings.deposit", "2026-01-20", member="M1", product="sukarela", amount=7_000))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    window.restore()
    assert told == ["Hanya pendamping yang dapat memulihkan buku."]
    window.desk.role = "pendamping"
    window.restore()
    qtbot.waitUntil(lambda: "Buku dipulihkan" in window.statusBar().currentMessage(), timeout=10_000)
    assert book.state()["members"]["M1"]["savings"]["sukarela"] == 0
    assert list(paths.backup_dir().glob("*-sebelum-pulih-*.sqlite"))
    assert book.check() == []


@pytest.mark.sqlite_only
def test_closing_the_window_takes_a_backup(qtbot: Any, window: MainWindow, book: Book) -> None:
    from kasbuku import paths

    group_with_members(book, 2)
    window.close()
    assert list(paths.backup_dir().glob("*-keluar-*.sqlite"))


def test_facilitator_rekap_of_every_group_shown_and_saved(qtbot: Any, window: MainWindow, book: Book,
                                                          tmp_path: Any, monkeypatch: Any) -> None:
    import openpyxl
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from kasbuku import db
    from ledger import services
    from tests.conftest import ev
    from ui.recap import RecapDialog

    group_with_members(book, 5)
    book.apply(ev("group.create", "2026-01-05", group="B", kind="KUsiAPP", address={"kecamatan": "Maulafa"}),
               ev("member.join", "2026-01-05", group="B", member="B1", name="Ibu B"),
               ev("grant.receive", "2026-01-10", amount=5_000_000, source="Kemensos"),
               ev("month.close", "2026-01-31", month="2026-01"))
    window.start.refresh()
    assert not window.start.recap_button.isVisibleTo(window)  # a treasurer has no office rekap
    window.desk.set_facilitator_password("rahasia-pendamping")
    assert window.desk.sign_in(None, "rahasia-pendamping") is None
    window.start.refresh()
    assert window.start.recap_button.isVisibleTo(window)
    window.start.open_recap()
    dialog = window.start.dialog
    assert isinstance(dialog, RecapDialog)
    assert dialog.month.currentData() == "2026-01"  # the month before the window's today (15 Feb 2026)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5, timeout=10_000)
    shown = [dialog.table.item(r, 0).text() for r in range(5)]
    assert shown == ["G (KUBE)", "Jumlah Kec. (tanpa kecamatan)", "B (KUsiAPP)", "Jumlah Kec. Maulafa",
                     "JUMLAH SELURUHNYA"]
    assert dialog.table.item(4, 3).text() == "5.000.000" and dialog.table.item(1, 0).font().bold()
    # the paper's columns, amounts without "Rp" in any heading or cell: it fits a 1366-pixel screen (issue 14.7)
    cells = [dialog.table.item(r, c).text() for r in range(5) for c in range(dialog.table.columnCount())]
    headings = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert not [t for t in cells + headings if "Rp" in t]
    assert sum(dialog.table.columnWidth(c) for c in range(dialog.table.columnCount())) < dialog.width() < 1366
    assert "2 kelompok, Januari 2026" in dialog.message.text()
    with db.session(book.engine) as sess:
        assert dialog.rows == services.recap(sess, "2026-01")
    dialog.show_rows("2026-01", dialog.rows, "", ["3201••••••••0001: G (M1 Siti), B (B1 Siti)"])  # rules §3a
    assert "NIK ganda: 3201••••••••0001: G (M1 Siti), B (B1 Siti)" in dialog.message.text()
    for kind in ("pdf", "csv", "xlsx"):
        target = tmp_path / f"rekap.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        dialog.save(kind)
        assert dialog.message.text() == f"Disimpan: {target}"
    assert "Rekapitulasi Kelompok Binaan" in PdfReader(tmp_path / "rekap.pdf").pages[0].extract_text()
    assert (tmp_path / "rekap.csv").read_text(encoding="utf-8-sig").splitlines()[3].split(";")[2] == "B"
    assert openpyxl.load_workbook(tmp_path / "rekap.xlsx").active["C7"].value == "JUMLAH SELURUHNYA"
    dialog.month.setCurrentIndex(dialog.month.count() - 1)  # three years back: no group yet
    qtbot.waitUntil(lambda: "Belum ada kelompok" in dialog.message.text(), timeout=10_000)
    assert not dialog.csv_button.isEnabled()

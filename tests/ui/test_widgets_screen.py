"""Typed rupiah become int rupiah (never a float); anything else is refused."""

from __future__ import annotations

from typing import Any

import pytest

from ui.widgets import MoneyEdit, parse_rupiah


@pytest.mark.parametrize(("text", "value"), [("10.000", 10_000), ("10000", 10_000), ("Rp 1.500.000", 1_500_000),
                                              ("1.500.000,00", 1_500_000), ("25.000,-", 25_000), ("", 0),
                                              ("  7 ", 7)])
def test_parse_rupiah(text: str, value: int) -> None:
    assert parse_rupiah(text) == value


@pytest.mark.parametrize("text", ["10,5", "1.50", "-5.000", "sepuluh", "10.000.0", "1e6"])
def test_parse_rupiah_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_rupiah(text)


def test_money_edit_marks_and_tidies(qtbot: Any) -> None:
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "150000")
    edit.editingFinished.emit()
    assert edit.text() == "150.000" and edit.value() == 150_000
    edit.setText("abc")
    edit.textEdited.emit("abc")
    assert not edit.valid() and "misalnya" in edit.toolTip()


def test_english_translation_loads(qtbot: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui import language
    from ui.widgets import tr

    app = QCoreApplication.instance()
    assert app is not None
    translator = language.install(app, "en")
    assert translator is not None
    try:
        assert tr("Simpan") == "Save" and tr("Tutup bulan {0}").format("Maret") == "Close Maret"
    finally:
        app.removeTranslator(translator)
    assert tr("Simpan") == "Simpan"


def test_qt_own_buttons_and_file_dialog_speak_indonesian(qtbot: Any) -> None:
    """No "Yes"/"No"/"Cancel" in an Indonesian window (PySide6 ships no Indonesian Qt translation)."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

    from ui import language

    words = language.install(QApplication.instance(), "id")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
                               | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Batal", "Tidak", "Ya"]
        dialog = QFileDialog(None, "Simpan laporan")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = " ".join(w.text() for w in dialog.findChildren(QLabel))
        assert "Nama berkas" in labels and "File name" not in labels
    finally:
        QApplication.instance().removeTranslator(words)

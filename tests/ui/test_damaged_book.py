"""A damaged book on start (issue 19.3): the window names the damage and the newest verified backup, and
"Pulihkan dari cadangan" restores it with the damaged file kept aside; "Tutup" leaves everything as it was."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kasbuku import backup, integrity
from tests.conftest import Book, group_with_members
from ui.app import build_main_window, offer_restore, open_painted, unopened_window

pytestmark = pytest.mark.sqlite_only  # a damaged SQLite file


def _damaged(book: Book) -> tuple[Path, Path]:
    group_with_members(book, 5)
    made = backup.automatic(book.url, "harian")
    assert made is not None
    book.engine.dispose()
    integrity.OPENED.clear()  # the next open is a new process's (the window starting again)
    source = Path(book.url.removeprefix("sqlite:///"))
    with open(source, "r+b") as handle:
        handle.truncate(source.stat().st_size // 2)
    for suffix in ("-wal", "-shm"):
        Path(f"{source}{suffix}").unlink(missing_ok=True)
    return source, made


def _answer(label: str, shot: Path | None = None) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        if shot is not None:
            box.grab().save(str(shot))
        [button] = [b for b in box.buttons() if b.text() == label]
        button.click()

    QTimer.singleShot(50, click)


@pytest.mark.parametrize("choice", ["Pulihkan dari cadangan", "Tutup"])
def test_damaged_book_on_start_offers_the_newest_backup(qtbot: Any, book: Book, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, choice: str) -> None:
    source, made = _damaged(book)
    damaged = source.read_bytes()
    with pytest.raises(integrity.BookDamaged) as info:
        build_main_window(book.url)
    assert made.name in info.value.message and "terpotong" in info.value.message
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    _answer(choice, tmp_path / "rusak.png")
    restored = offer_restore(info.value, book.url)
    assert (tmp_path / "rusak.png").exists()
    aside = [p for p in source.parent.iterdir() if ".rusak-" in p.name]
    if choice == "Tutup":
        assert not restored and source.read_bytes() == damaged and aside == []
        return
    assert restored and made.name in told[0]
    assert [p.read_bytes() for p in aside] == [damaged]
    window = build_main_window(book.url)
    qtbot.addWidget(window)
    assert Book(source).check() == []
    assert os.path.exists(made)


@pytest.mark.parametrize("choice", ["Pulihkan dari cadangan", "Tutup"])
def test_damage_found_after_the_first_paint_is_offered_in_the_painted_window(
        qtbot: Any, book: Book, monkeypatch: pytest.MonkeyPatch, choice: str) -> None:
    """``kasbuku`` paints the start screen first (issue 20): the damage is found by the open that follows,
    in front of the window; restoring goes on to the restored book's groups, "Tutup" ends the start."""
    _damaged(book)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    window = unopened_window(book.url)
    qtbot.addWidget(window)
    window.show()
    _answer(choice)
    opened = open_painted(window)
    assert opened == (choice != "Tutup") == window.desk.opened == window.isVisible()
    if opened:
        assert [window.start.groups.item(i).text() for i in range(window.start.groups.count())] == ["G"]
    window.close()

"""File dialogs start where she saved last (or in her home folder), never in the program's folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.files import folder_name, open_name, save_name


def test_dialogs_start_in_the_folder_used_last(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started: list[str] = []
    chosen = tmp_path / "laporan"
    chosen.mkdir()

    def dialog(answer: str) -> Any:
        def shown(_parent: QWidget, _title: str, start: str, *_rest: Any) -> Any:
            started.append(start)
            return answer if answer.endswith("laporan") else (answer, "")
        return shown

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog(str(chosen / "kas.pdf")))
    assert save_name(parent, "Simpan PDF", "kas.pdf", "PDF (*.pdf)") == str(chosen / "kas.pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog(""))
    assert open_name(parent, "Pulihkan", "SQLite (*.sqlite)") == ""  # cancelled: the folder stays
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", dialog(str(chosen)))
    assert folder_name(parent, "Pilih folder") == str(chosen)
    assert started[1:] == [str(chosen), str(chosen)]
    shutil.rmtree(chosen)  # a flash drive pulled out: back to the home folder
    save_name(parent, "Simpan PDF", "kas.pdf", "PDF (*.pdf)")
    assert started[-1] == str(Path.home() / "kas.pdf")


def test_the_tests_keep_their_settings_out_of_the_users_home() -> None:
    """The window's settings written by a test run (the last folder, the language) go to the run's own folder:
    a test run on a treasurer's laptop never changes where her dialogs open."""
    from PySide6.QtCore import QSettings

    written = Path(QSettings("KasBuku", "kasbuku").fileName())
    assert not written.is_relative_to(Path.home() / ".config")
    assert written.is_relative_to(Path(os.environ["XDG_CONFIG_HOME"]))

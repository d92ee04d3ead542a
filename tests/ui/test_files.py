"""File dialogs start where she saved last (or in her home folder), never in the program's folder."""

from __future__ import annotations

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

"""The file dialogs of the window: they start in the folder used last (kept per computer user), or in the
home folder the first time — never in the program's own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "files/last_folder"


def last_folder() -> Path:
    """The folder a file was last saved to or opened from, if it still exists; else the home folder."""
    kept = QSettings("KasBuku", "kasbuku").value(KEY, "")
    folder = Path(str(kept)) if kept else Path.home()
    return folder if folder.is_dir() else Path.home()


def _remember(folder: Path) -> None:
    QSettings("KasBuku", "kasbuku").setValue(KEY, str(folder))


def save_name(parent: QWidget, title: str, name: str, kinds: str) -> str:
    """Where to save ``name`` (a path, or "" when she cancels); the chosen folder is remembered."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(last_folder() / name), kinds)
    if path:
        _remember(Path(path).parent)
    return path


def open_name(parent: QWidget, title: str, kinds: str) -> str:
    """Which file to open (or "" when she cancels); its folder is remembered."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder()), kinds)
    if path:
        _remember(Path(path).parent)
    return path


def folder_name(parent: QWidget, title: str) -> str:
    """Which folder to write into (or "" when she cancels); it is remembered."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(last_folder()))
    if folder:
        _remember(Path(folder))
    return folder

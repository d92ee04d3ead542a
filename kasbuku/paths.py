"""Where kasbuku keeps its books on this computer.

On Windows a shared laptop keeps one book for every user of the machine under ``%PROGRAMDATA%\\KasBuku``
(every treasurer logs in as a different Windows user, or the same one); elsewhere the user's data folder
(platformdirs). ``KASBUKU_HOME`` overrides both (tests, portable use).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "KasBuku"


def data_dir() -> Path:
    override = os.environ.get("KASBUKU_HOME")
    if override:
        path = Path(override)
    elif sys.platform == "win32":
        path = Path(platformdirs.site_data_dir(APP, appauthor=False))
    else:
        path = Path(platformdirs.user_data_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return f"sqlite:///{(data_dir() / 'kasbuku.sqlite').as_posix()}"


def book_url(given: str | None = None) -> str:
    """The book to open: ``--db`` when given, else ``KASBUKU_DB``, else this computer's book."""
    return given or os.environ.get("KASBUKU_DB") or default_db_url()


def backup_dir() -> Path:
    path = data_dir() / "cadangan"
    path.mkdir(parents=True, exist_ok=True)
    return path

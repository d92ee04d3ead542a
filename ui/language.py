"""Which language the window speaks: Indonesian (the source of every label) or English, from the Qt
translation file in resources/translations; the choice is kept per computer user and applies at start."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


def _settings() -> QSettings:
    return QSettings("KasBuku", "kasbuku")


def language() -> str:
    """'id' unless KASBUKU_LANG or the saved choice says 'en'."""
    chosen = os.environ.get("KASBUKU_LANG") or str(_settings().value("language", "id"))
    return chosen if chosen in LANGUAGES else "id"


def choose(code: str) -> None:
    """Keep the language for the next start of the window."""
    _settings().setValue("language", code)


def install(app: QCoreApplication, code: str) -> QTranslator | None:
    """Load the translation for ``code`` into ``app``; None for Indonesian (or a missing .qm file)."""
    if code == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        return None
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"kasbuku_{code}.qm")):
        return None
    app.installTranslator(translator)
    return translator

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


# Qt's own words (standard buttons, its file dialog): PySide6 ships no Indonesian qtbase translation, so an
# Indonesian window would say "Yes", "No", "Cancel" and "File name:" (issue 14.6)
QT_WORDS = {
    "QPlatformTheme": {"OK": "OK", "Save": "Simpan", "Save All": "Simpan semua", "Open": "Buka", "&Yes": "&Ya",
                       "Yes to &All": "Ya untuk &semua", "&No": "&Tidak", "N&o to All": "T&idak untuk semua",
                       "Abort": "Batalkan", "Retry": "Coba lagi", "Ignore": "Abaikan", "Close": "Tutup",
                       "Cancel": "Batal", "Discard": "Buang", "Help": "Bantuan", "Apply": "Terapkan",
                       "Reset": "Atur ulang", "Restore Defaults": "Kembalikan bawaan"},
    "QFileDialog": {"Look in:": "Lihat di:", "File &name:": "&Nama berkas:", "Files of type:": "Jenis berkas:",
                    "&Open": "&Buka", "&Save": "&Simpan", "Cancel": "Batal", "&Choose": "&Pilih",
                    "Directory:": "Folder:", "File &name": "&Nama berkas", "Back": "Kembali", "Forward": "Maju",
                    "Parent Directory": "Folder di atasnya", "Create New Folder": "Buat folder baru",
                    "List View": "Daftar", "Detail View": "Rincian", "New Folder": "Folder baru",
                    "All Files (*)": "Semua berkas (*)", "Open": "Buka", "Save As": "Simpan sebagai",
                    "Find Directory": "Pilih folder", "Recent Places": "Tempat terakhir"},
    "QFileSystemModel": {"Name": "Nama", "Size": "Ukuran", "Type": "Jenis", "Date Modified": "Tanggal diubah",
                         "My Computer": "Komputer ini", "Computer": "Komputer"},
    "QLineEdit": {"&Undo": "&Urungkan", "&Redo": "&Ulangi", "Cu&t": "Po&tong", "&Copy": "&Salin",
                  "&Paste": "&Tempel", "Delete": "Hapus", "Select All": "Pilih semua"},
    "QMessageBox": {"Show Details...": "Tampilkan rincian…", "Hide Details...": "Sembunyikan rincian…"},
}


class QtWords(QTranslator):
    """Qt's own words in Indonesian (``QT_WORDS``); everything else is left to the next translator."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """Qt's word in Indonesian; None (a null string to Qt: "not mine") for every other text — an empty
        string would blank every label of the window."""
        return QT_WORDS.get(context, {}).get(source)

    def isEmpty(self) -> bool:
        return False


def install(app: QCoreApplication, code: str) -> QTranslator | None:
    """Load the translation for ``code`` into ``app``; for Indonesian, Qt's own words (the labels are
    Indonesian already). None for a missing .qm file."""
    if code == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        words = QtWords(app)
        app.installTranslator(words)
        return words
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"kasbuku_{code}.qm")):
        return None
    app.installTranslator(translator)
    return translator

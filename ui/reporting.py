"""The window's one door to the PDF statements of ``reports``: which kinds exist, writing one to a file,
and turning a PDF into page images for the preview and the printer (when pypdfium2 is installed).

The statements are being built on another branch; until ``reports.write_report(session, kind, group,
month, path)`` exists, each kind answers with a plain Indonesian message instead of a PDF.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from ui.widgets import N_, tr

KINDS = {
    "bulanan": N_("Laporan bulanan kelompok"),
    "anggota": N_("Buku simpanan dan pinjaman anggota"),
    "kas": N_("Buku kas"),
    "angsuran": N_("Kartu angsuran pinjaman"),
    "bergulir": N_("Laporan dana bergulir"),
    "setoran": N_("Daftar setoran pertemuan"),
    "shu": N_("Pembagian SHU"),
}
Writer = Callable[[Any, str, str, str | None, Path], Any]


def writer() -> Writer | None:
    """``reports.write_report`` if the statements package offers it yet, else None."""
    try:
        module = importlib.import_module("reports")
    except ImportError:
        return None
    found = getattr(module, "write_report", None)
    return found if callable(found) else None


def missing(kind: str) -> str | None:
    """Why a kind cannot be printed yet (None when it can)."""
    if kind not in KINDS:
        return tr("Jenis laporan tidak dikenal: {0}").format(kind)
    if writer() is None:
        return tr("{0} belum tersedia di versi kasbuku ini: modul laporan PDF sedang disiapkan.").format(
            tr(KINDS[kind]))
    return None


def write(read: Callable[[Callable[[Any], Any]], Any], kind: str, group: str, month: str | None,
          path: Path) -> Path:
    """Write one statement to ``path`` through a read-only session of the book."""
    make = writer()
    if make is None:
        raise LookupError(missing(kind))
    read(lambda session: make(session, kind, group, month, path))
    return path


def page_images(pdf: Path, dpi: int = 110) -> list[QImage] | None:
    """The PDF's pages as images for the preview and printing; None when pypdfium2 is not installed."""
    try:
        import pypdfium2
    except ImportError:
        return None
    document = pypdfium2.PdfDocument(str(pdf))
    images = []
    for page in document:
        bitmap = page.render(scale=dpi / 72)
        image = bitmap.to_pil().convert("RGB")
        data = image.tobytes("raw", "RGB")
        images.append(QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy())
    return images

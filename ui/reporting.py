"""The window's one door to the PDF statements (``reports.api``): which kinds exist, building one into a
file through a read-only session, and turning a PDF into page images for the preview and the printer
(when pypdfium2 is installed; otherwise the computer's own PDF viewer opens it)."""

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


def _api() -> Any | None:
    try:
        return importlib.import_module("reports.api")
    except ImportError:
        return None


def missing(kind: str) -> str | None:
    """Why a kind cannot be printed (None when it can), in plain Indonesian."""
    if kind not in KINDS:
        return tr("Jenis laporan tidak dikenal: {0}").format(kind)
    api = _api()
    if api is None or kind not in api.KINDS:
        return tr("{0} belum tersedia di versi kasbuku ini.").format(tr(KINDS[kind]))
    return None


def write(read: Callable[[Callable[[Any], Any]], Any], kind: str, group: str, month: str | None,
          path: Path) -> Path:
    """Build one statement (checked against the journal by ``reports``) and write it to ``path``."""
    api = _api()
    why = missing(kind)
    if api is None or why:
        raise LookupError(why)
    year = int(month[:4]) if kind == "shu" and month else None
    request = api.Request(kind=kind, group=group, month=None if kind == "shu" else month, year=year)
    statement = read(lambda session: api.build(session, request))
    return api.write(statement, path)  # type: ignore[no-any-return]


def file_name(kind: str, group: str, month: str | None) -> str:
    """'2026-02_bulanan_kube-mawar.pdf', as ``kasbuku report`` names them (sorts by month in a folder)."""
    api = _api()
    slug = api.slug(group) if api is not None else group
    return f"{month or 'terbaru'}_{kind}_{slug}.pdf"


def page_images(pdf: Path, dpi: int = 110) -> list[QImage] | None:
    """The PDF's pages as images for the preview and printing; None when pypdfium2 is not installed."""
    try:
        import pypdfium2
    except ImportError:
        return None
    document = pypdfium2.PdfDocument(str(pdf))
    images = []
    for page in document:
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # 3 channels, RGB (no Pillow needed)
        formats = {3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBX8888}
        images.append(QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                             formats[bitmap.n_channels]).copy())
    return images

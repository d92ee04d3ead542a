"""Golden check: page counts and key lines of every Mawar statement do not drift (text, not bytes)."""

from __future__ import annotations

import pytest
from conftest import build, pdf_lines, pdf_pages
from sqlalchemy import Engine

HEAD = ["KUBE Mawar", "Kelompok Usaha Bersama (KUBE)"]
SIGN = ["Mengetahui,", "Pendamping Ketua Bendahara"]
PRINTED = "Dicetak 20 Maret 2026 dengan kasbuku"

GOLDEN: dict[str, tuple[dict[str, object], int, list[str]]] = {
    "bulanan": ({}, 2, [*HEAD, "Laporan Bulanan Kelompok", "Bulan Februari 2026",
                        "Saldo akhir 28 Februari 2026 Rp 5.332.500",
                        "Jumlah Rp 100.000 Rp 100.000 Rp 0 Rp 200.000 Rp 0",
                        "Jumlah Rp 5.500.000 Rp 4.950.000 Rp 0",
                        "PAR30 (sisa pokok pinjaman yang menunggak lebih dari 30 hari): Rp 0 dari Rp 4.950.000 = 0,00%",
                        "M2 Nurhayati M5 Fransiska Lusi Rp 57.500",
                        "Dana bergulir (kas + pinjaman beredar) Rp 10.000.000",
                        "Sisa hasil usaha Rp 82.500 Rp 82.500",
                        "Jumlah aset Rp 10.512.500 Jumlah kewajiban dan ekuitas Rp 10.512.500",
                        *SIGN, "KUBE Mawar · Laporan Bulanan Kelompok · Februari 2026 Halaman 2 dari 2", PRINTED]),
    "kas": ({}, 1, [*HEAD, "Buku Kas Umum", "Bulan Februari 2026", "Saldo awal 1 Februari 2026 Rp 4.650.000",
                    "28/02/2026 29 Tanggung renteng saat tutup buku Rp 230.000 – Rp 5.332.500",
                    "Jumlah bulan ini dan saldo akhir Rp 682.500 Rp 0 Rp 5.332.500",
                    "Kas dana bergulir Rp 5.050.000", "Jumlah kas Rp 5.332.500", *SIGN]),
    "anggota": ({}, 5, [*HEAD, "Rekening Anggota", "1 Januari 2026 s.d. 28 Februari 2026",
                        "Anggota : M1 Siti Aminah Tanggal masuk : 5 Januari 2026",
                        "05/01/2026 Setoran simpanan pokok Rp 20.000 – – Rp 20.000",
                        "Saldo akhir Rp 20.000 Rp 20.000 Rp 0 Rp 40.000",
                        "1 15/02/2026 Rp 200.000 Rp 30.000 Rp 230.000 Rp 230.000 – Lunas",
                        "Jumlah Rp 2.000.000 Rp 300.000 Rp 2.300.000 Rp 230.000 Rp 2.070.000",
                        "M2 Nurhayati Rp 57.500", "M5 Fransiska Lusi Rp 57.500"]),
    "angsuran": ({"loan": "L3"}, 1, [*HEAD, "Kartu Angsuran", "Pinjaman L3 · keadaan 28 Februari 2026",
                                     "1 15/02/2026 Rp 150.000 Rp 22.500 Rp 172.500 Rp 172.500 – Lunas",
                                     "10 15/11/2026 Rp 150.000 Rp 22.500 Rp 172.500 – Rp 172.500 Belum jatuh tempo",
                                     "15/02/2026 Angsuran pinjaman L3 Rp 150.000 Rp 22.500 Rp 1.350.000", *SIGN]),
    "bergulir": ({}, 1, [*HEAD, "Laporan Perkembangan Dana Bergulir", "Keadaan 28 Februari 2026",
                         "Dana bergulir (hibah − digulirkan − dihapus) Rp 10.000.000",
                         "Berada di kas dana bergulir Rp 5.050.000",
                         "Putaran sekarang: ke-1. Menunggu giliran: M4 Marlina Tola, M5 Fransiska Lusi.",
                         "1 15/01/2026 M3 Hasna Lamba L3 Rp 1.500.000 Rp 1.350.000 Berjalan",
                         "Belum ada perguliran.", *SIGN]),
    "setoran": ({}, 1, [*HEAD, "Lembar Setoran Pertemuan", "Pertemuan bulan Maret 2026 · tanggal: ....................",
                        "3 M3 Hasna Lamba Rp 10.000 – L3 Rp 172.500 – – Rp 182.500",
                        "Jumlah Rp 50.000 Rp 0 Rp 402.500 Rp 0 Rp 0 Rp 452.500", *SIGN]),
    "shu": ({"year": 2026}, 1, [*HEAD, "Laporan Sisa Hasil Usaha (SHU)", "Tahun 2026",
                                "Cadangan kelompok 25% Rp 28.100", "M2 Nurhayati Rp 2.275 Rp 10.218 Rp 12.493",
                                "Jumlah Rp 22.500 Rp 28.100 Rp 50.600", *SIGN]),
    "kuitansi": ({"seq": 30}, 1, [*HEAD, "KUITANSI", "Nomor KW-000030 · 15 Maret 2026",
                                  "Telah terima dari : M2 Nurhayati",
                                  "Uang sejumlah : Empat ratus enam puluh ribu rupiah",
                                  "Untuk pembayaran : Angsuran pinjaman L2", "Jumlah Rp 460.000", "Rp 460.000",
                                  "Yang menyerahkan Yang menerima,", PRINTED]),
}


@pytest.mark.parametrize("kind", sorted(GOLDEN))
def test_key_lines_and_page_count(mawar: Engine, kind: str) -> None:
    keys, pages, lines = GOLDEN[kind]
    pdf = build(mawar, kind, **keys).pdf
    assert len(pdf_pages(pdf)) == pages
    found = pdf_lines(pdf)
    assert [line for line in lines if line not in found] == []

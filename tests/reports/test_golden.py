"""Golden check: page counts and key lines of every Mawar statement, and of the economy group's monthly
statement and inventory list, do not drift (text, not bytes)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from tests.reports.helpers import BAHARI, build, pdf_lines, pdf_pages

HEAD = ["KUBE Mawar", "Kelompok Usaha Bersama (KUBE)"]
SIGN = ["Mengetahui,", "Pendamping Ketua Bendahara"]
PRINTED = "Dicetak 20 Maret 2026 dengan kasbuku"  # the page number beside it, never over the title line

GOLDEN: dict[str, tuple[dict[str, object], int, list[str]]] = {
    "bulanan": ({}, 2, [*HEAD, "Laporan Bulanan Kelompok", "Bulan Februari 2026",
                        "Saldo akhir 28 Februari 2026 Rp 5.332.500",
                        "Jumlah Rp 100.000 Rp 100.000 Rp 0 Rp 200.000 Rp 0",
                        "Jumlah Rp 5.500.000 Rp 4.950.000 Rp 0",
                        "PAR30 (sisa pokok pinjaman yang menunggak lebih dari 30 hari): Rp 0 dari Rp 4.950.000 = "
                        "0,00 %",
                        "Februari 2026 M2 Nurhayati M5 Fransiska Lusi Rp 57.500",
                        "Dana bergulir (kas + pinjaman beredar) Rp 10.000.000",
                        "6. Hasil usaha simpan pinjam", "Sisa hasil usaha Rp 82.500 Rp 82.500",
                        "7. Usaha kelompok", "Kelompok belum mencatat usaha bersama.", "8. Dana sosial",
                        "Kelompok belum mempunyai dana sosial.", "9. Neraca per 28 Februari 2026",
                        "JUMLAH ASET Rp 10.512.500 Rp 10.150.000",
                        "10. Inventaris", "Kelompok belum mempunyai inventaris.", "11. Pendampingan",
                        "Belum ada kunjungan pendamping yang tercatat.",
                        *SIGN, "KUBE Mawar · Laporan Bulanan Kelompok · Februari 2026", f"{PRINTED} Halaman 2 dari 2"]),
    "kas": ({}, 1, [*HEAD, "Buku Kas Umum", "Bulan Februari 2026", "Saldo awal 1 Februari 2026 Rp 4.650.000",
                    "28/02/2026 29 Tanggung renteng saat tutup buku Rp 230.000 – Rp 5.332.500",
                    "Jumlah bulan ini dan saldo akhir Rp 682.500 Rp 0 Rp 5.332.500",
                    "Kas dana bergulir Rp 5.050.000", "Jumlah kas Rp 5.332.500", *SIGN]),
    "anggota": ({}, 5, [*HEAD, "Rekening Anggota", "1 Januari 2026 s.d. 28 Februari 2026",
                        "Anggota : M1 Siti Aminah Tanggal masuk : 5 Januari 2026",
                        "05/01/2026 Setoran simpanan pokok Rp 20.000 – – Rp 20.000",
                        "Saldo akhir Rp 20.000 Rp 20.000 Rp 0 Rp 40.000",
                        "1 15/02/2026 Rp 200.000 Rp 30.000 Rp 230.000 Rp 230.000 – Lunas 15/02/2026",
                        "Jumlah Rp 2.000.000 Rp 300.000 Rp 2.300.000 Rp 230.000 Rp 2.070.000",
                        "Februari 2026 M2 Nurhayati (tunai) Rp 57.500 Rp 57.500",
                        "Februari 2026 Rp 230.000 Rp 230.000"]),
    "angsuran": ({"loan": "L3"}, 1, [*HEAD, "Kartu Angsuran", "Pinjaman L3 · keadaan 28 Februari 2026",
                                     "1 15/02/2026 Rp 150.000 Rp 22.500 Rp 172.500 Rp 172.500 – Lunas 15/02/2026",
                                     "10 15/11/2026 Rp 150.000 Rp 22.500 Rp 172.500 – Rp 172.500 Belum jatuh tempo",
                                     "15/02/2026 Angsuran pinjaman L3 Rp 150.000 Rp 22.500 – Rp 1.350.000", *SIGN]),
    "bergulir": ({}, 1, [*HEAD, "Laporan Perkembangan Dana Bergulir", "Keadaan 28 Februari 2026",
                         "Dana bergulir (hibah − digulirkan − dihapus) Rp 10.000.000",
                         "Berada di kas dana bergulir Rp 5.050.000",
                         "Putaran sekarang: ke-1. Menunggu giliran: M4 Marlina Tola, M5 Fransiska Lusi.",
                         "1 15/01/2026 M3 Hasna Lamba L3 Rp 1.500.000 Rp 1.350.000 Berjalan",
                         "Belum ada perguliran.", *SIGN]),
    "setoran": ({}, 1, [*HEAD, "Lembar Setoran Pertemuan", "Pertemuan bulan Maret 2026 · tanggal: ....................",
                        "3 M3 Hasna Lamba Rp 10.000 – L3 Rp 172.500 – – Rp 182.500",
                        "Jumlah Rp 50.000 Rp 0 Rp 402.500 Rp 0 Rp 0 Rp 452.500", *SIGN]),
    "shu": ({"year": 2026}, 1, [*HEAD, "Laporan Sisa Hasil Usaha (SHU)", "Tahun 2026 · sementara, sampai Februari 2026",
                                "Cadangan kelompok 25 % Rp 20.600", "M2 Nurhayati Rp 39.167 – Rp 3.300 – Rp 3.300",
                                "Jumlah Rp 195.835 Rp 52.500 Rp 16.500 Rp 20.600 Rp 37.100", *SIGN]),
    "inventaris": ({}, 1, [*HEAD, "Daftar Inventaris Kelompok", "Keadaan 28 Februari 2026",
                           "Kelompok belum mempunyai inventaris.", *SIGN]),
    "kuitansi": ({"seq": 30}, 1, [*HEAD, "KUITANSI", "Nomor KW-000030 · 15 Maret 2026",
                                  "Telah terima dari : M2 Nurhayati",
                                  "Uang sejumlah : Empat ratus enam puluh ribu rupiah",
                                  "Untuk pembayaran : Angsuran pinjaman L2", "Jumlah Rp 460.000", "Rp 460.000",
                                  "Yang menyerahkan Yang menerima,", f"{PRINTED} Halaman 1 dari 1"]),
}


BAHARI_HEAD = ["KUBE Bahari", "Kelompok Usaha Bersama (KUBE) · Kel. Oesapa, Kota Kupang"]
BAHARI_SIGN = ["Mengetahui,", "Pendamping Ketua Bendahara", "Ibu Yanti Ani Budi"]
GOLDEN_BAHARI: dict[str, tuple[int, list[str]]] = {  # the group with the whole economy (conftest.BAHARI_EVENTS)
    "bulanan": (3, [*BAHARI_HEAD, "Laporan Bulanan Kelompok", "Bulan Februari 2026",
                    "Saldo akhir 28 Februari 2026 Rp 735.000", "Sisa hasil usaha Rp 300.000 Rp 300.000",
                    "Laba (rugi) usaha Rp 120.000 Rp 180.000", "Kas usaha kelompok 28 Februari 2026 Rp 200.000",
                    "Saldo akhir 28 Februari 2026 Rp 25.000",
                    "Inventaris (peralatan dan mesin) Rp 3.250.000 Rp 4.050.000",
                    "Laba usaha kelompok Rp 100.000 Rp 60.000",
                    "JUMLAH KEWAJIBAN DAN EKUITAS Rp 3.985.000 Rp 4.390.000",
                    "15/02/2026 GR1 Gerobak Kelompok Dijual diganti baru Rp 300.000",
                    "Tindak lanjut yang belum selesai pada 28 Februari 2026: 2, 1 terlambat.", *BAHARI_SIGN]),
    "inventaris": (1, [*BAHARI_HEAD, "Daftar Inventaris Kelompok", "Keadaan 28 Februari 2026",
                       "Barang tercatat : 2 jenis (3 buah), nilai saat diterima Rp 3.250.000",
                       "Jumlah Rp 3.250.000", "Jumlah Rp 800.000 Rp 300.000", *BAHARI_SIGN]),
}


def _drift(pdf: bytes, pages: int, lines: list[str]) -> None:
    assert len(pdf_pages(pdf)) == pages
    found = pdf_lines(pdf)
    assert [line for line in lines if line not in found] == []


@pytest.mark.parametrize("kind", sorted(GOLDEN))
def test_key_lines_and_page_count(mawar: Engine, kind: str) -> None:
    keys, pages, lines = GOLDEN[kind]
    _drift(build(mawar, kind, **keys).pdf, pages, lines)


@pytest.mark.parametrize("kind", sorted(GOLDEN_BAHARI))
def test_key_lines_of_the_whole_economy(bahari: Engine, kind: str) -> None:
    pages, lines = GOLDEN_BAHARI[kind]
    _drift(build(bahari, kind, BAHARI).pdf, pages, lines)

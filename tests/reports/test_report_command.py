"""``kasbuku report``: one group to a file or a folder, ``--all`` into a folder, errors as one line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, delete

from kasbuku import db, parallel
from kasbuku.cli import main
from ledger import services, storage
from ledger.model.journal import Ledger
from tests.reports.helpers import ev, pdf_pages


def run(engine: Engine, *args: str) -> int:
    return main(["report", *args, "--db", str(engine.url)])


def test_one_group_to_a_file_and_into_a_folder(mawar: Engine, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "laporan.pdf"
    assert run(mawar, "bulanan", "--group", "KUBE Mawar", "--out", str(target)) == 0
    assert "Saldo akhir 28 Februari 2026 Rp 5.332.500" in pdf_pages(target.read_bytes())[0]
    assert run(mawar, "kuitansi", "--group", "KUBE Mawar", "--event-seq", "30", "--out", str(tmp_path)) == 0
    assert run(mawar, "kas", "--group", "KUBE Mawar", "--out", f"{tmp_path}/baru/") == 0  # a new folder
    receipt, cash = tmp_path / "000030_kuitansi_kube-mawar.pdf", tmp_path / "baru" / "2026-02_kas_kube-mawar.pdf"
    assert capsys.readouterr().out.splitlines() == [f"laporan ditulis: {target}", f"laporan ditulis: {receipt}",
                                                    f"laporan ditulis: {cash}"]


def test_all_groups_one_pdf_each_with_progress(demo_book: Engine, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "oktober"
    assert run(demo_book, "bulanan", "--all", "--month", "2026-10", "--out", str(out)) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["2026-10_bulanan_kube-anggrek.pdf", "2026-10_bulanan_kube-mawar-sejahtera.pdf",
                     "2026-10_bulanan_kusiapp-melati.pdf"]
    progress = capsys.readouterr().out.splitlines()
    assert progress[0] == f"[1/3] KUBE Anggrek: {out / names[0]}" and len(progress) == 3


@pytest.mark.parametrize(("args", "message"), [
    (["kas", "--group", "Tidak Ada"], "kelompok 'Tidak Ada' tidak ada di buku ini"),
    (["kas", "--group", "KUBE Mawar", "--month", "2026-13"], "--month harus bulan YYYY-MM, bukan '2026-13'"),
    (["angsuran", "--group", "KUBE Mawar", "--loan", "L9"], "pinjaman L9 tidak dikenal di kelompok KUBE Mawar"),
    (["kuitansi", "--group", "KUBE Mawar"], "kuitansi perlu nomor transaksi (--event-seq N)"),
    (["kuitansi", "--all"], "kuitansi dicetak per transaksi: pakai --group, bukan --all"),
    (["kas", "--group", "KUBE Mawar", "--month", "2025-12"], "kelompok KUBE Mawar belum ada pada bulan 2025-12"),
])
def test_refusals_are_one_line_and_write_nothing(mawar: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 args: list[str], message: str) -> None:
    assert run(mawar, *args, "--out", str(tmp_path / "x.pdf")) == 2
    assert capsys.readouterr().err == message + "\n"
    assert list(tmp_path.iterdir()) == []


def test_a_statement_that_does_not_add_up_is_not_written(mawar: Engine, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    real = Ledger.balance
    monkeypatch.setattr(Ledger, "balance", lambda self, account: real(self, account) + (account == "1101"))
    assert run(mawar, "kas", "--group", "KUBE Mawar", "--out", str(tmp_path / "kas.pdf")) == 2
    assert capsys.readouterr().err == ("laporan tidak dicetak: saldo akhir kas Rp 5.332.500 berbeda dari jurnal "
                                       "Rp 5.332.501; jalankan 'kasbuku check' dan laporkan ke pendamping\n")
    assert list(tmp_path.iterdir()) == []


def test_inventory_list_of_a_demo_group(demo_book: Engine, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert run(demo_book, "inventaris", "--group", "KUsiAPP Melati", "--out", str(tmp_path)) == 0
    path = tmp_path / "2026-10_inventaris_kusiapp-melati.pdf"
    assert capsys.readouterr().out == f"laporan ditulis: {path}\n"
    [page] = pdf_pages(path.read_bytes())
    assert "G-01 Gerobak dagang 1 Rp 1.200.000" in page and "Belum dicek lebih dari 6 bulan : 1 barang" in page
    assert "Yanti Lobo" in page  # the facilitator of the latest visit signs


def test_all_groups_on_two_processes_give_the_statements_of_one(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    engine = db.open_engine(f"sqlite:///{tmp_path / 'kantor.sqlite'}")
    events = []
    for n in range(1, 18):  # enough groups for two workers (kasbuku.parallel.WORTH_A_WORKER each)
        group = f"KUBE {n:02d}"
        events += [ev("group.create", "2026-01-05", group, kind="KUBE", address={"kecamatan": f"Kec {n % 3}"}),
                   ev("member.join", "2026-01-05", group, member="M1", name=f"Ibu {n}"),
                   ev("savings.deposit", "2026-01-05", group, member="M1", product="pokok", amount=1000 * n),
                   ev("month.close", "2026-01-31", group, month="2026-01")]
    with db.session(engine, write=True) as sess:
        services.apply_events(sess, events)
    for jobs in ("1", "2"):
        assert run(engine, "bulanan", "--all", "--month", "2026-01", "--jobs", jobs,
                   "--out", str(tmp_path / jobs)) == 0
    progress = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in progress[17:]] == [f"[{n}/17] KUBE {n:02d}" for n in range(1, 18)]
    for n in range(1, 18):
        name = f"2026-01_bulanan_kube-{n:02d}.pdf"
        one, two = (pdf_pages((tmp_path / jobs / name).read_bytes()) for jobs in ("1", "2"))
        assert one == two and f"Rp {n}.000" in one[0]
    # the rekap of groups that have no kept figures (a book from before 0004) replays them on two processes
    with db.session(engine) as sess:
        kept = services.recap(sess, "2026-01")
    with db.session(engine, write=True) as sess:
        sess.execute(delete(storage.MonthFiguresRow))
    assert main(["report", "rekap", "--all", "--month", "2026-01", "--jobs", "2", "--db", str(engine.url),
                 "--out", str(tmp_path / "rekap.csv")]) == 0
    with db.session(engine) as sess:
        assert services.recap(sess, "2026-01", parallel.recap_replayer(str(engine.url), 2, sess)) == kept
    assert len((tmp_path / "rekap.csv").read_text(encoding="utf-8-sig").splitlines()) == 1 + 17 + 3 + 1
    engine.dispose()

"""The group's own SHU (rules §9a): named pools, the savings and loan bases, the year's rules fixed on its
31 December — each figure worked by hand in the docstrings."""

from __future__ import annotations

from typing import Any

from tests.conftest import Book, ev

POOLS = {"cadangan": 30, "jasa_simpanan": 30, "jasa_pinjaman": 20, "dana_wilayah_kerja": 20}


def year_2026(book: Book, **rules: Any) -> None:
    """M1–M3 join on 5 January 2026 with pokok 20.000. M1 saves 100.000 sukarela at once, M2 100.000 on
    1 July. Income: a donation of 1.000.000 (cash.in) and jasa: M3 borrows 200.000 from the group on
    1 April, 2 months flat 1,5 % (jasa 3.000 a month, paid 1 May and 1 June); M1 borrows 100.000 on 1 August
    for 1 month (jasa 1.500, paid 1 September). Surplus 1.000.000 + 6.000 + 1.500 = 1.007.500.
    Every month of 2026 is closed."""
    book.apply(ev("group.create", "2026-01-05", kind="KUBE", rules={"shu_pct": POOLS, **rules}),
               *(ev("member.join", "2026-01-05", member=f"M{i}", name=f"Anggota {i}") for i in (1, 2, 3)),
               *(ev("savings.deposit", "2026-01-05", member=f"M{i}", product="pokok", amount=20_000)
                 for i in (1, 2, 3)),
               ev("savings.deposit", "2026-01-05", member="M1", product="sukarela", amount=100_000),
               ev("cash.in", "2026-03-10", amount=1_000_000, category="sumbangan"),
               ev("loan.disburse", "2026-04-01", member="M3", loan="P3", principal=200_000, fund="group", term=2),
               ev("loan.pay", "2026-05-01", loan="P3", amount=103_000),
               ev("loan.pay", "2026-06-01", loan="P3", amount=103_000),
               ev("savings.deposit", "2026-07-01", member="M2", product="sukarela", amount=100_000),
               ev("loan.disburse", "2026-08-01", member="M1", loan="P1", principal=100_000, fund="group", term=1),
               ev("loan.pay", "2026-09-01", loan="P1", amount=101_500),
               *(ev("month.close", f"2026-{m:02d}-28", month=f"2026-{m:02d}") for m in range(1, 13)))


def test_own_pools_on_average_savings_and_jasa_paid(book: Book) -> None:
    """Pools at unit 100: jasa simpanan 30 % of 1.007.500 = 302.250 → 302.300; jasa pinjaman and dana
    wilayah kerja 20 % = 201.500; cadangan takes the rest, 302.200 (same 30 % as jasa simpanan, 100 less:
    the rounding difference).
    Savings bases, sums of 12 month-ends: M1 120.000 × 12 = 1.440.000; M2 20.000 × 6 + 120.000 × 6 =
    840.000; M3 20.000 × 12 = 240.000 (12 : 7 : 2). 302.300 × 12/21 = 172.742,9; × 7/21 = 100.766,7;
    × 2/21 = 28.790,5 → floors 172.742 + 100.766 + 28.790 = 302.298, the 2 left over to M1 and M2:
    172.743, 100.767, 28.790. Jasa bases M1 1.500, M3 6.000: 201.500 × 1/5 = 40.300, × 4/5 = 161.200."""
    year_2026(book)
    book.apply(ev("shu.allocate", "2027-01-02", year=2026))
    shu = book.state(as_of="2027-01-02")["shu"]["2026"]
    assert shu["surplus"] == 1_007_500
    assert shu["pools"] == {"jasa_simpanan": 302_300, "jasa_pinjaman": 201_500, "dana_wilayah_kerja": 201_500,
                            "cadangan": 302_200}
    assert shu["members"] == {"M1": {"jasa_simpanan": 172_743, "jasa_pinjaman": 40_300},
                              "M2": {"jasa_simpanan": 100_767, "jasa_pinjaman": 0},
                              "M3": {"jasa_simpanan": 28_790, "jasa_pinjaman": 161_200}}
    assert book.check() == []


def test_year_end_savings_and_principal_borrowed(book: Book) -> None:
    """Same year with ``shu_savings_basis: year_end`` and ``shu_loan_basis: borrowed``. Savings on
    31 December: 120.000, 120.000, 20.000 (6 : 6 : 1): 302.300 × 6/13 = 139.523,1 twice, × 1/13 = 23.253,8
    → 139.523 + 139.523 + 23.253 = 302.299, 1 left over to M1. Borrowed: M1 100.000, M3 200.000:
    201.500 / 3 = 67.166,7 and × 2/3 = 134.333,3 → 67.166 + 134.333 = 201.499, 1 to M1."""
    year_2026(book, shu_savings_basis="year_end", shu_loan_basis="borrowed")
    book.apply(ev("shu.allocate", "2027-01-02", year=2026))
    members = book.state(as_of="2027-01-02")["shu"]["2026"]["members"]
    assert members == {"M1": {"jasa_simpanan": 139_524, "jasa_pinjaman": 67_167},
                       "M2": {"jasa_simpanan": 139_523, "jasa_pinjaman": 0},
                       "M3": {"jasa_simpanan": 23_253, "jasa_pinjaman": 134_333}}


def test_the_rules_of_31_december_allocate_the_year_and_a_later_change_rewrites_nothing(book: Book) -> None:
    """A change of shu_pct dated 1 January 2027, before the allocation on the 2nd, is not the year's rule;
    one after the allocation changes nothing of it either."""
    year_2026(book)
    book.apply(ev("group.rules", "2027-01-01", rules={"shu_pct": {"cadangan": 50, "jasa_simpanan": 50}}),
               ev("shu.allocate", "2027-01-02", year=2026))
    before = book.state(as_of="2027-01-02")["shu"]
    assert before["2026"]["pools"]["dana_wilayah_kerja"] == 201_500
    book.apply(ev("group.rules", "2027-01-03", rules={"shu_pct": {"cadangan": 100}}))
    assert book.state(as_of="2027-02-01")["shu"] == before


def test_pools_must_add_up_to_100_with_readable_names(book: Book) -> None:
    bad = ev("group.create", "2026-01-05", kind="KUBE", rules={"shu_pct": {"cadangan": 50, "jasa_simpanan": 40}})
    assert "harus 100" in book.refused(bad)
    odd = ev("group.create", "2026-01-05", kind="KUBE", rules={"shu_pct": {"Dana Desa": 100}})
    assert "huruf kecil" in book.refused(odd)

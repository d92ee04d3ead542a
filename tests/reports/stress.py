"""A stress book for the layout test: one group with 40 members bearing the longest real names, a grant of
Rp 1.000.000.000, loans of tens of millions with long codes, a late member every month (so tanggung renteng
covers by 39 members at most closes), savings into the hundreds of millions, the joint business, the social
fund, inventaris and visits with long texts, and 24 closed months with one SHU allocated."""

from __future__ import annotations

from datetime import date
from typing import Any

from ledger.model.calendar import add_months, month_end, month_of
from ledger.model.events import parse_event
from ledger.services.history import History

GROUP = "Kelompok Usaha Bersama Perempuan Nelayan Sejahtera Mandiri Oesapa Barat"
START = date(2024, 1, 3)
MONTHS = 24
FIRST = ("Maria Magdalena", "Fransiska Yohana", "Yuliana Wilhelmina", "Margaretha Theresia", "Agustina Dorkas",
         "Elisabeth Veronika", "Katarina Bernadeta", "Paulina Kristiani")
LAST = ("Ndapamerang Nggadas", "Ratu Kore Lede Bilaut", "Tefa Nenobais Sabu", "Lumban Tobing Siregar",
        "Kewuan Tokan Lamahoda")
NAMES = [f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}" for i in range(40)]
ROLES = ("ketua", "sekretaris", "bendahara")


class _Writer:
    def __init__(self) -> None:
        self.history = History(GROUP)
        self.events: list[dict[str, Any]] = []

    def add(self, etype: str, day: date, **keys: Any) -> None:
        raw = {"type": etype, "date": day.isoformat(), "group": GROUP, **keys}
        event = parse_event(raw)
        event.seq = len(self.events) + 1
        self.history.add(event)
        self.events.append(raw)


def _month(w: _Writer, month: int, day: date) -> None:
    book = w.history.book
    late = f"A{month % 40 + 1:02d}"  # a different member misses her instalment each month
    for member in book.active_members():
        w.add("savings.deposit", day, member=member.code, product="wajib", amount=10_000)
        if member.number % 5 == 1:
            w.add("savings.deposit", day, member=member.code, product="sukarela", amount=150_000_000)
        loans = book.open_loans(member.code)
        owed = sum(ln.due_by(day, day) for ln in loans) + book.tr_owes(member.code)
        if loans and owed and member.code != late:
            w.add("loan.pay", day, loan=loans[0].code, amount=owed, id=f"pay-{month}-{member.code}")
        elif not loans and not book.tr_owes(member.code) and book.fund_cash("grant") >= 24_000_000:
            w.add("loan.disburse", day, member=member.code, loan=f"PJM-{day:%Y}-{member.number:02d}{month:02d}",
                  principal=24_000_000, fund="grant", term=12)
    if month % 6 == 2:
        w.add("business.sale", day, amount=999_999_999, category="ikan asin dan kerupuk ikan tenggiri")
        w.add("business.purchase", day, amount=350_000_000, category="ikan tenggiri segar dari nelayan")
        w.add("social.contribute", day, amount=25_000_000, source="iuran anggota dan sumbangan gereja")
        w.add("social.pay", day, amount=12_500_000, purpose="perlindungan sosial", member="A07")
        w.add("visit.record", day, facilitator="Yohana Theresia Nenobais Lumban Tobing", attendees="pengurus "
              "dan 37 anggota", checked="buku kas umum, simpanan, pinjaman, inventaris, usaha bersama",
              findings="kas cocok dengan buku; dua anggota terlambat mengangsur karena musim barat",
              followups=[{"what": "Catat setiap penjualan ikan asin pada hari itu juga di buku usaha",
                          "due": add_months(day, 1).isoformat()}])
    if month == 12:
        w.add("shu.allocate", day, year=2024)
    w.add("month.close", month_end(month_of(day)), month=month_of(day))


def stress_events() -> list[dict[str, Any]]:
    """Every event of the stress book, in order (planned against an in-memory history)."""
    w = _Writer()
    w.add("group.create", START, kind="KUsiAPP", rules={"pokok": 1_000_000, "max_members": 40}, address={
        "kelurahan": "Oesapa Barat", "kecamatan": "Kelapa Lima", "kota": "Kota Kupang",
        "provinsi": "Nusa Tenggara Timur"})
    for index, name in enumerate(NAMES, start=1):
        w.add("member.join", START, member=f"A{index:02d}", name=name,
              role=ROLES[index - 1] if index <= 3 else "anggota", category="miskin")
        w.add("savings.deposit", START, member=f"A{index:02d}", product="pokok", amount=1_000_000)
    w.add("grant.receive", START, amount=1_000_000_000, source="Kementerian Sosial Republik Indonesia (BLPS)",
          document="BLPS-0001/KEMENSOS/2024")
    w.add("business.capital", START, amount=40_000_000)
    w.add("asset.receive", START, asset="INV-2024-0001", item="Mesin pengering ikan tenaga surya kapasitas besar",
          quantity=3, value=999_000_000, source="Dinas Kelautan dan Perikanan Provinsi Nusa Tenggara Timur",
          document="BAST-0123/DKP-NTT/2024", holder="A01")
    for month in range(MONTHS):
        _month(w, month, add_months(date(2024, 1, 25), month))
    return w.events

"""A realistic demo book: three groups, almost two years of meetings, grants, loans, one TR cover, one
pass-on between groups, inventaris (one item lost, one never checked), a joint business, a social fund and
the facilitator's visits. Made by the same services as real work (deterministic, no randomness)."""

from __future__ import annotations

from datetime import date
from typing import Any

from ledger import services
from ledger.model.calendar import add_months, month_end, month_of
from ledger.model.events import parse_event
from ledger.services import access
from ledger.services.history import History
from ledger.storage import Session

START = date(2025, 1, 6)
MONTHS = 22  # closes 2025-01 .. 2026-10

GROUPS: list[dict[str, Any]] = [
    {"name": "KUBE Mawar Sejahtera", "kind": "KUBE",
     "address": {"kelurahan": "Oesapa", "kecamatan": "Kelapa Lima", "kota": "Kota Kupang"},
     "members": ["Siti Aminah", "Nurhayati", "Hasna Lamba", "Marlina Tola", "Fransiska Lusi",
                 "Yuliana Bria", "Maria Goreti"],
     "grant": 15_000_000, "late": {(4, "A02")}},
    {"name": "KUsiAPP Melati", "kind": "KUsiAPP",
     "address": {"kelurahan": "Sikumana", "kecamatan": "Maulafa", "kota": "Kota Kupang"},
     "members": ["Agustina Nenobais", "Dorkas Manu", "Ester Sabu", "Ruth Ndun", "Yohana Tefa",
                 "Selfina Lay"],
     "grant": 10_000_000, "late": set()},
    {"name": "KUBE Anggrek", "kind": "KUBE-FM",
     "address": {"kelurahan": "Oebobo", "kecamatan": "Oebobo", "kota": "Kota Kupang"},
     "members": ["Rambu Ana", "Katarina Lede", "Margaretha Riwu", "Paulina Kana", "Debora Tanu"],
     "grant": 0, "late": set()},
]
ROLES = ("ketua", "sekretaris", "bendahara")


class _Writer:
    """Plans events against in-memory histories (to know what each member owes) and keeps them."""

    def __init__(self) -> None:
        self.histories: dict[str, History] = {}
        self.events: list[dict[str, Any]] = []
        self.seq = 1
        self.followups: list[tuple[str, date, str]] = []  # group, day it is done, follow-up id

    def add(self, raw: dict[str, Any]) -> None:
        """Keep one event, applied to its group's history in memory so later events see what is owed."""
        event = parse_event(raw)
        event.seq = self.seq
        self.seq += 1
        self.histories.setdefault(event.group, History(event.group)).add(event)
        self.events.append(raw)


def _meeting(w: _Writer, group: dict[str, Any], month: int, day: date) -> None:
    name = group["name"]
    book = w.histories[name].book
    codes = [m.code for m in book.active_members()]
    for code in codes:
        w.add({"type": "savings.deposit", "date": day.isoformat(), "group": name, "member": code,
               "product": "wajib", "amount": 10_000})
    if month % 3 == 1:
        for code in codes[:2]:
            w.add({"type": "savings.deposit", "date": day.isoformat(), "group": name, "member": code,
                   "product": "sukarela", "amount": 25_000})
    for loan in list(book.loans.values()):
        if not loan.is_open or (month, loan.member) in group["late"]:
            continue
        due = loan.due_by(day, day) + book.tr_owes(loan.member)
        if due:
            w.add({"type": "loan.pay", "date": day.isoformat(), "group": name, "loan": loan.code,
                   "amount": due})


def _lend(w: _Writer, group: dict[str, Any], month: int, day: date) -> None:
    name = group["name"]
    book = w.histories[name].book
    for member in book.active_members():
        if book.open_loans(member.code) or book.tr_owes(member.code):
            continue
        fund = "grant" if group["grant"] and member.code not in book.grant.served else "group"
        principal = 1_500_000 if fund == "grant" else 300_000
        cash = book.fund_cash(fund)
        if cash < principal or (fund == "group" and month % 4):
            continue
        w.add({"type": "loan.disburse", "date": day.isoformat(), "group": name, "member": member.code,
               "loan": f"P{month:02d}-{member.code}", "principal": principal, "fund": fund,
               "method": "menurun" if fund == "group" else "flat", "term": 10})
        return


def _economy(w: _Writer, month: int, day: date) -> None:
    """Mawar's sewing machines and kain perca business; Melati's social fund; everyone's profiles."""
    mawar, melati = GROUPS[0]["name"], GROUPS[1]["name"]
    when = day.isoformat()
    if month == 0:
        w.add({"type": "asset.receive", "date": when, "group": mawar, "asset": "INV-01", "item": "Mesin jahit",
               "quantity": 2, "value": 3_500_000, "source": "Dinas Sosial Kota Kupang", "document": "BAST-12/2025",
               "holder": "A01"})
        w.add({"type": "group.profile", "date": when, "group": mawar, "binds": "tetangga satu RT, usaha kain perca"})
        w.add({"type": "business.capital", "date": when, "group": mawar, "amount": 100_000})
        for index, (sector, product, needs) in enumerate(PROFILES, start=1):
            for group in (mawar, melati):
                if index <= len(w.histories[group].book.members):
                    w.add({"type": "member.profile", "date": when, "group": group, "member": f"A{index:02d}",
                           "sector": sector, "product": product, "turnover": 400_000 + 150_000 * index,
                           "needs": needs})
    w.add({"type": "business.purchase", "date": when, "group": mawar, "amount": 60_000, "category": "kain perca"})
    w.add({"type": "business.sale", "date": when, "group": mawar, "amount": 150_000 + 5_000 * month,
           "category": "keset dan sarung bantal"})
    w.add({"type": "social.contribute", "date": when, "group": melati, "amount": 12_000, "source": "iuran bulanan"})
    if month % 6 == 5:
        w.add({"type": "business.distribute", "date": when, "group": mawar, "members": 210_000, "social": 70_000})
        w.add({"type": "asset.check", "date": when, "group": mawar, "asset": "INV-01", "condition": "baik"})
    if month == 8:
        w.add({"type": "social.pay", "date": when, "group": melati, "amount": 50_000, "purpose": "duka",
               "member": "A04"})
        w.add({"type": "member.linkage", "date": when, "group": mawar, "member": "A02", "partner": "Disnaker",
               "status": "diusulkan"})
    _equipment(w, month, day)
    _visits(w, month, day)


def _equipment(w: _Writer, month: int, day: date) -> None:
    """Mawar's iron bought and later lost, and Melati's cart that nobody checks."""
    mawar, melati = GROUPS[0]["name"], GROUPS[1]["name"]
    when = day.isoformat()
    if month == 2:
        w.add({"type": "asset.receive", "date": when, "group": mawar, "asset": "INV-02", "item": "Setrika uap",
               "quantity": 1, "value": 350_000, "source": "Toko Sinar Jaya, Oesapa", "funded": "kas"})
        w.add({"type": "asset.receive", "date": when, "group": melati, "asset": "G-01", "item": "Gerobak dagang",
               "quantity": 1, "value": 1_200_000, "source": "Baznas Kota Kupang", "document": "BZ-044/2025",
               "holder": "A02"})
    if month == 17:
        w.add({"type": "asset.check", "date": when, "group": mawar, "asset": "INV-02", "condition": "hilang",
               "note": "tidak ada di rumah ketua"})
    if month == 19:
        w.add({"type": "asset.dispose", "date": when, "group": mawar, "asset": "INV-02", "how": "hilang",
               "reason": "hilang sejak Juni 2026, sudah dicari"})


def _visits(w: _Writer, month: int, day: date) -> None:
    """The facilitator visits Mawar every half year and Melati once a year; follow-ups done at the next
    meeting, except the latest ones."""
    for group, every, first, todo in ((GROUPS[0]["name"], 6, 2, "Catat setiap penjualan usaha pada hari itu juga"),
                                      (GROUPS[1]["name"], 12, 4, "Bawa gerobak dagang ke pertemuan untuk dicek")):
        if month % every != first % every:
            continue
        w.add({"type": "visit.record", "date": day.isoformat(), "group": group, "facilitator": "Yanti Lobo",
                     "attendees": "pengurus dan 4 anggota", "checked": "buku kas, simpanan, inventaris",
                     "findings": "kas cocok dengan buku",
                     "followups": [{"what": todo, "due": add_months(day, 1).isoformat()},
                                   {"what": "Perbarui daftar hadir pertemuan", "due": add_months(day, 2).isoformat()}]})
        if month + every < MONTHS:
            w.followups += [(group, add_months(day, n), f"{day:%Y%m%d}.{n}") for n in (1, 2)]
    for group, done_on, followup in [f for f in w.followups if month_of(f[1]) == month_of(day)]:
        w.add({"type": "visit.followup_done", "date": done_on.isoformat(), "group": group, "followup": followup})


PROFILES = [("industri rumah tangga", "kain perca", ["peralatan"]), ("perdagangan", "kios sembako", ["permodalan"]),
            ("perikanan", "ikan asin", ["perizinan", "permodalan"]), ("jasa", "jahit", ["keterampilan"]),
            ("pertanian", "sayur", ["peralatan", "permodalan"]), ("industri rumah tangga", "kue", ["perizinan"]),
            ("perdagangan", "pakaian", [])]


def plan() -> list[dict[str, Any]]:
    """Every event of the demo book, in order."""
    w = _Writer()
    for group in GROUPS:
        name = group["name"]
        w.add({"type": "group.create", "date": START.isoformat(), "group": name, "kind": group["kind"],
               "address": group["address"]})
        for index, person in enumerate(group["members"], start=1):
            code = f"A{index:02d}"
            w.add({"type": "member.join", "date": START.isoformat(), "group": name, "member": code,
                   "name": person, "category": "miskin" if index % 2 else "hampir miskin",
                   "role": ROLES[index - 1] if index <= 3 else "anggota"})
            w.add({"type": "savings.deposit", "date": START.isoformat(), "group": name, "member": code,
                   "product": "pokok", "amount": 20_000})
        if group["grant"]:
            w.add({"type": "grant.receive", "date": "2025-01-20", "group": name, "amount": group["grant"],
                   "source": "Kementerian Sosial (BLPS)", "document": f"BLPS-{name[-6:]}/2025"})
    for month in range(MONTHS):
        meeting = add_months(date(2025, 1, 25), month)
        for group in GROUPS:
            _meeting(w, group, month, meeting)
            _lend(w, group, month, meeting)
        if month == 9:
            w.add({"type": "grant.pass_on", "date": meeting.isoformat(), "group": GROUPS[0]["name"],
                   "amount": 2_000_000, "to_group": GROUPS[2]["name"], "document": "BA-GULIR/10/2025"})
        _economy(w, month, meeting)
        if month == 6:
            w.add({"type": "cash.out", "date": meeting.isoformat(), "group": GROUPS[1]["name"],
                   "amount": 45_000, "category": "alat tulis", "memo": "buku kas dan pulpen"})
        for group in GROUPS:
            end = month_end(month_of(meeting))
            w.add({"type": "month.close", "date": end.isoformat(), "group": group["name"],
                   "month": month_of(meeting)})
    return w.events


DEMO_PIN = "1234"
DEMO_PASSWORD = "pendamping"


def write_demo(session: Session) -> int:
    """Write the demo book (refused if its groups are already in this book); every group's PIN is 1234 and
    the facilitator's password is ``pendamping``."""
    count = services.apply_events(session, plan())
    for group in GROUPS:
        access.set_secret(session, group["name"], DEMO_PIN, "sistem")
    access.set_secret(session, None, DEMO_PASSWORD, "sistem")
    return count

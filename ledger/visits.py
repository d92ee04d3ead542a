"""Pendampingan: a facilitator's visit to a group (who came, what was checked, findings) and its
follow-ups with due dates; the open ones show on the group's dashboard and monthly statement."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

CHECKS = ("buku kas", "simpanan", "pinjaman dan tunggakan", "tanggung renteng", "dana bergulir",
          "usaha anggota", "pertemuan kelompok")


@dataclass
class FollowUp:
    what: str
    due: date
    done: bool = False


@dataclass
class Visit:
    group: str
    day: date
    facilitator: str
    attendees: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    findings: str = ""
    follow_ups: list[FollowUp] = field(default_factory=list)


@dataclass(frozen=True)
class OpenFollowUp:
    visit_day: date
    what: str
    due: date
    overdue: bool


def problems(visit: Visit) -> list[str]:
    """Everything missing or wrong in a visit before it is kept (all of it, not just the first)."""
    out = []
    if not visit.facilitator.strip():
        out.append("nama pendamping belum diisi")
    if not visit.checked and not visit.findings.strip():
        out.append("isi yang diperiksa atau temuan kunjungan")
    out += [f"tindak lanjut '{f.what}' jatuh tempo sebelum tanggal kunjungan"
            for f in visit.follow_ups if f.due < visit.day]
    out += ["tindak lanjut tanpa keterangan" for f in visit.follow_ups if not f.what.strip()]
    return out


def open_follow_ups(visits: list[Visit], group: str, on: date) -> list[OpenFollowUp]:
    """A group's follow-ups not yet done, earliest due first, marking those past their due date."""
    out = [OpenFollowUp(v.day, f.what, f.due, f.due < on)
           for v in visits if v.group == group for f in v.follow_ups if not f.done]
    return sorted(out, key=lambda f: f.due)

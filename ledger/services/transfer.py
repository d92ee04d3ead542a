"""Moving one group's book between kasbuku books: export its history, import it by replay (docs/export-format.md)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ledger import storage
from ledger.model.errors import Refusal, UnknownGroup
from ledger.model.events import parse_event
from ledger.services import Batch, refuse_nul, save
from ledger.services.history import History
from ledger.storage import Session, audit

FORMAT, VERSION = "kasbuku-export", 1


class ImportRefused(Refusal):
    """An export file that cannot be loaded into this book; nothing of it was kept."""


@dataclass(frozen=True)
class Imported:
    group: str
    added: int
    total: int


def canonical(record: dict[str, Any]) -> str:
    """The one text of a record: the file's lines are exactly this, and the hashes are over it."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(lines: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def export_lines(session: Session, name: str, app_version: str, now: datetime | None = None) -> list[str]:
    """The export of group ``name``: a header line, its events in the order recorded, its audit rows."""
    rows = storage.history_rows(session, name)
    if not rows:
        raise UnknownGroup(f"kelompok '{name}' tidak ada di buku ini")
    events = [canonical({"kind": "event", "seq": seq, "recorded_at": at.isoformat(), "actor": actor,
                         "event": json.loads(payload)}) for seq, at, actor, payload in rows]
    trail = [canonical({"kind": "audit", "seq": r.seq, "at": r.at.isoformat(), "actor": r.actor,
                        "action": r.action, "ref_seq": r.ref_seq, "detail": r.detail,
                        "prev_hash": r.prev_hash, "hash": r.hash})
             for r in storage.group_audit_rows(session, name)]
    header = {"kind": "header", "format": FORMAT, "version": VERSION, "kasbuku": app_version, "group": name,
              "exported_at": (now or datetime.now()).replace(microsecond=0).isoformat(),
              "events": len(events), "audit": len(trail),
              "history_sha256": digest(events), "audit_sha256": digest(trail)}
    return [canonical(header), *events, *trail]


def _damaged(why: str) -> ImportRefused:
    return ImportRefused(f"berkas ekspor rusak atau diubah: {why}; minta ekspor baru dari buku asalnya")


def _read(lines: list[str]) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The header, event records and audit records of a file, after checking its counts and hashes."""
    lines = [ln for ln in lines if ln.strip()]
    try:
        records = [json.loads(ln) for ln in lines]
    except json.JSONDecodeError as exc:
        raise ImportRefused(f"bukan berkas ekspor kasbuku (baris bukan JSON: {exc.msg})") from exc
    header = records[0] if records and isinstance(records[0], dict) else {}
    if header.get("format") != FORMAT:
        raise ImportRefused("bukan berkas ekspor kasbuku (baris pertama bukan kepala 'kasbuku-export')")
    if not isinstance(header.get("version"), int) or header["version"] > VERSION:
        raise ImportRefused(f"berkas ekspor versi {header.get('version')} dibuat oleh kasbuku yang lebih baru; "
                            "perbarui kasbuku dulu")
    kinds = [r.get("kind") if isinstance(r, dict) else None for r in records[1:]]
    events = [(ln, r) for ln, r, k in zip(lines[1:], records[1:], kinds, strict=True) if k == "event"]
    trail = [(ln, r) for ln, r, k in zip(lines[1:], records[1:], kinds, strict=True) if k == "audit"]
    if len(events) + len(trail) != len(kinds):
        raise _damaged("ada baris yang bukan transaksi atau jejak audit")
    if (len(events), len(trail)) != (header.get("events"), header.get("audit")):
        raise _damaged(f"kepala menyebut {header.get('events')} transaksi, berkas memuat {len(events)}")
    if digest(ln for ln, _ in events) != header.get("history_sha256"):
        raise _damaged("sidik riwayat (history_sha256) tidak cocok")
    if digest(ln for ln, _ in trail) != header.get("audit_sha256"):
        raise _damaged("sidik jejak audit (audit_sha256) tidak cocok")
    return header, [r for _, r in events], [r for _, r in trail]


def _check_trail(name: str, events: list[dict[str, Any]], trail: list[dict[str, Any]]) -> None:
    """Every audit row's own hash holds, and every event matches its audit row in the source book."""
    by_ref = {}
    for row in trail:
        at = datetime.fromisoformat(row["at"])
        if row["hash"] != audit.row_hash(row["prev_hash"], row["seq"], at, row["actor"], row["action"],
                                         name, row["ref_seq"], row["detail"]):
            raise _damaged(f"baris jejak audit #{row['seq']} tidak sesuai sidiknya")
        if row["action"] == "event":
            by_ref[row["ref_seq"]] = row["detail"]
    for record in events:
        datetime.fromisoformat(record["recorded_at"])
        if not isinstance(record["actor"], str) or not isinstance(record["event"], dict):
            raise _damaged(f"transaksi #{record['seq']} tidak lengkap")
        if by_ref.get(record["seq"]) != json.dumps(record["event"], ensure_ascii=False, sort_keys=True):
            raise _damaged(f"transaksi #{record['seq']} tidak sama dengan jejak auditnya")


def import_lines(session: Session, lines: list[str], role: str = "pendamping") -> Imported:
    """Load an export into this book, replaying each new event through the rules (all or nothing).

    A group not in the book is created with the file's whole history; a group already here must have a
    history that the file's starts with, and only the file's further events are added. Events keep their
    recorded-at time and actor; a pass-on is imported as the giver recorded it (the receiving group's
    receipt travels in the receiver's own export), so nothing is written into any other group.
    """
    header, events, trail = _read(lines)
    name = header.get("group")
    if not isinstance(name, str) or not events:
        raise _damaged("kepala tidak menyebut kelompok, atau tidak ada transaksi")
    try:
        _check_trail(name, events, trail)
    except (KeyError, TypeError, ValueError) as exc:
        raise _damaged(f"baris tanpa kunci atau nilai yang sah ({exc})") from exc
    payloads = [json.dumps(r["event"], ensure_ascii=False, sort_keys=True) for r in events]
    have = [payload for _, _, _, payload in storage.history_rows(session, name)]
    for number, (mine, theirs) in enumerate(zip(have, payloads, strict=False), start=1):
        if mine != theirs:
            raise ImportRefused(f"kelompok '{name}' sudah ada di buku ini dengan riwayat yang berbeda (transaksi "
                                f"ke-{number} tidak sama); berkas ini bukan kelanjutan buku kelompok itu")
    fresh = events[len(have):]
    history = History(name, storage.load_events(session, name))
    batch = Batch(session, role, {name: history}, {}, storage.next_seq(session), set(), date.today())
    for number, record in enumerate(fresh, start=len(have) + 1):
        try:
            refuse_nul(record["event"])  # a SQLite book may hold what a PostgreSQL one cannot
            event = parse_event(record["event"])
            if event.group != name:
                raise Refusal(f"transaksi untuk kelompok lain ('{event.group}')")
            if event.id is not None and (event.id in batch.ids or storage.id_taken(session, event.id)):
                raise Refusal(f"id '{event.id}' sudah dipakai kelompok lain di buku ini")
            if event.id is not None:
                batch.ids.add(event.id)
            event.seq, batch.seq = batch.seq, batch.seq + 1
            event.recorded_at = datetime.fromisoformat(record["recorded_at"])
            event.actor = record["actor"]
            history.add(event, "pendamping")
        except Refusal as exc:
            raise ImportRefused(f"transaksi ke-{number} ({record['event'].get('type')} "
                                f"{record['event'].get('date')}) ditolak: {exc.message}") from exc
        batch.new.setdefault(name, []).append(event)
    if fresh:
        save(batch)
    audit.record(session, role, "import", name, detail={k: header[k] for k in sorted(header) if k != "kind"}
                 | {"added": len(fresh)})
    return Imported(name, len(fresh), max(len(have), len(events)))

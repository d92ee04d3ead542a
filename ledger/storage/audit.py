"""The append-only audit trail: every business event and administrative act, hash-chained.

Each row's hash covers the previous row's hash and the row's own fields, so a row changed or removed
behind the app's back breaks the chain; every stored event must also match its audit row exactly.
(A tail cut off together with its events leaves a valid shorter chain: the daily backups keep the head.)
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from ledger import storage
from ledger.storage import AuditRow, Session

GENESIS = "0" * 64


def row_hash(prev: str, seq: int, at: datetime, actor: str, action: str, group: str, ref: int | None,
             detail: str) -> str:
    text = "|".join([prev, str(seq), at.isoformat(), actor, action, group, str(ref or ""), detail])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


Act = tuple[str, str, str, int | None, Any]  # actor, action, group, ref (event seq), detail


def record(session: Session, actor: str, action: str, group: str = "", ref: int | None = None,
           detail: Any = "") -> None:
    """Append one row to the trail (inside the caller's transaction)."""
    record_many(session, [(actor, action, group, ref, detail)])


def record_many(session: Session, acts: list[Act]) -> None:
    """Append rows to the trail in order, chained in memory: one read of the last row, one insert."""
    if not acts:
        return
    last = storage.last_audit(session)
    prev = last.hash if last else GENESIS
    seq = last.seq if last else 0
    at = datetime.now().replace(microsecond=0)
    rows = []
    for actor, action, group, ref, detail in acts:
        seq += 1
        text = detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False, sort_keys=True)
        digest = row_hash(prev, seq, at, actor, action, group, ref, text)
        rows.append({"seq": seq, "at": at, "actor": actor, "action": action, "group_name": group, "ref_seq": ref,
                     "detail": text, "prev_hash": prev, "hash": digest})
        prev = digest
    storage.insert_audit(session, rows)


def findings(session: Session) -> list[str]:
    """Every break in the chain and every event that differs from (or lacks) its audit row."""
    out: list[str] = []
    prev = GENESIS
    by_ref: dict[int, AuditRow] = {}
    last_seq = 0
    for row in storage.audit_rows(session):
        if row.seq != last_seq + 1:
            out.append(f"jejak audit: baris #{last_seq + 1} sampai #{row.seq - 1} hilang")
        last_seq = row.seq
        if row.prev_hash != prev or row.hash != row_hash(prev, row.seq, row.at, row.actor, row.action,
                                                         row.group_name, row.ref_seq, row.detail):
            out.append(f"jejak audit: baris #{row.seq} ({row.action}) diubah di luar kasbuku")
        prev = row.hash
        if row.action == "event" and row.ref_seq is not None:
            by_ref[row.ref_seq] = row
    stored = storage.event_rows(session)
    for seq, group, payload in stored:
        audited = by_ref.pop(seq) if seq in by_ref else None
        if audited is None:
            out.append(f"{group}: transaksi #{seq} tidak ada di jejak audit")
        elif audited.detail != payload or audited.group_name != group:
            out.append(f"{group}: transaksi #{seq} diubah di luar kasbuku")
    for seq, row in by_ref.items():
        out.append(f"{row.group_name}: transaksi #{seq} di jejak audit sudah tidak ada di buku")
    return out

"""Who may open which group: each group's PIN and the facilitator's password, as slow salted hashes.

Five wrong tries lock that group (or the facilitator) for 15 minutes; a facilitator can reset a group's
PIN, and every set, reset and lock-out is in the audit trail.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from datetime import datetime, timedelta

from ledger import storage
from ledger.model.errors import Refusal
from ledger.model.events import FACILITATOR
from ledger.model.pins import check_pin_shape
from ledger.storage import Session, audit

MAX_TRIES = 5
LOCK_FOR = timedelta(minutes=15)
_N, _R, _P = 2**14, 8, 1  # scrypt cost: ~50 ms on a laptop, 16 MB


def _subject(group: str | None) -> str:
    return FACILITATOR if group is None else f"kelompok:{group}"


def hash_secret(secret: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def _matches(secret: str, stored: str) -> bool:
    _, salt, _digest = stored.split("$")
    return hmac.compare_digest(hash_secret(secret, base64.b64decode(salt)), stored)


def set_secret(session: Session, group: str | None, secret: str, actor: str) -> None:
    """Set a group's PIN (``group``) or the facilitator's password (``None``)."""
    check_pin_shape(secret, group)
    storage.save_credential(session, _subject(group), hash_secret(secret))
    audit.record(session, actor, "pin.set" if group else "password.set", group or "")


def reset_pin(session: Session, group: str, new_pin: str) -> None:
    """A facilitator (already signed in with her password) resets a group's PIN; recorded in the audit."""
    check_pin_shape(new_pin, group)
    storage.save_credential(session, _subject(group), hash_secret(new_pin))
    audit.record(session, FACILITATOR, "pin.reset", group)


def has_secret(session: Session, group: str | None) -> bool:
    return storage.credential(session, _subject(group)) is not None


def verify(session: Session, group: str | None, secret: str, now: datetime | None = None) -> str | None:
    """None when the PIN (or password) is right; otherwise the message to show. Wrong tries are counted
    and kept by the caller's commit (so this returns instead of raising); the fifth locks for a while."""
    now = now or datetime.now()
    row = storage.credential(session, _subject(group))
    who = f"kelompok {group}" if group else "pendamping"
    if row is None:
        return f"{who} belum punya PIN; minta pendamping membuatnya"
    if row.locked_until is not None and row.locked_until > now:
        return (f"{who} dikunci karena {MAX_TRIES} kali salah {'PIN' if group else 'kata sandi'}; coba lagi pukul "
                f"{row.locked_until:%H.%M} atau minta pendamping mengatur ulang PIN")
    try:  # an empty Enter or letters can be no PIN at all: said, not counted towards the lock
        check_pin_shape(secret, group)
    except Refusal as exc:
        return f"{exc.message} (belum dihitung sebagai salah)"
    if _matches(secret, row.secret_hash):
        row.failed, row.locked_until = 0, None
        session.flush()
        return None
    row.failed += 1
    left = MAX_TRIES - row.failed
    wrong = "PIN salah" if group else "kata sandi pendamping salah"
    if left <= 0:
        row.failed, row.locked_until = 0, now + LOCK_FOR
        audit.record(session, "sistem", "pin.locked", group or "")
        session.flush()
        return f"{wrong} {MAX_TRIES} kali: {who} dikunci {LOCK_FOR.seconds // 60} menit"
    session.flush()
    return f"{wrong}; sisa {left} kali mencoba"

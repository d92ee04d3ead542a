"""The shape of what opens the book: a group's PIN (4 to 8 digits) and the facilitator's password (at least 6
characters). Checked where one is set and where one is typed, before any try is counted."""

from __future__ import annotations

from ledger.model.errors import Refusal


def check_pin_shape(pin: str, group: str | None) -> None:
    """Refuse a PIN (``group`` named) or the facilitator's password (``group`` None) that cannot be one."""
    if group is None:
        if len(pin) < 6:
            raise Refusal("kata sandi pendamping paling sedikit 6 karakter")
    elif not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise Refusal("PIN kelompok harus 4 sampai 8 angka")

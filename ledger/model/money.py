"""Money is whole rupiah (int). The one rounding helper and the one splitting helper live here."""

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from fractions import Fraction

Rupiah = int


def round_half_up(value: Fraction | Decimal | int, unit: int) -> Rupiah:
    """Round ``value`` (rupiah, exact) to a multiple of ``unit``, halves away from zero upwards.

    Rule (rules.md §2): amounts computed from a percentage are rounded half up to the group's unit.
    """
    if unit <= 0:
        raise ValueError("rounding unit must be positive")
    exact = Fraction(value)
    steps = exact / unit
    floor = steps.numerator // steps.denominator
    if steps - floor >= Fraction(1, 2):
        floor += 1
    return int(floor * unit)


def percent_of(amount: int, pct: Decimal) -> Fraction:
    """Exact ``amount × pct / 100`` as a fraction (no rounding)."""
    return Fraction(amount) * Fraction(pct) / 100


def allocate(total: Rupiah, weights: Sequence[int]) -> list[Rupiah]:
    """Split ``total`` in proportion to ``weights`` to the whole rupiah; parts always add up to ``total``.

    Each part is the floor of its exact share; the rupiah left over go one each to the parts in the
    order given (rules.md §6: lowest member number first, the reserve before the members).
    Zero weights get nothing. At least one weight must be positive.
    """
    if total < 0:
        raise ValueError("total must not be negative")
    weight_sum = sum(weights)
    if any(w < 0 for w in weights) or weight_sum <= 0:
        raise ValueError("weights must be non-negative with a positive sum")
    parts = [total * w // weight_sum for w in weights]
    left = total - sum(parts)
    for index, weight in enumerate(weights):
        if left == 0:
            break
        if weight > 0:
            parts[index] += 1
            left -= 1
    return parts


def rp(amount: int) -> str:
    """An amount inside a refusal message: ``Rp 1.500.000``. (The ledger has no Babel; everything shown
    in the window and the statements is formatted by ``kasbuku.formatting``.)"""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {abs(amount):,}".replace(",", ".")


def parse_percent(value: object) -> Decimal:
    """A percentage given as a string ("1.5" or "1,5") or a JSON number, kept exactly as a Decimal."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError("percentage must be a number or a string")
    text = str(value).strip().replace(",", ".")
    try:
        pct = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(f"'{value}' is not a percentage") from exc
    if not pct.is_finite() or pct < 0 or pct > 100:
        raise ValueError(f"'{value}' is not a percentage between 0 and 100")
    return pct

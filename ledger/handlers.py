"""Registers every event handler with the book (import this before applying events)."""

from ledger import (
    assets,
    business,
    closing,
    lending,
    mapping,
    membership,
    opening,
    reversal,
    revolving_grant,
    shu,
    social_fund,
    visits,
)

MODULES = (membership, opening, lending, revolving_grant, closing, reversal, shu, assets, business, social_fund,
           mapping, visits)

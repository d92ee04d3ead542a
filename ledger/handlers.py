"""Registers every event handler with the book (import this before applying events)."""

from ledger import (
    assets,
    business,
    closing,
    lending,
    mapping,
    membership,
    reversal,
    revolving_grant,
    shu,
    social_fund,
    visits,
)

MODULES = (membership, lending, revolving_grant, closing, reversal, shu, assets, business, social_fund, mapping,
           visits)

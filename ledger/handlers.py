"""Registers every event handler with the book (import this before applying events)."""

from ledger import closing, lending, membership, reversal, revolving_grant, shu

MODULES = (membership, lending, revolving_grant, closing, reversal, shu)

"""The codes a group gives its members, loans and assets, as their own types: a member code cannot be passed
where a loan code is meant (mypy says so), though each is a plain string in events and in the book."""

from typing import NewType

MemberCode = NewType("MemberCode", str)  # "M1", "A01": unique within the group, never reused
LoanCode = NewType("LoanCode", str)  # "L1", "P2611-01": unique within the group
AssetCode = NewType("AssetCode", str)  # "INV-01": unique within the group

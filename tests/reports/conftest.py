"""The fixtures of the statement tests; their helpers are imported from ``tests.reports.helpers`` (a module
named ``conftest`` imported by name found either conftest, depending on the order tests were collected)."""

from tests.reports.helpers import bahari, demo_book, mawar, small

__all__ = ["bahari", "demo_book", "mawar", "small"]

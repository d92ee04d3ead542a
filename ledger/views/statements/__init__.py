"""Figures of a group's printed statements: plain data from a book, checked against its journal.

Every builder takes a book replayed up to the statement's date (``services.load_book(..., as_of=...)``) and
cross-checks what it shows against the journal's control accounts; a statement that does not add up raises
``StatementMismatch`` and must not be printed. Nothing is formatted here: figures are int rupiah.
"""

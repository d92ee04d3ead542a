"""The PySide6 window (Qt only; no SQL)."""

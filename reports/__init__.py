"""Statements of a kelompok as Indonesian PDFs (ReportLab; never Qt)."""

"""The domain of kasbuku: a kelompok's savings-and-loan book and its rules (no Qt, no ReportLab)."""

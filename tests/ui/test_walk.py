"""The walk of every page and dialog (issue 14, scripts/walk.py) at the two screens treasurers and facilitators have —
1366×768, and 1920×1080 at Windows' 125 % scaling — on the demo book and on a stress book (40 members with
long names, amounts up to Rp 1.000.000.000, a long group name): no text cut off, no overlap, no English, and
the window never grows past the screen. Each walk is its own process: Qt reads the scale at start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("book", "size", "scale"), [("demo", "1366x768", "1"), ("stress", "1366x768", "1"),
                                                     ("demo", "1920x1080", "1.25")])
def test_every_page_fits_its_screen(book: str, size: str, scale: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "walk.py"), "--book", book, "--size", size],
                          capture_output=True, text=True, env=env, cwd=ROOT, check=False, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert ": 0 problems" in done.stdout

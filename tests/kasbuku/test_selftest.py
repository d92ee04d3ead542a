"""``kasbuku --self-test DIR``: the installer's smoke test mode, run here on Linux (offscreen Qt)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kasbuku import cli, selftest


def test_self_test_writes_window_pdf_and_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KASBUKU_HOME", str(tmp_path / "home"))  # the user's own book is never touched
    out = tmp_path / "st"

    code = cli.main(["--self-test", str(out)])

    summary = json.loads((out / "selftest.json").read_text(encoding="utf-8"))
    assert code == 0, summary["errors"]
    assert summary["ok"] is True
    assert summary["demo_events"] > 100
    assert (out / "window.png").stat().st_size > 0
    assert (out / "laporan.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "cadangan.sqlite").stat().st_size > 0
    assert summary["startup_to_window_s"] is not None
    assert '"ok": true' in capsys.readouterr().out


def test_a_second_run_replaces_the_demo_book(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASBUKU_HOME", str(tmp_path / "home"))
    assert selftest.run(tmp_path / "st") == 0
    assert selftest.run(tmp_path / "st") == 0


def test_process_age_is_known_on_linux() -> None:
    age = selftest.process_age()
    assert age is not None and 0 < age < 24 * 3600

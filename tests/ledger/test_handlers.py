"""The one event-type → handler table: complete, and used however the ledger is imported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ledger.model.events import EVENT_TYPES
from ledger.rules.table import HANDLERS
from tests.conftest import EXAMPLES

ROOT = Path(__file__).resolve().parents[2]


def test_every_event_type_has_exactly_one_handler_in_the_table() -> None:
    assert set(HANDLERS) == set(EVENT_TYPES)


def test_a_read_model_used_alone_replays_without_importing_the_handlers_first() -> None:
    """``ledger.views.recap.row_for`` alone in a fresh interpreter (it raised KeyError: 'group.create' when the
    handlers were registered by a side-effect import)."""
    events = [json.loads(line) for line in (EXAMPLES / "mawar" / "events-1.jsonl").read_text().splitlines()]
    script = (
        "import json, sys\n"
        "from ledger.model.events import stored_event\n"
        "from ledger.views.recap import row_for\n"
        "evs = [stored_event(r) for r in json.loads(sys.stdin.read())]\n"
        "for n, e in enumerate(evs, 1): e.seq = n\n"
        "print(row_for('KUBE Mawar', evs, '2026-02').members)\n")
    done = subprocess.run([sys.executable, "-c", script], input=json.dumps(events), capture_output=True, text=True,
                          cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "5"

"""English for every word of the window (docs/ui.md "Translations"): each tr()/N_() message of ui/ and the label
table has an English translation with the same placeholders, and the shipped .qm says it (`make translations`)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTranslator

HERE = Path(__file__).resolve().parents[2] / "resources" / "translations"


def extract() -> Any:
    spec = importlib.util.spec_from_file_location("extract", HERE / "extract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_message_has_english_with_the_same_placeholders() -> None:
    tool = extract()
    found, translated = tool.messages(), tool.known()
    assert len(found) > 600  # the window's words and the label table's, not an empty scan
    missing = [source for source in found if not translated.get(source)]
    assert missing == [], f"without English (run make translations, then translate): {missing[:10]}"
    wrong = [s for s in found if sorted(re.findall(r"\{\w*\}", s)) != sorted(re.findall(r"\{\w*\}", translated[s]))]
    assert wrong == []


def test_the_shipped_translation_is_the_current_one() -> None:
    translator = QTranslator()
    assert translator.load(str(HERE / "kasbuku_en.qm"))
    tool = extract()
    for source in ("Pokok dibayar sekarang:", "Ditanggung renteng", "Data diri (boleh dilengkapi nanti)"):
        assert translator.translate("ui", source) == tool.known()[source]

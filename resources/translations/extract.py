"""Refresh the Qt translation source (kasbuku_en.ts) from the window's code and build kasbuku_en.qm.

Indonesian is the source language: every literal passed to ``tr(...)`` or ``N_(...)`` in ``ui/`` is a
message of the context "ui". Translations already in the .ts file are kept; messages no longer in the
code are marked obsolete. Run ``make translations`` (it calls this with the venv's pyside6-lrelease).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
UI = HERE.parents[1] / "ui"
LABELS = HERE.parents[1] / "ledger" / "model" / "labels.py"  # the one label table: the window shows its words with tr()
TS = HERE / "kasbuku_en.ts"


def messages() -> dict[str, str]:
    """Each message and the first place it is used ('ui/meeting.py:42'), the label table's words included."""
    found: dict[str, str] = {}
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "N_")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, f"ui/{path.name}:{node.lineno}")
    for node in ast.walk(ast.parse(LABELS.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            for value in node.values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.setdefault(value.value, f"ledger/model/labels.py:{value.lineno}")
    return found


def known() -> dict[str, str]:
    if not TS.exists():
        return {}
    root = ET.parse(TS).getroot()
    return {m.findtext("source") or "": m.findtext("translation") or "" for m in root.iter("message")}


def write_ts(found: dict[str, str], translations: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language="en_US", sourcelanguage="id_ID")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "ui"
    for source in sorted(set(found) | set(translations)):
        message = ET.SubElement(context, "message")
        if source in found:
            file, line = found[source].split(":")
            ET.SubElement(message, "location", filename=f"../../{file}", line=line)
        ET.SubElement(message, "source").text = source
        text = translations.get(source, "")
        attrs = {} if source in found and text else {"type": "obsolete" if source not in found else "unfinished"}
        ET.SubElement(message, "translation", attrs).text = text
    ET.indent(root)
    TS.write_bytes(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, "utf-8") + b"\n")


def main() -> int:
    found = messages()
    translations = known()
    write_ts(found, translations)
    missing = [s for s in found if not translations.get(s)]
    print(f"{len(found)} messages, {len(missing)} without an English translation")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease")
    if lrelease is None:
        print("pyside6-lrelease not found: kasbuku_en.qm not rebuilt", file=sys.stderr)
        return 1
    return subprocess.call([lrelease, "-silent", str(TS), "-qm", str(TS.with_suffix(".qm"))])


if __name__ == "__main__":
    raise SystemExit(main())

"""The Windows installer's trim list against the code: no module the app imports may be trimmed away.

packaging/trim.py removes Qt modules kasbuku does not use (QML, Quick, Sql, OpenGL, ...) from the
Windows build. A window that starts importing one of them would work on Linux and fail only in the
installed app; this test catches it in every CI run, without wine.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("kasbuku", "ledger", "reports", "ui", "resources")


def _trim() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trim", ROOT / "packaging" / "trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pyside_modules() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                elif isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                for name in names:
                    m = re.match(r"PySide6\.(Qt\w+)", name)
                    if m:
                        found.setdefault(m.group(1), set()).add(str(path.relative_to(ROOT)))
    return found


def test_no_imported_qt_module_is_trimmed() -> None:
    dropped = _trim().QT_DROP
    used = _pyside_modules()
    trimmed = {mod: files for mod, files in used.items() if mod.removeprefix("Qt").startswith(dropped)}
    assert not trimmed, f"imported but removed from the Windows build by packaging/trim.py: {trimmed}"


def test_babel_keeps_the_locales_the_app_formats_with() -> None:
    keep = _trim().BABEL_KEEP
    assert {"root.dat", "id.dat", "id_ID.dat"} <= keep


def test_installer_version_is_passed_in_not_written() -> None:
    iss = (ROOT / "installer.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss
    assert not re.search(r"^AppVersion=\d", iss, re.M)

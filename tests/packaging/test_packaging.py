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

import pytest

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


def _documented_mb() -> int:
    m = re.search(r"^Documented install size: \*\*(\d+) MB\*\*", (ROOT / "docs" / "installer.md").read_text(
        encoding="utf-8"), re.M)
    assert m, "docs/installer.md must state 'Documented install size: **N MB**'"
    return int(m.group(1))


def test_install_folder_within_ten_percent_of_the_documented_size() -> None:
    """The last build's install folder (dist/build-figures.txt; build.sh gates the same in every CI run)."""
    figures = ROOT / "dist" / "build-figures.txt"
    if not figures.exists():
        pytest.skip("no installer built in this checkout (make dist); build.sh applies the same gate")
    values = dict(line.split("=", 1) for line in figures.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert int(values["app_mb_installed"]) <= _documented_mb() * 1.1, (
        f"install folder {values['app_mb_installed']} MB, documented {_documented_mb()} MB: update the trim "
        "or docs/installer.md (with dist/install-contents.txt)")


def test_the_trim_drops_what_a_treasurer_never_runs() -> None:
    trim = _trim()
    for module in ("Network", "DBus", "Xml", "Concurrent", "Svg", "UiTools", "OpenGL"):
        assert module.startswith(trim.QT_DROP), module
    for part in ("sqlalchemy/testing", "alembic/testing", "mako/testing", "pypdfium2_cli"):
        assert part in trim.LIB_DROP


def test_uninstaller_asks_with_buttons_that_name_the_action_and_sees_a_running_app() -> None:
    from kasbuku import single

    iss = (ROOT / "installer.iss").read_text(encoding="utf-8")
    assert "id.KeepBooks=Simpan buku" in iss and "id.DeleteBooks=Hapus buku" in iss
    assert "MB_YESNO" not in iss, "Yes/No buttons do not say what they do"
    assert "{userdocs}" in iss, "books are copied to Documents before they are deleted"
    assert f"AppMutex={','.join(single.NAMES)}" in iss, "installer and app must name the same mutex"


def test_installer_ships_the_app_icon_and_the_postgres_driver() -> None:
    iss = (ROOT / "installer.iss").read_text(encoding="utf-8")
    assert (ROOT / "resources" / "icons" / "kasbuku.ico").stat().st_size > 1000
    assert "SetupIconFile=" in iss and iss.count('IconFilename: "{app}\\kasbuku.ico"') == 2
    assert '"$WHL[postgres]"' in (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")


def test_make_demo_names_missing_debian_packages_in_one_line() -> None:
    """A fresh machine without root: `make demo` stops at sysdeps with one line naming what is missing."""
    import os
    import shutil
    import subprocess

    if os.geteuid() != 0 or not shutil.which("runuser") or not shutil.which("make"):
        pytest.skip("needs root to run make as an unprivileged user")
    pkgs = "libc6 kasbuku-no-such-package"
    done = subprocess.run(["runuser", "-u", "nobody", "--", "make", "-s", "-C", str(ROOT), "sysdeps",
                           f"SYS_PKGS={pkgs}"], capture_output=True, text=True, timeout=60)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert done.returncode != 0
    assert len(lines) == 1 and lines[0].endswith(": kasbuku-no-such-package"), done.stdout + done.stderr
    plan = subprocess.run(["make", "-n", "-C", str(ROOT), "demo"], capture_output=True, text=True, timeout=60)
    assert "dpkg -s" in plan.stdout, "make demo checks the Debian packages first"

"""Trim the staged Windows app to what kasbuku uses, then prove no kept binary needs a removed DLL.

Usage: python3 trim.py APPDIR   (APPDIR holds python/ and lib/)

What goes: every Qt module but QtCore/Gui/Widgets/PrintSupport (the only ones kasbuku imports;
tests/packaging checks) with the plugins that need them (tls, networkinformation, touch, SVG icons),
the rare image formats, Qt's developer tools (*.exe), type stubs (*.pyi), headers, Qt translations (Qt
ships no Indonesian one), the 20 MB software OpenGL fallback, every Babel locale but root, en, en_US,
id and id_ID, the libraries' own test suites and command-line tools, Pillow's AVIF codec, and the
Visual C++ runtime DLLs that no kept binary imports.
What stays: QtCore/Gui/Widgets/PrintSupport, the windows/offscreen/minimal platform plugins, the
png/jpeg/gif/ico image formats and the Windows style.
After trimming, every kept .dll/.pyd is parsed (PE import table) and each DLL it imports must be
either in the app or a Windows system DLL; otherwise the build stops here, not on a treasurer's laptop.
"""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

QT_DROP = ("Qml", "Quick", "Designer", "Help", "Labs", "Lottie", "Sql", "OpenGL", "Test", "ShaderTools",
           "Network", "DBus", "Xml", "Concurrent", "Svg", "UiTools")
PYSIDE_DIRS = ("doc", "glue", "include", "lib", "metatypes", "qml", "resources", "scripts", "typesystems",
               "translations")
PLUGIN_DIRS = ("designer", "qmltooling", "sqldrivers", "vectorimageformats", "platforminputcontexts", "tls",
               "networkinformation", "generic", "iconengines", "qmllint")  # qmllint: a QML lint tool (6.11)
PLUGIN_FILES = ("platforms/qdirect2d.dll",
                *(f"imageformats/q{f}.dll" for f in ("pdf", "svg", "icns", "tga", "tiff", "wbmp", "webp")))
# Other packages' parts a treasurer never runs: test suites, command-line tools, message-catalog tooling
# (the window's translations are Qt .qm files), and Pillow's 7.7 MB AVIF codec.
LIB_DROP = ("sqlalchemy/testing", "alembic/testing", "mako/testing", "pypdfium2_cli", "babel/messages/frontend.py",
            "babel/messages/extract.py", "babel/messages/checkers.py", "resources/translations/extract.py")
LIB_GLOBS = ("PIL/_avif*.pyd",)
VC_RUNTIME = ("concrt140", "msvcp140", "vcamp140", "vccorlib140", "vcomp140", "vcruntime140")
BABEL_KEEP = {"root.dat", "en.dat", "en_US.dat", "id.dat", "id_ID.dat"}


def _drop(path: Path) -> int:
    if not path.exists():
        return 0
    if path.is_dir():
        size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        shutil.rmtree(path)
        return size
    size = path.stat().st_size
    path.unlink()
    return size


def _unused(f: Path) -> bool:
    """A file directly in PySide6/ that kasbuku does not need: tools, import libraries, dropped modules."""
    if f.suffix in {".exe", ".lib"} or f.name in {"opengl32sw.dll", "pyside6qml.abi3.dll"}:
        return True
    stem = f.stem.removeprefix("Qt6").removeprefix("Qt")
    return f.suffix in {".dll", ".pyd"} and f.name.startswith("Qt") and stem.startswith(QT_DROP)


def trim(app: Path) -> int:
    lib = app / "lib"
    pyside = lib / "PySide6"
    freed = 0
    for name in PYSIDE_DIRS:
        freed += _drop(pyside / name)
    for name in PLUGIN_DIRS:
        freed += _drop(pyside / "plugins" / name)
    for name in PLUGIN_FILES:
        freed += _drop(pyside / "plugins" / name)
    for f in list(pyside.iterdir()):
        if _unused(f):
            freed += _drop(f)
    for f in list(lib.rglob("*.pyi")) + list(lib.rglob("py.typed")):
        freed += _drop(f)
    locale_data = lib / "babel" / "locale-data"
    for f in list(locale_data.glob("*.dat")):
        if f.name not in BABEL_KEEP:
            freed += _drop(f)
    for name in LIB_DROP:
        freed += _drop(lib / name)
    for pattern in LIB_GLOBS:
        for f in list(lib.glob(pattern)):
            freed += _drop(f)
    for f in list(lib.rglob("__pycache__")):
        freed += _drop(f)
    return freed + _drop_unused_vc_runtime(app)


def _drop_unused_vc_runtime(app: Path) -> int:
    """Remove the Visual C++ runtime DLLs that no kept binary imports (repeated: one may import another)."""
    freed = 0
    while True:
        binaries = [p for p in app.rglob("*") if p.suffix.lower() in {".dll", ".pyd", ".exe"}]
        imported = {dll.lower() for b in binaries for dll in pe_imports(b)}
        unused = [b for b in binaries if b.stem.lower().startswith(VC_RUNTIME) and b.name.lower() not in imported]
        if not unused:
            return freed
        for b in unused:
            freed += _drop(b)


def pe_imports(path: Path) -> list[str]:
    """Names of the DLLs a PE32+/PE32 file imports (import directory only; delay-loads are optional)."""
    data = path.read_bytes()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    nsec, optsize = struct.unpack_from("<H", data, pe + 6)[0], struct.unpack_from("<H", data, pe + 20)[0]
    opt = pe + 24
    magic = struct.unpack_from("<H", data, opt)[0]
    ddir = opt + (112 if magic == 0x20B else 96)
    imp_rva = struct.unpack_from("<I", data, ddir + 8)[0]
    sections = []
    for i in range(nsec):
        s = opt + optsize + 40 * i
        vsize, va, rawsize, rawptr = struct.unpack_from("<IIII", data, s + 8)
        sections.append((va, max(vsize, rawsize), rawptr))

    def off(rva: int) -> int:
        for va, size, raw in sections:
            if va <= rva < va + size:
                return rva - va + raw
        raise ValueError(f"{path.name}: RVA {rva:#x} outside sections")

    names = []
    if not imp_rva:
        return names
    pos = off(imp_rva)
    while True:
        name_rva = struct.unpack_from("<I", data, pos + 12)[0]
        if name_rva == 0:
            break
        start = off(name_rva)
        names.append(data[start:data.index(b"\0", start)].decode("ascii"))
        pos += 20
    return names


def missing_dlls(app: Path) -> list[str]:
    binaries = [p for p in app.rglob("*") if p.suffix.lower() in {".dll", ".pyd", ".exe"}]
    present = {p.name.lower() for p in binaries}
    problems = []
    for binary in binaries:
        for dll in pe_imports(binary):
            low = dll.lower()
            if low in present or low.startswith(("api-ms-win-", "ext-ms-")):
                continue
            if _is_qt_or_app(low):
                problems.append(f"{binary.relative_to(app)} needs {dll}, which is not in the app")
    return problems


def _is_qt_or_app(dll: str) -> bool:
    """A DLL that must ship with the app (anything else is taken to be part of Windows)."""
    return dll.startswith(("qt6", "pyside6", "shiboken6", "python3", "msvcp140", "vcruntime140",
                           "concrt140", "vccorlib140", "vcomp140", "libcrypto", "libssl", "sqlite3"))


def main() -> int:
    app = Path(sys.argv[1])
    freed = trim(app)
    print(f"trim: {freed / 1e6:.1f} MB removed")
    problems = missing_dlls(app)
    for p in problems:
        print("trim: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The running window's named mutex on Windows, so setup and the uninstaller see a running KasBuku.

installer.iss names the same mutex (``AppMutex``): while a window holds it, Inno Setup tells the user that
KasBuku is still open and waits, instead of replacing or removing the files of a running app. Elsewhere
this does nothing.
"""

from __future__ import annotations

import sys

NAMES = ("KasBukuBerjalan", "Global\\KasBukuBerjalan")
_held: list[int] = []


def hold() -> None:
    """Create the mutexes for the life of this process (Windows only; closed by Windows at exit)."""
    if sys.platform != "win32" or _held:
        return
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    kernel32.CreateMutexW.restype = ctypes.c_void_p
    for name in NAMES:
        handle = kernel32.CreateMutexW(None, False, name)
        if handle:  # Global\ may be refused without the right; the session's own name is enough then
            _held.append(handle)

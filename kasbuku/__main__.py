"""``python -m kasbuku`` and the ``kasbuku`` command. The desktop shortcut's start (no subcommand, or only
``--db``) goes straight to the window without importing the command line's modules — SQLAlchemy and the
ledger's services among them — which the window opens after its first paint (issue 20); everything else is
``kasbuku.cli``."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def window_book(args: Sequence[str]) -> str | None:
    """The book address when ``args`` only start the window (``[]``, ``--db URL``, ``--db=URL``), else None."""
    from kasbuku import paths

    if not args:
        return paths.book_url()
    if len(args) == 2 and args[0] == "--db":
        return paths.book_url(args[1])
    if len(args) == 1 and args[0].startswith("--db="):
        return paths.book_url(args[0].removeprefix("--db="))
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    url = window_book(args)
    if url is not None:
        from ui.app import run

        return run(url)
    from kasbuku import cli

    return cli.main(args)


if __name__ == "__main__":  # the usual guard (kasbuku.parallel starts its workers with spawn)
    raise SystemExit(main())

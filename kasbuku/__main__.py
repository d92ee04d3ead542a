"""``python -m kasbuku``: the same as the ``kasbuku`` command."""

from kasbuku.cli import main

if __name__ == "__main__":  # the usual guard (kasbuku.parallel starts its workers with spawn)
    raise SystemExit(main())

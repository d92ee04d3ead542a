"""``python -m kasbuku``: the same as the ``kasbuku`` command."""

from kasbuku.cli import main

if __name__ == "__main__":  # not when a worker process of kasbuku.parallel imports this module
    raise SystemExit(main())

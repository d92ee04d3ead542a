"""``python -m kasbuku``: the same as the ``kasbuku`` command."""

from kasbuku.cli import main

raise SystemExit(main())

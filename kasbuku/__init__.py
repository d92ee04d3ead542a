"""kasbuku: the application shell (entry point, command line, settings, database, migrations)."""

__version__ = "0.1.0"

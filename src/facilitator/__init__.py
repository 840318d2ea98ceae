"""facilitator: a full-screen terminal app for running blameless incident reviews."""

__version__ = "0.1.0"
"""The one place the version is written: the package metadata takes it from here (pyproject.toml),
so `--version` reads no metadata (importlib.metadata alone takes longer to import than pydantic)."""

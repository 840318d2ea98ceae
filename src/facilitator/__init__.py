"""facilitator: a full-screen terminal app for running blameless incident reviews."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("facilitator")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

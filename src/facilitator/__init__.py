"""facilitator: a full-screen terminal app for running blameless incident reviews."""


def __getattr__(name: str) -> str:
    """`facilitator.__version__`, read from the package metadata only when asked for
    (importlib.metadata is slow to import, and most commands never need it)."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("facilitator")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"

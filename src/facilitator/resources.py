"""Where the bundled layouts and example sessions are, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent

# Name inside the installed package -> name at the top of a source checkout.
_BUNDLES = {"layouts": "layouts", "examples": "sessions"}


def bundled_dir(name: str) -> Path:
    """The folder of bundled files `name` ("layouts" or "examples").

    A wheel carries them inside the package; an editable install reads them from
    the top of the checkout, where they are maintained.
    """
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _CHECKOUT / _BUNDLES[name]

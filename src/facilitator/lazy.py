"""Package namespaces that import a submodule only when one of its names is first used.

`from facilitator.model import Session` works as usual, but `import facilitator.model.slug`
(which every command needs to find a session file) no longer loads pydantic and every model.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable


def lazy_exports(package: str, exports: dict[str, str]) -> Callable[[str], object]:
    """A module-level `__getattr__` for `package`: name -> the submodule that defines it."""

    def __getattr__(name: str) -> object:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{exports[name]}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__

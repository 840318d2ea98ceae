"""The TUI's own rules, read from the code (CONTRIBUTING.md, "How the code must be").

Every binding has an id (the keymap remaps by id); every screen and pane with keys names its
group (`BINDING_GROUP_TITLE`: the heading of its keys in help and the palette); styles live in
`tui/app.tcss` only; nothing in `src/` reaches into Textual's private names, which change
without notice between releases.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

import facilitator
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.panes.base import Pane

SRC = Path(facilitator.__file__).parent
TUI = SRC / "tui"
STYLES = TUI / "app.tcss"


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def tui_classes() -> Iterator[type[DOMNode]]:
    """Every widget, screen and app class defined in a module of `facilitator.tui`."""
    for path in sorted(TUI.rglob("*.py")):
        module = importlib.import_module(module_name(path))
        for value in vars(module).values():
            if inspect.isclass(value) and issubclass(value, DOMNode) and value.__module__ == module.__name__:
                yield value


def own_bindings(cls: type[DOMNode]) -> list[Binding]:
    return list(Binding.make_bindings(vars(cls).get("BINDINGS", [])))


def test_every_binding_has_an_id() -> None:
    missing = [
        f"{cls.__module__}.{cls.__qualname__}: {binding.key} -> {binding.action}"
        for cls in tui_classes()
        for binding in own_bindings(cls)
        if not binding.id
    ]
    assert not missing, "bindings without an id (the keymap cannot remap them):\n" + "\n".join(missing)


def test_every_screen_and_pane_with_keys_names_its_help_group() -> None:
    unnamed = [
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in tui_classes()
        if issubclass(cls, (Screen, Pane)) and own_bindings(cls) and not vars(cls).get("BINDING_GROUP_TITLE")
    ]
    assert not unnamed, "screens and panes whose keys help and the palette cannot list:\n" + "\n".join(unnamed)


def test_styles_live_in_app_tcss_only() -> None:
    sheets = sorted(path.relative_to(SRC).as_posix() for path in SRC.rglob("*.tcss"))
    assert sheets == ["tui/app.tcss"]
    inline = [
        f"{cls.__module__}.{cls.__qualname__}.{name}"
        for cls in tui_classes()
        for name in ("DEFAULT_CSS", "CSS", "CSS_PATH")
        if vars(cls).get(name) and not (cls is FacilitatorApp and name == "CSS_PATH")
    ]
    assert not inline, "styles outside tui/app.tcss:\n" + "\n".join(inline)
    assert Path(FacilitatorApp.CSS_PATH) == STYLES  # type: ignore[arg-type]


def private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


@cache
def privates_of_textual_class(base: type) -> frozenset[str]:
    """The private names one of Textual's classes defines or sets on `self`."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(inspect.getsource(base))):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            names.add(node.attr)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
    return frozenset(filter(private, names))


def textual_privates(cls: type) -> frozenset[str]:
    """The private names Textual's own classes in `cls`'s ancestry define or set on `self`."""
    textual_bases = (base for base in cls.__mro__ if base.__module__.startswith("textual"))
    return frozenset().union(*map(privates_of_textual_class, textual_bases))


@cache
def every_textual_private() -> frozenset[str]:
    """The private names of every Textual class our app, screens and widgets are made from."""
    return frozenset().union(*map(textual_privates, tui_classes()))


def own_privates(tree: ast.Module) -> set[str]:
    """Private names our code defines: methods, class and module names, attributes it sets."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return set(filter(private, names))


def private_textual_uses(path: Path, ours: set[str]) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(SRC.parent).as_posix()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "textual":
            hidden = [part for part in node.module.split(".") if private(part)]  # type: ignore[union-attr]
            hidden += [alias.name for alias in node.names if private(alias.name)]
            if hidden:
                yield f"{where}:{node.lineno}: from {node.module} import ... ({', '.join(hidden)})"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "textual" and any(map(private, alias.name.split("."))):
                    yield f"{where}:{node.lineno}: import {alias.name}"
        elif isinstance(node, ast.ClassDef) and path.is_relative_to(TUI):
            cls = getattr(importlib.import_module(module_name(path)), node.name, None)
            if not (inspect.isclass(cls) and issubclass(cls, DOMNode)):
                continue
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Attribute)
                    and isinstance(inner.value, ast.Name)
                    and inner.value.id == "self"
                    and inner.attr in textual_privates(cls)
                ):
                    yield f"{where}:{inner.lineno}: self.{inner.attr} is Textual's own ({node.name})"
                elif isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)) and inner.name in textual_privates(cls):
                    yield f"{where}:{inner.lineno}: {node.name}.{inner.name} overrides Textual's own"
        elif (
            isinstance(node, ast.Attribute)
            and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
            and node.attr in every_textual_private()
            and node.attr not in ours
        ):
            yield f"{where}:{node.lineno}: .{node.attr} is Textual's own"


def test_no_private_textual_names_in_src() -> None:
    files = sorted(SRC.rglob("*.py"))
    ours: set[str] = set()
    for path in files:
        ours |= own_privates(ast.parse(path.read_text(encoding="utf-8")))
    found = [use for path in files for use in private_textual_uses(path, ours)]
    assert not found, "private Textual names (they change between releases without notice):\n" + "\n".join(found)

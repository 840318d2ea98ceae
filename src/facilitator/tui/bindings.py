"""Bindings as the help screen and the command palette list them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen


@dataclass(frozen=True)
class KeyHelp:
    group: str
    keys: str
    description: str
    action: str
    node: DOMNode


def _key_display(app: App, binding: Binding) -> str:
    return ", ".join(app.get_key_display(Binding(key, binding.action)) for key in binding.key.split(","))


def binding_help(app: App, screen: Screen) -> Iterator[KeyHelp]:
    """The screen's bindings, those of its panes and widgets, and the app's, grouped."""
    seen: set[tuple[str, str]] = set()
    nodes: list[DOMNode] = [screen, *screen.query("*"), app]
    for node in nodes:
        group = getattr(node, "HELP_GROUP", None) or ("Everywhere" if node is app else None)
        if group is None:
            continue
        for binding in node._bindings.key_to_bindings.values():
            for item in binding:
                if not item.description or (item.action, group) in seen:
                    continue
                seen.add((item.action, group))
                described = f"{item.description}: {item.tooltip}" if item.tooltip else item.description
                yield KeyHelp(group, _key_display(app, item), described, item.action, node)


def palette_commands(app: App, screen: Screen) -> Iterable[SystemCommand]:
    for key_help in binding_help(app, screen):
        node = key_help.node

        async def run(node: DOMNode = node, action: str = key_help.action) -> None:
            await app.run_action(action, node)

        yield SystemCommand(f"{key_help.description} ({key_help.keys})", f"{key_help.group}", run)

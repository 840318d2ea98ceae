"""Bindings as the help screen and the command palette list them.

Panes are built the first time they are shown, so the keys of a pane not built yet come from
its class (with the user's keymap applied); choosing one in the palette shows the pane first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

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
    node: DOMNode | None
    """Where the action runs; None for a pane not built yet (see `pane_id`)."""
    pane_id: str | None = None


def _key_display(app: App, binding: Binding) -> str:
    return ", ".join(app.get_key_display(Binding(key, binding.action)) for key in binding.key.split(","))


def _described(binding: Binding) -> str:
    return f"{binding.description}: {binding.tooltip}" if binding.tooltip else binding.description


def _live_bindings(node: DOMNode) -> Iterator[Binding]:
    for bindings in node._bindings.key_to_bindings.values():
        yield from bindings


def _class_bindings(app: App, cls: type) -> Iterator[Binding]:
    keymap = getattr(app, "_keymap", {})
    for binding in Binding.make_bindings(cls.BINDINGS):
        yield replace(binding, key=keymap[binding.id]) if binding.id in keymap else binding


def binding_help(app: App, screen: Screen) -> Iterator[KeyHelp]:
    """The screen's bindings, those of its panes (built or not) and widgets, and the app's."""
    seen: set[tuple[str, str]] = set()

    def entries(bindings: Iterable[Binding], group: str, node: DOMNode | None, pane_id: str | None = None):
        for item in bindings:
            if item.description and (item.action, group) not in seen:
                seen.add((item.action, group))
                yield KeyHelp(group, _key_display(app, item), _described(item), item.action, node, pane_id)

    for node in [screen, *screen.query("*")]:
        group = getattr(node, "HELP_GROUP", None)
        if group is not None:
            yield from entries(_live_bindings(node), group, node)
    for pane_id, cls in getattr(screen, "unbuilt_panes", lambda: [])():
        yield from entries(_class_bindings(app, cls), cls.HELP_GROUP, None, pane_id)
    yield from entries(_live_bindings(app), "Everywhere", app)


def palette_commands(app: App, screen: Screen) -> Iterable[SystemCommand]:
    for key_help in binding_help(app, screen):

        async def run(help: KeyHelp = key_help) -> None:
            node = help.node
            if node is None:
                await screen.action_show_pane(help.pane_id)
                node = screen.query_one(f"#{help.pane_id}")
            await app.run_action(help.action, node)

        yield SystemCommand(f"{key_help.description} ({key_help.keys})", key_help.group, run)

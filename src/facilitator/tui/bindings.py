"""Bindings as the help screen and the command palette list them.

Panes are built the first time they are shown, so the keys of a pane not built yet come from
its class (imported then, if it was not yet; the user's keymap applied); choosing one in the
palette shows the pane first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

from textual.app import SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

from facilitator.tui.review_app import ReviewApp
from facilitator.tui.screens.review import ReviewScreen


@dataclass(frozen=True)
class KeyHelp:
    group: str
    keys: str
    description: str
    action: str
    node: DOMNode | None
    """Where the action runs; None for a pane not built yet (see `pane_id`)."""
    pane_id: str | None = None


def _key_display(app: ReviewApp, binding: Binding) -> str:
    return ", ".join(app.get_key_display(Binding(key, binding.action)) for key in binding.key.split(","))


def _described(binding: Binding) -> str:
    return f"{binding.description}: {binding.tooltip}" if binding.tooltip else binding.description


def node_bindings(cls: type[DOMNode], keymap: Mapping[str, str]) -> list[Binding]:
    """The bindings of a widget class (its own and inherited), keys as `keymap` remaps them."""
    by_key: dict[str, list[Binding]] = {}
    for base in reversed(cls.__mro__):  # as Textual merges them: a subclass's key replaces its base's
        level: dict[str, list[Binding]] = {}
        for binding in Binding.make_bindings(vars(base).get("BINDINGS", [])):
            level.setdefault(binding.key, []).append(binding)
        by_key.update(level)
    return [
        replace(binding, key=keymap[binding.id]) if binding.id and binding.id in keymap else binding
        for bindings in by_key.values()
        for binding in bindings
    ]


def binding_help(app: ReviewApp, screen: Screen[object]) -> Iterator[KeyHelp]:
    """The screen's bindings, those of its panes (built or not) and widgets, and the app's.

    Our own screens and widgets name their group with `BINDING_GROUP_TITLE`; Textual's widgets
    (an Input's cursor keys) are left to the footer. The keys of one action in one group are
    listed together (`f1, ?`); a key the app takes first (Ctrl+C quits) is left off the others.
    """
    taken = {key for b in node_bindings(type(app), app.keymap) if b.priority for key in b.key.split(",")}
    found: dict[tuple[str, str], KeyHelp] = {}

    def add(cls: type[DOMNode], node: DOMNode | None, pane_id: str | None = None) -> None:
        group = cls.BINDING_GROUP_TITLE or ""
        for item in node_bindings(cls, app.keymap):
            if not item.description or (node is not app and set(item.key.split(",")) <= taken):
                continue
            keys = _key_display(app, item)
            if (item.action, group) in found:
                earlier = found[(item.action, group)]
                if keys not in earlier.keys.split(", "):
                    found[(item.action, group)] = replace(earlier, keys=f"{earlier.keys}, {keys}")
                continue
            found[(item.action, group)] = KeyHelp(group, keys, _described(item), item.action, node, pane_id)

    for node in [screen, *screen.query("*")]:
        if node.BINDING_GROUP_TITLE is not None and type(node).__module__.startswith("facilitator."):
            add(type(node), node)
    if isinstance(screen, ReviewScreen):
        for pane_id, cls in screen.unbuilt_panes():
            add(cls, None, pane_id)
    add(type(app), app)
    yield from found.values()


def palette_commands(app: ReviewApp, screen: Screen[object]) -> Iterable[SystemCommand]:
    for key_help in binding_help(app, screen):

        async def run(help: KeyHelp = key_help) -> None:
            node = help.node
            if node is None and isinstance(screen, ReviewScreen) and help.pane_id is not None:
                await screen.action_show_pane(help.pane_id)
                node = screen.query_one(f"#{help.pane_id}")
            await app.run_action(help.action, node)

        yield SystemCommand(f"{key_help.description} ({key_help.keys})", key_help.group, run)

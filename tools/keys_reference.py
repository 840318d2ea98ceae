"""Write docs/keys-and-commands.md from the code: every key, the command palette, the command line.

Usage (from the top of the repository):

    .venv/bin/python tools/keys_reference.py           # rewrite docs/keys-and-commands.md
    .venv/bin/python tools/keys_reference.py --check   # exit 1 if the file is stale

The keys are the bindings of the app, its screens, panes, dialogs and widgets, grouped as help
lists them (`BINDING_GROUP_TITLE`), with the id a keymap remaps them by; the palette is what
Ctrl+P adds to them; the command line is read from the argparse parser. `tests/test_keys_reference.py`
fails when the committed file differs from what this writes.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode

import facilitator.tui
from facilitator.cli import build_parser
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.bindings import node_bindings
from facilitator.tui.panes import PANES
from facilitator.tui.screens.review import ReviewScreen

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "keys-and-commands.md"
TUI = Path(facilitator.tui.__file__).parent

INTRO = """\
# Keys and commands

Every key of the app, the command palette and the command line, as the code has them
(written by `tools/keys_reference.py`; a test fails when this page is stale). In the app, `?` or
F1 lists the keys of the screen you are on, the pane in front first. To move a key, give its id
a new key in `keymap.toml` in the config folder (see
[Keys of your own](running-a-review.md#keys-of-your-own)).
"""


def cell(text: str) -> str:
    return text.replace("|", "\\|")


def key_classes() -> Iterator[type[DOMNode]]:
    """The app, the review screen, the panes in the order of their number keys, then every other
    screen, dialog and widget of `facilitator.tui` with keys of its own, by module."""
    first: list[type[DOMNode]] = [FacilitatorApp, ReviewScreen, *(pane.load() for pane in PANES)]
    yield from first
    for path in sorted(TUI.rglob("*.py")):
        parts = path.relative_to(TUI.parent.parent).with_suffix("").parts
        module = importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, DOMNode)
                and value.__module__ == module.__name__
                and value not in first
                and vars(value).get("BINDINGS")
            ):
                yield value


def own_bindings(cls: type[DOMNode]) -> dict[str, list[Binding]]:
    """The bindings our own classes give `cls` (Textual's own, such as Tab, are left out), one
    entry per id with every key bound to it, in the order declared."""
    by_id: dict[str, list[Binding]] = {}
    for binding in node_bindings(cls, {}):
        owner = next(base for base in cls.__mro__ if binding.key in keys_declared(base))
        if owner.__module__.startswith("facilitator.") and binding.id:
            by_id.setdefault(binding.id, []).append(binding)
    return by_id


def keys_declared(cls: type) -> set[str]:
    return {binding.key for binding in Binding.make_bindings(vars(cls).get("BINDINGS", []))}


def keys_section(app: App[object]) -> list[str]:
    taken = {b.key for b in node_bindings(FacilitatorApp, {}) if b.priority}
    lines = ["## Keys", ""]
    for cls in key_classes():
        group = (
            cls.BINDING_GROUP_TITLE or f"{(cls.__doc__ or cls.__name__).split('.')[0]} ({cls.__name__}, not in help)"
        )
        rows = []
        for binding_id, bindings in own_bindings(cls).items():
            keys = [b.key for b in bindings if cls is FacilitatorApp or b.key not in taken]
            if not keys:
                continue  # the app takes these keys first (Ctrl+C quits everywhere)
            first = bindings[0]
            shown = ", ".join(f"`{app.get_key_display(Binding(key, first.action))}`" for key in keys)
            what = f"{first.description}: {first.tooltip}" if first.tooltip else first.description
            rows.append(f"| {cell(shown)} | {cell(what or first.action)} | `{binding_id}` |")
        if rows:
            lines += [f"### {group}", "", "| keys | what it does | id |", "|---|---|---|", *rows, ""]
    return lines


def palette_section(app: App[object]) -> list[str]:
    own = [
        f"- **{command.title}**: {command.help}"
        for command in App.get_system_commands(app, ReviewScreen())
        if command.title != "Theme"  # F2 is the one theme switcher (see FacilitatorApp.get_system_commands)
    ]
    return [
        "## The command palette",
        "",
        "`Ctrl+P` opens the palette. It lists every key above that the screen you are on answers",
        "(a pane not shown yet included: choosing its action brings it to the front), as",
        "`description (key)` under its group, and Textual's own commands:",
        "",
        *own,
        "",
    ]


def subcommands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, str, argparse.ArgumentParser]]:
    for action in parser._actions:  # argparse keeps its subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, sub in action.choices.items():
                yield name, helps.get(name, ""), sub


def usage(parser: argparse.ArgumentParser) -> str:
    formatter = argparse.HelpFormatter(parser.prog, width=10_000)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups, prefix="")
    return formatter.format_help().strip()


def options(parser: argparse.ArgumentParser) -> list[str]:
    formatter = argparse.HelpFormatter(parser.prog, width=10_000)
    rows = []
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)) or action.help == argparse.SUPPRESS:
            continue
        name = formatter._format_action_invocation(action)
        rows.append(f"| `{cell(name)}` | {cell(action.help or '')} |")
    return ["| argument | what it does |", "|---|---|", *rows] if rows else []


def command_line_section() -> list[str]:
    parser = build_parser()
    lines = [
        "## The command line",
        "",
        "What each command does and when to use it is in [the command line](command-line.md).",
        "",
        f"`{usage(parser)}`",
        "",
        *options(parser),
        "",
    ]
    for name, help, sub in subcommands(parser):
        lines += [f"### `{name}`", "", help[:1].upper() + help[1:] + ".", "", f"`{usage(sub)}`", ""]
        table = options(sub)
        if table:
            lines += [*table, ""]
    return lines


def reference() -> str:
    app = FacilitatorApp()
    lines = [INTRO, *keys_section(app), *palette_section(app), *command_line_section()]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = reference()
    if "--check" in argv:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET.relative_to(ROOT)} is stale: run tools/keys_reference.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

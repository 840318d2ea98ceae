"""The line under the title bar: the raised hands from the live page, in the order raised."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import var
from textual.widgets import Static

from facilitator.store.inbox import InboxRecords
from facilitator.tui.text import one_line


def hands_text(records: InboxRecords) -> Text:
    hands = records.view.hands
    text = Text(no_wrap=True, overflow="ellipsis")
    if hands:
        text.append(f"✋ {len(hands)} ", style="bold")
        text.append(", ".join(one_line(h.name) for h in hands))
        text.append("  (I: inbox)", style="dim")
    return text


class HandsBar(Static):
    """Holds the inbox as last read (`records`); shows the hands, and only while one is up."""

    records: var[InboxRecords] = var(InboxRecords((), (), ()))

    def watch_records(self, records: InboxRecords) -> None:
        self.update(hands_text(records))
        self.display = bool(records.view.hands)

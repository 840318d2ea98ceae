"""The links of the live page, masked: the screen may be shared, so no token is ever drawn.

One row per participant and one for the watch link, each with its token hidden. A link leaves
the app only privately: `c` copies one link, `m` copies a ready-to-paste message with it (both
through Textual's clipboard), `w` writes every person's message to a file only the facilitator
can read (and git ignores). `r` revokes a link (the old one dies, open pages too), `x` stops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.store.links import Link, invitation, write_messages
from facilitator.tui.text import one_line
from facilitator.tui.widgets.footer import KeysFooter

if TYPE_CHECKING:
    from facilitator.web.live_server import LiveServer


def link_text(link: Link) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(one_line(link.name), style="bold")
    text.append("  ")
    text.append(link.masked, style="dim")
    return text


def share_title(server: LiveServer) -> Text:
    title = Text()
    title.append(f"Live page on {server.base_url}", style="bold")
    settings = server.settings
    where = (
        "Only this machine can open them: O sets a host or public URL (docs/live-page.md)."
        if settings.loopback_only
        else ("HTTPS. " if settings.tls or server.base_url.startswith("https:") else "")
        + "Send each person their own link, in private: it sends as them."
    )
    title.append(
        f"\nLinks are masked because this screen may be shared. {where} "
        "c copies a link, m a message to paste in a private chat, w writes all of them to a file only you can read.",
        style="dim",
    )
    return title


class ShareScreen(ModalScreen[bool]):
    """Dismissed with True when the facilitator chose to stop serving."""

    BINDING_GROUP_TITLE = "Live page"

    BINDINGS = [
        Binding("c", "copy", "Copy link", id="share.copy", tooltip="Copy the selected person's link (not shown)"),
        Binding(
            "m",
            "copy_message",
            "Copy message",
            id="share.message",
            tooltip="Copy a ready-to-paste private message with the selected person's link",
        ),
        Binding(
            "w",
            "write_all",
            "Write all to a file",
            id="share.write",
            tooltip="Every person's message with their link, in a file only you can read",
        ),
        Binding(
            "r", "revoke", "Revoke link", id="share.revoke", tooltip="A new link for this person; the old one dies"
        ),
        Binding("x", "stop", "Stop serving", id="share.stop", tooltip="Stop the live page: every link stops working"),
        Binding("escape,q,S", "close", "Close", id="share.close"),
    ]

    def __init__(self, server: LiveServer) -> None:
        super().__init__()
        self.server = server
        self.links: list[Link] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(share_title(self.server), id="share-title")
            yield OptionList()
        yield KeysFooter(compact=True)

    def on_mount(self) -> None:
        self._fill()
        self.query_one(OptionList).focus()

    def _fill(self) -> None:
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        self.links = self.server.links_list()
        options.clear_options()
        options.add_options([Option(link_text(link), id=link.holder) for link in self.links])
        options.highlighted = min(highlighted or 0, len(self.links) - 1)

    def _selected(self) -> Link | None:
        index = self.query_one(OptionList).highlighted
        return self.links[index] if index is not None else None

    def action_copy(self) -> None:
        link = self._selected()
        if link is not None:
            self.app.copy_to_clipboard(link.url)
            self.app.notify(f"Copied the link of {one_line(link.name)}: paste it in a private message.", markup=False)

    def action_copy_message(self) -> None:
        link = self._selected()
        if link is not None:
            self.app.copy_to_clipboard(invitation(link, self.server.hub.state.session.title))
            self.app.notify(f"Copied a message for {one_line(link.name)} with their link.", markup=False)

    @work(thread=True, exit_on_error=False, group="share-file")
    def action_write_all(self) -> None:
        try:
            where = write_messages(self.server.session_path, self.links, self.server.hub.state.session.title)
        except OSError as error:
            self.app.notify(f"The links were not written: {error}", severity="error", markup=False)
            return
        self.app.notify(
            f"Wrote {len(self.links)} messages, one per person, to {where} (readable by you only; git ignores it).",
            title="Links written",
            timeout=12,
            markup=False,
        )

    def action_revoke(self) -> None:
        link = self._selected()
        if link is not None:
            self._revoke(link)

    @work(thread=True, exit_on_error=False, group="share-file")
    def _revoke(self, link: Link) -> None:
        try:
            self.server.revoke(link.holder)
        except (OSError, ValueError) as error:
            self.app.notify(f"The link was not revoked: {error}", severity="error", markup=False)
            return
        self.app.call_from_thread(self._fill)
        self.app.notify(
            f"The old link of {one_line(link.name)} no longer works, on open pages too; send the new one.",
            markup=False,
        )

    def action_stop(self) -> None:
        self.dismiss(True)

    def action_close(self) -> None:
        self.dismiss(False)

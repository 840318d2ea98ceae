"""The footer of keys, rebuilt only when the keys it shows change.

Textual's footer rebuilds itself, every key a new widget, each time the screen says its bindings
may have changed: twice for one focus change, four times when a pane comes to the front (the
pane that goes hands the focus on, then the new one takes it), and again when a dialog closes.
The keys are mostly the same as before, so this footer compares what it would show with what
it shows and rebuilds only on a difference: the same picture for a fraction of the work on
every pane switch and dialog.
"""

from __future__ import annotations

from textual.widgets import Footer

KeyShown = tuple[str, str, str, bool, str]
"""One key as the footer shows it: key, action, description, enabled, tooltip."""


class KeysFooter(Footer):
    """Textual's `Footer`, rebuilt only when the set of keys it would show changed."""

    def __init__(self, *, compact: bool = False) -> None:
        super().__init__(compact=compact)
        self._keys_shown: tuple[KeyShown, ...] | None = None

    def keys_to_show(self) -> tuple[KeyShown, ...]:
        """The keys the footer would show now, in order (what its `compose` reads)."""
        return tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )

    async def recompose(self) -> None:
        if not self.is_attached:  # its screen closed before the rebuild came round
            return
        keys = self.keys_to_show()
        if keys == self._keys_shown:
            return
        await super().recompose()
        self._keys_shown = keys

"""Keys in the order they were typed, even when a form opens in the middle of a burst.

Textual hands each key to the focused widget, and the key comes back to the app only after it
has bubbled up through the widgets; a key bound on a pane (`p`, `a`) is acted on then. By that
time the keys typed after it (a fast typist, a paste, a text expander) are already on their way
to the widget that had focus before the form, or are about to be handed to the form's first
field while earlier ones are still travelling: letters arrive cut or merged, a Tab is lost, an
Enter saves before the last letters.

`KeyOrderMixin` numbers every key as it arrives. A form (a `TakesTypedKeys` screen) records the
number of the key that opened it; every key typed after that one belongs to it. Until the form
has drawn and every earlier key is back, keys are held, then given to the form one by one, in
typed order (`feed`). Once it has caught up, what a form can act on at once (letters, Tab,
Enter) still goes through `feed` rather than into a field's own queue, so an Enter never saves
before the letters typed just ahead of it. A key held while the form closed (a second `p` in
the burst) is handled as if it had just been typed, so it opens the next form.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import App
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, TextArea

NUMBER = "facilitator_key_number"
"""The attribute a key event carries its typed order in (1, 2, ...)."""
SENT_TO = "facilitator_key_sent_to"
"""The attribute a key event carries the screen it was sent up in."""
GIVE_UP_AFTER = 1.0
"""Seconds to wait for a key that went up the widgets and never came back (its widget went away)."""


def number_of(event: events.Key) -> int:
    return int(getattr(event, NUMBER, 0))


class TakesTypedKeys(Screen[Any]):
    """A screen that owns the keys typed after the key that opened it (see the module docstring)."""

    opened_by = 0
    """The number of the key that opened this screen: later keys are its own."""
    ready = False
    """Drawn, with its first field focused: held keys can be given to it."""

    def feed(self, event: events.Key) -> bool:
        """Act on one key typed for this screen, in typed order; False leaves it to Textual."""
        raise NotImplementedError

    def take_keys(self) -> None:
        """Call once the screen can take keys: what was typed meanwhile is given to it now."""
        self.ready = True
        app = self.app
        if isinstance(app, KeyOrderMixin):
            app.call_later(app.release_keys)


class KeyOrderMixin(App[Any]):
    """Numbers keys as they arrive and holds them while a form catches up (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._keys_typed = 0
        self._held: list[events.Key] = []
        """Keys waiting for their turn, in typed order."""
        self._travelling: dict[int, Screen[Any] | None] = {}
        """Keys sent up a screen's widgets and not back yet (a text field keeps what it types: not
        those): number -> that screen. A screen closed since will not send them back."""
        self._key_in_hand: events.Key | None = None
        self._waiting: Timer | None = None

    @property
    def key_number(self) -> int:
        """The number of the key being acted on; between keys, of the last one typed."""
        in_hand = self._key_in_hand
        return number_of(in_hand) if in_hand is not None and number_of(in_hand) else self._keys_typed

    def _taker(self) -> TakesTypedKeys | None:
        screen = self.screen if self.screen_stack else None
        return screen if isinstance(screen, TakesTypedKeys) else None

    async def on_event(self, event: events.Event) -> None:
        if not isinstance(event, events.Key):
            await super().on_event(event)
            return
        number = number_of(event)
        if not number and not event.is_forwarded:  # just typed
            self._keys_typed += 1
            setattr(event, NUMBER, self._keys_typed)
            if self._must_hold():
                self._held.append(event)
                await self.release_keys()
                return
            taker = self._taker()
            if taker is not None and taker.feed(event):  # typed straight in, never overtaken
                return
        elif number:  # back from its trip up the widgets
            self._travelling.pop(number, None)
            sent_to = getattr(event, SENT_TO, None)
            taker = self._taker()
            if taker is not None and number > taker.opened_by and sent_to is not taker:
                self._hold(event)  # typed after the form's key, sent where focus was before it
                await self.release_keys()
                return
        await self._act_on(event)
        await self.release_keys()

    def _away(self) -> list[int]:
        """The keys still on their way back (forgetting those sent into a screen since closed)."""
        self._travelling = {n: s for n, s in self._travelling.items() if s is None or s in self.screen_stack}
        return list(self._travelling)

    def _must_hold(self) -> bool:
        """Whether a key just typed must wait: keys are held, or a form is still catching up."""
        if self._held:
            return True
        taker = self._taker()
        return taker is not None and (not taker.ready or any(number > taker.opened_by for number in self._travelling))

    def _hold(self, event: events.Key) -> None:
        self._held.append(event)
        self._held.sort(key=number_of)

    async def _act_on(self, event: events.Key) -> None:
        """Textual's own handling of the key, noting it if it goes up a screen's widgets."""
        screen = self.screen if self.screen_stack else None
        target = self.focused
        sent_before = event.is_forwarded
        previous, self._key_in_hand = self._key_in_hand, event
        try:
            await super().on_event(event)
        finally:
            self._key_in_hand = previous
        if not sent_before and event.is_forwarded:
            setattr(event, SENT_TO, screen)
            kept = isinstance(target, TextArea) or (isinstance(target, Input) and event.is_printable)
            if not kept:  # it comes back up to the app (a text field keeps what it types)
                self._travelling[number_of(event)] = screen

    async def release_keys(self) -> None:
        """Give held keys their turn, in typed order, as far as nothing typed earlier is still away."""
        while self._held:
            event = self._held[0]
            number = number_of(event)
            if any(earlier < number for earlier in self._away()):
                if self._waiting is None:
                    self._waiting = self.set_timer(GIVE_UP_AFTER, self._give_up_waiting)
                return
            taker = self._taker()
            if taker is not None and number > taker.opened_by:
                if not taker.ready:
                    return
                self._held.pop(0)
                if not taker.feed(event):
                    await self._act_on(event)
            else:
                self._held.pop(0)
                await self._act_on(event)

    async def _give_up_waiting(self) -> None:
        """A key sent up the widgets did not come back (its widget was removed): stop waiting."""
        self._waiting = None
        if self._held:
            first = number_of(self._held[0])
            self._travelling = {n: s for n, s in self._travelling.items() if n > first}
            await self.release_keys()

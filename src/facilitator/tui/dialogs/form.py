"""A modal form: labelled fields in, one value out, with validation that keeps it open.

Every add and edit in the app goes through this one dialog. `read` turns the widgets' values into
the form's value (a typed dataclass: see `form_fields`); the `submit` callback turns that into a
command on the review and returns an error message to show, or None.

One key scheme everywhere: Enter saves from any field (a list opens with Space, a box ticks
with Space), Tab moves on, Escape cancels and asks first when something was typed. Keys typed
before the form has drawn go into its first field instead of being lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Checkbox, Input, Label, Select, Static

from facilitator.review.refused import Refused
from facilitator.tui.text import input_safe, literal
from facilitator.tui.widgets.blame_hint import BlameHint


@dataclass
class Field:
    key: str
    label: str
    value: str = ""
    options: Sequence[tuple[str | Text, str]] = ()
    """(shown, value) pairs: a select box instead of a text input."""
    check: bool | None = None
    """A checkbox (True/False) instead of a text input."""
    placeholder: str = ""
    blame_check: bool = False
    """Mark blaming phrasing as it is typed (never blocks)."""
    suggestions: Sequence[str] = ()
    """Completions offered as the user types (→ accepts one)."""


T = TypeVar("T")


class FormDialog(ModalScreen[T | None], Generic[T]):
    """Enter submits (from any field); Escape cancels."""

    BINDING_GROUP_TITLE = "Form"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "submit", "Save", id="form.submit"),
        Binding("enter", "submit", "Save", show=False, priority=True, id="form.enter"),
    ]

    AUTO_FOCUS = "Input, Select, Checkbox"
    """The first field, in order, takes focus as the form opens."""

    KEYS = "Enter saves · Space opens a list or ticks a box · Tab next field · Escape cancels"

    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        submit: Callable[[T], str | None] | None,
        read: Callable[[dict[str, object]], T],
    ) -> None:
        super().__init__()
        self.form_title = title
        self.fields = list(fields)
        self.submit = submit
        self.read = read
        self._initial: dict[str, object] = {}
        self._early: list[str] | None = []
        """Characters typed before the form was drawn; None once they are in the first field."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(literal(self.form_title), id="title")
            with VerticalScroll(can_focus=False):
                for spec in self.fields:
                    if spec.check is not None:
                        yield Checkbox(spec.label, value=spec.check, id=f"f-{spec.key}")
                        continue
                    yield Label(spec.label, markup=False)
                    if spec.options:
                        yield Select(
                            [
                                (literal(shown) if isinstance(shown, str) else shown, value)
                                for shown, value in spec.options
                            ],
                            value=spec.value if spec.value else Select.BLANK,
                            allow_blank=not spec.value,
                            id=f"f-{spec.key}",
                        )
                    else:
                        suggester = (
                            SuggestFromList(spec.suggestions, case_sensitive=False) if spec.suggestions else None
                        )
                        yield Input(
                            input_safe(spec.value),
                            placeholder=spec.placeholder,
                            id=f"f-{spec.key}",
                            suggester=suggester,
                        )
                        if spec.blame_check:
                            yield BlameHint(target=f"f-{spec.key}")
            yield Static("", id="error")
            yield Static(self.KEYS, id="keys")

    def on_mount(self) -> None:
        self._initial = self.values()
        self.call_after_refresh(self._type_early)

    def _type_early(self) -> None:
        """What was typed before the form drew goes into its first field (focused by AUTO_FOCUS)."""
        early, self._early = self._early or [], None
        if self.fields and early:
            first = self.query_one(f"#f-{self.fields[0].key}")
            if isinstance(first, Input):
                first.insert_text_at_cursor("".join(early))

    def type_into_focus(self, event: events.Key) -> None:
        """Keys typed right after the form was asked for were queued to the screen beneath and
        bubble up unhandled: type them into the field that has focus, in the order typed."""
        if not (event.is_printable and event.character):
            return
        if isinstance(self.focused, Input):
            self.focused.insert_text_at_cursor(event.character)
        elif self._early is not None and self.focused is None:  # not drawn yet: keep it for the first field
            self._early.append(event.character)
        else:
            return
        event.stop()
        event.prevent_default()

    def on_key(self, event: events.Key) -> None:
        self.type_into_focus(event)

    @property
    def typed(self) -> bool:
        """Whether anything differs from what the form opened with."""
        return bool(self._initial) and self.values() != self._initial

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter picks an item while a list is open; everywhere else it saves."""
        return not (action == "submit" and any(select.expanded for select in self.query(Select)))

    def values(self) -> dict[str, object]:
        result: dict[str, object] = {}
        for spec in self.fields:
            widget = self.query_one(f"#f-{spec.key}")
            if isinstance(widget, Checkbox):
                result[spec.key] = widget.value
            elif isinstance(widget, Select):
                result[spec.key] = "" if widget.value is Select.BLANK else widget.value
            elif isinstance(widget, Input):
                result[spec.key] = widget.value
        return result

    def show_error(self, message: str) -> None:
        self.query_one("#error", Static).update(literal(message))

    def on_input_changed(self, event: Input.Changed) -> None:
        for hint in self.query(BlameHint):
            if hint.target == event.input.id:
                hint.update_for(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        values = self.read(self.values())
        if self.submit is not None:
            try:
                error = self.submit(values)
            except Refused as refusal:
                error = str(refusal)
            if error:
                self.show_error(error)
                return
        self.dismiss(values)

    def action_cancel(self) -> None:
        if not self.typed:
            self.dismiss(None)
            return
        from facilitator.tui.dialogs.pick import ConfirmDialog

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmDialog("Discard what you typed in this form?"), answered)

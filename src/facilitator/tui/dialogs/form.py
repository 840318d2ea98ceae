"""A modal form: labelled fields in, a dict of values out, with validation that keeps it open.

Every add and edit in the app goes through this one dialog. The `submit` callback turns the
values into a command on the review and returns an error message to show, or None.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.text import Text
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


Submit = Callable[[dict[str, object]], str | None]


class FormDialog(ModalScreen[dict[str, object] | None]):
    """Enter submits (from any field); Escape cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "submit", "Save", id="form.submit"),
    ]

    def __init__(self, title: str, fields: Sequence[Field], submit: Submit | None = None) -> None:
        super().__init__()
        self.form_title = title
        self.fields = list(fields)
        self.submit = submit

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(literal(self.form_title), id="title")
            with VerticalScroll():
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
            yield Static("Enter or Ctrl+S to save · Escape to cancel · Tab for the next field", id="keys")

    def on_mount(self) -> None:
        if self.fields:
            self.query_one(f"#f-{self.fields[0].key}").focus()

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
        values = self.values()
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
        self.dismiss(None)

"""A modal form: labelled fields in, one value out, with validation that keeps it open.

Every add and edit in the app goes through this one dialog. `read` turns the widgets' values into
the form's value (a typed dataclass: see `form_fields`); the `submit` callback turns that into a
command on the review and returns an error message to show, or None.

One key scheme everywhere: Enter saves from any field (a list opens with Space, a box ticks
with Space), Tab moves on, Escape cancels and asks first when something was typed. Tab into a
filled field puts the cursor at its end (nothing is selected, so typing never replaces it).
Every key typed after the key that opened the form is the form's, in typed order, however fast
(`key_order`): what is typed before it has drawn goes into its first field, a Tab moves on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Generic, TypeVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, Select, Static, TextArea

from facilitator.review.refused import Refused
from facilitator.tui.key_order import KeyOrderMixin, TakesTypedKeys
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
    multiline: bool = False
    """A text area that wraps (a summary of a few sentences) instead of a one-line input."""


T = TypeVar("T")


def in_open_list(widget: Widget | None) -> bool:
    """Whether `widget` is the list a Select opened (it holds the focus while open)."""
    return widget is not None and isinstance(widget.parent, Select)


class FormInput(Input):
    """A form's one-line field: a Tab in pasted text moves on to the next field, as a typed Tab does
    (a row copied from a spreadsheet, a text expander's snippet fill the fields in turn)."""

    def on_paste(self, event: events.Paste) -> None:
        screen = self.screen
        if "\t" in event.text and isinstance(screen, FormDialog):
            event.stop()
            event.prevent_default()  # not Input's own paste (Textual calls each class's handler)
            screen.paste_across(event.text)


class FormDialog(ModalScreen[T | None], TakesTypedKeys, Generic[T]):
    """Enter submits (from any field); Escape cancels."""

    BINDING_GROUP_TITLE = "Form"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "submit", "Save", id="form.submit"),
        Binding("enter", "submit", "Save", show=False, priority=True, id="form.enter"),
    ]

    AUTO_FOCUS = ""
    """The first field takes focus once the form is drawn (`_drawn`): focused while it is being
    composed, Textual would scroll it to the middle and hide the label above it."""

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
        self.opened_by = self.app.key_number if isinstance(self.app, KeyOrderMixin) else 0

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(literal(self.form_title), id="title")
            with VerticalScroll(can_focus=False):
                for spec in self.fields:
                    if spec.check is not None:
                        yield Checkbox(spec.label, value=spec.check, id=f"f-{spec.key}")
                        continue
                    yield Label(literal(spec.label))
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
                    elif spec.multiline:
                        yield TextArea(
                            input_safe(spec.value),
                            id=f"f-{spec.key}",
                            soft_wrap=True,
                            tab_behavior="focus",
                            show_line_numbers=False,
                        )
                    else:
                        suggester = (
                            SuggestFromList(spec.suggestions, case_sensitive=False) if spec.suggestions else None
                        )
                        yield FormInput(
                            input_safe(spec.value),
                            placeholder=spec.placeholder,
                            id=f"f-{spec.key}",
                            suggester=suggester,
                            select_on_focus=False,
                        )
                    if spec.blame_check:
                        yield BlameHint(target=f"f-{spec.key}")
            yield Static("", id="error")
            yield Static(self.KEYS, id="keys")

    def on_mount(self) -> None:
        self._initial = self.values()
        self.call_after_refresh(self._drawn)

    def _drawn(self) -> None:
        """The first field takes focus, its label in view; keys typed meanwhile go into it now
        (see `key_order`)."""
        if self.focused is None and self.fields:
            self.set_focus(self.query_one(f"#f-{self.fields[0].key}"), scroll_visible=False)
        self.take_keys()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Into a filled field with the cursor at its end, so a key typed adds to the text; its
        label in view above it; an opened list inside the form's border."""
        widget = event.widget
        if isinstance(widget, Input):
            widget.cursor_position = len(widget.value)
        elif isinstance(widget, TextArea):
            widget.move_cursor(widget.document.end)
        if in_open_list(widget):
            self.call_after_refresh(self._fit_list, widget)
            return
        for fields in self.query(VerticalScroll):  # a list closed: the room made for it goes
            fields.styles.padding = 0
        self.call_after_refresh(self._show_with_label, widget)

    def _show_with_label(self, field: Widget) -> None:
        """Scroll so the focused field and the label above it are both in view."""
        fields = next(iter(self.query(VerticalScroll)), None)
        if fields is None:  # saved already: a burst of keys can be that fast
            return
        siblings = list(fields.children)
        if field in siblings and siblings.index(field) and isinstance(siblings[siblings.index(field) - 1], Label):
            fields.scroll_to_widget(siblings[siblings.index(field) - 1], animate=False, immediate=True)
        fields.scroll_to_widget(field, animate=False, immediate=True)

    def _fit_list(self, opened: Widget, grow: bool = True) -> None:
        """An opened list stays inside the form's border: the fields scroll up to make room
        under the select box; if they cannot, the form grows (room under the last field) and,
        once it is laid out again, they scroll again."""
        fields = next(iter(self.query(VerticalScroll)), None)
        if fields is None or not opened.display:
            return
        bottom = self.query_one("FormDialog > Vertical").content_region.bottom
        short = opened.region.bottom - bottom
        if short <= 0:
            return
        lift = min(short, int(fields.max_scroll_y - fields.scroll_y))
        if lift > 0:
            fields.scroll_to(y=fields.scroll_y + lift, animate=False, immediate=True)
        if short > lift and grow:
            fields.styles.padding = (0, 0, short - lift, 0)
            self.call_after_refresh(partial(self._fit_list, opened, False))

    def paste_across(self, text: str) -> None:
        """Pasted text into the focused field and on: each Tab moves to the next field."""
        for index, part in enumerate(text.split("\t")):
            if index:
                self.focus_next()
            field = self.focused
            if isinstance(field, Input):
                field.insert_text_at_cursor(" ".join(part.splitlines()))
            elif isinstance(field, TextArea):
                field.insert(part)

    def feed(self, event: events.Key) -> bool:
        """Act on one key typed for this form, at once and in typed order; False for a key it
        leaves to the focused widget (an arrow, a key in an open list).

        Typing goes in here rather than through the field's own queue, so an Enter or a Tab
        right behind the last letters can never act before them."""
        field: Widget | None = self.focused
        key, character = event.key, event.character
        if in_open_list(field):
            return False
        if key == "tab":
            self.focus_next()
        elif key == "shift+tab":
            self.focus_previous()
        elif key == "escape":
            self.action_cancel()
        elif key == "enter":
            self.action_submit()
        elif key == "backspace" and isinstance(field, Input | TextArea):
            field.action_delete_left()
        elif key == "space" and isinstance(field, Checkbox):
            field.toggle()
        elif key == "space" and isinstance(field, Select):
            field.action_show_overlay()
        elif event.is_printable and character and isinstance(field, Input):
            if field.selection.is_empty:
                field.insert_text_at_cursor(character)
            else:
                field.replace(character, *field.selection)
        elif event.is_printable and character and isinstance(field, TextArea):
            field.insert(character)
        else:
            return False
        return True

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
            elif isinstance(widget, TextArea):
                result[spec.key] = widget.text
        return result

    def show_error(self, message: str) -> None:
        self.query_one("#error", Static).update(literal(message))

    def on_input_changed(self, event: Input.Changed) -> None:
        self._hint(event.input.id, event.value)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._hint(event.text_area.id, event.text_area.text)

    def _hint(self, field_id: str | None, value: str) -> None:
        for hint in self.query(BlameHint):
            if hint.target == field_id:
                hint.update_for(value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        try:
            values = self.read(self.values())
            error = self.submit(values) if self.submit is not None else None
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

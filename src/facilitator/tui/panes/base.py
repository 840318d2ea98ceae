"""What every pane of the review screen shares: access to the review, safe commands, refresh."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import getters
from textual.containers import Vertical
from textual.message import Message

from facilitator.model.enums import SessionStatus
from facilitator.model.session import Session
from facilitator.review import Refused, Review
from facilitator.review.core import CLOSED_REASON
from facilitator.tui.dialogs.form_fields import FormValue, Options, fields_for, reader
from facilitator.tui.panes import PANE_ENTRIES
from facilitator.tui.review_app import ReviewApp

if TYPE_CHECKING:  # the dialog loads when a form first opens (see form_fields)
    from facilitator.tui.dialogs.form import Field

F = TypeVar("F", bound=FormValue)
V = TypeVar("V")


class Pane(Vertical):
    """A page of the review screen. Subclasses set the class vars and implement `show`; the
    help group of each comes from the table of panes (tui/panes/__init__.py)."""

    PANE_ID: ClassVar[str]
    WATCHES: ClassVar[frozenset[str]] = frozenset()
    """Session fields whose change means this pane must redraw."""
    PRIMARY: ClassVar[str] = "*"
    """Selector of the widget that takes focus when the pane is shown."""

    stale = True

    class Reveal(Message):
        """Bring pane `pane_id` to the front with `item` highlighted (the screen does it)."""

        def __init__(self, pane_id: str, item: str) -> None:
            super().__init__()
            self.pane_id = pane_id
            self.item = item

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "PANE_ID" in vars(cls):
            cls.BINDING_GROUP_TITLE = PANE_ENTRIES[cls.PANE_ID].help_group

    app = getters.app(ReviewApp)

    @property
    def review(self) -> Review:
        return self.app.active_review

    @property
    def session(self) -> Session:
        return self.review.session

    def now(self) -> datetime:
        return self.app.now()

    def today(self) -> date:
        return self.app.now().date()

    def show(self, session: Session) -> None:
        """Redraw from `session`."""
        raise NotImplementedError

    def focus_main(self) -> None:
        for widget in self.query(self.PRIMARY):
            if widget.focusable:
                widget.focus()
                return

    def reveal(self, item: str) -> None:
        """Highlight the item with id `item` and focus it; a pane without rows just takes focus."""
        self.focus_main()

    def refresh_pane(self) -> None:
        self.stale = False
        self.show(self.session)

    def tick(self, now: datetime) -> None:
        """Called every second while visible (for live figures); most panes need nothing."""

    def run(self, command: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Send a command to the review; a refusal becomes a notification, never a crash."""
        try:
            return command(*args, **kwargs)
        except Refused as refusal:
            self.app.notify(str(refusal), title="Not done", severity="warning", markup=False)
            return None

    def refusal(self) -> str | None:
        """Why nothing can be edited here (a read-only window, a closed review), or None."""
        if self.review.read_only:
            return f"Read-only: {self.review.file.read_only_reason if self.review.file else 'no file'}"
        if self.session.status is SessionStatus.CLOSED and self.PANE_ID != "actions":
            return f"Not now: {CLOSED_REASON}"
        return None

    def ask_fields(
        self,
        title: str,
        fields: Sequence[Field],
        submit: Callable[[V], object],
        read: Callable[[dict[str, object]], V],
    ) -> None:
        """Open a form of `fields`; `read` makes its typed value, which `submit` turns into a
        command; a `Refused` keeps the form open with its message.

        Where nothing can change, no form opens: the notice says why, before anything is typed."""
        refused = self.refusal()
        if refused:
            self.app.notify(refused, title="Not editable", severity="warning", markup=False)
            return

        def apply(value: V) -> str | None:
            submit(value)
            return None

        from facilitator.tui.dialogs.form import FormDialog

        self.app.push_screen(FormDialog(title, fields, apply, read))

    def ask_form(
        self,
        title: str,
        initial: F,
        submit: Callable[[F], object],
        labels: Mapping[str, str] | None = None,
        options: Mapping[str, Options] | None = None,
        placeholders: Mapping[str, str] | None = None,
    ) -> None:
        """Open the typed form of `initial`'s dataclass, showing `initial` (see `form_fields`)."""
        fields = fields_for(initial, labels, options, placeholders)
        self.ask_fields(title, fields, submit, reader(type(initial)))

"""The debrief: what went well, thanks, lessons, the read-back of actions, and closing.

It also says how many people answered the anonymous pulse on the live page, and never more:
the counts are the session's, but a screen shared while answers arrive one at a time would show
each one as it came. The figures are in `facilitator report`, from three answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.checks.blame_session import PlacedFlag, session_flags
from facilitator.checks.readiness import open_actions
from facilitator.model.enums import SessionStatus
from facilitator.model.pulse import MIN_ANSWERS
from facilitator.model.session import Session
from facilitator.tui.dialogs.form_fields import form_field
from facilitator.tui.dialogs.pick import ConfirmDialog
from facilitator.tui.dialogs.small_forms import NoteForm
from facilitator.tui.panes import PANE_ENTRIES
from facilitator.tui.panes.base import Pane
from facilitator.tui.text import one_line
from facilitator.tui.widgets.blame_hint import marked_line
from facilitator.tui.widgets.options import refill
from facilitator.tui.widgets.people import person_options
from facilitator.tui.widgets.talk_time import talk_time_text

SECTIONS = (("went_well", "What went well", "w"), ("affirmations", "Thanks", "t"), ("lessons", "Lessons", "l"))
SOMEONE_ELSE = "(someone else)"


def entries_options(session: Session) -> list[Option]:
    """The three sections as one list: headings (not selectable), then entries with ids."""
    options: list[Option] = []
    for section, title, key in SECTIONS:
        entries = getattr(session.debrief, section)
        options.append(Option(Text(f"{title} ({key} adds)", style="bold underline"), disabled=True))
        for index, entry in enumerate(entries):
            text = Text()
            if section == "affirmations":
                text.append("★ ", style="bold yellow")
                text.append(one_line(entry.person), style="bold")
                text.append(" — ")
                text.append(one_line(entry.what))
            else:
                text.append("• ")
                text.append(one_line(entry))
            options.append(Option(text, id=f"{section}:{index}"))
        if not entries:
            options.append(Option(Text("  none yet", style="dim italic"), disabled=True))
    return options


@dataclass(frozen=True)
class Thanks:
    """Who is thanked (one of the people, or a name typed), and for what."""

    person: str = form_field("Who (a specific person)")
    name: str = form_field("Someone else's name (used when typed)")
    what: str = form_field("What they did that helped", blame_check=True)


def close_problems(session: Session) -> list[str]:
    """What is still loose: a missing summary, impact or detection time, untriaged parked topics,
    open actions without an owner."""
    missing = [
        name
        for name, value in (
            ("summary", session.summary.strip()),
            ("impact", session.impact.strip()),
            ("detection time", session.detected_at),
        )
        if not value
    ]
    problems = [f"no {' or '.join(missing)} yet (Framing: e details, t times)"] if missing else []
    untriaged = sum(1 for item in session.parking if not item.triaged)
    if untriaged:
        problems.append(f"{untriaged} parked topic{'s are' if untriaged != 1 else ' is'} not triaged")
    ownerless = sum(1 for a in open_actions(session) if not a.owner.strip())
    if ownerless:
        problems.append(f"{ownerless} open action{'s have' if ownerless != 1 else ' has'} no owner")
    return problems


def status_text(session: Session) -> Text:
    text = Text()
    if session.status is SessionStatus.CLOSED:
        text.append("✓ Review closed", style="bold green")
        if session.closed_at:
            text.append(f" at {session.closed_at:%Y-%m-%d %H:%M} UTC")
        text.append(" · o reopens", style="dim")
    else:
        text.append(f"Review {session.status.value}", style="bold")
        text.append(" · c closes it (stamps the time, stops the clock)", style="dim")
    return text


def readback_text(session: Session) -> Text:
    """Actions and owners, to read aloud before closing; then how many phrases read as blaming."""
    text = Text()
    text.append("Read back: actions and owners\n", style="bold underline")
    if not session.actions:
        text.append("no actions agreed\n", style="dim")
    for action in session.actions:
        text.append(f"{action.priority.value} ", style="bold red" if action.priority.value == "P0" else "bold")
        text.append(one_line(action.title))
        text.append(" — ")
        text.append(one_line(action.owner) if action.owner else "no owner", style="" if action.owner else "bold yellow")
        text.append(
            f" · due {action.due.isoformat()}" if action.due else " · no due date", style="" if action.due else "yellow"
        )
        text.append(f" · {action.status.value}\n", style="dim")
    for problem in close_problems(session):
        text.append(f"⚠ {problem}\n", style="bold yellow")
    flags = len(session_flags(session))
    text.append("\nBlameless check: ", style="bold")
    text.append(
        f"{flags} phrase{'s' if flags != 1 else ''} flagged" if flags else "no blaming phrasing found",
        style="yellow" if flags else "green",
    )
    text.append(" (b lists them; Enter jumps to one)" if flags else "", style="dim")
    return text


def pulse_text(session: Session) -> Text:
    """How many answered the anonymous pulse, and nothing of what they answered."""
    answered = session.pulse.answers
    text = Text("Anonymous pulse: ", style="bold")
    text.append(f"{answered} answered" if answered else "nobody answered yet")
    text.append(f" · figures in the report, from {MIN_ANSWERS} answers", style="dim")
    return text


def flag_options(flags: list[PlacedFlag]) -> list[Option]:
    """One option per flagged phrase: where it is, and its text with the phrase underlined."""
    options = []
    for index, placed in enumerate(flags):
        place = placed.place
        text = Text(f"{PANE_ENTRIES[place.pane].title} · {place.where}: ", style="dim")
        text.append_text(marked_line(place.text, limit=300))
        options.append(Option(text, id=f"flag:{index}"))
    return options


class DebriefPane(Pane):
    PANE_ID = "debrief"
    PRIMARY = "#debrief-entries"
    WATCHES = frozenset(
        {
            "debrief",
            "actions",
            "parking",
            "status",
            "closed_at",
            "round_robin",
            "participants",
            "findings",
            "timeline",
            "pulse",
        }
    )

    BINDINGS = [
        Binding("w", "went_well", "Went well", id="debrief.went_well"),
        Binding("t", "thanks", "Thanks", id="debrief.thanks"),
        Binding("l", "lesson", "Lesson", show=False, id="debrief.lesson"),
        Binding("x,delete", "remove", "Remove", show=False, id="debrief.remove"),
        Binding("c", "close_review", "Close review", id="debrief.close"),
        Binding("o", "reopen_review", "Reopen", show=False, id="debrief.reopen"),
        Binding("b", "flagged", "Flagged phrases", id="debrief.flagged"),
    ]

    flags: list[PlacedFlag] = []

    def compose(self) -> ComposeResult:
        yield Static(id="debrief-status")
        with Horizontal():
            yield OptionList(id="debrief-entries")
            with VerticalScroll(id="debrief-side"):
                yield Static(id="debrief-pulse")
                yield Static(id="debrief-readback")
                yield OptionList(id="debrief-flags")
                yield Static(id="debrief-talk")

    def show(self, session: Session) -> None:
        self.query_one("#debrief-status", Static).update(status_text(session))
        refill(self.query_one("#debrief-entries", OptionList), entries_options(session))
        self.query_one("#debrief-readback", Static).update(readback_text(session))
        self.flags = session_flags(session)
        listed = self.query_one("#debrief-flags", OptionList)
        refill(listed, flag_options(self.flags))
        listed.set_class(not self.flags, "-empty")
        self.query_one("#debrief-pulse", Static).update(pulse_text(session))
        self.query_one("#debrief-talk", Static).update(talk_time_text(session))

    # -- actions ---------------------------------------------------------------------------

    def reveal(self, item: str) -> None:
        entries = self.query_one("#debrief-entries", OptionList)
        ids = [entries.get_option_at_index(i).id for i in range(entries.option_count)]
        if item in ids:
            entries.highlighted = ids.index(item)
        entries.focus()

    def action_flagged(self) -> None:
        if self.flags:
            self.query_one("#debrief-flags", OptionList).focus()
        else:
            self.app.notify("No blaming phrasing found.", markup=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a flagged phrase: show its pane with its item highlighted."""
        if event.option_list.id != "debrief-flags" or not event.option.id:
            return
        event.stop()
        place = self.flags[int(event.option.id.split(":")[1])].place
        self.post_message(self.Reveal(place.pane, place.item))

    def action_went_well(self) -> None:
        self.ask_form(
            "What went well?",
            NoteForm(),
            lambda form: self.review.add_went_well(form.text),
            labels={"text": "Went well (keep doing this)"},
        )

    def action_lesson(self) -> None:
        self.ask_form(
            "What did we learn?",
            NoteForm(),
            lambda form: self.review.add_lesson(form.text),
            labels={"text": "Lesson"},
        )

    def action_thanks(self) -> None:
        people = person_options(self.session)

        def submit(form: Thanks) -> None:
            typed = form.name.strip()
            person = typed or ("" if form.person == SOMEONE_ELSE else form.person)
            self.review.add_affirmation(person, form.what)

        self.ask_form(
            "Thank someone for something specific",
            Thanks(people[0][1] if people else SOMEONE_ELSE),
            submit,
            options={"person": [*people, ("someone else: type the name below", SOMEONE_ELSE)]},
        )

    def action_remove(self) -> None:
        entries = self.query_one("#debrief-entries", OptionList)
        if entries.highlighted is None:
            return
        option_id = entries.get_option_at_index(entries.highlighted).id
        if option_id:
            section, index = option_id.split(":")
            if self.run(self.review.remove_debrief_entry, section, int(index)) is not None:
                self.app.notify("Removed (Ctrl+Z to undo)", markup=False)

    def action_close_review(self) -> None:
        if self.session.status is SessionStatus.CLOSED:
            self.app.notify("The review is already closed (o reopens it).", markup=False)
            return
        problems = close_problems(self.session)
        if not problems:
            self._close()
            return

        def answered(close: bool | None) -> None:
            if close:
                self._close()

        self.app.push_screen(
            ConfirmDialog("Before closing: " + "; ".join(problems) + ".\n\nClose the review anyway?"), answered
        )

    def _close(self) -> None:
        now = self.now()
        if self.run(self.review.close_review, now) is not None:
            self.app.notify(f"Review closed at {now:%H:%M} UTC. Ctrl+E exports it; o reopens.", markup=False)

    def action_reopen_review(self) -> None:
        if self.session.status is SessionStatus.CLOSED and self.run(self.review.reopen_review) is not None:
            self.app.notify("Review reopened.", markup=False)

"""The pre-prep round: who has sent a form (their local time, time left), what they wrote, and
each answer one key away from becoming a contributor, mitigator, risk, action, parking-lot topic,
went-well item or a question for the walk.

Each answer is checked as it arrives: one that reads as blaming someone is marked "held back"
and stays out of the export until the facilitator rewords it (r), leaves it out (o) or keeps it
as written (K); each is one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.checks.blame_write_up import AnswerState, answer_in_write_up
from facilitator.model.participant import Participant
from facilitator.model.prep import AnswerRef, AnswerSection, PrepAnswers
from facilitator.model.session import Session
from facilitator.model.timeparse import TimeParseError, parse_time
from facilitator.review.prep_commands import AnswerUse
from facilitator.review.refused import refusing
from facilitator.tui.dialogs.form_fields import form_field
from facilitator.tui.dialogs.pick import PickDialog
from facilitator.tui.dialogs.small_forms import OwnerForm
from facilitator.tui.known_people import KNOWN
from facilitator.tui.panes.base import Pane
from facilitator.tui.panes.prep_files import FormRead, ask_to_import_form, ask_to_write_forms, store_form
from facilitator.tui.panes.slot_picker import SlotsFound, find_slots, pick_slot
from facilitator.tui.prep_text import answer_detail, answer_row, person_row, round_summary, votes_text
from facilitator.tui.text import one_line
from facilitator.tui.widgets.options import refill

USE_LABELS = {
    AnswerUse.CONTRIBUTOR: "c  contributor",
    AnswerUse.MITIGATOR: "m  mitigator",
    AnswerUse.RISK: "k  risk / learning",
    AnswerUse.ACTION: "a  action item (one owner)",
    AnswerUse.PARKING: "l  parking-lot topic",
    AnswerUse.WENT_WELL: "w  went well (debrief)",
    AnswerUse.WALK_QUESTION: "q  question to raise during the walk",
}


@dataclass(frozen=True)
class Reworded:
    """An answer in the words the write-up should carry; its words as sent take the reword back."""

    text: str = form_field("In the write-up (the words as sent take the reword back)", blame_check=True)


@dataclass(frozen=True)
class MeetingTime:
    """When the meeting is (forms are due a day before); empty clears it."""

    when: str = form_field("When (2026-03-25 15:00 Europe/Berlin, ISO; empty = not set)")


class PrepPane(Pane):
    PANE_ID = "prep"
    PRIMARY = "#prep-people"
    WATCHES = frozenset({"prep", "participants", "meeting_at", "actions", "timeline", "walk_questions"})

    BINDINGS = [
        Binding(
            "enter", "choose_use", "Use answer", show=False, id="prep.use", tooltip="Choose what the answer becomes"
        ),
        Binding(
            "c",
            "use('contributor')",
            "→ Contributor",
            show=False,
            id="prep.contributor",
            tooltip="Answer as a contributor",
        ),
        Binding(
            "m", "use('mitigator')", "→ Mitigator", show=False, id="prep.mitigator", tooltip="Answer as a mitigator"
        ),
        Binding("k", "use('risk')", "→ Risk", show=False, id="prep.risk", tooltip="Answer as a risk or learning"),
        Binding("a", "use('action')", "→ Action", id="prep.action", tooltip="Answer or proposal as an action item"),
        Binding(
            "l", "use('parking')", "→ Parking lot", show=False, id="prep.parking", tooltip="Answer as a side topic"
        ),
        Binding("w", "use('went_well')", "→ Went well", show=False, id="prep.went_well", tooltip="Into the debrief"),
        Binding(
            "q", "use('walk_question')", "→ Walk question", id="prep.walk_question", tooltip="Raise it in the walk"
        ),
        Binding("v", "view_answer", "Full answer", show=False, id="prep.view", tooltip="Show the whole answer"),
        Binding("i", "import_form", "Import form", id="prep.import", tooltip="Read a filled pre-prep form"),
        Binding(
            "W", "write_forms", "Write forms", id="prep.write", tooltip="Write a Markdown form for every participant"
        ),
        Binding(
            "M",
            "meeting_time",
            "Meeting time",
            id="prep.meeting",
            tooltip="Fair meeting times for everyone's zone, or type one; forms are due 24 h before",
        ),
        Binding(
            "x", "remove_answers", "Remove answers", show=False, id="prep.remove", tooltip="Drop this person's answers"
        ),
        Binding("r", "reword", "Reword", id="prep.reword", tooltip="Reword the answer for the write-up"),
        Binding(
            "o",
            "leave_out",
            "Leave out",
            show=False,
            id="prep.leave_out",
            tooltip="Leave the answer out of the write-up (again: put it back)",
        ),
        Binding(
            "K",
            "keep",
            "Keep as written",
            show=False,
            id="prep.keep",
            tooltip="Publish a flagged answer as written, with its author (again: hold it back)",
        ),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="prep-summary")
        with Horizontal():
            yield OptionList(id="prep-people")
            with Vertical(id="prep-right"):
                yield OptionList(id="prep-answers")
                with VerticalScroll(id="prep-votes"):
                    yield Static(id="prep-votes-text")
        yield Static(
            Text(
                "enter use · r reword · o leave out · K keep · c contrib · m mitig · k risk · a action · l lot · w well · q ask"
            ),
            id="prep-keys",
        )

    def on_mount(self) -> None:
        self.query_one("#prep-people", OptionList).border_title = "Participants"
        self.query_one("#prep-answers", OptionList).border_title = "Their answers"

    def show(self, session: Session) -> None:
        now = self.now()
        self.query_one("#prep-summary", Static).update(round_summary(session, now))
        refill(
            self.query_one("#prep-people", OptionList),
            [Option(person_row(session, p, now), id=p.id) for p in session.participants],
            "No participants yet (Framing: a).",
        )
        self._show_answers(session)
        self.query_one("#prep-votes-text", Static).update(votes_text(session))

    def _show_answers(self, session: Session) -> None:
        person = self.person
        entry = session.prep_of(person.id) if person else None
        answers = self.query_one("#prep-answers", OptionList)
        answers.border_title = Text(f"Answers of {one_line(person.name)}") if person else "Their answers"
        rows = (
            [Option(answer_row(session, entry, ref, text), id=ref.key) for ref, text in entry.answers()]
            if entry
            else []
        )
        empty = "No form from this person yet: W writes the forms, i imports a filled one."
        refill(answers, rows, empty if person else "")

    def tick(self, now: datetime) -> None:
        if now.second == 0:
            self.refresh_pane()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "prep-people":
            self._show_answers(self.session)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_list.id == "prep-people":
            self.query_one("#prep-answers", OptionList).focus()
        else:
            self.action_choose_use()

    # -- what is selected --------------------------------------------------------------------

    @property
    def person(self) -> Participant | None:
        people = self.query_one("#prep-people", OptionList)
        if people.highlighted is None or not self.session.participants:
            return None
        return self.session.participants[min(people.highlighted, len(self.session.participants) - 1)]

    def _selected(self) -> tuple[PrepAnswers, AnswerRef] | None:
        person = self.person
        entry = self.session.prep_of(person.id) if person else None
        answers = self.query_one("#prep-answers", OptionList)
        if entry is None or answers.highlighted is None or not answers.option_count:
            return None
        key = answers.get_option_at_index(answers.highlighted).id
        section, index = str(key).split(":")
        return entry, AnswerRef(section=AnswerSection(section), index=int(index))

    # -- actions -------------------------------------------------------------------------------

    def action_choose_use(self) -> None:
        if self._selected() is None:
            return
        items = [(use.value, label) for use, label in USE_LABELS.items()]

        def chosen(use: str | None) -> None:
            if use is not None:
                self.action_use(use)

        self.app.push_screen(PickDialog("Make this answer a …", items), chosen)

    def action_use(self, use_name: str) -> None:
        selected = self._selected()
        if selected is None:
            self.app.notify("Pick an answer first (tab to the answers list).", markup=False)
            return
        entry, ref = selected
        use = AnswerUse(use_name)
        if use is AnswerUse.ACTION:

            def submit(form: OwnerForm) -> None:
                self.review.use_answer(entry.participant_id, ref, use, self.today(), owner=form.owner.strip())

            self.ask_form(f"Action: {one_line(entry.text_of(ref))[:60]}", OwnerForm(), submit)
            return
        if self.run(self.review.use_answer, entry.participant_id, ref, use, self.today()) is not None:
            self.app.notify(f"Added as {USE_LABELS[use][3:]} (Ctrl+Z to undo)", markup=False)

    def action_view_answer(self) -> None:
        selected = self._selected()
        if selected is not None:
            from facilitator.tui.dialogs.text_view import TextViewScreen

            entry, ref = selected
            written = answer_in_write_up(self.session, entry, ref, KNOWN.people)
            self.app.push_screen(TextViewScreen("Answer", answer_detail(written)))

    # -- the write-up: reword, leave out, keep ---------------------------------------------------

    def action_reword(self) -> None:
        selected = self._selected()
        if selected is None:
            self.app.notify("Pick an answer first (tab to the answers list).", markup=False)
            return
        entry, ref = selected
        written = answer_in_write_up(self.session, entry, ref, KNOWN.people)

        def submit(form: Reworded) -> None:
            self.review.reword_answer(entry.participant_id, ref, form.text)

        title = f"Reword for the write-up: {one_line(written.sent)[:50]}"
        self.ask_form(title, Reworded(written.text if written.state is AnswerState.REWORDED else written.sent), submit)

    def action_leave_out(self) -> None:
        self._choose(self.review.leave_out_answer, "Left out of the write-up", "Back in the write-up")

    def action_keep(self) -> None:
        self._choose(self.review.keep_answer, "Kept as written, with its author", "No longer kept as written")

    def _choose(self, command: Callable[[str, AnswerRef], object], done: str, undone: str) -> None:
        selected = self._selected()
        if selected is None:
            self.app.notify("Pick an answer first (tab to the answers list).", markup=False)
            return
        entry, ref = selected
        before = entry.choice(ref)
        if self.run(command, entry.participant_id, ref) is not None:
            after = self.session.prep_of(entry.participant_id)
            chosen = after is not None and after.choice(ref) is not None and after.choice(ref) != before
            self.app.notify(f"{done if chosen else undone} (Ctrl+Z to undo)", markup=False)

    def reveal(self, item: str) -> None:
        """Highlight answer `item` ("participant id|section:index"), as the Debrief's flag list asks."""
        participant_id, _, key = item.partition("|")
        ids = [p.id for p in self.session.participants]
        if participant_id not in ids:
            return
        self.query_one("#prep-people", OptionList).highlighted = ids.index(participant_id)
        self._show_answers(self.session)
        answers = self.query_one("#prep-answers", OptionList)
        keys = [answers.get_option_at_index(i).id for i in range(answers.option_count)]
        if key in keys:
            answers.highlighted = keys.index(key)
        answers.focus()

    def action_import_form(self) -> None:
        ask_to_import_form(self)

    def on_form_read(self, message: FormRead) -> None:
        participant_id = store_form(self, message.result)
        ids = [p.id for p in self.session.participants]
        if participant_id in ids:
            self.query_one("#prep-people", OptionList).highlighted = ids.index(participant_id)

    def action_write_forms(self) -> None:
        ask_to_write_forms(self)

    def action_meeting_time(self) -> None:
        if not self.session.participants:
            self.action_type_meeting_time()
            return
        self.app.notify("Finding fair meeting times for everyone's zone…", markup=False)
        find_slots(self)

    def on_slots_found(self, message: SlotsFound) -> None:
        pick_slot(self, message, self.action_type_meeting_time)

    def action_type_meeting_time(self) -> None:
        current = self.session.meeting_at
        value = current.strftime("%Y-%m-%d %H:%M UTC") if current else ""

        def submit(form: MeetingTime) -> None:
            text = form.when.strip()
            with refusing(TimeParseError):
                when = parse_time(text).at if text else None
            self.review.set_meeting_at(when)

        self.ask_form("Meeting time: forms are due 24 hours before", MeetingTime(value), submit)

    def action_remove_answers(self) -> None:
        person = self.person
        if (
            person is not None
            and self.session.prep_of(person.id) is not None
            and self.run(self.review.remove_prep, person.id) is not None
        ):
            self.app.notify(f"Removed the answers of {one_line(person.name)} (Ctrl+Z to undo)", markup=False)

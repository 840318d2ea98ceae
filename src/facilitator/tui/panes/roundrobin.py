"""Round robin: every voice in turn, the speaker shown large, talk time kept fairly."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Digits, Static

from facilitator.model.enums import Category, FindingKind
from facilitator.model.participant import Participant
from facilitator.model.roundrobin import DEFAULT_PROMPT, Round
from facilitator.model.session import Session
from facilitator.review.refused import Refused
from facilitator.tui.dialogs.form_fields import form_field
from facilitator.tui.dialogs.pick import PickDialog
from facilitator.tui.dialogs.small_forms import NoteForm
from facilitator.tui.panes.base import Pane
from facilitator.tui.text import clock_text, literal, one_line
from facilitator.tui.widgets.people import name_of
from facilitator.tui.widgets.talk_time import talk_time_text

NOTE_TARGETS = [
    ("contributor", "a contributor on the board"),
    ("mitigator", "a mitigator on the board"),
    ("risk", "a risk on the board"),
    ("action", "an action item (owner still to agree)"),
    ("park", "a parked topic"),
]


def parse_limit(text: str) -> int | None:
    """Seconds per speaker from `90`, `2m` or `1:30`; None for an empty text."""
    value = text.strip().lower()
    if not value:
        return None
    match = re.fullmatch(r"(\d+)\s*(s|m|min)?|(\d+):([0-5]\d)", value)
    if not match:
        raise Refused(f"{text!r} is not a time per speaker (try 90, 2m or 1:30)")
    if match[3]:
        return int(match[3]) * 60 + int(match[4])
    return int(match[1]) * (60 if match[2] in ("m", "min") else 1)


def default_proxy(session: Session, absent: Participant) -> str:
    """Who speaks for an absent participant: the one whose `proxy_for` names their zone or role."""
    holders = [p for p in session.participants if p.proxy_for and p.id != absent.id]
    city = absent.tz.split("/")[-1].replace("_", " ").casefold()
    for holder in holders:
        covers = holder.proxy_for.casefold()
        if absent.tz.casefold() in covers or city in covers or (absent.role and absent.role.casefold() in covers):
            return holder.name
    return holders[0].name if len(holders) == 1 else ""


def speaker_text(session: Session, round_: Round | None, now: datetime) -> Text:
    if round_ is None:
        return Text("No round yet.\nr starts one: everyone gets a turn, in order, to answer one question.", style="dim")
    if round_.done:
        return Text(
            "Round complete: everyone has had a turn.\nr starts another; the figures are below.", style="bold green"
        )
    person = next((p for p in session.participants if p.id == round_.speaker), None)
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append("▶ ", style="bold yellow")
    if round_.voiced_by:
        text.append_text(literal(round_.voiced_by, style="bold reverse"))
        text.append(f" for {name_of(session, round_.speaker or '')} (absent)", style="bold")
        if person is not None:
            text.append(f"\nvoicing {person.tz} · {one_line(person.role) or 'their team'}", style="cyan")
        return text
    text.append(name_of(session, round_.speaker or ""), style="bold reverse")
    if person is not None:
        local = now.astimezone(ZoneInfo(person.tz))
        text.append(f"\n{local:%H:%M} local · {person.tz}", style="cyan")
        if person.role:
            text.append("\n" + one_line(person.role), style="italic")
        if person.proxy_for:
            text.append(" · speaks for " + one_line(person.proxy_for), style="italic")
    return text


def queue_text(session: Session, round_: Round | None, now: datetime) -> Text:
    text = Text()
    if round_ is None or round_.done:
        return text
    text.append("Next: ", style="bold")
    text.append(name_of(session, round_.up_next) if round_.up_next else "nobody: last turn of the round")
    following = next((p for p in session.participants if p.id == round_.up_next), None)
    if following is not None:
        text.append(f" ({now.astimezone(ZoneInfo(following.tz)):%H:%M} local)", style="cyan")
    waiting = round_.waiting
    text.append(f"\nStill to speak this round ({len(waiting)}): ", style="bold")
    text.append(", ".join(name_of(session, pid) for pid in waiting) or "—")
    return text


def notes_text(session: Session, round_: Round | None) -> Text:
    text = Text()
    text.append("Notes this round", style="bold underline")
    if round_ is None or not round_.notes:
        text.append(
            "\nt takes a note of what the speaker said; o turns the latest note into a finding, "
            "an action or a parked topic.",
            style="dim",
        )
        return text
    for note in round_.notes:
        text.append(f"\n✎ {name_of(session, note.participant_id)}: ", style="bold cyan")
        text.append(one_line(note.text))
    return text


@dataclass(frozen=True)
class RoundPrompt:
    """The question a round asks everyone, and whether the facilitator takes a turn too."""

    prompt: str = form_field("Question for everyone", blame_check=True)
    include_facilitator: bool = form_field("The facilitator takes a turn too", default=False)


@dataclass(frozen=True)
class Proxy:
    """Who speaks for an absent speaker's team or zone (empty: nobody)."""

    proxy: str = form_field()


@dataclass(frozen=True)
class SpeakerLimit:
    """Time per speaker as typed (90, 2m or 1:30); empty: no limit."""

    limit: str = form_field("Time per speaker (90, 2m or 1:30; empty = no limit)")


class RoundRobinPane(Pane):
    PANE_ID = "roundrobin"
    PRIMARY = "#rr-notes-box"
    WATCHES = frozenset({"round_robin", "participants"})

    BINDINGS = [
        Binding("r", "start_round", "Start round", show=False, id="roundrobin.start"),
        Binding("n,enter", "next_speaker", "Next", id="roundrobin.next"),
        Binding("P", "pass_turn", "Pass", id="roundrobin.pass"),
        Binding("a", "absent", "Absent + proxy", show=False, id="roundrobin.absent"),
        Binding("u", "shuffle", "Shuffle", show=False, id="roundrobin.shuffle"),
        Binding("t", "note", "Note", id="roundrobin.note"),
        Binding("o", "note_to_item", "Note → item", show=False, id="roundrobin.note_to_item"),
        Binding("l", "limit", "Speaker limit", show=False, id="roundrobin.limit"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="rr-prompt")
        with Horizontal(id="rr-stage"):
            yield Static(id="rr-speaker")
            yield Digits("0:00", id="rr-elapsed")
        yield Static(id="rr-queue")
        with Horizontal(id="rr-body"):
            with VerticalScroll(id="rr-notes-box"):
                yield Static(id="rr-notes")
            with VerticalScroll(id="rr-figures-box"):
                yield Static(id="rr-figures")

    @property
    def current_round(self) -> Round | None:
        return self.session.round_robin.current

    def show(self, session: Session) -> None:
        round_ = session.round_robin.current
        prompt = Text()
        if round_ is not None:
            prompt.append(f"Round {len(session.round_robin.rounds)} · ")
            prompt.append_text(literal(round_.prompt))
        else:
            prompt.append("Round robin: one question, every voice in turn", style="dim")
        self.query_one("#rr-prompt", Static).update(prompt)
        self.query_one("#rr-queue", Static).update(queue_text(session, round_, self.now()))
        self.query_one("#rr-notes", Static).update(notes_text(session, round_))
        self.query_one("#rr-figures", Static).update(talk_time_text(session, self.now()))
        limit = session.round_robin.speaker_limit_seconds
        stage = self.query_one("#rr-stage")
        stage.border_title = "Speaking now"
        stage.border_subtitle = f"limit {clock_text(limit)} (l)" if limit else "no time limit (l sets one)"
        self.tick(self.now())

    def tick(self, now: datetime) -> None:
        round_ = self.current_round
        self.query_one("#rr-speaker", Static).update(speaker_text(self.session, round_, now))
        if round_ is not None and not round_.done:  # the running turn counts up in the figures
            self.query_one("#rr-figures", Static).update(talk_time_text(self.session, now))
            self.query_one("#rr-queue", Static).update(queue_text(self.session, round_, now))
        elapsed = self.query_one("#rr-elapsed", Digits)
        running = round_ is not None and not round_.done
        elapsed.set_class(not running, "idle")
        if round_ is not None and running:
            seconds = int(round_.speaker_seconds(now))
            limit = self.session.round_robin.speaker_limit_seconds
            elapsed.update(clock_text(seconds))
            elapsed.set_class(limit is not None and seconds > limit, "over")

    # -- actions -------------------------------------------------------------------------

    def _live_round(self) -> Round | None:
        round_ = self.current_round
        if round_ is None or round_.done:
            self.app.notify("No round running: r starts one.", markup=False)
            return None
        return round_

    def action_start_round(self) -> None:
        prompts = self.session.current_timebox.prompts
        lead = self.session.facilitator
        self.ask_form(
            "Start a round (in the participant order; the facilitator runs it)",
            RoundPrompt(prompts[0] if prompts else DEFAULT_PROMPT),
            lambda form: self.review.start_round(
                self.now(), form.prompt.strip(), include_facilitator=form.include_facilitator
            ),
            labels={"include_facilitator": f"{one_line(lead.name)} (facilitator) takes a turn too"} if lead else None,
        )

    def action_next_speaker(self) -> None:
        if self._live_round():
            self.run(self.review.next_speaker, self.now())

    def action_pass_turn(self) -> None:
        round_ = self._live_round()
        if round_ and self.run(self.review.pass_speaker, self.now()) is not None:
            self.app.notify(f"{name_of(self.session, round_.speaker or '')} passed.", markup=False)

    def action_absent(self) -> None:
        round_ = self._live_round()
        if round_ is None:
            return
        person = next((p for p in self.session.participants if p.id == round_.speaker), None)
        who = name_of(self.session, round_.speaker or "")
        where = f" ({person.tz})" if person else ""
        self.ask_form(
            f"{who} is absent",
            Proxy(default_proxy(self.session, person) if person else ""),
            lambda form: self.review.mark_absent(self.now(), form.proxy.strip()),
            labels={"proxy": f"Who speaks for {who}'s team or zone{where}? (empty = nobody)"},
        )

    def action_shuffle(self) -> None:
        if self._live_round() and self.run(self.review.shuffle_round) is not None:
            self.app.notify("Shuffled who is still to speak.", markup=False)

    def action_note(self) -> None:
        round_ = self.current_round
        if round_ is None:
            self.app.notify("Start a round first (r).", markup=False)
            return
        who = name_of(self.session, round_.speaker or round_.order[-1])
        self.ask_form(
            f"Note: what {who} said",
            NoteForm(),
            lambda form: self.review.round_note(form.text),
        )

    def action_note_to_item(self) -> None:
        round_ = self.current_round
        if round_ is None or not round_.notes:
            self.app.notify("No note yet: t takes one.", markup=False)
            return
        note = round_.notes[-1]

        def chosen(target: str | None) -> None:
            if target is None:
                return
            if target == "action":
                done = self.run(self.review.add_action, note.text, self.today())
                where = "as an action item (4): agree its owner"
            elif target == "park":
                done = self.run(self.review.park, note.text)
                where = "in the parking lot (6)"
            else:
                done = self.run(self.review.add_finding, FindingKind(target), note.text, Category.TECHNICAL)
                where = f"as a {target} on the board (3)"
            if done is not None:
                self.app.notify(f"Added “{one_line(note.text)[:40]}” {where}.", markup=False)

        self.app.push_screen(
            PickDialog(f"Turn the latest note into…  ({one_line(note.text)[:50]})", NOTE_TARGETS), chosen
        )

    def action_limit(self) -> None:
        limit = self.session.round_robin.speaker_limit_seconds
        self.ask_form(
            "Speaker time limit",
            SpeakerLimit(clock_text(limit) if limit else ""),
            lambda form: self.review.set_speaker_limit(parse_limit(form.limit)),
        )

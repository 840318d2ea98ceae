"""A review in its pre-prep round: a meeting time, a decision point, actions, and two forms in
(one of them hostile), for the pre-prep pane's Pilot and snapshot tests."""

from __future__ import annotations

from datetime import timedelta

from facilitator.model.prep import ActionProposal, ActionVote, DecisionAnswer, PrepAnswers
from facilitator.model.session import Session
from facilitator.review import Review
from tests.tui.pane_sessions import TODAY
from tests.tui.tui_sessions import START, build_session

MEETING = START + timedelta(hours=30)
"""Forms are due 6 hours after the test clock's START."""
HOSTILE_ANSWER = "[bold]styled[/bold] [@click=app.quit]q[/] <script>x</script> unbalanced [/"
BLAMING = "ravi forgot to run the load test"


def prep_session() -> Session:
    review = Review(build_session())
    events = review.session.timeline
    review.toggle_decision(events[3].id)
    action = review.add_action("Make load tests required for pool changes", TODAY, owner="Ravi Menon")
    review.set_meeting_at(MEETING)
    people = {p.name: p.id for p in review.session.participants}
    review.record_prep(
        PrepAnswers(
            participant_id=people["Ravi Menon"],
            received_at=START - timedelta(hours=2),
            source="ravi.md",
            role="on-call SRE, first to look",
            went_well=("The latency alert fired within three minutes",),
            could_be_better=("Pool size changes skip the load test", HOSTILE_ANSWER),
            questions=("Who owns the pool defaults?",),
            decisions=(
                DecisionAnswer(event_id=events[3].id, knew="Only the p99 graph", looked_right="It was the last change"),
            ),
            votes=(ActionVote(target_id=action.id, vote=1, comment="Cheap and it would have caught it"),),
            proposals=(ActionProposal(title="Alert on pool saturation"),),
        )
    )
    return review.session


def async_session() -> Session:
    """The same round on the shipped async layout, started at START (day 1)."""
    from facilitator.store.layouts import find_layout

    review = Review(prep_session())
    review.set_layout(find_layout("async"))
    review.toggle_clock(START)
    return review.session


def blaming_session() -> Session:
    """The pre-prep session, with a form from Jo Park that blames Ravi (his name in lower case)."""
    review = Review(prep_session())
    people = {p.name: p.id for p in review.session.participants}
    decision = next(e for e in review.session.timeline if e.decision_point)
    review.record_prep(
        PrepAnswers(
            participant_id=people["Jo Park"],
            received_at=START - timedelta(hours=1),
            could_be_better=(BLAMING, "The pool change had no canary"),
            decisions=(DecisionAnswer(event_id=decision.id, knew="ravi kind of ignored the p99 graph"),),
        )
    )
    return review.session

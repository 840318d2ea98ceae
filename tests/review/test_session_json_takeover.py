"""A session's JSON export imported into an empty session brings its content, not its name."""

from __future__ import annotations

from facilitator.export.json_export import to_json
from facilitator.importers.session_json import parse_session_json
from facilitator.model.factory import new_session
from facilitator.model.pulse import PulseAnswer
from facilitator.review import Review
from tests.review.review_samples import LAYOUT, T0, filled_review


def test_an_empty_session_takes_over_the_export_but_keeps_its_title_and_slug() -> None:
    exported = to_json(filled_review().session)
    target = Review(new_session("Payments retro", "payments-retro", LAYOUT, T0))
    outcome = target.apply_import(parse_session_json(exported, "checkout.json"), lenient=False)
    assert outcome.took_over
    assert target.session.title == "Payments retro"
    assert target.session.slug == "payments-retro"
    assert [e.text for e in target.session.timeline][:1] == ["Deploy 42 rolled out"]
    assert [p.name for p in target.session.participants][:1] == ["Ana Lima"]


def test_a_takeover_keeps_this_files_own_pulse_counts() -> None:
    """The pulse is counted from the file's own inbox: an export's counts (and how many of another
    inbox's lines they hold) never come in, so undo, which keeps the pulse, has nothing to take back."""
    source = filled_review()
    source.count_pulse([PulseAnswer(id="s1", safe=1, useful=1)])
    target = Review(new_session("Payments retro", "payments-retro", LAYOUT, T0))
    target.count_pulse([PulseAnswer(id="t1", safe=5, useful=5), PulseAnswer(id="t2", safe=4, useful=4)])
    own = target.session.pulse
    assert target.apply_import(parse_session_json(to_json(source.session), "checkout.json"), lenient=False).took_over
    assert target.session.pulse == own
    target.undo()
    assert target.session.pulse == own and target.session.timeline == ()

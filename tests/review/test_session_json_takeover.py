"""A session's JSON export imported into an empty session brings its content, not its name."""

from __future__ import annotations

from facilitator.export.json_export import to_json
from facilitator.importers.session_json import parse_session_json
from facilitator.model.factory import new_session
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

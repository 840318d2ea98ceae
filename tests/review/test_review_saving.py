"""Saving through a session file, and a read-only review that refuses every change."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.review import Review
from facilitator.review.refused import Refused
from facilitator.store.session_file import load_session, open_session, write_new_session
from tests.review.review_samples import at, filled_review


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "checkout-outage.json"
    write_new_session(target, filled_review().session)
    return target


def test_save_now_writes_the_session_and_nothing_is_pending_after(path: Path) -> None:
    file = open_session(path)
    review = Review(file.session, file)
    try:
        assert review.pending() is None
        assert review.save_now(at(100)) is False
        review.add_lesson("Canaries catch bad deploys")
        assert review.pending() == (review.version, review.session)
        assert review.save_now(at(100)) is True
        assert review.pending() is None and not review.dirty
        assert file.saved_at == at(100)
    finally:
        review.close()
    assert load_session(path).debrief.lessons == ("Canaries catch bad deploys",)
    assert load_session(path) == review.session


def test_a_second_opener_gets_a_read_only_review_that_refuses_commands(path: Path) -> None:
    writer = open_session(path)
    reader = open_session(path)
    try:
        review = Review(reader.session, reader)
        assert review.read_only
        with pytest.raises(Refused, match="read-only"):
            review.add_lesson("Canaries catch bad deploys")
        with pytest.raises(Refused):
            review.toggle_clock(at(60))
        assert review.undo() is None
        assert review.pending() is None and review.save_now(at(100)) is False
        assert review.session.debrief.lessons == ()
    finally:
        reader.close()
        writer.close()


def test_a_review_without_a_file_never_saves() -> None:
    review = filled_review()
    review.add_lesson("Canaries catch bad deploys")
    assert review.dirty and review.pending() is None

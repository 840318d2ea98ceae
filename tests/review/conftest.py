"""Fixtures for the review-layer tests."""

from __future__ import annotations

import pytest

from facilitator.review import Review
from tests.review.review_samples import filled_review


@pytest.fixture
def review() -> Review:
    return filled_review()

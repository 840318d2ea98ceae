"""Fixtures for the review-layer tests."""

from __future__ import annotations

import pytest
from review_samples import filled_review

from facilitator.review import Review


@pytest.fixture
def review() -> Review:
    return filled_review()

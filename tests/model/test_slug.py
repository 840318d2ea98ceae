"""Slugs for session files: safe, readable, never a path or a device name."""

from __future__ import annotations

import pytest

from facilitator.model.slug import MAX_SLUG, slugify


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Checkout outage 2026-03-22", "checkout-outage-2026-03-22"),
        ("../../etc/passwd", "etc-passwd"),
        ("Café  déjà vu!", "cafe-deja-vu"),
        ("   ", "session"),
        ("日本語", "session"),
        ("CON", "con-session"),
        ("lpt1", "lpt1-session"),
        ("--a--b--", "a-b"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_long_titles_are_cut_without_a_trailing_dash() -> None:
    slug = slugify("word " * 40)
    assert len(slug) <= MAX_SLUG
    assert not slug.endswith("-")


def test_a_slug_is_its_own_slug() -> None:
    for title in ("Edge outage", "../x", "CON", "a" * 100):
        assert slugify(slugify(title)) == slugify(title)

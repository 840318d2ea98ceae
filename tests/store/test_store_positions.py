"""Positions of the items of a collection table: the order survives, and little moves."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.store.positions import STEP, place

KEYS = st.lists(st.text("abcdefgh", min_size=1, max_size=3), unique=True, max_size=30)


def read_order(positions: dict[str, int]) -> list[str]:
    """The order a reader gets back: by position, then key."""
    return sorted(positions, key=lambda key: (positions[key], key))


@given(KEYS, KEYS, st.randoms(use_true_random=False))
def test_any_new_order_reads_back_as_it_was_saved(old: list[str], extra: list[str], rng) -> None:
    previous = place(old, {})
    new = [key for key in old if rng.random() < 0.8] + [key for key in extra if key not in old]
    rng.shuffle(new)
    assert read_order(place(new, previous)) == new


@given(KEYS, KEYS, st.data())
def test_adding_and_removing_items_keeps_every_other_position(old: list[str], extra: list[str], data) -> None:
    previous = place(old, {})
    kept = [key for key in old if data.draw(st.booleans())]
    new = list(kept)
    for key in (k for k in extra if k not in old):
        new.insert(data.draw(st.integers(0, len(new))), key)
    placed = place(new, previous)
    assert read_order(placed) == new
    if all(placed[key] == previous[key] for key in kept):
        return
    # only when a gap between two neighbours ran out is everything renumbered
    assert placed == {key: STEP * (i + 1) for i, key in enumerate(new)}


def test_moving_one_item_changes_that_item_only() -> None:
    previous = place(list("abcde"), {})
    placed = place(list("eabcd"), previous)
    assert {k for k in placed if placed[k] != previous[k]} == {"e"}
    assert read_order(placed) == list("eabcd")


def test_tied_positions_after_a_merge_read_by_key_and_stay_put() -> None:
    previous = {"a": 1000, "b": 2000, "c": 2000}  # two people each appended after "a"
    assert read_order(previous) == ["a", "b", "c"]
    assert place(["a", "b", "c"], previous) == previous


def test_a_used_up_gap_renumbers_the_collection() -> None:
    previous = {"a": 1, "b": 2}
    assert place(["a", "x", "b"], previous) == {"a": STEP, "x": 2 * STEP, "b": 3 * STEP}

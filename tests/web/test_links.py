"""Personal links: unguessable, stable across restarts, revocable, readable by the owner only."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.store.links import WATCH, LinkSet, links_path, load_links, save_links


def test_every_holder_gets_a_distinct_long_token(tmp_path: Path) -> None:
    links = LinkSet()
    assert links.ensure(["p1", "p2"])
    assert set(links.tokens) == {WATCH, "p1", "p2"}
    assert len(set(links.tokens.values())) == 3
    assert all(len(token) >= 32 for token in links.tokens.values())
    assert not links.ensure(["p1"])


def test_a_token_names_its_holder_and_nothing_else_does() -> None:
    links = LinkSet()
    links.ensure(["p1"])
    assert links.holder(links.tokens["p1"]) == "p1"
    assert links.holder(links.tokens[WATCH]) == WATCH
    assert links.holder(links.tokens["p1"][:-1]) is None
    assert links.holder("") is None


def test_revoking_kills_the_old_link_and_issues_a_new_one() -> None:
    links = LinkSet()
    links.ensure(["p1"])
    old = links.tokens["p1"]
    new = links.revoke("p1")
    assert new != old
    assert links.holder(old) is None
    assert links.holder(new) == "p1"


def test_links_survive_a_restart_in_a_file_only_the_owner_can_read(tmp_path: Path) -> None:
    path = links_path(tmp_path / "s.json")
    links = LinkSet()
    links.ensure(["p1"])
    save_links(path, links)
    assert path.stat().st_mode & 0o777 == 0o600
    again = load_links(path)
    assert again.tokens == links.tokens
    assert again.csrf(links.tokens["p1"]) == links.csrf(links.tokens["p1"])


def test_form_tokens_differ_per_link() -> None:
    links = LinkSet()
    links.ensure(["p1", "p2"])
    assert links.csrf(links.tokens["p1"]) != links.csrf(links.tokens["p2"])


def test_a_broken_links_file_is_reported_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "s.json.links"
    path.write_text('{"tokens": {"p1": "short"}, "secret": "x"}')
    with pytest.raises(ValueError, match=r"s\.json\.links"):
        load_links(path)

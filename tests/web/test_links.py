"""Personal links: unguessable, stable across restarts, revocable, readable by the owner only."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from facilitator.model.participant import Participant
from facilitator.store.links import (
    PRIVATE_FOLDER,
    WATCH,
    LinkSet,
    links_path,
    load_links,
    messages_path,
    person_links,
    prepare_private_folder,
    revoke_link,
    save_links,
    write_messages,
)


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
    prepare_private_folder(tmp_path / "s.json")
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


def saved_links(session: Path) -> LinkSet:
    prepare_private_folder(session)
    links = LinkSet()
    links.ensure(["p1"])
    save_links(links_path(session), links)
    return links


def test_the_links_sit_in_a_private_folder_git_never_picks_up(tmp_path: Path) -> None:
    session = tmp_path / "s.json"
    session.write_text("{}")
    links = saved_links(session)
    write_messages(session, person_links("http://h:1", (), links), "T")
    folder = tmp_path / PRIVATE_FOLDER
    assert folder.stat().st_mode & 0o777 == 0o700
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "add", "-A"], check=True)
    staged = subprocess.run(
        ["git", "-C", str(tmp_path), "diff", "--cached", "--name-only"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert staged == ["s.json"]


def test_a_copied_links_file_gets_0600_back_when_it_is_read(tmp_path: Path) -> None:
    session = tmp_path / "s.json"
    links = saved_links(session)
    os.chmod(links_path(session), 0o644)  # what `cp` leaves with the usual umask
    assert load_links(links_path(session)).tokens == links.tokens
    assert links_path(session).stat().st_mode & 0o777 == 0o600


def test_a_links_file_that_is_a_symbolic_link_is_never_read(tmp_path: Path) -> None:
    session = tmp_path / "s.json"
    prepare_private_folder(session)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text('{"secret": "s", "tokens": {}}')
    links_path(session).symlink_to(elsewhere)
    with pytest.raises(ValueError, match="symbolic link"):
        load_links(links_path(session))


def test_a_links_file_of_an_older_version_moves_into_the_private_folder_keeping_its_tokens(tmp_path: Path) -> None:
    session = tmp_path / "s.json"
    old = tmp_path / "s.json.links"
    links = LinkSet()
    links.ensure(["p1"])
    old.write_text(json.dumps({"secret": links.secret, "tokens": links.tokens}))
    prepare_private_folder(session)
    assert not old.exists()
    assert load_links(links_path(session)).tokens == links.tokens


def test_a_masked_link_keeps_the_address_and_hides_the_token(tmp_path: Path) -> None:
    links = LinkSet()
    ana = Participant(name="Ana", role="sre", tz="UTC")
    links.ensure([ana.id])
    shown = person_links("https://review.example.com", (ana,), links)
    token = links.tokens[ana.id]
    assert shown[0].url == f"https://review.example.com/p/{token}"
    assert shown[0].masked.startswith(f"https://review.example.com/p/{token[:4]}")
    assert token[4:8] not in shown[0].masked
    assert shown[1].masked.startswith("https://review.example.com/w/")


def test_the_messages_file_holds_one_private_message_per_person_for_this_user_only(tmp_path: Path) -> None:
    session = tmp_path / "s.json"
    links = LinkSet()
    people = (Participant(name="Ana", role="sre", tz="UTC"), Participant(name="Jo", role="dev", tz="UTC"))
    links.ensure([p.id for p in people])
    where = write_messages(session, person_links("http://h:1", people, links), "Checkout")
    assert where == messages_path(session)
    assert where.stat().st_mode & 0o777 == 0o600
    text = where.read_text()
    for person in people:
        assert f"Hi {person.name}, here is your personal link to the review “Checkout”: " in text
        assert text.count(links.tokens[person.id]) == 1


def test_revoking_in_the_file_gives_a_new_token_and_keeps_the_others(tmp_path: Path) -> None:
    session = tmp_path / "s.json"
    first = saved_links(session)
    again = revoke_link(session, "p1", ["p1", "p2"])
    assert again.tokens["p1"] != first.tokens["p1"]
    assert again.tokens[WATCH] == first.tokens[WATCH]
    assert "p2" in load_links(links_path(session)).tokens

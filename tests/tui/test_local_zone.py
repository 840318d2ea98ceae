"""The local zone offered for the timeline's second column."""

from __future__ import annotations

from pathlib import Path

from facilitator.tui.local_zone import local_zone_name


def test_tz_variable_wins_when_it_names_a_zone(tmp_path: Path) -> None:
    assert local_zone_name({"TZ": "Asia/Kolkata"}, tmp_path / "none") == "Asia/Kolkata"
    assert local_zone_name({"TZ": ":Europe/Berlin"}, tmp_path / "none") == "Europe/Berlin"


def test_else_the_zone_localtime_links_to(tmp_path: Path) -> None:
    zoneinfo = tmp_path / "usr" / "share" / "zoneinfo" / "America"
    zoneinfo.mkdir(parents=True)
    (zoneinfo / "Chicago").write_bytes(b"")
    link = tmp_path / "localtime"
    link.symlink_to(zoneinfo / "Chicago")
    assert local_zone_name({"TZ": "Nowhere/Atall"}, link) == "America/Chicago"


def test_nothing_known_gives_none(tmp_path: Path) -> None:
    assert local_zone_name({}, tmp_path / "missing") is None

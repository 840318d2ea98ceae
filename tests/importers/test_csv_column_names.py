"""A sheet's columns found by what people name them: compound names by their head word, and the
column names of sheets kept in German, French, Spanish, Portuguese or Dutch."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from facilitator.importers import parse_text
from facilitator.importers.csv_columns import map_header


@pytest.mark.parametrize(
    ("header", "wanted"),
    [
        (["Time of event", "Event details", "Owner name"], {"timestamp": 0, "text": 1, "actor": 2}),
        (["Zeitpunkt", "Verantwortlich", "Beschreibung"], {"timestamp": 0, "actor": 1, "text": 2}),
        (["Heure", "Qui", "Événement"], {"timestamp": 0, "actor": 1, "text": 2}),
        (["Fecha", "Hora", "Descripción", "Responsable"], {"date": 0, "timestamp": 1, "text": 2, "actor": 3}),
        (["Tijdstip", "Wie", "Omschrijving"], {"timestamp": 0, "actor": 1, "text": 2}),
        (["Event type", "Event time", "What we saw"], {"kind": 0, "timestamp": 1}),
    ],
)
def test_columns_are_found_by_their_head_word_or_their_english(header: list[str], wanted: dict[str, int]) -> None:
    assert map_header(header) == wanted


def test_a_sheet_with_an_event_details_column_is_read_naming_the_columns_used() -> None:
    sheet = "Timestamp (UTC),Owner,Event details\n2026-05-04 07:10,Ines,Queue depth alert fired\n"
    result = parse_text(sheet, "auto")
    assert [(e.at, e.actor, e.text) for e in result.events] == [
        (datetime(2026, 5, 4, 7, 10, tzinfo=UTC), "Ines", "Queue depth alert fired")
    ]
    assert "columns used: time 'Timestamp (UTC)', text 'Event details', actor 'Owner'" in result.notes[0]


def test_a_german_sheet_in_local_time_is_read_in_its_zone() -> None:
    sheet = "\ufeffZeitpunkt;Wer;Beschreibung\r\n05.02.2026 09:15;Jonas;Bestellungen hängen in der Warteschlange\r\n"
    result = parse_text(sheet, "auto", default_tz="Europe/Berlin", day_first=True)
    assert [str(p) for p in result.problems] == []
    assert [(e.at, e.actor) for e in result.events] == [(datetime(2026, 2, 5, 8, 15, tzinfo=UTC), "Jonas")]

"""Broken and hostile inputs: never a crash, a hang or a session that can no longer be saved."""

from __future__ import annotations

import json
import os
import threading
from datetime import date
from pathlib import Path

import pytest

from facilitator.importers import parse_text
from facilitator.store.lock import lock_path
from facilitator.store.paths import session_path

PAGERDUTY_SURROGATE = json.dumps(
    {
        "log_entries": [
            {
                "type": "trigger_log_entry",
                "created_at": "2026-03-22T14:23:00Z",
                "summary": "Triggered \ud800 \x1b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\x07checkout",
            }
        ]
    }
)


def test_a_lone_surrogate_imports_and_the_session_still_saves(cli, tmp_path: Path) -> None:
    slug = cli.new()
    source = tmp_path / "pd.json"
    source.write_text(PAGERDUTY_SURROGATE, encoding="utf-8")  # json.dumps wrote `\ud800` as an escape
    assert cli("import", slug, str(source)) == 0, cli.err
    [event] = cli.session(slug).timeline
    assert event.text == "Triggered \ufffd checkout"  # replaced, and the OSC 52 clipboard write gone
    assert cli("import", slug, str(tmp_path / "pd.json")) == 0  # and it saves again, and again


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("9999-12-31 23:30 PST - x", "text"),
        ("0001-01-01 00:10 +14:00 - y", "text"),
        ("timestamp,text\n9999-12-31T23:30:00-08:00,x\n", "csv"),
        ('{"log_entries": [{"type": "trigger_log_entry", "created_at": "9999-12-31T23:59:59-12:00"}]}', "pagerduty"),
        ('{"facilitator_export": 1, "x": ' + "9" * 5000 + "}", "json"),
        ('[{"time": ' + "9" * 5000 + ', "text": "x"}]', "grafana"),
        ('[{"ts": "1.0", "text": "x", "reply_count": ' + "9" * 5000 + "}]", "slack"),
        ("[" * 100_000 + "]" * 100_000, "slack"),
        ('{"log_entries": ' + "[" * 100_000 + "]" * 100_000 + "}", "pagerduty"),
    ],
    ids=["9999-PST", "0001+14", "csv-9999", "pd-9999", "json-huge-int", "grafana-huge-int", "slack-huge-int",
         "slack-deep", "pd-deep"],
)  # fmt: skip
def test_extreme_dates_huge_numbers_and_deep_nesting_are_problems_not_crashes(text: str, fmt: str) -> None:
    result = parse_text(text, fmt, "x", default_date=date(2026, 3, 22))
    assert result.problems or result.events
    assert all(e.at.year <= 9000 for e in result.events)


def test_import_from_dev_zero_is_refused_and_the_lock_let_go(cli) -> None:
    slug = cli.new()
    assert cli("import", slug, "/dev/zero") == 2
    assert "is a device, not a file; only regular files are read" in cli.err
    assert not lock_path(session_path(cli.folder, slug)).exists()


def test_import_from_a_fifo_never_hangs(cli, tmp_path: Path) -> None:
    slug = cli.new()
    fifo = tmp_path / "timeline.txt"
    os.mkfifo(fifo)
    done: list[int] = []
    worker = threading.Thread(target=lambda: done.append(cli("import", slug, str(fifo))), daemon=True)
    worker.start()
    worker.join(timeout=20)
    if worker.is_alive():  # unblock the reader so the test run can end, then fail
        with open(fifo, "w"):
            pass
        worker.join(timeout=5)
        pytest.fail("the import hung on a FIFO")
    assert done == [2] and "is a pipe (FIFO), not a file" in cli.err
    assert not lock_path(session_path(cli.folder, slug)).exists()


def test_an_input_over_the_size_limit_is_refused(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("facilitator.store.safe_read.MAX_FILE_BYTES", 1000)
    slug = cli.new()
    big = tmp_path / "big.txt"
    big.write_text("2026-03-22 14:23 UTC - x\n" * 100, encoding="utf-8")
    assert cli("import", slug, str(big)) == 2
    assert "is larger than the limit of 1,000 bytes" in cli.err

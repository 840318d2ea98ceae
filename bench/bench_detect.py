"""Format detection and import over the evaluator's labelled samples (bench/data/formats_eval/).

    python bench/bench_detect.py [FOLDER]
    python bench/bench_detect.py --set 2

Set 2 (bench/data/formats_eval2/, a second evaluator's 30 cases, checksums in
formats_eval2.sha256) is read with what a facilitator holding each file knows: the incident's
day, the zone of a copy, a recording's start, as each case's notes say. That context, and the
label's first time read in it, is in formats_eval2.context.json, written from the notes alone.

The samples and their labels were written by someone who never saw the importer; they are
kept here as they came, and detection is not tuned to them. Each case is read with
`--format auto`, the date 2026-03-14 (the README's day), zone UTC and a recording start of
2026-03-14 13:00 UTC, as a facilitator who knows those would give them. Every case gets one
outcome:

- right: imported with no problem, the labelled number of events, and the first event at the
  labelled time (as far as the label gives one: an instant, a clock time, or an offset from
  the start of a recording);
- refused: not imported, with a reason (a problem naming the file), as a facilitator sees it;
- wrong: imported with no problem (exit 0) but not the labelled number of events, or the first
  event at another time, or imported at all when the label says a reader must ask or refuse:
  silently wrong.

and, apart from that, whether the reader chosen is the one meant for it ("detected right").
Also runs on older code (it only uses `parse_file`), e.g. the main branch's:
`cd /work/main && .venv/bin/python /path/to/bench/bench_detect.py /path/to/formats_eval`.
"""

from __future__ import annotations

import inspect
import json
import re
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchlib import figure

from facilitator.importers import parse_file

DATA = Path(__file__).resolve().parent / "data" / "formats_eval"
DATA2 = DATA.with_name("formats_eval2")
CONTEXT2 = DATA.with_name("formats_eval2.context.json")
DAY = date(2026, 3, 14)
START = datetime(2026, 3, 14, 13, 0, tzinfo=UTC)
_ISO = re.compile(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})?(?:\s|$)")
_CLOCK = re.compile(r"(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s+\((elapsed|local|date)")

READER = {
    "slack-export-folder": "slack",
    "slack-export-zip": "slack",
    "slack-conversations-history": "slack",
    "slack-client-copy": "chat",
    "slack-client-copy-split-header": "chat",
    "slack-legacy-copy": "chat",
    "discord-cozy-copy": "chat",
    "discord-compact-copy": "chat",
    "google-chat-copy": "chat",
    "teams-client-copy": "chat",
    "webvtt-zoom": "transcript",
    "webvtt-teams": "transcript",
    "zoom-live-transcript-txt": "transcript",
    "google-meet-transcript": "transcript",
    "zoom-recording-chat": "transcript",
    "zoom-local-saved-chat": "text",
    "zoom-local-saved-chat-v1": "text",
    "pagerduty-log-entries": "pagerduty",
    "pagerduty-log-entries-account-wide": "pagerduty",
    "pagerduty-incident-notes": "pagerduty",
    "opsgenie-alert-logs": "opsgenie",
    "opsgenie-alert-notes": "opsgenie",
    "incidentio-incident-updates": "incidentio",
    "rootly-incident-events": "rootly",
    "firehydrant-incident-events": "firehydrant",
    "statuspage-incident": "statuspage",
    "statuspage-incidents-list": "statuspage",
    "alertmanager-webhook": "alertmanager",
    "kubectl-events-json": "kubernetes",
    "cloudwatch-filter-log-events": "cloudwatch",
    "logfmt": "logfmt",
    "grafana-annotations": "grafana",
    "pagerduty-incidents-csv": "csv",
    "csv-generic-timeline": "csv",
    "csv-verb-summary": "csv",
    "csv-semicolon-ddmmyyyy": "csv",
    "plain-timeline-hhmm": "text",
    "plain-timeline-iso": "text",
}
"""The reader meant for each labelled format; a format missing here has no reader in
facilitator, and a clear refusal is the right detection for it."""
ASK_OR_REFUSE = {
    "09_teams-copy-ambiguous-date.txt",
    "18_pagerduty-log-entries-account-wide.json",
    "26_statuspage-incidents-list.json",
    "33_pagerduty-incidents.csv",
}
"""Cases whose label says a reader must ask or refuse (besides those labelled with 0 events)."""


def _read(path: Path):
    accepted = inspect.signature(parse_file).parameters
    options = {"default_date": DAY, "default_tz": "UTC", "start": START}
    return parse_file(path, "auto", **{k: v for k, v in options.items() if k in accepted})


def first_time_off(events: tuple, written: str) -> str:
    """Why the first event is not at the labelled time, or "" (also when the label gives none)."""
    if not events:
        return ""
    first = events[0].at
    iso = _ISO.match(written)
    if iso is not None and iso[2]:
        wanted = datetime.fromisoformat(iso[1] + iso[2].replace("Z", "+00:00"))
        return "" if abs(first - wanted) < timedelta(seconds=1) else f"first event at {first:%Y-%m-%d %H:%M:%S}Z"
    if iso is not None:
        return "" if f"{first:%Y-%m-%dT%H:%M}" == iso[1][:16] else f"first event at {first:%Y-%m-%d %H:%M}"
    clock = _CLOCK.match(written)
    if clock is None:
        return ""
    hours, minutes, seconds = int(clock[1]), int(clock[2]), int(clock[3] or 0)
    if clock[4] == "elapsed":
        offset = timedelta(hours=hours, minutes=minutes, seconds=seconds)
        return "" if abs(first - START - offset) < timedelta(seconds=1) else f"first event {first - START} after start"
    return "" if (first.hour, first.minute) == (hours, minutes) else f"first event at {first:%H:%M}"


def score(folder: Path) -> list[tuple[str, str, bool, int, int, str]]:
    """(case, outcome, detected right, events read, events labelled, first problem or warning)."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    rows = []
    for case, label in sorted(labels.items()):
        result = _read(folder / case)
        reader = READER.get(label["format"])
        refused = bool(result.problems)
        must_refuse = case in ASK_OR_REFUSE or label["events"] == 0
        detected = result.format == reader if reader else (refused and result.format == "auto")
        off = first_time_off(result.events, label["first_event"]["time"])
        outcome = _outcome(refused, len(result.events) == label["events"] and not must_refuse, off)
        said = off or next((str(p) for p in (*result.problems, *result.warnings)), "").replace(f"{folder}/", "")
        rows.append((case, outcome, detected, len(result.events), label["events"], said))
    return rows


def _outcome(refused: bool, count_right: bool, off: str, by_design: bool = False) -> str:
    """`refused`, `right` (the labelled count, the first event in place), `design` (another count
    by a documented rule the summary states) or `wrong` (silently)."""
    if refused:
        return "refused"
    if off:
        return "wrong"
    return "right" if count_right else "design" if by_design else "wrong"


def first_utc_off(events: tuple[Any, ...], first_utc: str | None) -> str:
    """Why the earliest event is not at `first_utc` (minute precision when it gives minutes), or ""."""
    if not events or first_utc is None:
        return ""
    wanted = datetime.fromisoformat(first_utc).replace(tzinfo=UTC)
    first = min(event.at for event in events)
    if len(first_utc) == len("2026-11-14T22:05"):
        close = first.replace(second=0, microsecond=0) == wanted
    else:
        close = abs(first - wanted) < timedelta(seconds=1)
    return "" if close else f"first event at {first:%Y-%m-%d %H:%M:%S}Z, labelled {wanted:%Y-%m-%d %H:%M:%S}Z"


def _read_in_context(path: Path, context: dict[str, Any]) -> Any:
    start = context.get("start")
    return parse_file(
        path,
        "auto",
        default_date=date.fromisoformat(context["date"]) if "date" in context else None,
        default_tz=context.get("tz", "UTC"),
        start=datetime.fromisoformat(start).replace(tzinfo=UTC) if start else None,
        day_first=context.get("day_first", False),
    )


def score_in_context(folder: Path, contexts: dict[str, Any]) -> list[tuple[str, str, bool, int, int, str]]:
    """`score` for a set whose cases each come with the context a facilitator would give."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    rows = []
    for case, label in sorted(labels.items()):
        context = contexts[case]
        result = _read_in_context(folder / case, context)
        refused = bool(result.problems)
        must_refuse = context.get("must_ask", False) or label["events"] == 0
        off = first_utc_off(result.events, context.get("first_utc"))
        by_design = len(result.events) == context.get("design_events") and bool(result.notes)
        outcome = _outcome(refused, len(result.events) == label["events"] and not must_refuse, off, by_design)
        detected = (not refused) if label["events"] else (refused and result.format == "auto")
        said = off or next((str(p) for p in (*result.problems, *result.warnings, *result.notes)), "")
        rows.append((case, outcome, detected, len(result.events), label["events"], said.replace(f"{folder}/", "")))
    return rows


def main() -> int:
    if sys.argv[1:] == ["--set", "2"]:
        rows = score_in_context(DATA2, json.loads(CONTEXT2.read_text(encoding="utf-8")))
    else:
        rows = score(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA)
    for case, outcome, detected, read, labelled, said in rows:
        mark = "detected" if detected else "other reader"
        print(f"{outcome:8} {mark:12} {read:3}/{labelled:<3} {case}  {said[:110]}")
    total = len(rows)
    counts = {name: sum(1 for row in rows if row[1] == name) for name in ("right", "design", "refused", "wrong")}
    design = f", another count by a documented rule the summary states {counts['design']}" if counts["design"] else ""
    print(
        f"\n{total} cases: detected right {sum(1 for row in rows if row[2])}, "
        f"imported with the right event count {counts['right']}{design}, refused clearly {counts['refused']}, "
        f"silently wrong {counts['wrong']}"
    )
    figure("detect.detected_right", sum(1 for row in rows if row[2]), "cases")
    for name in ("right", "refused", "wrong"):
        figure(f"detect.{name}", counts[name], "cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())

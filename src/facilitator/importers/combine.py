"""Several inputs imported in one go: incident times taken across all of them, and the
pages of a paged listing that were not among them."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from facilitator.importers.pagerduty import keep
from facilitator.importers.result import ImportResult, Problem


def shared_times(results: list[ImportResult]) -> list[ImportResult]:
    """The results with their incident times merged (earliest trigger and acknowledgement,
    last resolution across every page) and handed to the first result that has any."""
    merged: dict[str, datetime] = {}
    for result in results:
        for name, at in result.incident_times.items():
            merged[name] = keep(merged.get(name), at, name)
    carrier = next((r for r in results if r.incident_times), None)
    return [replace(r, incident_times=merged if r is carrier else {}) if r.incident_times else r for r in results]


def missing_pages(results: list[ImportResult]) -> list[Problem]:
    """A warning for each page that says `more` follow when no input starts where it ends."""
    offsets = {r.page.offset for r in results if r.page is not None}
    return [
        Problem(
            r.source,
            None,
            f"more log entries follow (more: true); fetch the next page with "
            f"offset={r.page.next_offset}&limit={r.page.limit} and import it with this one",
        )
        for r in results
        if r.page is not None and r.page.more and r.page.next_offset not in offsets
    ]

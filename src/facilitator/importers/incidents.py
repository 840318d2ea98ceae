"""One incident out of a listing that holds several (PagerDuty's account-wide log entries, a
Statuspage incidents list, incident.io updates): all of them merged would be silently wrong,
so several are refused naming each, and `--incident` picks one by its id or number."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from facilitator.importers.result import Collector

Item = TypeVar("Item")
_NUMBER = re.compile(r"\[?#(\d+)\]?")


def names(wanted: str, ident: str, label: str) -> bool:
    """Whether `--incident wanted` names this incident: its id, its number (`2041`, `#2041`
    against a label `[#2041] ...`) or its whole label."""
    wanted = wanted.strip()
    number = _NUMBER.match(label)
    return wanted.lower() in (ident.lower(), label.strip().lower()) or (
        number is not None and wanted.lstrip("#") == number[1]
    )


def one_incident(
    collector: Collector,
    items: Sequence[Item],
    incident_of: Callable[[Item], tuple[str, str]],
    wanted: str | None,
    tool: str,
    what: str,
) -> list[Item] | None:
    """The items of one incident: all of them when they belong to one (or name none), else those
    of the incident `wanted` names. None, with the problem recorded, when several are there and
    none is picked, or `wanted` names none of them. `incident_of` gives an item's (id, label)."""
    incidents: dict[str, str] = {}
    for item in items:
        ident, label = incident_of(item)
        if ident:
            incidents.setdefault(ident, label)
    if wanted is None:
        if len(incidents) > 1:
            listed = ", ".join(f"{ident} ({label})" if label else ident for ident, label in sorted(incidents.items()))
            collector.problem(
                None, f"{what} of {len(incidents)} {tool} incidents: {listed}; pick one with --incident ID"
            )
            return None
        return list(items)
    chosen = next((ident for ident, label in incidents.items() if names(wanted, ident, label)), None)
    if chosen is None:
        listed = ", ".join(sorted(incidents)) or "none named"
        collector.problem(None, f"no {tool} incident {wanted!r} in these {what} (incidents: {listed})")
        return None
    kept = [item for item in items if incident_of(item)[0] in ("", chosen)]
    for _ in range(len(items) - len(kept)):
        collector.skip(f"{what} of other incidents")
    return kept


def incident_field(record: Any, key: str = "incident") -> tuple[str, str]:
    """(id, label) of the incident object under `key` (`id`, and `summary`, `name` or `title`)."""
    incident = record.get(key) if isinstance(record, dict) else None
    if not isinstance(incident, dict):
        return ("", "")
    ident = incident.get("id")
    label = next((incident[k] for k in ("summary", "name", "title") if isinstance(incident.get(k), str)), "")
    return (ident if isinstance(ident, str) else "", label)

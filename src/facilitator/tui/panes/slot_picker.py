"""`M` in the Pre-prep pane: the fairest meeting times for the review's people, picked from a list.

The slots are worked out in a thread worker (it reads the sessions folder's catalogue for the
burden earlier reviews left on each person), which posts `SlotsFound` to the pane; the pane
shows them in a picker, and the one chosen becomes the meeting time (one undoable command).
"Type a time" keeps the free-text form for a time no proposal has.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

from textual.message import Message

from facilitator.checks.slots import Slot, burdens, propose_slots
from facilitator.export.fairness_text import slot_heading
from facilitator.model.session import Session
from facilitator.store.catalogue import readable, refresh_catalogue
from facilitator.tui.dialogs.pick import PickDialog
from facilitator.tui.panes.base import Pane

TYPE_A_TIME = "type"


class SlotsFound(Message):
    """The proposed slots (best first), worked out off the event loop."""

    def __init__(self, slots: list[Slot], earlier_reviews: int) -> None:
        super().__init__()
        self.slots = slots
        self.earlier_reviews = earlier_reviews


def find_slots(pane: Pane) -> None:
    """Start working out the slots for the pane's session in a worker; it posts `SlotsFound`."""
    file = pane.review.file
    folder = file.path.parent if file is not None else None
    pane.app.run_worker(
        partial(_propose, pane, pane.session, folder, pane.now()), thread=True, exit_on_error=False, group="slots"
    )


def _propose(pane: Pane, session: Session, folder: Path | None, now: datetime) -> None:
    summaries, _warnings = readable(refresh_catalogue(folder)) if folder is not None else ([], [])
    history = [s for s in summaries if s.slug != session.slug]
    length = timedelta(minutes=session.layout.total_minutes or 60)
    slots = propose_slots(session.participants, now, burdens(history, before=now), duration=length)
    pane.post_message(SlotsFound(slots, len(history)))


def slot_label(slot: Slot) -> str:
    """A proposal as the picker shows it: the UTC start and its cost, then each person's own clock."""
    lines = [slot_heading(slot)]
    for item in slot.people:
        again = " · early/late last time too" if item.burden.last_unsocial and item.cost.unsocial_minutes else ""
        lines.append(f"  {item.person.name}: {item.cost.label}{again}")
    return "\n".join(lines)


def pick_slot(pane: Pane, found: SlotsFound, type_a_time: Callable[[], None]) -> None:
    """Show the proposals; the one picked becomes the meeting time."""
    items = [(str(index), slot_label(slot)) for index, slot in enumerate(found.slots)]
    items.append((TYPE_A_TIME, "Type a time instead…"))
    title = (
        f"Fair meeting times ({found.earlier_reviews} earlier reviews counted): "
        "Enter sets one, Escape keeps the time as it is"
    )

    def chosen(item: str | None) -> None:
        if item == TYPE_A_TIME:
            type_a_time()
        elif item is not None:
            slot = found.slots[int(item)]
            if pane.run(pane.review.set_meeting_at, slot.start) is not None:
                pane.app.notify(f"Meeting set to {slot.start:%a %d %b %H:%M} UTC (Ctrl+Z to undo)", markup=False)

    pane.app.push_screen(PickDialog(title, items), chosen)

"""Action items: exactly one owner each."""

from __future__ import annotations

from datetime import date

from pydantic import Field, field_validator

from facilitator.model.base import Model, new_id
from facilitator.model.enums import ActionStatus, Effort, Priority


class ActionItem(Model):
    id: str = Field(default_factory=new_id)
    title: str = Field(min_length=1)
    owner: str = ""
    """One person. Empty means not yet agreed (a nudge, not an error)."""
    priority: Priority = Priority.P2
    due: date | None = None
    done_definition: str = ""
    effort: Effort | None = None
    impact: str = ""
    status: ActionStatus = ActionStatus.OPEN
    finding_id: str | None = None
    created_at: str = ""
    """ISO date the action was agreed, for follow-through figures."""
    done_at: str = ""

    @field_validator("owner", mode="before")
    @classmethod
    def _one_owner(cls, value: object) -> object:
        if isinstance(value, (list, tuple, set)):
            raise ValueError("an action item has exactly one owner; a list of owners is refused")
        if isinstance(value, str) and any(sep in value for sep in (",", ";", " and ", "&", "/")):
            raise ValueError(f"an action item has exactly one owner; {value!r} names several")
        return value

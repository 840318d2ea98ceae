"""The parking lot: side topics captured in one keystroke and triaged before the meeting ends."""

from __future__ import annotations

from pydantic import Field, model_validator

from facilitator.model.base import Model, new_id
from facilitator.model.enums import ParkingOutcome


class ParkingItem(Model):
    id: str = Field(default_factory=new_id)
    text: str = Field(min_length=1)
    raised_in: str = ""
    """Title of the timebox running when it was raised."""
    outcome: ParkingOutcome | None = None
    owner: str = ""
    reason: str = ""
    action_id: str | None = None

    @model_validator(mode="after")
    def _outcome_complete(self) -> ParkingItem:
        if self.outcome is ParkingOutcome.FOLLOW_UP and not self.owner:
            raise ValueError("a follow-up needs an owner")
        if self.outcome is ParkingOutcome.DROPPED and not self.reason:
            raise ValueError("dropping a parked topic needs a reason")
        return self

    @property
    def triaged(self) -> bool:
        return self.outcome is not None

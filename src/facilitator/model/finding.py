"""Contributors, mitigators and risks, with their five-whys chains."""

from __future__ import annotations

from pydantic import Field

from facilitator.model.base import Model, new_id
from facilitator.model.enums import Category, FindingKind


class Finding(Model):
    id: str = Field(default_factory=new_id)
    kind: FindingKind
    category: Category = Category.TECHNICAL
    text: str = Field(min_length=1)
    event_ids: tuple[str, ...] = ()
    whys: tuple[str, ...] = ()
    """A five-whys chain under a contributor: each step asks why of the one before."""
    systemic_factor: str = ""
    """Where the chain ends: a property of the system, never a person."""

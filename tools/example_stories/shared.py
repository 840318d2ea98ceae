"""Words the three example reviews share."""

KEY_PERSON_RISK = (
    "Key-person risk: recovery depends on what a few people remember, not on a rehearsed, written procedure"
)
"""Named in all three reviews, so the cross-review report has a recurring risk to show."""

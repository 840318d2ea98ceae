"""The open session's participants as the blameless marks know them ("mei forgot" names Mei).

Set by the app when a session opens and whenever its participants change; every mark and hint
(widgets/blame_hint.py) and the pre-prep pane read it. Kept apart from the check, so that
opening a session on a pane that shows no marks loads no checker.
"""

from __future__ import annotations


class KnownPeople:
    """The words that name the open session's participants, for every mark and hint."""

    people: frozenset[str] = frozenset()


KNOWN = KnownPeople()

"""Fairness across reviews in words: proposed meeting slots (plain text), and the rotation, voices
by region and pulse trend as Markdown sections of `facilitator report`."""

from __future__ import annotations

from collections.abc import Sequence

from facilitator.checks.rotation import Rotation
from facilitator.checks.slots import Slot
from facilitator.checks.voices import Voices
from facilitator.export.escape import md_inline
from facilitator.export.mdtable import section, table
from facilitator.model.pulse import MIN_ANSWERS


def slot_heading(slot: Slot) -> str:
    unsocial = slot.unsocial_people
    cost = f"{len(unsocial)} early or late" if unsocial else "nobody early or late"
    return f"{slot.start:%a %d %b %H:%M} UTC · {cost} · {slot.outside_minutes} min off-hours in all"


def slots_text(title: str, slots: Sequence[Slot], earlier_reviews: int, session: str) -> str:
    if not slots:
        return "No meeting time found in those days.\n"
    minutes = int(slots[0].duration.total_seconds() // 60)
    lines = [
        f"Meeting times for {title} ({minutes} min), fairest first; the burden of earlier slots is "
        f"counted from {earlier_reviews} earlier review{'s' * (earlier_reviews != 1)} in the folder.",
    ]
    width = max(len(f"{p.person.name} ({p.person.tz})") for p in slots[0].people)
    for number, slot in enumerate(slots, 1):
        lines += ["", f"{number}. {slot_heading(slot)}"]
        for item in slot.people:
            who = f"{item.person.name} ({item.person.tz})"
            again = "  ← had an early or late slot last time" if item.burden.last_unsocial else ""
            lines.append(f"   {who:<{width}}  {item.cost.label}{again}")
    lines += ["", f"Set one with: facilitator slot {session} --pick N"]
    return "\n".join(lines) + "\n"


def rotation_lines(result: Rotation) -> list[str]:
    lines = ["## Who facilitates next", ""]
    if result.recent:
        lines += table(
            ["Meeting", "Review", "Facilitator", "Region"],
            [
                [f.day.isoformat(), md_inline(f.session), md_inline(f.name), md_inline(f.region)]
                for f in result.recent[:10]
            ],
        )
        lines += [
            "",
            "By region: " + ", ".join(f"{md_inline(r)} {n}" for r, n in sorted(result.by_region.items())) + ".",
        ]
    else:
        lines.append("No review in the folder records its facilitator yet.")
    lines.append("")
    if result.suggestion is None:
        lines.append(
            "Nobody is marked as able to facilitate: mark people in Framing (Enter on a participant) to get a suggestion."
        )
    else:
        pick = result.suggestion
        since = (
            f"last facilitated from {md_inline(pick.region)} on {pick.region_last_facilitated.isoformat()}"
            if pick.region_last_facilitated
            else f"nobody from {md_inline(pick.region)} has facilitated yet"
        )
        lines.append(f"Suggested next: **{md_inline(pick.name)}** ({md_inline(pick.region)}; {since}).")
    return lines


def voices_lines(result: Voices) -> list[str]:
    if not result.regions:
        return []
    total = result.total_talk or 1.0
    rows = [
        [
            md_inline(v.region),
            str(v.seats),
            f"{v.talk_seconds / 60:.0f} min ({v.talk_seconds / total:.0%})",
            str(v.passed),
            f"{v.prep_sent} of {v.seats}",
            f"{v.page_sent} / {v.page_accepted}",
            str(v.actions_owned),
            str(v.unsocial_slots),
        ]
        for v in result.regions
    ]
    lines = table(
        [
            "Region",
            "Seats",
            "Round-robin talk",
            "Turns passed",
            "Pre-prep sent",
            "Page: sent / accepted",
            "Actions owned",
            "Early/late slots",
        ],
        rows,
    )
    lines += [
        "",
        "Seats: participants from the region, summed over reviews. Page: notes, questions, topics, "
        "answers, votes, proposals and forms sent from the live page, and how many the facilitator accepted.",
    ]
    if result.risks:
        lines += ["", "Risks:", ""] + [f"- {md_inline(risk)}" for risk in result.risks]
    return section("Whose voice is heard, by region", lines)


def pulse_lines(result: Voices) -> list[str]:
    if not result.pulse:
        return []
    rows = [
        [
            p.day.isoformat(),
            md_inline(p.session),
            str(p.answers),
            f"{p.safe:.1f}" if p.safe is not None else "—",
            f"{p.useful:.1f}" if p.useful is not None else "—",
        ]
        for p in result.pulse
    ]
    lines = table(["Meeting", "Review", "Answers", "Felt safe (1–5)", "Useful (1–5)"], rows)
    lines += ["", f"A review with fewer than {MIN_ANSWERS} answers shows none: too few to stay anonymous."]
    return section("The pulse: safe and useful, review after review", lines)

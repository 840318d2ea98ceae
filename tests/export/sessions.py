"""Two example sessions for the export tests, built with Review commands at fixed instants.

`checkout_outage()` is an ordinary review, run through every stage. `tricky_text()` puts
hostile text (`HOSTILE`) into every field a person can type, to prove no exporter breaks.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from facilitator.model.enums import (
    Category,
    EventKind,
    FindingKind,
    ParkingOutcome,
    Priority,
    ReviewKind,
    Severity,
    TimeboxKind,
)
from facilitator.model.event import UnplacedLine
from facilitator.model.factory import new_session
from facilitator.model.layout import Layout, Timebox
from facilitator.model.session import Session
from facilitator.review import Review

LAYOUT = Layout(
    name="test",
    title="Test review (45 min)",
    timeboxes=(
        Timebox(kind=TimeboxKind.FRAMING, title="Framing", minutes=5),
        Timebox(kind=TimeboxKind.TIMELINE, title="Timeline walkthrough", minutes=15, prompts=("What surprised you?",)),
        Timebox(kind=TimeboxKind.ANALYSIS, title="Contributors, mitigators, risks", minutes=10),
        Timebox(kind=TimeboxKind.ACTIONS, title="Action items", minutes=10),
        Timebox(kind=TimeboxKind.DEBRIEF, title="Debrief", minutes=5),
    ),
)

INCIDENT_DAY = datetime(2026, 3, 10, tzinfo=UTC)
MEETING = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
AGREED = date(2026, 3, 12)

HOSTILE = (
    "a | b | c",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "`code` and ``` fences",
    "# not a heading",
    "> not a quote",
    "line one\nline two\r\nline three",
    "&lt;b&gt; &amp; &#60;i&#62;",
    "1. not a list",
    "- not a bullet",
    "![img](http://example.invalid/x.png)",
    "<https://example.invalid>",
    "**bold** _em_ ~~strike~~ $x^2$",
    "'; rm -rf ~; echo '",
    "$(touch pwned) `touch pwned2`",
    '"double" and \\backslash',
    '=HYPERLINK("http://example.invalid")',
    "+1+1",
    "-2-2",
    "@SUM(A1:A2)",
    "\tstarts with a tab",
    "\rstarts with a CR",
    "--label=evil",
)


def at(hour: int, minute: int, second: int = 0) -> datetime:
    return INCIDENT_DAY.replace(hour=hour, minute=minute, second=second)


def meeting(minutes: float) -> datetime:
    return MEETING + timedelta(minutes=minutes)


def checkout_outage() -> Session:
    review = Review(
        new_session(
            "Checkout API outage after a config push",
            "checkout-api-outage",
            LAYOUT,
            MEETING - timedelta(days=1),
            Severity.SEV2,
        )
    )
    review.set_details(
        incident_id="INC-2041",
        summary="A configuration change reached every region at once and broke checkout.\n"
        "We rolled it back.\n\nNo payment data was lost.",
        impact="About 18% of checkout attempts failed for 37 minutes.",
        started_at=at(13, 58),
        detected_at=at(14, 6),
        acknowledged_at=at(14, 8),
        mitigated_at=at(14, 35),
        resolved_at=at(15, 10),
        error_budget_spent=12.5,
        display_tz="Europe/Berlin",
        review_kind=ReviewKind.LEARNING,
    )
    review.add_participant("Priya Nair", role="Facilitator", tz="Europe/London", facilitator=True)
    marco = review.add_participant("Marco Rossi", role="SRE", tz="Europe/Berlin")
    aiko = review.add_participant("Aiko Tanaka", role="Backend", tz="Asia/Tokyo")
    sam = review.add_participant("Sam Okafor", role="Support", tz="America/New_York")
    review.add_participant("Jun Lee", role="Payments", tz="Asia/Singapore")

    push = review.add_event(
        at(13, 58), "Config change rolled out to all regions", actor="deploy bot", kind=EventKind.ACTION
    )
    alert = review.add_event(at(14, 6), "Checkout error rate above 5%", actor="monitoring", kind=EventKind.ALERT)
    declared = review.add_event(
        at(14, 9), "Incident declared in the checkout channel", actor="on-call engineer", kind=EventKind.COMMUNICATION
    )
    rollback = review.add_event(
        at(14, 21),
        "Roll back the config rather than fix forward",
        actor="incident commander",
        kind=EventKind.DECISION,
        decision_point=True,
    )
    review.add_event(at(14, 35, 30), "Error rate back under 1%", actor="on-call engineer")
    review.add_event(at(15, 10), "Incident resolved", actor="incident commander", kind=EventKind.RESOLUTION)
    review.add_note(alert.id, "The alert waits for a 5 minute window before it fires.")
    review.correct_event(
        declared.id,
        "text",
        "Incident declared in the checkout channel; status page updated",
        reason="support updated the status page at the same time",
    )
    review.import_events(
        [],
        [UnplacedLine(source="chat.json", line=42, text="ok rolling back now", reason="no timestamp")],
        label="import chat",
    )

    review.toggle_clock(meeting(0))
    review.next_timebox(meeting(4))
    review.extend_timebox(5)
    status_page = review.park("Should support own the status page?")
    rename = review.park("Rename the dashboards")
    review.next_timebox(meeting(24))

    config = review.add_finding(
        FindingKind.CONTRIBUTOR, "The config change reached every region at once", event_ids=(push.id, alert.id)
    )
    for why in (
        "The pipeline has no per-region stage for config",
        "Config changes were seen as low risk",
        "Only code changes have a staged rollout",
    ):
        review.add_why(config.id, why)
    review.edit_finding(config.id, systemic_factor="Config and code follow different release paths")
    review.add_finding(
        FindingKind.CONTRIBUTOR, "The alert window delayed detection", category=Category.PROCESS, event_ids=(alert.id,)
    )
    review.add_finding(FindingKind.MITIGATOR, "Rolling back was one command", event_ids=(rollback.id,))
    risk = review.add_finding(FindingKind.RISK, "Only one person knows the config pipeline", category=Category.HUMAN)

    staged = review.add_action(
        "Stage config rollouts by region",
        AGREED,
        owner="Marco Rossi",
        priority=Priority.P0,
        due=date(2026, 3, 26),
        done_definition="A config change reaches one region first",
        finding_id=config.id,
    )
    review.edit_action(staged.id, status="in progress")
    review.add_action(
        "Alert within two minutes of a spike",
        AGREED,
        owner="Aiko Tanaka",
        priority=Priority.P1,
        due=date(2026, 3, 19),
        done_definition="Game day shows the alert firing in 2 minutes",
    )
    review.add_action("Write the config rollback runbook", AGREED, priority=Priority.P2, finding_id=risk.id)

    review.next_timebox(meeting(36))
    budget = review.park("Budget for a second on-call")
    review.park("Vendor SLA review")
    review.triage(status_page.id, ParkingOutcome.FOLLOW_UP, owner="Sam Okafor")
    review.triage(rename.id, ParkingOutcome.DROPPED, reason="Not related to this incident")
    review.triage(budget.id, ParkingOutcome.ACTION, owner="Priya Nair", today=AGREED)

    review.start_round(meeting(5), "What surprised you?", include_facilitator=True)
    review.next_speaker(meeting(6))
    review.round_note("The rollback was faster than the fix would have been")
    review.next_speaker(meeting(7.5))
    review.pass_speaker(meeting(7.5))
    review.next_speaker(meeting(8.25))
    review.mark_absent(meeting(8.25), proxy="Aiko Tanaka")
    review.next_speaker(meeting(8.5))  # Aiko spoke for Jun's team for 15 s
    review.start_round(meeting(40), "What helped?", order=(aiko.id, marco.id, sam.id))
    review.round_note("Someone should have caught the config diff")
    review.next_speaker(meeting(41))
    review.next_speaker(meeting(41.75))
    review.pass_speaker(meeting(41.75))

    review.add_went_well("The rollback took one command")
    review.add_affirmation("Aiko Tanaka", "spotted the config diff within minutes")
    review.add_lesson("Config is code: stage it like code")
    review.next_timebox(meeting(45))
    review.next_timebox(meeting(51))
    review.close_review(meeting(50))
    return review.session


def tricky_text() -> Session:
    """Every typed field holds hostile text; owners hold what an owner may hold."""
    title = "Payments <script>alert(1)</script> | outage # [x](javascript:alert(1))"
    review = Review(new_session(title, "payments-script-outage", LAYOUT, MEETING, Severity.SEV1))
    review.set_details(
        incident_id="INC-`1`|2",
        summary="\n".join(HOSTILE),
        impact=HOSTILE[6],
        started_at=at(22, 0),
        detected_at=at(22, 30),
        resolved_at=at(23, 50),
        display_tz="Pacific/Auckland",
        review_kind=ReviewKind.PROCESS,
    )
    review.add_participant("<b>Lead</b> | x", role=HOSTILE[2], tz="Pacific/Auckland", facilitator=True)
    review.add_participant("# Dana", role=HOSTILE[4], tz="UTC", proxy_for=HOSTILE[5])
    events = [
        review.add_event(at(22, index), text, actor=HOSTILE[(index + 1) % len(HOSTILE)], decision_point=index == 3)
        for index, text in enumerate(HOSTILE)
    ]
    review.add_note(events[0].id, HOSTILE[1])
    review.correct_event(events[1].id, "text", HOSTILE[3], reason=HOSTILE[6])
    finding = review.add_finding(FindingKind.CONTRIBUTOR, HOSTILE[0], event_ids=(events[2].id,))
    review.add_why(finding.id, HOSTILE[2])
    review.add_why(finding.id, HOSTILE[6])
    review.edit_finding(finding.id, systemic_factor=HOSTILE[3])
    review.add_finding(FindingKind.RISK, HOSTILE[7], category=Category.EXTERNAL)
    for index, text in enumerate(HOSTILE):
        review.add_action(
            text,
            AGREED,
            owner=("@admin", "$(id)", "=1+2", "`whoami`")[index % 4],
            priority=Priority.P1,
            due=date(2026, 3, 20),
            done_definition=HOSTILE[-1 - index],
        )
    parked = review.park(HOSTILE[1])
    review.triage(parked.id, ParkingOutcome.DROPPED, reason=HOSTILE[2])
    review.park(HOSTILE[6])
    review.import_events([], [UnplacedLine(source=HOSTILE[0], line=3, text=HOSTILE[1], reason=HOSTILE[2])])
    review.start_round(meeting(1), HOSTILE[4], include_facilitator=True)
    review.round_note(HOSTILE[3])
    review.next_speaker(meeting(2))
    review.pass_speaker(meeting(2))
    review.add_went_well(HOSTILE[5])
    review.add_affirmation(HOSTILE[0], HOSTILE[1])
    review.add_lesson(HOSTILE[8])
    review.toggle_clock(meeting(0))
    review.next_timebox(meeting(5))
    review.next_timebox(meeting(20))
    return review.session

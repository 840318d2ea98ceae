"""Fastly, 8 June 2021: a valid customer configuration tripped a latent bug network-wide.

A review run from start to end and closed: timeboxes used (the walkthrough overran a
little, analysis was extended), one round robin, the debrief filled in.
"""

from example_stories.shared import KEY_PERSON_RISK

STORY = {
    "title": "Network-wide CDN errors from a latent bug and a valid customer config",
    "layout": "standard",
    "display_tz": "America/Los_Angeles",
    "created_at": "2021-06-14T15:00:00+00:00",
    "summary": (
        "A release that began rolling out on 12 May contained a bug that only one particular, "
        "perfectly valid customer configuration could reach. On 8 June a customer pushed such a "
        "configuration, and about 85% of the network started returning errors. Engineers found the "
        "configuration, disabled it, and most services recovered within the hour; a permanent fix "
        "for the bug began deploying that evening."
    ),
    "impact": (
        "From 09:47 UTC about 85% of the network returned errors for sites using the CDN. Around 95% "
        "was back to normal 49 minutes after onset; mitigation was complete at 12:35 UTC."
    ),
    "error_budget_spent": 45.0,
    "times": {
        "started_at": "2021-06-08T09:47:00+00:00",
        "detected_at": "2021-06-08T09:48:00+00:00",
        "acknowledged_at": "2021-06-08T09:58:00+00:00",
        "mitigated_at": "2021-06-08T10:36:00+00:00",
        "resolved_at": "2021-06-08T12:35:00+00:00",
    },
    "participants": [
        {"name": "Ruth Adeyemi", "role": "facilitator", "tz": "America/New_York", "facilitator": True, "can_facilitate": True},
        {"name": "Kenji Mori", "role": "edge software engineer", "tz": "Asia/Tokyo"},
        {"name": "Sofia Marchetti", "role": "incident commander", "tz": "Europe/Rome", "can_facilitate": True},
        {"name": "Liam O'Connell", "role": "status page and communications", "tz": "Europe/Dublin"},
        {
            "name": "Anika Patel",
            "role": "customer engineering",
            "tz": "America/Los_Angeles",
            "proxy_for": "APAC support (Asia/Singapore)",
        },
        {"name": "Wei Zhang", "role": "APAC support lead", "tz": "Asia/Singapore", "can_facilitate": True},
    ],
    "decision_points": [
        "Status page post published",
        "pins down the customer configuration",
        "Permanent fix for the bug",
    ],
    "notes": [
        (
            "pins down the customer configuration",
            "Kenji: the search went config by config; a list of recent changes would have cut it short.",
        ),
        ("Status page post published", "Posted before the scope was known, on purpose: say something early."),
    ],
    "corrections": [
        (
            "pins down the customer configuration",
            "text",
            "Engineering pins down the customer configuration that triggers the bug, about 40 minutes after onset",
            "Added the elapsed time the group worked out during the walk",
        ),
    ],
    "findings": [
        {
            "key": "latent",
            "kind": "contributor",
            "category": "technical",
            "text": "A bug shipped in the 12 May release stayed hidden until one specific, valid configuration reached it",
            "events": ["Global disruption begins"],
            "whys": [
                "Why did most of the network return errors? A valid customer configuration reached a code path with a latent bug.",
                "Why was the bug still there weeks later? Neither the tests nor the staged May rollout exercised that combination of settings.",
                "Why was the combination never tested? Test configurations are written by hand and cover far fewer shapes than customers use.",
                "Why could one customer's change affect every node? A configuration that validates is trusted and sent everywhere within seconds.",
            ],
            "systemic_factor": "Configurations are checked for syntax, not run against the current software before they reach every node",
        },
        {
            "key": "propagation",
            "kind": "contributor",
            "category": "process",
            "text": "Valid configuration changes reach every node in seconds, so a bad interaction has no small blast radius first",
            "events": ["Global disruption begins"],
        },
        {
            "key": "search",
            "kind": "contributor",
            "category": "technical",
            "text": "Finding the triggering configuration took about 40 minutes of searching by hand",
            "events": ["pins down the customer configuration"],
        },
        {
            "key": "monitoring",
            "kind": "mitigator",
            "category": "technical",
            "text": "Monitoring flagged the disruption within a minute of onset",
            "events": ["Fastly monitoring flags"],
        },
        {
            "key": "disable",
            "kind": "mitigator",
            "category": "technical",
            "text": "Disabling the configuration was quick and safe once it was found; 95% of the network recovered within 49 minutes",
            "events": ["With that configuration disabled"],
        },
        {
            "key": "key-person",
            "kind": "risk",
            "category": "process",
            "text": KEY_PERSON_RISK,
            "events": ["pins down the customer configuration"],
        },
        {
            "key": "comms",
            "kind": "risk",
            "category": "human",
            "text": "Status updates rely on the same few people who are also debugging",
            "events": ["Status update: a fix has been applied"],
        },
    ],
    "actions": [
        {
            "title": "Add the triggering configuration shape to the release test suite",
            "owner": "Kenji Mori",
            "priority": "P0",
            "due": "2021-06-22",
            "done": "The suite fails on the old build and passes on the fixed one",
            "effort": "S",
            "finding": "latent",
        },
        {
            "title": "Test releases against a sample of real, anonymised customer configurations",
            "owner": "Sofia Marchetti",
            "priority": "P1",
            "due": "2021-07-30",
            "done": "",
            "effort": "L",
            "finding": "latent",
        },
        {
            "title": "List the configuration changes of the last 30 minutes in one command",
            "owner": "Kenji Mori",
            "priority": "P1",
            "due": None,
            "done": "On-call runs one command and sees every recent change by node",
            "effort": "M",
            "finding": "search",
        },
        {
            "title": "Send configuration changes to a small slice of nodes before the rest",
            "owner": "Sofia Marchetti",
            "priority": "P1",
            "due": "2021-08-13",
            "done": "A change that raises errors on the slice stops there and alerts",
            "effort": "L",
            "finding": "propagation",
        },
        {
            "title": "Prepare status page templates for a network-wide disruption",
            "owner": "Liam O'Connell",
            "priority": "P2",
            "due": "2021-06-30",
            "done": "Templates reviewed by support and used in the next game day",
            "effort": "S",
            "finding": "comms",
        },
        {
            "title": "Write down how to find and disable a triggering configuration",
            "owner": "Anika Patel",
            "priority": "P2",
            "due": "2021-07-09",
            "done": "A runbook page, walked through once by someone new to it",
            "effort": "S",
            "finding": "key-person",
        },
    ],
    "parking": [
        {
            "text": "Should we tell customers which configuration triggered the bug?",
            "box": "timeline",
            "outcome": "dropped",
            "reason": "The public summary already says a valid customer configuration; naming the customer adds nothing",
        },
        {
            "text": "Review the escalation path into the communications team",
            "box": "analysis",
            "outcome": "follow-up",
            "owner": "Liam O'Connell",
        },
        {"text": "Could configuration pushes pause automatically during a network-wide incident?", "box": "actions"},
    ],
    "debrief": {
        "went_well": [
            "Monitoring caught the disruption within a minute",
            "The first status post went out eleven minutes after onset",
        ],
        "affirmations": [
            ("Kenji Mori", "narrowed the search to one configuration and explained the bug's path to the room"),
            ("Liam O'Connell", "kept the status page updated through the morning so support had words to share"),
        ],
        "lessons": [
            "A valid input can still be a dangerous one: test with what customers really send",
            "A change that spreads everywhere in seconds needs a way to stop it just as fast",
        ],
    },
    "done_later": [
        ("Add the triggering configuration shape to the release test suite", "2021-06-21"),
        ("Prepare status page templates for a network-wide disruption", "2021-06-29"),
    ],
    "meeting": {
        "start": "2021-06-15T16:00:00+00:00",
        "minutes": [5, 22, 24, 10, 6],
        "extend": {"analysis": 5},
        "round": {
            "box": "timeline",
            "prompt": "What surprised you?",
            "turns": [
                ("Sofia Marchetti", 150, "spoke", "", "How quickly the errors went global; there was no ramp to watch"),
                ("Kenji Mori", 200, "spoke", "", "The configuration was valid; I expected to find a malformed one"),
                ("Liam O'Connell", 90, "spoke", "", "Having to post before we knew the scope, and that it helped"),
                ("Wei Zhang", 60, "absent", "Anika Patel", "APAC support heard about it from customers first"),
                ("Anika Patel", 80, "spoke", "", "How many customers checked the status page within minutes"),
                ("Ruth Adeyemi", 5, "passed", "", ""),
            ],
        },
    },
}

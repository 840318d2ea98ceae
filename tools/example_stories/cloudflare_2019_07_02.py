"""Cloudflare, 2 July 2019: a WAF rule whose regex exhausted CPU worldwide.

The demo session: still in preparation (clock not started), so `facilitator demo` opens
at the framing stage with the timeline, findings and actions already drafted.
"""

from example_stories.shared import KEY_PERSON_RISK

STORY = {
    "title": "Worldwide 502s after a WAF rule exhausted edge CPU",
    "layout": "standard",
    "display_tz": "America/Los_Angeles",
    "created_at": "2019-07-08T16:00:00+00:00",
    "summary": (
        "A small change to the WAF managed rules went out to every edge machine at once in log-only "
        "mode. One of its regular expressions backtracked without limit on ordinary requests, so the "
        "cores serving HTTP and HTTPS ran at full CPU and visitors got 502 errors. A guard that would "
        "have capped the cost had been removed a few weeks before. Responders found the WAF as the "
        "cause, and turned it off everywhere with the global terminate switch; reaching the switch "
        "took longer because some internal tools sat behind the failing edge."
    ),
    "impact": (
        "For 27 minutes sites behind the edge answered with 502 errors; at the worst point about 80% "
        "of traffic was lost worldwide. Internal tools behind the same edge, Access among them, were "
        "hard for responders to reach."
    ),
    "error_budget_spent": 33.0,
    "times": {
        "started_at": "2019-07-02T13:42:00+00:00",
        "detected_at": "2019-07-02T13:45:00+00:00",
        # acknowledged_at is left unknown on purpose: the paging log has no acknowledgement,
        # and the prep note on the first page asks the group for it.
        "mitigated_at": "2019-07-02T14:07:00+00:00",
        "resolved_at": "2019-07-02T14:09:00+00:00",
    },
    "participants": [
        {"name": "Maya Okonkwo", "role": "facilitator (SRE manager)", "tz": "Europe/London", "facilitator": True},
        {"name": "Tomás Herrera", "role": "firewall team, wrote the rule change", "tz": "Europe/Lisbon"},
        {"name": "Priya Raman", "role": "SRE on call", "tz": "Asia/Singapore"},
        {"name": "Jonas Lindqvist", "role": "edge platform engineer", "tz": "Europe/Stockholm"},
        {
            "name": "Dana Whitlock",
            "role": "customer support lead",
            "tz": "America/Chicago",
            "proxy_for": "Support in Australia (Australia/Sydney)",
        },
    ],
    "decision_points": ["attack theory is dropped", "Proposal: use the global terminate switch"],
    "notes": [
        (
            "First page: WAF fault",
            "The paging log shows the trigger but no acknowledgement. Ask on-call when "
            "the page was picked up; the acknowledged time stays blank until then.",
        ),
        ("Global WAF terminate executed", "Ask: what did it take to reach the switch while Access was down?"),
    ],
    "corrections": [
        (
            "CI builds the rules",
            "text",
            "CI builds the rules and the test suite passes; the suite checks what rules match, not how much CPU they use",
            "Clarified with the firewall team during prep",
        ),
    ],
    "findings": [
        {
            "key": "regex",
            "kind": "contributor",
            "category": "technical",
            "text": "The new rule's regular expression could backtrack without limit, and nothing capped its CPU cost",
            "events": ["CI auto-deploys the rule change", "CPU on cores serving HTTP"],
            "whys": [
                "Why did CPU reach 100% everywhere? The new pattern backtracked catastrophically on ordinary requests.",
                "Why did such a pattern reach production? The tests checked which requests a rule matches, not what it costs to run.",
                "Why did nothing stop the runaway evaluation? The CPU guard had been removed a few weeks earlier, and the engine has no limit of its own.",
                "Why did it reach every machine at once? Rule changes use a fast global path so that new threats can be answered within minutes.",
            ],
            "systemic_factor": "One fast, global deploy path for every WAF change, with no check on the cost of a rule",
        },
        {
            "key": "simulate",
            "kind": "contributor",
            "category": "process",
            "text": "Log-only (simulate) mode still runs a rule in full, so a log-only change carried the same CPU risk as a blocking one",
            "events": ["CI auto-deploys the rule change"],
        },
        {
            "key": "tools",
            "kind": "contributor",
            "category": "technical",
            "text": "Responders' own tools sat behind the failing edge; the bypass was rarely used and some credentials had expired",
            "events": ["Global WAF terminate executed"],
        },
        {
            "key": "switch",
            "kind": "mitigator",
            "category": "technical",
            "text": "A global terminate switch for the WAF existed, and traffic recovered two minutes after it was used",
            "events": ["Global WAF terminate executed", "Worldwide traffic and CPU return to normal"],
        },
        {
            "key": "alerting",
            "kind": "mitigator",
            "category": "technical",
            "text": "The first page came three minutes after the deploy and named the WAF",
            "events": ["First page: WAF fault"],
        },
        {
            "key": "key-person",
            "kind": "risk",
            "category": "process",
            "text": KEY_PERSON_RISK,
            "events": ["Proposal: use the global terminate switch"],
        },
        {
            "key": "bypass",
            "kind": "risk",
            "category": "technical",
            "text": "Tooling risk: the emergency bypass for internal tools is rarely exercised, so its credentials can expire unnoticed",
            "events": ["Global WAF terminate executed"],
        },
    ],
    "actions": [
        {
            "title": "Restore a CPU limit on WAF rule evaluation",
            "owner": "Tomás Herrera",
            "priority": "P0",
            "due": "2019-07-19",
            "done": "A rule that exceeds the limit is stopped and reported in a staging test",
            "effort": "M",
            "finding": "regex",
        },
        {
            "title": "Add a regex cost check to the rules CI",
            "owner": "Tomás Herrera",
            "priority": "P1",
            "due": None,
            "done": "CI fails on a pattern known to backtrack catastrophically",
            "effort": "S",
            "finding": "regex",
        },
        {
            "title": "Roll routine WAF rule changes out in stages, as software is",
            "owner": "Jonas Lindqvist",
            "priority": "P1",
            "due": "2019-08-30",
            "done": "A routine rule change reaches one city first and goes global only after health checks pass",
            "effort": "L",
            "finding": "simulate",
        },
        {
            "title": "Give responders a way into internal tools that does not depend on the edge",
            "owner": "Priya Raman",
            "priority": "P1",
            "due": "2019-08-16",
            "done": "",
            "effort": "M",
            "finding": "tools",
        },
        {
            "title": "Drill the global WAF terminate switch every quarter",
            "owner": "Priya Raman",
            "priority": "P2",
            "due": "2019-09-30",
            "done": "A staging drill reaches and flips the switch in under five minutes, written up",
            "effort": "S",
            "finding": "key-person",
        },
    ],
    "parking": [
        {"text": "Could simulate mode evaluate new rules on a small share of machines only?", "box": "framing"},
        {
            "text": "Did the same refactor remove guards anywhere else?",
            "box": "framing",
            "outcome": "follow-up",
            "owner": "Jonas Lindqvist",
        },
        {
            "text": "Rename the 'simulate' mode",
            "box": "framing",
            "outcome": "dropped",
            "reason": "The name is not what let this through; the staged-rollout action covers the risk",
        },
    ],
    "debrief": {
        "went_well": [
            "The first page named the WAF three minutes after the deploy",
            "The global terminate switch worked as soon as it was reached",
        ],
        "affirmations": [
            ("Priya Raman", "kept a running log in the incident channel, which made this timeline quick to rebuild"),
        ],
        "lessons": ["A log-only mode is not a safe mode when the rule still runs in full"],
    },
    "meeting": None,
}

"""GitLab.com, 31 January 2017: the primary database's data directory removed during a repair.

A SEV1 review on the 90-minute layout, run from start to end and closed.
"""

from example_stories.shared import KEY_PERSON_RISK

STORY = {
    "title": "Database outage and data loss during a replication repair",
    "layout": "sev1",
    "display_tz": "Europe/Amsterdam",
    "created_at": "2017-02-06T10:00:00+00:00",
    "summary": (
        "Hours of spam-driven load broke replication from the primary database to its secondary. "
        "While rebuilding the secondary late at night, the data directory was removed on the primary "
        "instead. None of the regular backup mechanisms produced a usable copy, so the database was "
        "restored from a manual snapshot taken about six hours earlier for an unrelated test, copied "
        "from slow staging disks over about 18 hours."
    ),
    "impact": (
        "GitLab.com was offline for about 18 hours. Database changes made after 17:20 UTC on 31 January "
        "were lost: about 5,000 projects, 5,000 comments and 700 new accounts. Git repositories and "
        "wikis were not affected."
    ),
    "error_budget_spent": 100.0,
    "times": {
        "started_at": "2017-01-31T18:00:00+00:00",
        "detected_at": "2017-01-31T18:00:00+00:00",
        "acknowledged_at": "2017-01-31T18:00:00+00:00",
        "mitigated_at": "2017-02-01T17:00:00+00:00",
        "resolved_at": "2017-02-01T18:14:00+00:00",
    },
    "participants": [
        {
            "name": "Hannah Vogel",
            "role": "facilitator (infrastructure lead)",
            "tz": "Europe/Berlin",
            "facilitator": True,
        },
        {"name": "Marco Silva", "role": "database engineer, led the restore", "tz": "America/Sao_Paulo"},
        {"name": "Aisha Rahman", "role": "production engineer on call", "tz": "Europe/Amsterdam"},
        {"name": "Pieter de Vries", "role": "database engineer", "tz": "Africa/Johannesburg"},
        {
            "name": "Nadia Petrova",
            "role": "support lead",
            "tz": "Europe/Sofia",
            "proxy_for": "Support APAC (Asia/Seoul)",
        },
        {"name": "Joon-ho Park", "role": "support engineer", "tz": "Asia/Seoul"},
    ],
    "decision_points": [
        "Suspecting the leftover data directory",
        "Recovery starts from the staging copy",
        "Status account announces emergency database maintenance",
    ],
    "notes": [
        (
            "Suspecting the leftover data directory",
            "Both shells looked the same; nothing on screen said which host was the primary.",
        ),
        (
            "Recovery starts from the staging copy",
            "Marco: staging data was backed up first so the rescue could not make things worse.",
        ),
    ],
    "corrections": [
        (
            "Paged: replication to the secondary",
            "actor",
            "monitoring (replication lag check)",
            "The page came from the replication lag check, not the general load alert",
        ),
    ],
    "findings": [
        {
            "key": "manual",
            "kind": "contributor",
            "category": "process",
            "text": "Rebuilding the secondary meant typing destructive commands by hand on production hosts, late at night, after hours of firefighting",
            "events": ["Suspecting the leftover data directory", "Resync attempts"],
            "whys": [
                "Why was the primary's data directory removed? The resync was done by hand, and the command ran in the shell connected to db1, not db2.",
                "Why by hand? Replication had broken and there was no scripted way to resync a secondary.",
                "Why did nothing stand in the way on the primary? The two hosts' shells looked alike and no step asked for confirmation.",
                "Why had these gaps not come up before? Database recovery was seldom practised, so the missing tooling stayed invisible.",
                "Why was it seldom practised? Nobody owned backup and restore from end to end.",
            ],
            "systemic_factor": "Backup and recovery had no owner and were never restored in a drill, so their gaps were unknown",
        },
        {
            "key": "backups",
            "kind": "contributor",
            "category": "technical",
            "text": "Every regular backup mechanism turned out unusable when needed; the only good copy was a manual snapshot",
            "events": ["Recovery starts from the staging copy"],
        },
        {
            "key": "wal",
            "kind": "contributor",
            "category": "technical",
            "text": "Without WAL archiving, a secondary that fell behind could only be rebuilt from scratch",
            "events": ["Replication is broken"],
        },
        {
            "key": "load",
            "kind": "contributor",
            "category": "external",
            "text": "Spam traffic and a background hard-delete job kept the database under heavy load for hours",
            "events": ["Spammers creating snippets", "DB load climbs"],
        },
        {
            "key": "snapshot",
            "kind": "mitigator",
            "category": "human",
            "text": "A manual snapshot taken at 17:20 for an unrelated test became the copy that saved most of the data",
            "events": ["Manual LVM snapshot"],
        },
        {
            "key": "live-notes",
            "kind": "mitigator",
            "category": "process",
            "text": "Sharing live notes in public kept users informed through the long restore",
            "events": ["Status account admits production data"],
        },
        {
            "key": "key-person",
            "kind": "risk",
            "category": "process",
            "text": KEY_PERSON_RISK,
            "events": ["Resync attempts"],
        },
        {
            "key": "restore-speed",
            "kind": "risk",
            "category": "technical",
            "text": "Tooling risk: restore speed depends on storage nobody sized for a restore (throttled staging disks)",
            "events": ["Database restored without webhooks"],
        },
    ],
    "actions": [
        {
            "title": "Name an owner for backup and restore, with a monthly restore test",
            "owner": "Hannah Vogel",
            "priority": "P0",
            "due": "2017-02-17",
            "done": "An owner is named and the first restore test is written up",
            "effort": "M",
            "finding": "manual",
        },
        {
            "title": "Turn on WAL archiving for the production database",
            "owner": "Pieter de Vries",
            "priority": "P0",
            "due": "2017-02-14",
            "done": "WAL segments are archived and a point-in-time restore to staging succeeds",
            "effort": "M",
            "finding": "wal",
        },
        {
            "title": "Alert when a backup job produces no file or an empty one",
            "owner": "Marco Silva",
            "priority": "P1",
            "due": None,
            "done": "A broken backup pages within an hour, tested by breaking one on purpose",
            "effort": "S",
            "finding": "backups",
        },
        {
            "title": "Make production shells show the host and its role clearly",
            "owner": "Aisha Rahman",
            "priority": "P1",
            "due": "2017-02-21",
            "done": "",
            "effort": "S",
            "finding": "manual",
        },
        {
            "title": "Script the secondary resync so no destructive command is typed by hand",
            "owner": "Pieter de Vries",
            "priority": "P1",
            "due": "2017-03-03",
            "done": "One reviewed script resyncs a secondary and refuses to run on the primary",
            "effort": "M",
            "finding": "key-person",
        },
        {
            "title": "Move restore staging to storage sized for a full-speed copy",
            "owner": "Marco Silva",
            "priority": "P2",
            "due": "2017-03-31",
            "done": "A full restore rehearsal finishes in under four hours",
            "effort": "L",
            "finding": "restore-speed",
        },
    ],
    "parking": [
        {
            "text": "Should an abuse report be able to trigger a hard delete without a human check?",
            "box": "timeline",
            "outcome": "follow-up",
            "owner": "Nadia Petrova",
        },
        {
            "text": "Compare hosting providers on disk performance",
            "box": "analysis",
            "outcome": "dropped",
            "reason": "Out of scope here; the restore-storage action covers what this review needs",
        },
        {"text": "How do we tell each affected user what of theirs was lost?", "box": "actions"},
    ],
    "debrief": {
        "went_well": [
            "The team chose to be open: live notes and a public stream during the restore",
            "Staging data was backed up before the rescue began, so the recovery could not make things worse",
        ],
        "affirmations": [
            ("Marco Silva", "worked out that the 17:20 snapshot was usable and planned the copy from staging"),
            (
                "Aisha Rahman",
                "blocked spammer addresses and removed spam accounts all evening, keeping the site up under load",
            ),
        ],
        "lessons": [
            "A backup that has never been restored is a hope, not a backup",
            "Tired people and look-alike shells are a system problem; the tooling has to carry the care",
        ],
    },
    "done_later": [
        ("Turn on WAL archiving for the production database", "2017-02-13"),
        ("Name an owner for backup and restore, with a monthly restore test", "2017-02-16"),
    ],
    "meeting": {
        "start": "2017-02-07T14:00:00+00:00",
        "minutes": [6, 15, 33, 25, 14],
        "extend": {"analysis": 5},
        "round": {
            "box": "timeline",
            "prompt": "What surprised you?",
            "turns": [
                ("Marco Silva", 180, "spoke", "", "That every backup we had failed in a different way"),
                ("Aisha Rahman", 120, "spoke", "", "How ordinary the two terminals looked side by side"),
                ("Pieter de Vries", 150, "spoke", "", "That pg_basebackup hung without printing any error"),
                (
                    "Joon-ho Park",
                    45,
                    "absent",
                    "Nadia Petrova",
                    "Users in Asia woke up to the outage and found the live notes first",
                ),
                ("Nadia Petrova", 90, "spoke", "", "How much people valued the open notes, even with bad news in them"),
                ("Hannah Vogel", 5, "passed", "", ""),
            ],
        },
    },
}

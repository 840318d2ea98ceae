"""Outcomes put down to a person: the harm, then who it is owed to, or an act, then the harm it did.

- the outcome owed to someone: "the delay was mostly down to Dmitri not escalating", "the outage
  was largely due to the release captain", "the responsible for this outage is Hana";
- a person's act named as the cause: "root cause: Sanjay's edit to the firewall rules", "Wei's
  call, and arguably the wrong one";
- an act and the harm that followed it: "kept going after the first red check, and that's what
  turned a blip into an outage", "purged the queue, losing every pending order", "an apology for
  causing this".

What the outcome is owed to when it is no one passes ("the delay was down to the vendor's API",
"the recovery was thanks to Mei"), and so does a denial ("the outage was not down to Mei").
Patterns read the normalized text of `blame_people` and compile on first use.
"""

from __future__ import annotations

from facilitator.checks.blame_acts import FOUND
from facilitator.checks.blame_patterns import FAULT, FAULT_PLACED, SUBJ, Family, _any, _branches

_OUTCOME = _any(
    "outage outages delay delays incident incidents failure failures downtime problem problems issue issues crash "
    "crashes mess breakage loss data_loss slowdown breach leak leaks pages rollback rollbacks disruption regression "
    "regressions extra_hour extra_hours lost_hour lost_hours damage sev1 sev2 backlog lag page_storm alert_storm "
    "escalation fallout blip spike errors corruption"
)
"""A harm that can be owed to someone."""
_OWED = _any(
    "down_to due_to because_of on_account_of the_result_of a_result_of the_direct_result_of a_direct_result_of "
    "the_fault_of thanks_to courtesy_of attributable_to traceable_to owing_to caused_by"
)
_CREDITED = r"(?! 's (?:[a-z-]+ )?(?:fix|fixes|work|help|quick|catch|rollback|rollbacks|thinking|call|response|patch))"
"""Owed to a person's fix is credit: "the short outage was down to Mei's quick rollback"."""
_ACT_NOUN = _any(
    "change changes edit edits commit commits config configs deploy deploys deployment push script query migration "
    "mistake mistakes error errors decision call typo command patch pr merge update rollout fix hotfix cleanup action "
    "actions rule rules approval override restart failover refactor upgrade release"
)
_HARMING = _any(
    "losing wiping wiping_out breaking taking_down taking_out knocking_out knocking_over killing corrupting destroying "
    "crashing exposing leaking deleting erasing dropping bringing_down locking_out paging waking"
)
_NOT_HARMED = (
    r"(?!(?:the |our )?(?:error|latency|load|cpu|memory|queue|lag|backlog|alert|alerts|noise|rate|page|p99)(?![^ ]))"
)
"""What a harm verb can do good to: "drained the node, dropping the error rate"."""
_TURNED = _any(
    "turned made caused took broke brought started triggered escalated blew knocked killed cost tipped pushed sank "
    "wrecked doubled tripled leaked crashed went_wrong exposed overloaded filled_up got_leaked got_out"
)

OUTCOME_FAMILIES: tuple[Family, ...] = (
    *_branches(
        FAULT_PLACED,
        FAULT,
        (
            "down due because account result fault thanks courtesy attributable traceable owing caused",
            rf"(?<![^ ])(?:[a-z-]+ )?{_OUTCOME}(?: (?!(?:not|never|no|[a-z]*n't|hardly)(?![^ ]))(?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,3}}?"
            rf"(?: (?:was|is|'s|were|are|came|comes|happened|started|occurred|began|lies|sits|rests))?"
            rf"(?! (?:not|never|[a-z]*n't)(?![^ ]))"
            rf"(?: (?:[a-z]+ly|all|partly|mostly|largely|entirely|squarely|solely|purely|just|only|really))*"
            rf" {_OWED} §(?! 's (?:[a-z-]+ )?(?:api|service|system|servers?|tool|tooling|cluster|pipeline|config))"
            rf"{_CREDITED}",
            "outage outages delay delays incident incidents failure failures downtime problem problems issue issues "
            "crash crashes mess breakage loss data slowdown breach leak leaks pages rollback rollbacks disruption "
            "regression regressions extra hour hours lost damage sev1 sev2 backlog lag storm escalation fallout blip "
            "spike errors corruption",
        ),
        (
            "because",
            # "because of Nalani the deploy is failing two times": the cause first, then the harm
            r"(?:^|(?<=[,;:.!?|] ))because of §(?! 's)(?! (?:quick|fast|rapid|early|prompt)(?![^ ]))(?: ,)?"
            r" (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){1,6}?(?:fail|fails|failing|failed|broke|broken|down|crashed|crashing|lost"
            r"|lose|losing|late|delayed|stuck|outage|errors)(?![^ ])",
            "fail fails failing failed broke broken down crashed crashing lost lose losing late delayed stuck outage errors",
        ),
        (
            "problem issue cause reason",
            r"(?<![^ ])(?:the )?(?:real |main |actual |whole |only |biggest |root )?(?:problem|issue|cause|reason)"
            r" (?:was|is|'s) §(?: 's)? (?:not|never|failing to|forgetting to|refusing to)"
            r" (?!(?:having|being|knowing|getting|given|told)(?![^ ]))[a-z-]+",
        ),
        (
            "cause culprit trigger",
            rf"(?<![^ ])(?:the )?(?:root |real |main |actual |underlying |primary |direct |immediate |proximate )?"
            rf"(?:cause|culprit|trigger)(?: of (?:[^ ]+ ){{1,3}}?)?(?: was| is| :| -| =)(?: simply| just| clearly"
            rf"| ultimately| obviously)? § 's (?:[a-z-]+ ){{0,2}}?{_ACT_NOUN}(?![^ ])",
        ),
        (
            "responsible responsable culprit guilty blame party",
            r"(?<![^ ])the (?:one |person |people |party |team )?(?:responsible|responsable|culprit|guilty(?: party)?"
            r"|one to blame|ones to blame|person to blame|to blame)(?: (?:for|of)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){1,4}?)?"
            r"(?: ,)? (?:is|was|'s|are|were) (?:clearly |obviously |simply |just )?§(?! 's)",
        ),
        (
            "responsible responsable blame fault",
            rf"{SUBJ}(?: (?:is|was|are|were|'s|'re))(?: (?:[a-z]+ly|solely|fully|partly|entirely|squarely|directly))*"
            r" (?:responsible|responsable|to blame|at fault) (?:for|of) (?:the |these |those |all the |our )?(?:lost"
            r"|missing|broken|failed|dropped|corrupted|deleted|duplicated|wasted|stale|late|double|bad|wrong|angry|unhappy"
            r"|extra) [a-z-]+(?![^ ])",
        ),
        (
            "wrong bad poor terrible costly reckless dangerous",
            r"§ 's (?:[a-z-]+ )?(?:call|decision|choice|idea|plan|move)(?: [^.!?|]+?)? (?:and|,|but)"
            r"(?: [a-z]+ly)? (?:a|the) (?:wrong|bad|poor|terrible|costly|reckless|dangerous) (?:one|call|decision|choice)"
            r"(?![^ ])"
            r"|§ 's (?:[a-z-]+ )?(?:call|decision|choice|idea|plan|move)(?: [^.!?|]+?)? (?:proved|turned out|looks|looked"
            r"|seems|seemed)(?: to be)?(?: [a-z]+ly)? (?:(?:a|the) )?(?:wrong|bad|poor|terrible|costly|reckless|dangerous"
            r"|mistaken)(?: one| call| decision| choice)?(?![^ ])",
        ),
        negatable=True,
    ),
    *_branches(
        FAULT_PLACED,
        FAULT,
        (
            "what",
            rf"{SUBJ} (?!{FOUND}(?![^ ]))(?:[^ ,;:.!?|]|[:.](?=[^ ]))+(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,13}}?(?: ,)?"
            rf"(?: and| which)?(?: (?:that|this|it|which)"
            rf" (?:'s|is|was))? (?:exactly |precisely )?what {_TURNED}(?![^ ])",
        ),
        (
            "losing wiping breaking taking knocking killing corrupting destroying crashing exposing leaking deleting "
            "erasing dropping bringing locking paging waking",
            rf"{SUBJ}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{1,10}}? , (?:thereby |effectively |basically |in effect )?"
            rf"{_HARMING} {_NOT_HARMED}(?:every|all|the|our|a|an|[0-9]+|both|half|most|each|everyone|everybody|§)(?![^ ])"
            rf"|(?<![^ ])by §(?! 's)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,4}} , (?:thereby |effectively |basically )?"
            rf"{_HARMING} {_NOT_HARMED}(?:every|all|the|our|a|an|[0-9]+|both|half|most|each|everyone|everybody|§)(?![^ ])",
        ),
        (
            "causing",
            r"§(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){1,10}? for causing (?:this|that|it|the|our|all|so much|an?)(?![^ ])",
        ),
    ),
)
"""Every branch needs someone in the text; a denial before it ("not down to Mei") drops the first four."""

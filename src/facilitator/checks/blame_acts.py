"""Acts told as mistakes: what a person did, framed so that it reads as their error.

- the wrong target or a bad thing shipped: "Mateo deployed the wrong version", "the vendor's
  engineer pushed an untested firmware update";
- mis- verbs and accidents: "Bogdan misconfigured the load balancer", "Emre dropped the
  production table by accident";
- a safety step gone round: "Siddharth bypassed the canary", "Yaw overrode the safety check";
- one thing done instead of another: "Farah restarted the primary instead of the replica";
- "managed to miss all five pages", "blocked the fix for no good reason", "let it slide",
  "ran the script and didn't tell anyone", "took them three hours to notice";
- the outcome put on a person's act: "the outage happened because Siddharth disabled the checks".

A neutral account of the same act passes: "Ana deleted the stale records as part of the planned
cleanup", "Mei found the wrong config", "I dropped the wrong table at first" (the writer's own).
Patterns read the normalized text of `blame_people` and compile on first use.
"""

from __future__ import annotations

from facilitator.checks.blame_patterns import (
    DISMISS,
    FAULT,
    FILL,
    JUDGEMENT,
    MISTAKE,
    NEGATED_CLAUSE,
    SKIP,
    SUBJ,
    WALKED_AWAY,
    Family,
    _any,
    _branches,
)

ERRED = "mistaken act"

FOUND = _any(
    "found noticed spotted caught flagged saw identified reverted fixed corrected removed undid replaced reported "
    "detected diagnosed traced investigated debugged isolated located pinpointed uncovered discovered tracked "
    "highlighted mentioned explained described documented questioned rejected blocked refused noted confirmed "
    "verified checked realised realized suspected warned guessed thought said asked told wondered pointed"
)
"""Verbs of finding or undoing: "Mei spotted the wrong config" is no mistake of hers."""
_DID = (
    r"(?!" + FOUND + r"(?![^ ]))(?:[a-z-]+ed|ran|hit|took|chose|sent|put|set|made|wrote|shut|cut|built|brought|gave"
    r"|spent|given|taken|chosen|written|done)"
)
_FOUND_NOW = _any(
    "finds notices spots catches flags sees identifies reverts fixes corrects removes reports says thinks asks explains "
    "mentions notes confirms checks suspects"
)
"""Present-tense finding, as a timeline writes it: "14:31 Mei spots the wrong config" is no mistake of hers."""
_BAD = _any("bad broken buggy faulty untested unreviewed half-baked dodgy incorrect red failing")
_SHIPPED = _any(
    "pushed shipped deployed merged wrote committed applied introduced released rolled_out approved ran uploaded "
    "published push pushes ship ships deploy deploys merge merges signed_off_on"
)
_MIS = _any(
    "misconfigured misconfigures mistyped misrouted mislabelled mislabeled misapplied misjudged mishandled "
    "miscalculated misclicked mis-set misused mis-configured"
)
_GUARD = _any(
    "safety canary canaries review approval approvals check checks guard guardrail guardrails freeze process lint "
    "linter tests ci gate protection protections lock locks health_checks healthchecks preflight pre-flight alerts "
    "alerting alarms monitoring paging pager backups backup snapshots replication firewall waf audit_logging audit_logs "
    "rate_limiting rate_limiter rate_limits circuit_breakers? encryption mfa 2fa"
)
_WENT_ROUND = _any("bypassed bypasses circumvented circumvents overrode overrides overridden worked_around went_around")
_TURNED_OFF = _any("disabled disables turned_off switched_off")
_REASONED = (
    r"(?!(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,6}? (?:to|after|once|because(?! of §)|since|as|while|when|until|per|with"
    r"|for|during)(?![^ ]))"
)
"""No reason or purpose follows: "disabled the canary to unblock the hotfix" is a decision, not a lapse ("and now
it's slow because of him" is what followed, no reason)."""
_CHOSE = _any("used chose picked preferred opted went selected switched moved decided asked suggested")
"""Choices, not slips: "Tomasz used the CLI instead of the console" is a decision."""
_DECIDED = r"made (?:the |a |an |§ 's )?(?:[a-z-]+ ){0,2}?(?:decision|call|choice)(?![^ ])"
"""A decision told as one: "Mei made the rollback call instead of waiting" is a choice, not a slip."""
_SECRETS = _any(
    "credentials credential secret secrets password passwords keys key token tokens api_key api_keys access_key "
    "private_key ssh_key"
)
_MISHAPS = _any(
    "miss break forget ignore delete drop take lose skip crash wipe nuke overlook corrupt kill brick misconfigure sleep "
    "mess screw knock bring"
)
_DUTIES = _any(
    "tell inform notify escalate page check verify test wait ask update document follow read look review monitor "
    "watch mention warn roll_back restore back_up report communicate ack acknowledge respond answer hand_over handover "
    "hand_off"
)
_NOTICE = _any(
    "notice respond reply answer ack acknowledge show_up look react escalate wake_up read see join pick_up get_back "
    "do_anything roll_back"
)
_LONG = r"(?:[^ ]+ )?(?:hours|days|weeks|an hour|a day|a week|forever|ages|way too long|too long)"
_UNEXCUSED = (
    r"(?![^.!?|]*(?<![^ ])(?:because|after|once|since|with (?:the )?(?:[^ ]+ 's )?(?:sign-off|signoff|approval|ok"
    r"|go-ahead|blessing)|as (?:agreed|planned|scheduled|required|documented|instructed|(?:the |§ 's |our |their |its )?"
    r"(?:[a-z-]+ ){0,3}?(?:requires|says|required|said|asks|asked|recommends|recommended|prescribes|instructs|allows"
    r"|allowed|permits|permitted))|per|following|according to|to (?:patch|fix|stop|restore|mitigate|unblock|recover))(?![^ ]))"
)
"""No reason follows: "pushed the hotfix anyway after the IC approved it" is a decision with a reason."""
_RULEBOOK = (
    r"(?:the |our |§ 's )?(?:[a-z-]+ )?(?:runbook|process|policy|procedure|checklist|docs|documentation|rule|rules|guide"
    r"|wiki|playbook|sop|standard|guidelines|handbook)"
)
_SNUCK = (
    r"(?:sneak|sneaks|sneaked|snuck|sneaking) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,4}?in(?![^ ])"
    r"|(?:sneak|sneaks|sneaked|snuck|sneaking) in (?:a|an|the|another|one|some|§ 's)(?![^ ])"
)
"""A change slipped past the gate on the quiet: "snuck a config change in during the freeze"."""
_DEFIED = (
    r"(?:after|despite) (?:being|having been) (?:told|asked|warned|reminded|instructed)(?: [a-z]+){0,2}? not to"
    rf"|(?:even though|although|though|when|while) {_RULEBOOK}(?: [a-z]+ly)? (?:says|said|states|stated|requires"
    r"|required|forbids|forbade|asks|asked|spells out|makes clear|is clear)"
    r"|even though (?:the |a |an |all |§ 's |our )?(?:[a-z-]+ ){0,3}?(?:was|were|is|are) (?:still )?(?:red|failing"
    r"|broken|down|flaky|unhealthy|alerting)"
    r"|without (?:so much as|even) (?:a |one |a single )?(?:glance|look|peek|opening|reading|looking|checking|testing"
    r"|glancing)"
    r"|without (?:taking|getting|seeking|asking for|obtaining|waiting for) (?:any |an? |the |proper )?(?:approval|sign-off"
    r"|signoff|permission|go-ahead)"
    r"|(?:rather than|instead of) (?:[^ ,;:.!?|]+ ){1,6}?like (?:everyone|everybody|the rest of (?:us|the team)|all of us)"
    r"|(?:by hand|manually) rather than (?:going through|using|running|following)"
    r"|(?:knowing|§ (?:was|were|is) (?:very |fully |perfectly |well )*aware)(?: full well| perfectly well| very well)?"
    r"(?: that)? (?:it|this|that) (?:was|is|'s) (?:not allowed|not permitted|forbidden|banned|against the (?:rules|policy"
    r"|runbook|process))"
)
"""Done against a rule or an instruction the person had: "after being told twice not to", "even though the runbook
says one at a time", "without so much as a glance at", "without taking approval", "by hand rather than", "knowing it
was not allowed"."""
_NO_EXCUSE = r"(?![^.!?|]*(?<![^ ])(?:because|since|as|due to)(?![^ ]))"
_SAME_CLAUSE = r"(?: (?!(?:after|because|when|since|once|until|while|before|that|which|who|if|so|and|but|as)(?![^ ]))(?:[^ ,;:.!?|]|[:.](?=[^ ]))+)"
"""A word of the same clause: not one that opens another ("restarted it after the wrong config was found")."""
_RISKY_OPS = _any(
    "restarted rebooted killed deleted dropped drained terminated truncated purged wiped upgraded recycled bounced "
    "deployed pushed migrated failed_over rolled_out shipped released merged push deploy merge ship release restart "
    "disabled turned_off switched_off silenced muted ran kicked_off started launched triggered executed applied flipped "
    "revoked rotated changed updated edited rewrote replaced swapped cut_over switched moved renamed resized scaled "
    "altered reconfigured"
)
_AT_ONCE = _any("at_once at_the_same_time simultaneously in_one_go all_together in_parallel")
_PEAK = (
    r"(?:during (?:the )?(?:[a-z-]+ )?(?:peak|peak hours|peak traffic|busiest hour|business hours|trading hours|change freeze|code freeze"
    r"|freeze|launch|sale|black friday|cyber monday|morning rush|evening rush)|at (?:peak|peak time|peak hours|peak traffic"
    r"|noon|lunchtime|rush hour|[56] ?pm on a friday)|in the middle of (?:the day|peak|the launch|the sale|business hours)"
    r"|on (?:a )?fridays?(?: evening| afternoon| night)?s?|late on (?:a )?friday|friday (?:evening|night)s?|just before (?:the )?"
    r"(?:weekend|holiday|holidays|freeze|launch)|while (?:it|they|the [a-z-]+|§ 's [a-z-]+) (?:was|were|is|are) still"
    r" (?:taking|serving|handling|processing|receiving|running|doing|replicating|syncing|backing up|draining)"
    r"|mid-(?:backup|migration|failover|deploy|rollout|sync|replication|transaction|restore)|at the (?:very )?end of"
    r" (?:(?:§ 's|the) (?:shift|day|week)|§(?= [.,;!?]|$| and | then | before ))|(?:right|just) before (?:§ 's shift ends|logging off|leaving|going home|§ (?:left"
    r"|logged off|went home)))(?![^ ])"
)
"""When an operation should not run: "dropped the index during peak hours"."""
_PROD = _any("prod production live primary customer-facing")
_HARM_GONE = _any(
    "deleted dropped wiped truncated purged nuked killed force-pushed delete drop wipe truncate purge overwrote "
    "overwrites overwritten clobbered erased destroyed corrupted"
)
_IRREPLACEABLE = _any(
    "backup backups snapshot snapshots audit_log audit_logs audit_trail customer_data user_data customer_records "
    "only_copy last_good_backup recovery_keys"
)
"""What no plan should lose: "deleted the customer backups", "overwrote the audit log"."""

ACT_FAMILIES: tuple[Family, ...] = (
    *_branches(
        ERRED,
        MISTAKE,
        (
            "wrong bad broken buggy faulty untested unreviewed half baked dodgy incorrect wrongly incorrectly badly red failing",
            rf"(?:{SUBJ}{FILL} (?:{_DID}|did (?!(?:{FOUND}|nothing|anything|not|so|it)(?![^ ]))[a-z-]+)(?: (?:us|them|me|him|her|§|the team|everyone))?(?: (?:completely|totally|entirely"
            rf"|really|clearly))? (?:(?:the|a|an) )?wrong (?:[^ ,;:.!?|]|[:.](?=[^ ]))+"
            rf"|{SUBJ}{FILL} (?:{_DID}|(?!(?:{FOUND}|and|or|but|was|were|is|are|been|be|being|had|has|have|looking|looked"
            rf"|watching|watched|staring|stared)(?![^ ]))[a-z]+){_SAME_CLAUSE}{{0,4}}? (?:against|on|in|to|into|at|from)"
            r" (?:(?:the|a|an) )?wrong (?:[^ ,;:.!?|]|[:.](?=[^ ]))+"
            rf"|{SUBJ}{FILL} (?!{_FOUND_NOW}(?![^ ]))[a-z]+s (?:the|a|an) wrong (?:[^ ,;:.!?|]|[:.](?=[^ ]))+"
            # "Joost has the database wrong configured": the object before the manner, as Dutch or German orders it
            rf"|{SUBJ}{FILL} (?:has|have|had) (?:the |a |an |§ 's )?(?:[a-z-]+ ){{1,2}}?(?:wrong|wrongly|incorrectly|badly)"
            r" [a-z]+(?:ed|t|en)(?![^ ])"
            rf"|{SUBJ}{FILL} {_SHIPPED} (?:(?:the|a|an|another|§ 's|some) )?(?:really )?{_BAD}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{1,2}}"
            rf"|{SUBJ}{FILL} (?:{_DID}|(?:(?:is|was|are|were) )?(?:make|do|set|put|configure|write|run|build))(?: up)?"
            rf" (?:the |a |an |it |them |this |that )?(?:[a-z-]+ )?(?:wrong|wrongly"
            rf"|incorrectly|badly)(?![^ ])){_NO_EXCUSE}",
        ),
        (
            "hard coded hardcoded committed pasted checked pushed posted shared leaked copied copying copies pasting pastes "
            "emailed emailing stored storing saved saving dumped dumping",
            rf"{SUBJ}{FILL}(?: (?:is|are|was|were|'s|'re|keeps|kept|keep)(?: [a-z]+ly| forever| always| constantly)?)?"
            rf" (?:hard-coded|hardcoded|hard coded|committed|pasted|checked in|pushed|posted|shared|leaked|copied"
            rf"|copying|copies|pasting|pastes|emailed|emailing|stored|storing|saved|saving|dumped|dumping)"
            rf" (?:the |a |an |§ 's |our |some )?(?:[a-z-]+ ){{0,2}}?{_SECRETS} (?:into|in|to|on|onto|with)(?![^ ])",
        ),
        (
            "knowing knew known",
            rf"{SUBJ}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{1,5}}? (?:knowing|despite knowing|even though § knew|although § knew)"
            r" (?:that )?(?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){1,5}?(?:failing|broken|red|wrong|down|unsafe|untested|flaky)(?![^ ])"
            rf"|{SUBJ}{FILL} {_SHIPPED}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,3}}? with (?:a |the |two |three |several )?known (?:bug|bugs|issue"
            r"|issues|problem|problems|failure|failures|vulnerability|regression)",
        ),
        (
            "left",
            rf"{SUBJ}{FILL} left (?:the |a |an |§ 's )?(?:[a-z-]+ ){{1,3}}(?:on|running|enabled|open|unpatched|exposed|in)"
            r"(?: (?:and|which|,) (?:[^ ]+ )?(?:filled|broke|crashed|caused|took|killed|exposed|leaked|ate|blew))",
        ),
        (
            "looking reviewing checking approving knowing seeing signing telling asking warning informing notifying "
            "consulting fixing testing noticing verifying confirming looping pinging paging letting",
            rf"{SUBJ}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{1,12}}? without (?:(?:anyone|anybody|§)(?: else)? [a-z]+ing"
            r"|(?:telling|asking|warning|informing|notifying|consulting|checking with|looping in|pinging|paging|letting)"
            r" (?:anyone|anybody|§|the|us|them))(?![^ ])",
        ),
        (
            "knew knows aware",
            rf"{SUBJ}{FILL} (?:knew|knows|was aware|were aware|had been told|had seen|saw)(?: full well| perfectly well"
            r"| very well)?(?: that)? (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?(?:was|were|is|are|had been) (?:still )?(?:red"
            r"|failing|broken|down|wrong|unsafe|flaky|corrupted|risky|untested|stale|expired|full)(?![^ ])"
            r"(?![^.!?|]*(?<![^ ])(?:and|so|but) (?:§ )?(?:paused|stopped|halted|rolled back|reverted|held|waited|escalated"
            r"|paged|blocked|fixed|raised|flagged|told|warned)(?![^ ]))",
        ),
        (
            "misconfigured misconfigures mistyped misrouted mislabelled mislabeled misapplied misjudged mishandled "
            "miscalculated misclicked mis set misused configured",
            rf"{SUBJ}{FILL} {_MIS}(?![^ ])",
        ),
        (
            "accidentally mistakenly inadvertently wrongly incorrectly unintentionally mistake accident error",
            rf"{SUBJ}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,2}}? (?:accidentally|mistakenly|inadvertently|wrongly|incorrectly"
            rf"|unintentionally) [a-z][\w-]*"
            rf"|{SUBJ}{FILL} [a-z]+(?:ed|t) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){{0,5}}?(?:by (?:mistake|accident)|in error)(?![^ ])",
        ),
        (
            "bypassed bypasses circumvented circumvents overrode overrides overridden worked went disabled disables "
            "turned switched",
            rf"{SUBJ}{FILL} (?:{_WENT_ROUND}|{_TURNED_OFF}) (?:the |a |an |all |every |§ 's )?(?:[a-z-]+ )?{_GUARD}"
            rf"(?![^ ]){_REASONED}",
        ),
        (
            "once same simultaneously together parallel",
            rf"{SUBJ}{FILL} {_RISKY_OPS}(?: [^ ,;:.!?|]+){{0,5}}? (?:all|every|each|both|the whole)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,3}}? {_AT_ONCE}(?![^ ])"
            + _UNEXCUSED,
        ),
        (
            "step go immediately straight ramp",
            rf"{SUBJ}{FILL} (?:{_RISKY_OPS}|rolled|ramped|flipped|set|turned)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,4}}? (?:to|at) 100 %"
            r" (?:in one (?:step|go)|at once|immediately"
            r"|straight away|without (?:a )?(?:ramp|canary|staging|rollout plan))" + _UNEXCUSED,
        ),
        (
            "peak busiest business trading freeze launch sale friday monday rush noon lunchtime middle weekend holiday "
            "holidays fridays still mid end leaving logging",
            rf"{SUBJ}{FILL} {_RISKY_OPS}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,7}}? {_PEAK}" + _UNEXCUSED,
        ),
        (
            "deleted dropped wiped truncated purged nuked killed force delete drop wipe truncate purge overwrote overwrites "
            "overwritten clobbered erased destroyed corrupted",
            rf"{SUBJ}{FILL} {_HARM_GONE} (?:the |a |an |our |all |every )?(?:[a-z-]+ )?{_PROD} [a-z-]+(?![^ ]){_REASONED}"
            r"(?! (?:as|per|during|for)(?![^ ]))"
            rf"|{SUBJ}{FILL} {_HARM_GONE} (?:the |a |an |our |all |every |§ 's )?(?:[a-z-]+ )?{_IRREPLACEABLE}(?![^ ])"
            + _REASONED,
        ),
        (
            "restored copied wrote synced replayed applied imported loaded restores copies writes",
            rf"{SUBJ}{FILL} (?:restored|copied|wrote|synced|replayed|applied|imported|loaded|restores|copies|writes)"
            r" (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){1,4}?over (?:the )?(?:live|production|prod|current|newer|customer|primary)"
            r" (?:[a-z-]+ )?(?:data|database|db|table|tables|config|records|state)(?![^ ])",
        ),
        (
            "told tells asked instructed ordered encouraged",
            rf"{SUBJ}{FILL} (?:told|tells|asked|instructed|ordered|encouraged|let) (?:§|everyone|everybody|people|the team)"
            r" (?:to |that § could )?(?:just )?(?:ignore|skip|bypass|disable|silence|mute|snooze|override|push through"
            r"|turn off|stop (?:checking|testing|reviewing))(?![^ ])" + _UNEXCUSED,
        ),
        (
            "overwrote overwrites overwritten replaced replaces clobbered",
            rf"{SUBJ}{FILL} (?:overwrote|overwrites|overwritten|replaced|replaces|clobbered) (?:the |our )?(?:[a-z-]+ )?"
            r"(?:prod|production|live|primary)(?: [a-z-]+)? with (?:the |a |an |some )?(?:[a-z-]+ )?(?:staging|test|dev"
            r"|old|wrong|stale|local|broken|untested|default|empty)(?![^ ])",
        ),
        (
            "shipped merged approved waved pushed deployed released rolled signed let",
            rf"{SUBJ}{FILL} (?:shipped|merged|approved|waved through|pushed|deployed|released|rolled out|signed off on"
            r"|let through) (?:a|an|the) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?(?:that|which) (?:then |later |quietly )?(?:§ )?"
            r"(?:broke|deleted|took down|wiped|corrupted|dropped|crashed|killed|leaked|disabled|overwrote|truncated"
            r"|erased|exposed)(?![^ ])",
        ),
        (
            "told said claimed announced reported posted",
            rf"{SUBJ}{FILL} (?:told|said|claimed|announced|reported|posted|promised|assured)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+)"
            r"{0,4}? (?:fixed|resolved|done|safe|fine|tested|working|back up|ready|complete) when (?:it|they|§|that|this)"
            r" (?:wasn't|weren't|was not|were not|hadn't|had not|isn't|wasn't even)(?![^ ])",
        ),
        (
            "left leaves leave",
            rf"{SUBJ}{FILL} (?:left|leaves|leave) (?:the |a |an |§ 's )?(?:[a-z-]+ ){{1,3}}?(?:on|enabled|running|open"
            rf"|unlocked|in (?:[a-z-]+ )?mode) (?:in|on) {_PROD}(?![^ ]){_REASONED}"
            rf"|{SUBJ}{FILL} (?:left|leaves|leave) (?:the |a |an |§ 's |all )?(?:[a-z-]+ ){{1,3}}?(?:on|enabled|running"
            r"|open|unlocked|behind|unpatched|world-readable|public|exposed|in (?:[a-z-]+ )?mode) (?:(?:open |exposed |public )?"
            r"(?:to|on) (?:the )?(?:public )?(?:internet|world|web)|after (?:every|each"
            r"|the|§ 's|a|[a-z]+ing)|overnight|for (?:days|weeks|hours|months|the weekend)|every|each|again|all (?:weekend|night)"
            r"|when § (?:leaves|left|logs off|logged off|goes home|went home))(?![^ ])",
        ),
        (
            "wrong wrongly down crash crashed broken",
            rf"{SUBJ}{FILL} (?:push|pushed|config|configure|configured|set|deploy|deployed|type|typed|put|write"
            r"|wrote|change|changed|setup|set up) (?!(?:nothing|anything|none)(?![^ ]))(?:the |a |an )?(?:[a-z-]+ ){0,2}?"
            r"(?:wrong|wrongly)(?![^ ])(?!(?: [^ ,;:.!?|]+){0,6}? (?:on purpose|deliberately|intentionally|to reproduce"
            r"|to test)(?![^ ]))"
            rf"|{SUBJ}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,8}}? , (?:and )?(?:make|makes|made|making) (?:the |all |our )?"
            r"(?:system|prod|production|site|service|server|servers|database|db|everything|it|cluster|app) (?:down|crash"
            r"|crashed|broken|fail|failed|go down|went down|offline)(?![^ ])",
        ),
        (
            "instead",
            rf"{SUBJ}{FILL} (?!{_CHOSE}(?![^ ])|{_DECIDED}){_DID}(?: out| back| over| up)? (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){{1,5}}?instead of"
            r" (?!(?:guessing|panicking|rushing|blaming|assuming|speculating)(?![^ ]))(?:the |a |an |§ 's )?(?:[^ ,;:.!?|]|[:.](?=[^ ]))+"
            r"(?![^.!?|]*(?<![^ ])(?:because|since|as|per|to avoid|to save|to keep|to limit|at § 's request)(?![^ ]))",
        ),
    ),
    *_branches(
        ERRED,
        DISMISS,
        (
            "despite spite regardless ignoring",
            rf"{SUBJ}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{1,5}}? (?:despite|in spite of|regardless of|ignoring) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){{0,3}}?"
            r"(?:warning|warnings|alert|alerts|freeze|advice|objection|objections|failing|failed|red|errors|concerns"
            r"|pushback|comments|runbook|policy|checklist|being told|being asked|sev[0-9]|sev-[0-9]|incident|outage"
            r"|objections|bug|bugs|issue|issues|risk|risks|sev ?[0-9]|p[0-9])(?![^ ])" + _UNEXCUSED,
        ),
        (
            "told asked warned reminded instructed though although says said states stated requires required forbids "
            "forbade glance look peek opening reading looking checking testing glancing approval sign signoff permission "
            "ahead everyone everybody rest hand manually aware knowing",
            rf"{SUBJ}(?!{NEGATED_CLAUSE})(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{1,12}}?(?: ,)? (?:{_DEFIED})(?![^ ])"
            + _UNEXCUSED,
        ),
        ("sneak sneaks sneaked snuck sneaking", rf"{SUBJ}{FILL} (?:{_SNUCK})"),
        (
            "anyway anyways regardless",
            rf"{SUBJ}{FILL} (?:pushed|shipped|deployed|merged|went ahead|approved|released|rolled out|ran|restarted|did)"
            r"(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,4}? (?:anyway|anyways|regardless)(?![^ ])" + _UNEXCUSED,
        ),
    ),
    *_branches(
        ERRED,
        JUDGEMENT,
        ("managed", rf"{SUBJ}{FILL} (?:somehow |still |even )?managed to {_MISHAPS}(?![^ ])"),
        (
            "closed closes close resolved resolves resolve marked marks declared declares called calls announced "
            "announces",
            rf"{SUBJ}{FILL} (?:closed|closes|close|resolved|resolves|resolve|marked|marks|declared|declares|called|calls"
            r"|announced|announces)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,4}? (?:before|without) (?:the |a |any |anyone |anybody"
            r" |§ )?(?:[a-z-]+ )?(?:fix |change |rollout |recovery |it |anything )?(?:(?:is|was|were|had been|has been"
            r"|being|could be|got) )?(?:actually |really |even |properly )?(?:verified|confirmed|fixed|tested|deployed|done"
            r"|resolved|checked|validated|finished|complete|completed|verifying|confirming|checking|testing)(?![^ ])",
        ),
        (
            "wanted needed keen eager hurry impatient desperate paging page waking wake bothering bother alerting alert "
            "pinging ping annoying annoy interrupting interrupt home sleep bed early train flight cutoff deadline weekend "
            "annoys annoyed bothers bothered wakes woke bugs bugged irritate irritates irritated",
            r"§ (?:[^.!?|]+ )?so (?:that )?(?:it|they|the [a-z-]+|§ 's [a-z-]+) (?:would|wouldn't|could|'d|will|won't)"
            r" (?:stop |quit |no longer |not )?(?:paging|page|waking|wake|bothering|bother|alerting|alert|pinging|ping"
            r"|annoying|annoy|interrupting|interrupt) §(?![^ ])"
            # "disables the alerts because they annoy him": a reason that serves the person who acts
            r"|§ (?:[^.!?|]+ )?(?:because|since|as) (?:it|§|the [a-z-]+)(?: kept| keeps| kept on| always)?"
            r" (?:annoy|annoys|annoyed|annoying|bother|bothers|bothered|bothering|wake|wakes|woke|waking|bug|bugs|bugged"
            r"|bugging|irritate|irritates|irritated|irritating) §(?![^ ])"
            r"|§ (?:[^.!?|]+ )?so (?:that )?§ (?:could|would|'d|can|might) (?:go home|sleep|go to bed|leave early|log off"
            r"|make (?:dinner|the train|a flight|it to)|get (?:some )?sleep|enjoy|avoid being paged|skip the)"
            r"|§ (?:[^.!?|]+ )?(?:because|since|as) § (?:wanted|needed|had|was (?:keen|eager|in a hurry|impatient|desperate)"
            r"|were (?:keen|eager|in a hurry)) to (?:go home|leave|log off|get (?:it|this|home|away|out|done)|make (?:the"
            r"|a|his|her|their) (?:train|flight|cutoff|deadline|demo|dinner)|hit (?:the|a) (?:deadline|date)|sleep|get to"
            r" bed|start (?:the|§ 's) weekend|be done|finish early|skip)",
        ),
        (
            "pointed aimed load stress benchmark experiment cleanup delete purge test tests",
            rf"{SUBJ}{FILL} (?:pointed|aimed|points|aims)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{1,4}}? at (?:the )?(?:prod|production"
            r"|live|primary|customer)(?: [a-z-]+)?(?![^ ])"
            + _UNEXCUSED
            + rf"|{SUBJ}{FILL} (?:[a-z]+(?:ed|t)|ran|run|runs|kicked off|started|launched) (?:a |an |the |§ 's )?(?:load test|stress test|benchmark|experiment|test suite"
            r"|tests|test|cleanup script|delete|purge|chaos test|fuzzer)(?: [a-z-]+)? (?:against|on|in) (?:the )?(?:prod"
            r"|production|live|primary)(?![^ ])" + _UNEXCUSED,
        ),
        (
            "worse doubled tripled extended prolonged worsened lengthened compounded escalated",
            rf"{SUBJ}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{1,12}}? , (?:which|and that|and it|and this) (?:only |just )?(?:made|turned) (?:it"
            r"|things|everything|the outage|the incident|matters) (?:much |a lot |far |even |way )?worse"
            rf"|{SUBJ}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{1,12}}? , (?:which|and that|and it|and this) (?:only |just )?(?:doubled|tripled"
            r"|extended|prolonged|worsened|lengthened|compounded|escalated) (?:it|things|the (?:[a-z]+ )?(?:outage|incident"
            r"|impact|downtime|damage|problem|recovery))",
        ),
        (
            "turned made into",
            rf"{SUBJ}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,8}}? (?:turned|made|converted) (?:a|an|the) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){{1,3}}?into (?:a|an)"
            r" (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ )?(?:stopped|dead|broken|full|total|complete|bigger|worse|hard|multi-hour|global"
            r"|company-wide|outage|disaster|mess|catastrophe)(?![^ ])",
        ),
        (
            "walked abandoned bailed gave left logged went signed disappeared log logs logging go goes going leave leaves "
            "leaving sign signs signing disappear disappears disappearing walk walks walking",
            rf"{SUBJ}{FILL} (?:walked away from|abandoned|bailed on|gave up on|left) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){{0,3}}?(?:half-finished"
            r"|half-done|unfinished|broken|incomplete|half-way|halfway|mid-rollout|in the middle|midway)(?![^ ])"
            rf"|{SUBJ}{FILL} {_RISKY_OPS}(?: (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+|[0-9][0-9:.]*)){{0,9}}?(?: ,)? (?:and|then) (?:§ )?(?:then |just )?"
            rf"(?:{WALKED_AWAY})(?![^ ])" + _UNEXCUSED,
        ),
        (
            "reason",
            rf"{SUBJ}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{1,6}}? for no (?:good |real |apparent |obvious |particular )?reason",
        ),
        (
            "took",
            rf"(?<![^ ])took §(?! 's) {_LONG} to {_NOTICE}(?![^ ]){_NO_EXCUSE}"
            rf"|{SUBJ}{FILL} took {_LONG} to {_NOTICE}(?![^ ]){_NO_EXCUSE}",
        ),
    ),
    *_branches(
        ERRED,
        SKIP,
        (
            "let",
            rf"{SUBJ}{FILL} let (?:[^ ,;.]+ ){{1,3}}(?:slide|lapse|rot|fester|pile up|go stale|burn|expire|run out"
            r"|fill up|die|time out|drift|break)(?![^ ])"
            rf"|{SUBJ}{FILL} let (?:[^ ,;.]+ ){{1,3}}(?:lag|sit|run|burn|fill up|grow|drift) for {_LONG}(?![^ ])",
        ),
        (
            "didn didnt did never",
            rf"{SUBJ}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{1,6}}? and (?:§ )?(?:then )?(?:didn't|did not|never)(?: even| bother to)? {_DUTIES}"
            r"(?![^ ])",
        ),
    ),
    *_branches(
        ERRED,
        JUDGEMENT,
        (
            "job homework",
            rf"{SUBJ}{FILL} (?:wasn't|weren't|isn't|aren't|was not|were not|not|didn't|don't|doesn't) (?:do|doing) § 's"
            r" (?:job|homework)",
        ),
        (
            "doing",
            rf"{SUBJ}{FILL} (?:didn't|did not|doesn't|don't|does not|do not) know what § (?:was|were|is|are|'s|'re) doing",
        ),
        ("less", rf"{SUBJ}{FILL} (?:couldn't|could not) care less"),
        (
            "sleep sleeps sleeping slept asleep",
            rf"{SUBJ}{FILL}(?: (?:was|is|were|are))? (?:sleep|sleeps|sleeping|slept|asleep)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+)?"
            r" (?:during|through|while|on §|on (?:the )?(?:night |day |late |early )?(?:shift|call|duty|job)"
            r"|in the (?:night )?shift|when (?:the |§ 's )?(?:alarm|page|pager|alert|call|phone|incident)|as usual|again"
            r"|as always)",
        ),
    ),
    *_branches(
        ERRED,
        FAULT,
        (
            "mistake wrong error blunder bad poor",
            r"§ 's (?:[a-z]+ )?(?:decision|call|choice|idea|plan|move|judgement|judgment|change|commit|config|query|script"
            r"|deploy|fix|patch|migration)(?: [^.!?|]+?)? (?:it )?(?:was|is)"
            r" (?:a |the )?(?:(?:big|huge|serious|clear|terrible|bad|poor|costly) )?(?:mistake|wrong|error|blunder|bad (?:call"
            r"|idea|move)|poor (?:call|choice)|wrong (?:call|decision|choice|move))(?![^ ])",
        ),
        (
            "without untested unreviewed straight directly freeze friday",
            r"§ 's (?:[a-z-]+ )?(?:change|commit|config|pr|patch|migration|deploy|script|query|update|release|rollout|edit"
            r"|hotfix|fix) (?:was|were|got|went) (?:[a-z]+ly )?(?:pushed|deployed|merged|rolled out|applied|shipped|run"
            r"|released|approved|out) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,2}?(?:without|untested|unreviewed|straight to|directly to"
            r"|during the freeze|on a friday)(?![^ ])" + _UNEXCUSED,
        ),
        (
            "answer",
            rf"{SUBJ}{FILL} (?:has|have|'s) (?:a lot|much|plenty|some explaining) to answer for",
        ),
        (
            "cause culprit problem trigger reason",
            r"§ 's (?:[a-z]+ )?(?:change|commit|deploy|push|config|script|query|typo|mistake|migration|patch|edit|command"
            r"|pr|merge|rollout|decision|call|hotfix|upgrade|cleanup|release) (?:was|is|'s) (?:clearly |obviously |definitely"
            r" )?the (?:root |main |real |direct |actual |only |whole )?(?:cause|culprit|problem|trigger|reason)(?![^ ])",
        ),
        (
            "reason problem issue liability",
            rf"{SUBJ}{FILL} (?:is|are|was|were|'s|'re) the (?:main |real |only |whole |actual |biggest )?(?:reason"
            r" (?:§|for|the|that|why)|problem|issue|liability)(?![^ ])",
        ),
        (
            "outage incident failure downtime problem issue crash mess breakage slow down broken dead offline fire red stuck"
            " unusable",
            r"(?<![^ ])(?:outage|incident|failure|downtime|problem|issue|crash|mess|breakage) (?:was|is|'s|happened"
            r"|happen|came|come|started|start) (?:all |only |just )?(?:because of|due to|from) §"
            r"(?! 's (?:[a-z]+ )?(?:fix|work|help|rollback|catch|quick thinking))"
            r"|(?<![^ ])(?:(?:the|our) )?(?:[a-z-]+ )?[a-z-]+ (?:is|was|'s|went|got|are|were)"
            r" (?:so |really |now |all |completely )?(?:slow|down|broken|dead|offline|on fire|a mess|red|stuck|unusable)"
            r"(?: [^ ,;:.!?|§¬]+){0,3}? (?:because of|thanks to|due to) §(?! 's (?:[a-z]+ )?(?:fix|work|help|rollback|catch|quick thinking))",
        ),
        (
            "down broken lost gone crashed offline happen happened lose losing waiting stuck blocked unable locked late "
            "paged woken could couldn cannot can",
            r"(?<![^ ])because (?:of )?§(?! 's)(?: ,)? (?:the|our|we|it|everything|this|that|§) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?"
            r"(?:(?:is|was|are|were|went|go|goes|got|had|been) (?:down|broken|lost|gone|crashed|offline|out|waiting|stuck"
            r"|blocked|unable|locked out|late|paged|woken up)|(?:could not|couldn't|cannot|can't|can not)|happen|happened"
            r"|(?:lose|lost|losing) (?:[^ ]+ ){0,2}?(?:hours?|minutes?|days?|data|customers|money|orders|night|nights"
            r"|weekend|evening|morning|day))"
            r"(?![^ ])",
        ),
        (
            "lose lost losing",
            r"(?<![^ ])because §(?! 's) (?:delete|deleted|drop|dropped|forgot|forget|skip|skipped|ignore|ignored|miss|missed"
            r"|broke|break|push|pushed|restart|restarted|disable|disabled|wipe|wiped)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,5}?(?: ,)? §"
            r" (?:lose|lost|losing) (?!only|just|barely|less|no )(?:[^ ]+ ){0,2}?(?:hours?|minutes?|days?|data|customers"
            r"|money|orders|revenue|traffic|sales)(?![^ ])",
        ),
        (
            "signed approved tested reviewed passed greenlit green okayed ok lgtm",
            rf"{SUBJ}{FILL} (?:signed off on|approved|shipped|merged|released|deployed|passed|greenlit|green-lit|okayed"
            rf"|ok 'd|lgtm 'd) (?:a|an|the) (?:[^ ,;:.!?|]|[:.](?=[^ ]))+(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+)? (?:that"
            r"|which) (?:[a-z]+ )?(?:(?:hadn't|had not|wasn't|was not|never|hasn't|had never) (?:even )?(?:been )?"
            r"(?:tested|reviewed|run|checked|built|read)|(?:didn't|did not|couldn't|could not|wouldn't|would not|doesn't"
            r"|does not|won't|can't|cannot) (?:even )?(?:start|build|compile|run|boot|work|pass|deploy|load|install))",
        ),
        (
            "caused triggered led broke took made",
            r"§ 's (?:[a-z-]+ )?(?:decision|choice|call|idea|plan|failure|refusal) to [a-z]+(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,4}?"
            r" (?:caused|triggered|led to|broke(?! (?:[^ ,;.]+ ){0,3}?(?:open|through))|took down|brought down)(?![^ ])",
        ),
        (
            "sleeping asleep napping afk offline lunch gym playing gaming",
            rf"{SUBJ}{FILL} (?:didn't|did not|don't|doesn't|never|not) (?:see|hear|notice|answer|pick up|respond|reply)"
            r"(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,4}? because § (?:was|is|were|'s|had been) (?:sleeping|asleep|napping|afk|offline"
            r"|at lunch|at the gym|playing|gaming|watching [a-z]+)(?![^ ])",
        ),
        (
            "cannot can couldn could",
            rf"{SUBJ}{FILL} [a-z]+(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,5}}? (?:,|and|so) (?:now )?(?:§ )?(?:cannot|can't|couldn't|could not)"
            r" (?:restore|recover|roll back|get (?:it )?back|undo)(?![^ ])",
        ),
        (
            "finished finish done complete completed",
            rf"{SUBJ}{FILL} (?:went|was go|go|gone|left|logged off|signed off) (?:home |offline )?before (?:the |a )?[a-z-]+"
            r" (?:was |is |had |has )?(?:finished|finish|done|complete|completed|over)(?![^ ])",
        ),
        (
            "watched stared",
            rf"{SUBJ}{FILL} (?:watched|stared at|sat watching) (?:the |as the )?[a-z-]+(?: [a-z-]+)? (?:climb|grow|rise|burn"
            r"|fail|pile up|spike|fill up|go red|crash)(?![^ ])",
        ),
        (
            "worse",
            rf"{SUBJ}{FILL} (?:made|makes) (?:it|things|everything|matters|the (?:[a-z]+ )?(?:situation|outage|incident"
            r"|problem|impact)) (?:much |a lot |far |even |way )?worse(?![^ ])",
        ),
        (
            "own",
            rf"{SUBJ}{FILL} (?:approved|merged|reviewed|signed off on|signed off|rubber-stamped|approves|merges|reviews"
            rf"|signs off on|rubber-stamps|approve|merge) § 's own (?:[a-z-]+ )?"
            r"(?:change|changes|pr|prs|pull request|hotfix|fix|patch|code|commit|migration|config|deploy)(?![^ ])"
            + _UNEXCUSED,
        ),
        (
            "why how reason",
            rf"{SUBJ}{FILL} [a-z][^.!?|]*? (?:, |and |so )?(?:(?:this|that|which) (?:is|'s|was)|thats) (?:why|how|the reason)"
            r" (?:§ (?:have|had|has|get|got|keep getting|lost|lose) (?:a |the |so many |these |this |all these |all the )?"
            r"(?:problem|problems|outage|outages|incident|incidents|issue|issues|downtime|trouble|pages|data loss)"
            r"|(?:the |a )(?:bad|broken|buggy|faulty|untested|wrong) [a-z-]+ (?:got in|got through|got out|slipped through"
            r"|shipped|went out)|(?:it|everything|prod|production|the site|checkout|login) (?:broke|went down|fell over)"
            r"|(?:[^ ,;.!?|]+ ){1,3}?(?:is|are|was|were|went|stayed|got|take|took|takes) (?:so |still |all )?(?:red|down"
            r"|broken|failing|stuck|slow|late|lost|gone|empty|dead|long|so long|forever))"
            r"(?![^ ])",
            "problem problems outage outages incident incidents issue issues downtime trouble pages data bad broken buggy "
            "faulty untested wrong broke went fell is are was were stayed got take took takes",
        ),
        (
            "because",
            r"(?<![^ ])(?:outage|incident|failure|downtime|backlog|lag|it|this|that|everything) (?:happened|started"
            r"|occurred|began|broke|went down|failed|grew) (?:only |all )?because §(?! 's) (?:[a-z]+ )?[a-z]+(?:ed|t)(?![^ ])",
            "happened started occurred began broke went failed grew",
        ),
    ),
)
"""Every family needs a person (`§`); the writer's own account ("I dropped the wrong table") passes."""

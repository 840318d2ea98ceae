"""Sarcasm: praise, thanks and quotes that mean the opposite, aimed at a person, role or team.

- ironic praise: "great job, team, really", "smart move, Yaw, deploying during the freeze",
  "another flawless deploy from ops", "nailed it, Bogdan: both regions down";
- ironic thanks: "thanks for the 3am page, Mei", "thanks to Emre, we spent Saturday restoring
  backups" (sincere "thanks to Emre, the rollback took two minutes" passes);
- scare quotes: the change was "tested", "Ingrid's 'small tweak'", "another 'quick fix' from Tomasz",
  "his idea of 'testing'";
- markers: "as usual", "said no one ever", "what could possibly go wrong", "would page again".

Like `blame_patterns`, every pattern reads the normalized text of `blame_people` and compiles on
first use. The praise that is sincere ("great job, Siobhán, the comms were calm") has none of the
markers, harms or outcomes these need.
"""

from __future__ import annotations

from facilitator.checks.blame_patterns import EYE_ROLL, EYE_ROLLS, JUDGEMENT, QUOTE_MARK, Family, _any, _branches

SARCASM = "sarcasm"

_PRAISE_WORDS = (
    "great nice good fantastic brilliant stellar amazing excellent wonderful superb top awesome lovely smart clever "
    "genius bold inspired impressive visionary masterful splendid terrific marvellous marvelous sublime"
)
_PRAISE = _any(_PRAISE_WORDS)
_SCARE_WORDS = (
    "tested reviewed checked fixed verified approved validated senior expert experienced careful helped help guru "
    "tests checks reviews verifies double-checks "
    "helping fix handled monitored investigated debugged thorough qa qaed double triple it sorted control looking "
    "working investigating forgot forgets forgetting"
)
_SCARE = _any(
    "tested reviewed checked fixed verified approved validated senior expert experienced careful helped help guru "
    "tests checks reviews verifies double-checks "
    "helping fix handled monitored investigated debugged thorough qa'd qaed tested_it reviewed_it double-checked "
    "triple-checked double_checked on_it sorted under_control looking_into_it working_on_it investigating forgot "
    "forgets forgetting"
)
_HARMING_VERBS = (
    "breaking taking killing nuking deleting wiping dropping crashing bringing ignoring skipping forgetting pushing "
    "shipping deploying muting silencing disabling restarting rushing merging"
)


def _harming(more: str = "") -> str:
    """An alternation of the harms praise can only mock (and `more`); "taking" and "bringing" only with "down"
    ("taking checkout down", not "taking the page")."""
    return (
        _any(more + _HARMING_VERBS)
        .replace("taking", "taking(?=(?: [^ ]+){0,3} (?:down|out|offline))")
        .replace("bringing", "bringing(?=(?: [^ ]+){0,3} (?:down|offline))")
    )


_HARMING = _harming()
_PRAISE_MARK_WORDS = (
    "power pro steady clever smart talented great good nice fantastic brilliant stellar amazing excellent wonderful superb awesome lovely impressive inspired "
    "flawless perfect textbook stunning outstanding incredible masterclass thanks thank cheers kudos props shout "
    "shoutout bravo congrats congratulations hats award medal trophy gold hero genius legend wow love loved appreciate "
    "cool bold nothing gotta admire legendary exemplary remarkable heroic privilege pleasure honour honor treat joy "
    "glad always peak outdid outdone surpassed says triumph top notch world class first proud inspiring exceptional "
    "admirable well done"
)
_PRAISE_MARK = (
    r"(?:(?:great|good|nice|fantastic|brilliant|stellar|amazing|excellent|wonderful|superb|awesome|lovely|impressive"
    r"|inspired|flawless|perfect|textbook|stunning|outstanding|incredible|legendary|exemplary|remarkable|heroic|inspiring"
    r"|exceptional|admirable|top-notch|world-class)"
    r"(?: [a-z-]+)? (?:job|work|effort|stuff|decision|call|move|idea|plan|thinking|planning|testing|review|reviewing"
    r"|handling|going|one|show|performance|result|rollout|deploy|change|choice|strategy|awareness|attention|diligence"
    r"|vigilance|ownership|professionalism|response|engineering|leadership|teamwork|collaboration|coordination"
    r"|communication|support|help|commitment|dedication|responsiveness|availability|handover|handoff|hand-off|writeup"
    r"|strategy|planning|foresight|judge?ment|decision-making|instincts"
    r"|write-up|documentation|docs|summary)|legendary|a privilege|a pleasure|an honou?r"
    r"|a treat|a joy|so glad|always (?:nice|fun|great|a pleasure) when|love (?:it )?when|love waking up|peak [a-z]+"
    r"|so (?:power|pro|steady|clever|smart|talented)(?= ,)"
    r"|(?:outdid|outdone|surpassed) (?:him|her|them|it)sel(?:f|ves)|nothing says [a-z]+ like|another triumph"
    r"|masterclass|thanks|thank (?:you|§)|cheers|kudos|props|shout-?out|shout out|bravo|congrats|top-notch|world-class|well done"
    r"|first-class|(?:so |real |really |very )?proud of"
    r"|congratulations|hats off|(?:an |the )?award|a medal|a trophy|gold star|hero|genius|legend|wow|love|loved"
    r"|appreciate|very cool|so cool|cool cool|bold (?:strategy|move|choice)|nothing like|nothing beats|(?:gotta|got to"
    r"|you have to|you 've got to|have to|must) (?:love|admire)|admire"
    r"|(?:wonderful|great|fantastic|brilliant|lovely|perfect|awesome|amazing|superb|excellent|nice)(?= ,? § ,))"
)
"""Praise that sarcasm turns: "fantastic job by Kofi", "an award for Raj", "love the confidence"."""
_WENT_WRONG = (
    r"(?:(?:outage|outages|downtime)(?! (?:response|comms|communication|review|notes|call|bridge|handling|update|updates"
    r"|timeline|report|write-up|coordination))|data loss|(?:the (?:whole |entire )?)?(?:regions?|services|sites?|prod|production|checkout|login|billing|auth|dns"
    r"|everything|it all|database|cluster|platform|api|app|website|fleet) (?:went |is |are |was |were |all )?down"
    r"|(?:took|take|takes|taking) (?:[^ ]+ ){0,3}?down"
    r"|(?:took|taken|take|takes|knocked|knock|knocks) out (?:[^ ]+ ){0,3}?(?:regions?|services|sites?|prod|production"
    r"|checkout|login|billing|clusters?|zones?|payments|dns)"
    r"|down for|broke|broken|deleted|wiped|wipe|crashed|ruined|(?:up|awake) all night|(?:hours|days) (?:later|in)"
    r"|(?:at|around) (?:noon|midnight|peak)|on a friday|friday (?:deploy|deploys|release|push|evening|night)"
    r"|in (?:prod|production)|shame about|the worst|untested|without (?:a |any )?(?:review|test|tests|testing|backup"
    r"|rollback plan)|surprise|zero (?:comments|tests|testing|review|reviews|checks)|for nothing|typo|3am|2am|4am|sev[0-9]|lost (?:the|all|our|a) [a-z]+"
    r"|dropped (?:a |the |our )?(?:[a-z-]+ )?(?:database|db|table|tables|index|bucket|cluster|data)|vanished"
    r"|disappeared|went (?:dark|silent|quiet)|ghosted"
    r"|never [a-z]+ing|shame (?:it|that|about|the)|(?:doesn't|does not|didn't|did not|won't) (?:boot|start|work|compile"
    r"|build|run)|during (?:black friday|cyber monday|peak|the sale|the launch|business hours)"
    r"|(?:[0-9]+|two|three|four|five|six|seven|eight|ten|twelve|several) (?:hours|days|weeks)"
    r"|(?:runbook|review|reviews|tests|testing|process|checklist|canary|approval|freeze|backups?|monitoring|alerts"
    r"|staging|rollback plans?) (?:is|are|was|were) optional"
    r"|(?:deletes?|deleted|wipes?|wiped|breaks?|broke|kills?|killed|nukes?|nuked|drops?|dropped) (?:everything|it all"
    r"|the (?:whole|entire) [a-z-]+|all (?:of )?(?:the |our )?[a-z-]+)"
    r"|(?:one|a single) (?:line|sentence|word)|(?:no|zero) (?:links|context|details|notes|docs|documentation|rollback plan"
    r"|handover|warning|heads-up)|(?:with )?(?:no|zero) (?:[a-z-]+ )?(?:plan|review|tests|testing|backup|rollback|canary"
    r"|warning|notice|heads-up|ticket)"
    r"|(?:noticed|found out|learned|heard|spotted) (?:about )?(?:it |the outage |the incident )?from (?:twitter|a customer"
    r"|customers|the news|social media|reddit|support))"
)
"""What went wrong, which praise does not fit: "only two regions down", "three hours later"."""
_SINCERE = _any(
    "early quick quickly fast faster saved save saving prevented restored restore restoring recovered recovery caught "
    "catch catching spotted spotting fixed fix fixing rolled_back rollback reverted limited contained avoided "
    "helped help helping kept calm clear clearly the_right exactly_right thorough patience handled handling back "
    "resolved mitigated "
    "before_(?:customers|users|anyone|anybody|it|the|they|we|§|any) volunteering staying stayed until cleared accurate useful possible easy small covering stepping "
    "careful carefully safe safely smooth smoothly no_data nothing_lost response comms communication updates notes "
    "minutes seconds lasted_only only_lasted "
    "without_being_asked unasked voluntarily "
    "coordination investigation debugging support so_the_rest_of_§ so_§_could so_everyone_could into_a_blip "
    "into_a_non-event into_a_minor into_a_small into_a_short into_a_ten-minute into_a_five-minute for_taking for_handling for_writing for_running for_leading "
    "for_driving for_owning for_jumping for_hopping for_joining for_picking for_pitching"
)
"""What sincere thanks is for: "for staying up all night to restore service" is thanks."""
_CAUGHT_IN_TIME = _any(
    "spotting spotted catching caught fixing fixed restoring restored saving saved preventing prevented rolling_back "
    "rolled_back within_minutes"
)
"""What an award is sincerely for: "top marks to the DBA for spotting the lock before checkout went down"."""
_WENT_BAD = _any("muted silenced down deleted lost dead broken gone wiped outage outages downtime corrupted ignored")
"""What a harm clause says went wrong: "brilliant work by ops, the alerts were muted for a week"."""
_SHRUGGED = _any(_HARMING_VERBS + " hoping praying guessing winging waiting")
_NEGLECTING_VERBS = "ignoring skipping muting silencing disabling bypassing rushing forgetting snoozing winging"
"""Gerunds whose praise is irony: "ignoring the alerts really worked out"."""

_KIND_OF = r"(?:nice|kind|thoughtful|considerate|helpful|good|sweet|lovely|great|decent|generous|gracious|big)"
_LATE = (
    r"(?:only after|afterwards|too late|the next (?:day|morning|week)|(?:[0-9]+|an?|one|two|three"
    r"|four|five|six|several|a few|forty|fifty|[a-z]+ty) (?:minutes?|hours?|days?) (?:into|late|after|later)"
    r"|(?:hours?|halfway|partway|well) into)"
)
"""When a courtesy came too late to be one: "nice of Wei to show up two hours into his own shift"."""
_RISKY_CHOICE = (
    r"(?:skip|ignore|disable|delete|drop|bypass|mute|silence|wing|rush|turn off|kill|wipe|nuke|force-push|yolo"
    r"|(?:test|try|experiment|trial|debug|practi[sc]e)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,4}? (?:on|in|against) (?:prod|production)"
    r"|(?:deploy|push|ship|merge|release|restart|reboot|migrate|upgrade)"
    r"(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,3}? (?:on (?:a )?friday|during|at peak|without|straight|directly|in prod"
    r"|to prod|to production|to main|(?:both|all|every|the whole|everything|it all)(?![^ ]))|hope|pray|wing it)"
)
"""A choice that praise can only mock: "inspired decision by Ugo to skip the backups", "to restart both primaries"."""
_CAREFUL_ONE = (
    r"(?:(?:such a|what a|our|a real|a very|real|truly|so|the ever) (?:careful|thorough|diligent|meticulous|attentive"
    r"|conscientious|rigorous|vigilant|detail-oriented)|such §)"
)
"""Care claimed, or a role praised by "such" ("such a careful reviewer" reads "such §")."""
_HASTE = (
    r"(?:in (?:under |less than |about |barely |just |only )?(?:[0-9]+|a|one|two|three|five|ten|fifteen|twenty|thirty"
    r"|a few|few) (?:seconds?|secs?)|in (?:under|less than|barely) (?:a|one|two) (?:minutes?|mins?)|without (?:even )?"
    r"(?:reading|opening|looking|running|testing|checking|scrolling)|(?:didn't|did not|never) (?:even )?(?:open|read"
    r"|run|look|scroll|test|check|opened|ran|looked))"
)
"""Haste that disproves care: "approved it in 30 seconds", "without even opening it"."""
_NOT_AN_ORDER = r"(?!(?:be|do|don't|just|stop|always|never|please|pay|take|double-check|make|try|go|get) )"
"""A quote that opens with an order quotes advice ("our fix is 'be more careful'"), not a claim of care."""
_SCARE_QUOTED_WORDS = (
    "quick fix tweak small tiny minor harmless safe simple trivial cleanup improvement testing tested review check "
    "expert senior careful help optimisation optimization refactor hotfix temporary temporarily backup plan process "
    "monitoring routine cosmetic harmless"
)
_SMALL = r"(?:[a-z0-9]+[- ](?:minute|second|line|liner|character|word)|one-liner|no-op|low-risk|no-risk)"
_SCARE_QUOTED = (
    r"[\"“‘'] ?(?:[a-z-]+ ){0,2}?(?:" + _any(_SCARE_QUOTED_WORDS)[3:-1] + "|" + _SMALL + r")(?: [a-z-]+){0,2}? ?[\"”’']"
)
"""A quoted phrase of one to five words that claims care or smallness: "quick fix", "small tweak"."""
_RELIEF = _any("short brief shorter contained avoided prevented ended recovered saved restored back_up quickly minutes")
_HARMED = _any(
    "spend spent spending wasted woke woken awake sleepless restoring outage outages downtime gone broken burned burnt "
    "angry furious apologising apologizing refund refunds all-nighter firefighting paged weekend 3am 2am 4am"
)
"""After "thanks to Emre,": what the thanks is ironically for."""
_BAD_TIME = (
    r"(?:on a friday|on friday|friday (?:evening|afternoon|night)|at 5 ?pm|at midnight|during (?:the )?(?:freeze"
    r"|peak|change freeze|black friday|launch|sale|dinner|lunch|christmas|my holiday|the holidays|the weekend"
    r"|the all-hands|the demo)|at peak|in prod|on prod|straight to prod|(?:on|in|against) (?:the )?(?:live|production|prod)"
    r" (?:database|db|cluster|data|system|servers?|environment)|the (?:night|day|evening"
    r"|morning|hour|week) before (?:the )?(?:launch|release|go-live|cutover|migration|sale|deadline|demo|audit)"
    r"|without (?:[a-z]+ )?"
    r"(?:review|testing|tests|a backup|telling))(?![^ ])"
)

SARCASM_FAMILIES: tuple[Family, ...] = (
    *_branches(
        SARCASM,
        JUDGEMENT,
        (
            _PRAISE_WORDS,
            rf"(?<![^ ]){_PRAISE} (?:job|work|going|call|one|effort|stuff|move|idea|plan)"
            rf"(?: ,)?(?: (?:team|everyone|guys|folks|people|all|y'all|there|§))?(?: ,)?"
            rf" (?:really|truly|again|as always|as usual|lol|/s|, really)(?![^ ])"
            rf"|(?<![^ ]){_PRAISE} (?:job|work|going|effort|stuff)(?: [^.!?|]+?)?(?: ,)? (?:§|team|everyone|folks|guys"
            r"|all)(?: [,.!])* (?:really|truly|/s|lol|not)(?= [.!?]|$)"
            rf"|(?<![^ ]){_PRAISE} (?:job|work|call|effort|stuff|move|idea|plan|decision)(?: (?:by|from|,) §)"
            r"(?: [^.!?|]+)? , (?:really|/s|lol|not)(?= [.!?]|$)"
            rf"|(?<![^ ]){_PRAISE} (?:job|work|going|one|move|call|idea|plan|decision|thinking)(?: ,)?(?: §)?(?: ,)?"
            rf" {_HARMING}"
            rf"|(?<![^ ]){_PRAISE} (?:job|work|one|going)(?: ,)? §(?: ,)? (?:another|again|as usual|as always)"
            rf"|(?<![^ ]){_PRAISE} (?:move|call|idea|plan|work|job|decision) (?:by|from) §(?: ,)? (?:[a-z]+ )?{_HARMING}",
        ),
        (
            "thanks thank cheers done job work kudos props congrats hats bravo shout shoutout ups",
            r"(?<![^ ])(?:thanks|thank (?:you|§)|cheers) (?:a lot |so much )?for nothing"
            r"|(?<![^ ])(?:well done|great job|nice work|nice job|good job|thanks|thank (?:you|§)|kudos|props|congrats"
            rf"|hats off|bravo|shout-out|shoutout)(?: ,)?(?: to)? §(?: 's [a-z-]+)?(?: ,)? for (?:[a-z]+ ){{0,2}}?"
            rf"{_harming('sleeping missing messing screwing testing_in_(?:prod|production) ')} "
            r"|(?<![^ ])(?:thanks|thank (?:you|§)|cheers)(?: ,)? §(?: ,)? (?:for (?:the |this |that |a |another )?)?(?:great"
            r"|lovely|fantastic"
            r"|wonderful|really|nice|awesome|ruined|brilliant) (?:weekend|night|evening|sunday|saturday|holiday|start"
            r"|morning|friday|vacation|3am|sleep)"
            r"|(?<![^ ])(?:thanks|thank (?:you|§)|cheers|shout-out|shoutout|shout out|props|kudos|big ups)(?: a lot| so much"
            r"| again| very much)?(?: ,)?(?: to)? §(?: ,)? for"
            r" (?:the|a|another|that|this|our) (?:[^ ]+ )?(?:page|pages|outage|wake-up call|wakeup call|surprise|fire"
            r"|incident|mess|weekend|night|call|all-nighter)(?! (?:notes|report|review|summary|comms|updates?|write-?up"
            r"|handling|response|timeline|docs?|channel|management|command|help|support|cover|shift|work))",
        ),
        (
            "another strikes struck again classic typical next latest ofc course naturally obviously masterclass",
            r"(?<![^ ])(?:another|the latest|truly a|a real|a true|what a|such a|quite a|a proper|a) (?:masterclass|masterpiece|lesson) in (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?(?:from |by )?§"
            r"|(?<![^ ])(?:another|the next|the latest|next|latest) (?:masterpiece|masterclass|classic|gem|winner|triumph|beauty"
            r"|(?:flawless|perfect|stellar|great"
            r"|brilliant|smooth|fantastic|wonderful|lovely|amazing|top-notch|textbook) (?:[a-z-]+ )?(?:deploy|deploys|rollout"
            r"|release|change|migration|fix|push|merge|upgrade|config|hotfix|patch|update|outage|incident|cutover|failover"
            r"|restart|reboot)) (?:from|by|courtesy of) §(?![^.!?|]*(?<![^ ])(?:zero errors|no errors|no issues|without a hitch"
            r"|never needed|not needed|went smoothly)(?![^ ]))"
            r"|(?<!if )(?<!when )(?<!had )(?<!were )§(?: , (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){1,8}?,)? (?:strikes|struck"
            r"|has struck|did it) again|(?<![^ ])(?:classic|typical) §(?! 's)(?: [,.!\"“‘']|$)"
            r"|(?<![^ ])(?:classic|typical) (?:§|[a-z]+)(?: 's)? (?:move|behaviou?r|stuff|thing|mistake|screw-up|screwup)"
            r"|(?<![^ ])(?:ofc|of course|naturally|obviously|classic|typical) it (?:was|'s) §(?! 's)(?! who (?:found|fixed|spotted|caught|saved|solved|noticed|figured|flagged|traced|rescued))"
            r"|(?<![^ ])it (?:was|'s) § again(?![^ ])",
        ),
        (
            "again usual always more nice joy look",
            r"(?<![^ ])(?:oh )?(?:wonderful|great|fantastic|brilliant|lovely|perfect|awesome|super|what a surprise|oh nice"
            r"|oh good|oh joy|oh look"
            r"|shocking|surprise surprise|colou?r me surprised|quelle surprise|of course|naturally|cool|cool , cool)"
            r"(?: [,!.])?"
            r"(?: [^ .!?|]+){0,3}? § (?:[^ .!?|]+ ){0,8}?(?:again|as usual|as always|once more|yet again)(?![^ ])",
        ),
        (
            "helpful kind nice thoughtful considerate professional smart clever mature responsible sweet thorough "
            "careful good lovely great decent generous gracious big",
            r"(?<![^ ])(?:(?:real|very|super|so|truly|really|most|how) )?(?:helpful|kind|nice|thoughtful|considerate"
            r"|professional|smart|clever|mature|responsible|sweet)(?: work| stuff| move)? of § to (?:[^ .!?|]+ )?"
            r"(?:drop|delete|push|deploy|break|ignore|skip|mute|silence|disable|forget|wipe"
            r"|take(?= (?:[^ .!?|]+ ){0,3}?(?:down|offline|out)(?![^ ]))|let|leave|merge|nuke"
            r"|go on (?:holiday|vacation|leave|pto)|take (?:the |a )?(?:day|week|afternoon|weekend) off|disappear|vanish"
            r"|go (?:offline|dark|quiet|home)|log off|switch off|turn off § 's (?:phone|pager|laptop))"
            r"|(?<![^ ])(?:real|very|super|truly|really|most) (?:professional|helpful|mature|responsible|thorough"
            r"|careful) (?:work|job|stuff|move|effort|handling)(?: [^ .!?|]+)? (?:from|by) §"
            rf"|(?<![^ ]){_KIND_OF} of § to (?:tell|let (?:§|everyone) know|warn|inform|mention|give (?:§|everyone) a"
            r" heads(?: |-)up|update|loop (?:§|everyone) in)(?: [^.!?|]+)? (?:after|once|only after|afterwards|too late"
            r"|the next day|later)(?![^ ])"
            rf"|(?<![^ ]){_KIND_OF} of § to (?:finally |eventually |even )?(?:show up|turn up|join|arrive|respond|reply"
            r"|answer|ack|acknowledge|look|check|read|escalate|page|call|notice|get back|come online|log on|wake up|pick up"
            rf"|surface|appear)(?: [^.!?|]+?)? {_LATE}(?![^ ])",
        ),
        (
            "love loved adore enjoy enjoyed hero genius legend star pro champ professional way scientist wizard "
            "brainiac spark idea",
            r"(?<![^ ])(?:love|loved|adore|enjoy|enjoyed) (?:how|that|it when|the way) §(?! 's)"
            rf"(?=[^.!?|]*(?<![^ ])(?:{_HARMING}|{_WENT_WRONG}|again|red|failing|without|instead|as usual|still|never|skips?|skipped|ignores?|ignored|forgets?|forgot)(?![^ ]))"
            r"|(?<![^ ])what a (?:hero|genius|legend|star|pro|champ|professional)(?: [,!.])? §"
            rf"|(?<![^ ])way to go(?: ,)? §(?: ,)? (?:[a-z]+ )?{_HARMING}"
            r"|(?<![^ ])(?:some|what a|§ 's resident|our resident|another|resident) (?:genius|rocket scientist|hero|wizard|brainiac"
            r"|bright spark)"
            rf"|(?<![^ ])(?:brilliant|bright|great|genius) idea (?:of|from|by) §(?! 's)(?: to {_RISKY_CHOICE}"
            r"|(?: [,!.])* (?:really|/s|lol|not)?(?: [.!]+)*$)",
        ),
        (
            "star marks medal award trophy prize hero deserve clearly obviously course naturally wait month",
            r"(?<![^ ])(?:gold star|top marks|full marks|a medal|an award|a trophy|a prize)(?: ,)? (?:to|for|goes to) §"
            rf"(?![^.!?|]*(?<![^ ]){_CAUGHT_IN_TIME}(?![^ ]))"
            rf"(?=[^.!?|]*(?<![^ ])(?:{_HARMING}|{_WENT_WRONG}|sleeping|missing|messing|screwing|again|yolo"
            r"|(?:brand )?new way to|another way to|lock(?:ed|ing)? (?:the |our )?(?:[a-z-]+ )?(?:table|tables|database|db)"
            r"|[a-z0-9]+[ -](?:hour|day|week)s? (?:response|delay|wait|reply|ack))(?![^ ]))"
            r"|(?<![^ ])the hero (?:we|this team) (?:deserve|deserves|need|needs)"
            r"|(?<![^ ])(?:because|since) (?:clearly|obviously|of course|naturally) §(?! 's)"
            r"|(?<![^ ])employee of the month",
        ),
        (
            "thanks",
            rf"(?<![^ ])thanks to §(?: 's(?: [a-z-]+){{1,2}}?)?(?! for)(?: ,)? (?![^.!?|]*{_RELIEF})[^.!?|]*?(?<![^ ]){_HARMED}(?![^ ])",
        ),
        (
            _SCARE_QUOTED_WORDS + " minute second line liner character word risk op",
            rf"§ 's (?:[a-z-]+ )?{_SCARE_QUOTED}"
            r"|§ (?:[,:] )?[\"“‘'] [^\"”’'|]{0,40}?(?<![^ ])(?:small|tiny|minor|quick|harmless|safe|simple|trivial"
            r"|low-risk)(?![^ ])[^\"”’'|]{0,20}?[\"”’']"
            rf"|{_SCARE_QUOTED} (?:[a-z-]+ ){{0,2}}?(?:from|by|courtesy of) §"
            r"|§ 's idea of (?:a |an )?[\"“‘'] ?(?:testing|a test|review|a review|a fix|caution|careful|safe|a backup"
            r"|monitoring|a rollback plan|documentation|[a-z]+ing)(?![^ ])",
            QUOTE_MARK,
        ),
        (
            "glad happy thrilled delighted love loved great nice good lovely awesome fun",
            r"(?<![^ ])(?:(?:really|so|very) )?(?:glad|happy|thrilled|delighted|love|loved|great|nice|good|lovely|awesome"
            r"|fun) (?:that |to see |how |the way )?§(?! 's) (?:[^ .!?|]+ ){0,2}?(?:(?:decided|chose|opted|felt the need"
            rf"|thought it (?:was|would be) a good idea) to |[a-z]+(?:ed|t|wrote|ran|took|did|made) )[^.!?|]*?{_BAD_TIME}",
        ),
        (
            _SCARE_WORDS,
            r"(?<![^ ])(?:definitely|totally|clearly|obviously|certainly|very|properly|thoroughly|carefully|fully|§"
            r"|was|were|is|are|'s|got|been|being|the|a|so-called|so called|supposedly|our|their|his|her|your|my|real"
            r"|true|total|proper|resident"
            rf"|§ 's|always|never|just|simply) [\"“‘'] ?{_NOT_AN_ORDER}(?:[a-z-]+ ){{0,2}}?{_SCARE} ?[\"”’']",
            QUOTE_MARK,
        ),
        negatable=True,
        someone=False,
        accounts=False,
    ),
)

_IRONIC_FEAT = (
    r"(?:(?:true|real|pure|absolute|total|complete|bold|brave|daring|inspired|genius|power|master) )?(?:masterstroke"
    r"|master stroke|stroke of genius|stroke of brilliance|bold move|brave move|brave choice|bold choice|bold strategy"
    r"|power move|genius move|big brain move|galaxy brain move|masterclass|inspired choice|inspired move|daring move)"
)
"""A feat praise can name: "a real masterstroke", "a bold move", "a stroke of genius"."""
_HARMFUL_GERUND = _any(
    _HARMING_VERBS + " " + _NEGLECTING_VERBS + " posting leaking committing pasting turning_off switching_off "
    "emptying purging flushing killing force-pushing yoloing"
)
_TRIVIAL_CARE = (
    r"(?:thorough|careful|meticulous|rigorous|diligent|painstaking|exhaustive|in-depth|detailed|attentive|close)"
    r" (?:[a-z-]+ )?(?:(?:[0-9]+|one|two|three|four|five|ten|fifteen|twenty|thirty|a few|few|half a)[- ]?(?:seconds?|secs?)"
    r"|split-second|[a-z]+-second|one-second)(?: [a-z-]+)? (?:glance|look|skim|review|check|read|scan|test|once-over|peek)"
)
"""Care claimed for a glance of seconds: "a meticulous three-second skim", "a careful five-second look"."""

SARCASM_AT_SOMEONE: tuple[Family, ...] = _branches(
    SARCASM,
    JUDGEMENT,
    (
        "exhaustive thorough careful rigorous diligent meticulous extensive comprehensive",
        r"§ 's (?:[a-z-]+ )?(?:testing|tests|review|reviewing|checking|checks|prep|preparation|planning|work|diligence"
        r"|care|attention|homework|qa|verification)(?: (?:for|of|on|before) (?:[^ ,;:.!?|§]+ ){0,3}?[a-z-]+)?"
        r" (?:was|is|were|has been)(?: , (?:[^ ,;:.!?|]+ ){1,4}?,)? (?:not|n't|hardly|never|far from|anything but)"
        r" (?:what (?:you|one|§|anyone) (?:'d|would) call |exactly |quite |the most |(?:[a-z]+ly )?)?(?:exhaustive|thorough"
        r"|careful|rigorous|diligent|meticulous|extensive|comprehensive)(?![^ ])"
        r"(?!(?: [^ ,;:.!?|]+){0,4}? (?:because|since|as|given|when|while)(?![^ ]))",
    ),
    (
        "nice",
        r"(?<![^ ])(?:it )?(?:must|must 've|would) be nice to (?:have|share|borrow) § 's (?:[a-z-]+ )?(?:confidence|nerve"
        r"|courage|faith|optimism|luck|trust|attitude|bravery|guts|certainty|self-belief|swagger)(?![^ ])",
    ),
    (
        "even actually ever much",
        r"(?<![^ ])did § (?:even|actually|ever|so much as) (?:glance|look|check|read|open|test|try|bother|think|run"
        r"|review|consider)(?![^ ])",
        "did",
    ),
    (
        "well great swimmingly brilliantly nicely",
        r"(?<![^ ])(?:sure|yeah|yes|oh|right|because)(?: ,)? (?:[^ .!?|]+ ){0,8}?(?:worked out|went|turned out) so"
        r" (?:well|great|swimmingly|brilliantly|nicely) for §(?! 's)",
        "worked went turned",
    ),
    (
        "predicted guessed foreseen foresee predict guess imagined imagine",
        r"(?<![^ ])who (?:could|would) (?:have|'ve) (?:predicted|guessed|foreseen|imagined|known) [^|]*? (?:would|might"
        r"|could) (?:go|end|turn out|break|fail|blow up|backfire)(?![^ ])[^|]*? , (?:eh|right|huh|hey|innit|no|hmm) §(?! 's)"
        r"|(?<![^ ])who (?:could|would) (?:have|'ve) (?:predicted|guessed|foreseen|imagined|known)(?: that)? § 's"
        r" (?:[a-z-]+ ){1,8}?(?:would|might|could) (?:go|end|turn out) (?:badly|wrong|poorly|horribly|south)(?![^ ])",
    ),
    (
        "great awesome perfect lovely wonderful fantastic brilliant cool amazing super marvellous splendid love kiss",
        rf"§ [^|]*?(?<![^ ]){_WENT_WRONG}(?![^ ])[^|]*? [.!?] (?:[.!?] )*(?:oh )?(?:great|awesome|perfect|lovely|wonderful"
        r"|fantastic|brilliant|cool|amazing|super|marvellous|splendid|love (?:that|it|to see it)(?: for (?:§|everyone))?"
        r"|chef 's kiss)(?: [.!]+)*$",
    ),
    (
        "masterstroke stroke move choice strategy masterclass decision idea thinking inspired bold brave smart genius "
        "clever great brilliant pro brain power",
        rf"(?<![^ ]){_HARMFUL_GERUND} (?:[^.!?|]+ )?(?:was|is|'s|were|seemed|proved) (?:[a-z]+ )?(?:a |an |such a |quite a )?"
        rf"(?:[a-z]+ )?{_IRONIC_FEAT}(?![^ ])"
        rf"|(?<![^ ])(?:(?:a |what a |such a |real |really |truly |quite a )?(?:[a-z]+ )?{_IRONIC_FEAT}"
        rf"|(?:(?:really|truly|real|such an?|what an?|an?) )?(?:inspired|bold|brave|smart|genius|clever|great|brilliant|pro"
        rf"|big-brain|galaxy-brain|power)"
        rf" (?:move|call|choice|strategy|decision|idea|thinking))"
        rf" (?:by|from|,) § (?:[,:;-] )*(?:[a-z]+ly )?{_HARMFUL_GERUND}(?![^ ])",
    ),
    (
        "oversight misjudgement misjudgment misstep slip mistake error blunder goof lapse pas",
        r"(?<![^ ])(?:(?:a )?(?:bit of an?|slight|small|minor|tiny|little|teeny|wee|teeny-tiny)"
        r"|(?:just )?(?:an?|one|the) (?:small|slight|minor|tiny|little|wee))(?: [a-z-]+)? (?:oversight|misjudge?ment|misstep|slip"
        r"|slip-up|mistake|error|blunder|goof|lapse|faux pas) (?:from|by|on the part of|courtesy of) §(?! 's)",
    ),
    (
        "well smoothly great",
        r"(?<![^ ])(?:went|goes|worked out|ran|was) so (?:well|smoothly|great|nicely) that (?:[^ .!?|]+ ){0,4}?(?:only )?"
        r"(?:lost|lose|broke|took|spent|had to|paged|woke|missed|dropped|corrupted|refunded)(?![^ ])",
    ),
    (
        "memorable interesting exciting fun eventful lively unforgettable spicy entertaining",
        rf"(?<![^ ])(?:made|makes|kept|keeps) (?:[^ .!?|]+ ){{0,4}}?(?:memorable|interesting|exciting|fun|eventful|lively"
        rf"|unforgettable|spicy|entertaining) (?:[^ .!?|]+ ){{0,2}}?by {_HARMFUL_GERUND}(?![^ ])",
    ),
    (
        "wait",
        r"§ (?:[^.!?|]+ )?[.!,] oh wait(?![^ ])",
    ),
    (
        "not",
        r"§ [^|]*? \( ?not(?: [.!]+)? ?\)",
    ),
    (
        "apart except other aside besides",
        r"(?<![^ ])(?:went|was|ran|worked|rolled out) (?:[a-z]+ )?(?:flawlessly|perfectly|great|smoothly|fine|well|brilliantly"
        r"|beautifully|without a hitch)(?: ,)? (?:apart from|except for|other than|aside from|besides|except)"
        rf"(?: the (?:part|bit|moment|minor detail) (?:where|when|that))? [^.!?|]*?(?<![^ ]){_WENT_WRONG}(?![^ ])",
    ),
    (
        "mastered perfected master masters talent gift knack flair",
        r"(?<![^ ])(?:mastered|perfected|(?:a |the )?masters? of|(?:has|had|have|'s got|with) (?:a |an )?(?:real |rare |special"
        r" |true |unique |remarkable )?(?:talent|gift|knack|flair) for)(?: the (?:art|craft|skill) of)?"
        rf" {_HARMFUL_GERUND}(?![^ ])",
    ),
    (
        "speedrun speedruns speedrunning speedran",
        r"(?<![^ ])(?:speedrun|speedruns|speedrunning|speedran) (?:[^ .!?|]+ ){0,3}?(?:outage|outages|incident|incidents"
        r"|deletion|rollback|sev[0-9]|downtime|data loss|breaking|taking down|bringing down|breach)(?![^ ])",
    ),
    (
        "knows",
        r"§ (?:really |sure |certainly |truly |definitely )?knows how to (?:keep|make) (?:§|everyone|everybody|the [a-z-]+)"
        r" (?:busy|awake|on (?:§ 's|their|our|its) toes|entertained|employed|guessing|up at night)(?![^ ])",
    ),
    (
        "thing lucky luckily glad god goodness",
        r"(?<![^ ])(?:good thing|thank god|thank goodness|lucky|luckily|glad|so glad) § (?:was|were) (?:there|around|on call"
        r"|on shift|on the bridge|on hand) to (?:make sure|ensure|see to it that|check that) (?:nothing|¬|none|no [a-z-]+)"
        r"(?![^ ])",
    ),
    (
        "heard",
        r"§ (?:has |had |'s |'d )?(?:[a-z]+ly )?never (?:once )?heard of (?:a |an |the )?(?:[a-z-]+ )?(?:staging|tests?"
        r"|testing|code review|reviews?|rollback|rollbacks|backups?|canar(?:y|ies)|runbooks?|monitoring|change freeze"
        r"|feature flags?|dry runs?|linters?|ci|version control|documentation|health ?checks?)(?![^ ])",
    ),
    (
        "need needs",
        r"§ (?:doesn't|does not|don't|do not|never) (?:need|needs|bother with) (?:no |any )?(?:tests|testing|reviews?"
        r"|a rollback plan|rollback plans|staging|backups|a backup|a canary|canaries|monitoring|runbooks?|a plan|approval"
        r"|a second pair of eyes|code review|ci)(?![^ ])(?! (?:for|on|in|when|if|because|since)(?![^ ]))",
    ),
    (
        "glance look skim review check read scan test peek over",
        rf"(?<![^ ]){_TRIVIAL_CARE}(?![^ ])",
    ),
    (
        "needed need needs",
        r"(?:was|is|'s|were) (?:clearly |obviously |apparently |surely |definitely )?all the (?:verification|review"
        r"|reviewing|testing|checking|qa|care|attention|thought|planning|validation|scrutiny) (?:[a-z-]+ ){0,3}?needed(?![^ ])",
    ),
    (
        "s",
        r"§ [^|]*?(?<![^ ])/ ?s(?: [.!]+)*$",
    ),
    (
        "strikes struck",
        r"§ 's (?:[^ .!?|]+ ){1,8}?(?:strikes|struck|has struck) again(?![^ ])",
    ),
    (
        "nice",
        r"(?<![^ ])must be nice (?:to be|being) §",
    ),
    (
        "else",
        r"(?<![^ ])who else (?:but § )?(?:would|could|would ever|ever|runs|does|deploys|pushes|merges|restarts|deletes"
        r"|drops|ignores|skips)(?![^ ])|(?<![^ ])who else but §",
    ),
    (
        "proving showing demonstrating teaching reminding proved showed demonstrated",
        r"(?<![^ ])(?:kudos|thanks|thank (?:you|§)|cheers|shout-out|shoutout|shout out|props|hats off|congrats|bravo)(?: ,)?"
        r"(?: to)? §(?: ,)? for (?:proving|showing|demonstrating|teaching|reminding)(?: (?:us|§|everyone|the team|all of us))?"
        r"(?: once again| again)? (?:that |how )?[^.!?|]*?(?<![^ ])(?:break|breaks|broke|broken|take down|takes down|taken down"
        r"|bring down|brings down|fail|fails|crash|crashes|outage|emptied|wiped|deleted|dropped|lost|corrupt|corrupted"
        r"|leak|leaks|leaked|nuked|nuke)(?![^ ])",
    ),
    (
        "nailed chef kiss ten",
        r"(?<![^ ])(?:nailed (?:it|that|this|the [a-z-]+)|chef 's kiss|ten out of ten)(?: [,!.])*(?: §)?(?: [,!.])*"
        r" (?:[^|]{0,80}? )?"
        r"(?:down|outage|broke|broken|ignored|again|pages|paged|missed|wrong|failed|deleted|dropped)(?![^ ])",
    ),
    (
        "job",
        r"§ (?:[a-z]+ )?(?:had|has|'d) (?:one|1|a single|exactly one) job(?![^ ])",
    ),
    (
        "courtesy",
        r"(?<![^ ])(?:another|outage|outages|incident|incidents|page|pages|mess|fire|downtime|breakage|surprise"
        r"|wake-up call)(?: [^ .!?|]+){0,4}? courtesy of §",
    ),
    (
        "way",
        r"(?<![^ ])way to (?:go ,? )?(?:test in (?:prod|production)|break|take down|nuke|kill|crash|ignore|skip|forget"
        r"|miss|wreck|ruin|tank|bring down)(?![^ ])",
    ),
    (
        "needs",
        r"(?<![^ ])who needs (?:a |an |the |any )?[^ ,.!?|]+(?: [^ ,.!?|]+)?(?: ,)? (?:right|anyway|amirite|really)"
        r"(?![^ ])",
    ),
    (
        "points",
        r"(?<![^ ])(?:[0-9]+|ten|five|twenty|a hundred|a thousand|bonus|extra|brownie) points (?:to|for) §"
        rf"(?=[^.!?|]*(?<![^ ])(?:{_HARMING}|{_WENT_WRONG}|sleeping|missing|messing|screwing|again|yolo|surprise)(?![^ ]))",
    ),
    (
        "another",
        r"(?<![^ ])(?:oh )?(?:wonderful|great|lovely|fantastic|brilliant|perfect|awesome|amazing|excellent|super|nice|good"
        r"|marvellous|marvelous|splendid|terrific)(?: [,!.])* (?:yet )?another (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?"
        rf"(?:from|by|courtesy of) §(?=[^.!?|]*(?<![^ ])(?:{_WENT_WRONG}|straight (?:into|to)|without|untested|unreviewed"
        r"|again|on a friday)(?![^ ]))",
    ),
    (
        "thanks thank cheers",
        r"(?<![^ ])(?:thanks|thank (?:you|§)|cheers)(?: a lot| so much)? for (?:the |this |that |a |another |my |our )?(?:great"
        r"|lovely|fantastic|wonderful|really|nice|awesome|ruined|brilliant|relaxing|restful|quiet|peaceful|fun|memorable)"
        r" (?:weekend|night|evening|sunday|saturday|holiday|start|morning|friday|vacation|sleep|week|christmas|birthday"
        r"|new year|bank holiday|day off)(?: [,!.])* §",
    ),
    (
        "sure certain positive confident",
        r"(?<![^ ])(?:§ 'm|i 'm|§ am|i am) (?:totally |absolutely |completely |100 % |just )?(?:sure|certain|positive"
        r"|confident) § (?:[a-z]+ly )?(?:read|checked|tested|followed|looked at|reviewed|thought|knew|verified"
        r"|double-checked|meant well|had a plan|knew what)[^|]*?(?:[.!] |, )(?:really|totally|absolutely|very|so|100 %"
        r"|definitely)(?: sure| certain| positive)?(?: [.!])*$"
        r"|(?<![^ ])(?:§ 'm|i 'm|§ am|i am) (?:totally |absolutely |completely |100 % )?(?:sure|certain|positive)"
        r" § (?:[a-z]+ly )?(?:read|checked|tested|followed|looked at|reviewed|verified|double-checked)[^|]*?(?:/s|🙄|😉"
        r"|lol|\. not)",
    ),
    (
        "strategy plan process approach policy idea",
        r"§ 's (?:[a-z-]+ )?(?:strategy|plan|process|approach|policy|idea)(?: (?:is|was|'s|seems to be|amounts to))?"
        r"(?: :| ,| -)? (?:just |basically |apparently )?(?:hope|hoping|prayer|praying|vibes|yolo|luck|fingers crossed"
        r"|crossing fingers|none|nothing|winging it|guesswork|guessing|prod)(?: [.!]+)*(?= [.!?]|$)",
    ),
    (
        "gift giving keeps",
        r"§(?: [,:])* (?:the|our) gift that keeps (?:on )?giving|(?<![^ ])the gift that keeps (?:on )?giving(?: [,:!.-])*"
        r" (?:[^ ]+ ){0,3}?§",
    ),
    (
        "thanks thank cheers",
        rf"(?<![^ ])(?:thanks|thank (?:you|§)|cheers)(?: a lot| so much| again)?(?: ,)? §(?: ,)? for [a-z]+ing [^.!?|]*?{_BAD_TIME}",
    ),
    (
        "wait",
        r"(?<![^ ])(?:can't|cannot|can not|could not|couldn't) wait (?:for|to see|until) (?:the |all the |more |another"
        r" |our )?(?:pages|page|outages?|incidents?|alerts|fires?|fun|chaos|rollbacks?|wake-up calls?|3am|2am|4am"
        r"|postmortem|sev1|sev2|sequel)(?![^ ])",
    ),
    (
        "shocker shock twist surprise guessed thought knew shocked surprised",
        r"(?<![^ ])(?:what a (?:shocker|surprise|shock|twist)|shocker|plot twist|big surprise|no surprise there"
        r"|who could have guessed|who would have thought|who knew|colou?r me (?:shocked|surprised))(?: [,!.:…-])*"
        r" (?:[^ .!?|]+ ){0,3}?§",
    ),
    (
        _PRAISE_WORDS,
        rf"(?<![^ ]){_PRAISE} (?:job|work|going|effort|stuff)(?: [,!.:])* §(?: [,!.:])* (?:[^ .!?|]+ ){{0,2}}?"
        r"(?:another|yet another|two|three|four|five|six|[0-9]+) (?:outages|incidents|pages|rollbacks|sev1s|outage"
        r"|incident|page|rollback)(?![^ ])",
    ),
    (
        "appreciate appreciated love loved enjoy enjoyed",
        r"(?<![^ ])(?:(?:really|truly|so|just) )?(?:appreciate|appreciated|love|loved|enjoy|enjoyed) (?:§ 's|§)"
        rf" (?:{_HARMING}|testing in (?:prod|production))(?![^ ])",
    ),
    (
        "lived reputation outdid outdone surpassed clap ovation",
        r"§ (?:[a-z]+ )?(?:lived|lives|living) up to (?:§ 's|its) reputation(?![^ ])(?! for)"
        r"|§ (?:[a-z]+ )?(?:outdid|outdone|surpassed) (?:him|her|them|it)sel(?:f|ves)(?= (?:this time|again|:)(?![^ ]))"
        r"|(?<![^ ])(?:slow clap|golf clap|standing ovation)(?: [,!.:])* (?:for |to )?§",
    ),
    (
        "bravo kudos congrats congratulations done hats",
        r"(?<![^ ])(?:bravo|kudos|congrats|congratulations|well done|hats off)(?: [,!.:])*(?: to)? §(?: [,!.:])*"
        r" (?:another|yet another) (?:[a-z-]+ )?(?:weekend|night|outage|incident|page|evening|sunday|saturday)"
        r"(?: gone| ruined| lost)?",
    ),
    (
        "ten stars",
        r"(?<![^ ])(?:ten out of ten|10/10|five stars|5 stars|a\+)(?: [,!.:])* (?:for|to) § (?:[^.!?|]+ )?"
        r"(?:friday|outage|outages|pages|downtime|breaking|skipping|ignoring|yolo|untested)",
    ),
    (
        "definitely totally clearly obviously absolutely certainly really",
        r"§ (?:was|were|is|are|'s|'re|did|had) [*_] ?(?:definitely|totally|clearly|obviously|absolutely|certainly"
        r"|really|so) ?[*_]",
    ),
    (
        _PRAISE_WORDS,
        rf"(?<![^ ])(?:such a |what a |a )?{_PRAISE} (?:idea|plan|move|call|decision) to (?:skip|ignore|deploy|push"
        r"|disable|delete|drop|restart|test in prod|merge|mute|silence|bypass|rush|wing)"
        rf"|(?<![^ ])(?:such a |what a |a |real |truly |really )?(?:{_PRAISE}|genius) (?:idea|plan|move|call|decision"
        rf"|thinking|strategy|choice) (?:by|from|of) § to {_RISKY_CHOICE}",
    ),
    (
        "careful thorough diligent meticulous attentive conscientious rigorous vigilant detail such",
        rf"(?<![^ ]){_CAREFUL_ONE} (?:[^.!?|]+ )?{_HASTE}(?![^ ])",
    ),
    (
        "pleasure joy treat delight",
        r"(?<![^ ])(?:always|what|such) a (?:pleasure|joy|treat|delight) (?:when|to see|watching|seeing) §(?! 's)"
        r" (?:[^.!?|]+ )?(?:friday|prod|production|again|without|breaks|broke|ignores|skips|deploys|pushes)",
    ),
    (
        "another",
        r"(?<![^ ])(?:yet )?another (?:[a-z-]+ )?(?:friday|late-night|unreviewed|untested|yolo|surprise|weekend)"
        r" (?:[a-z-]+ )?(?:from|by|courtesy of) §",
    ),
    (
        "late impressive stellar amazing great fantastic blazing lightning response turnaround",
        r"(?<![^ ])only (?:[0-9]+|an?|two|three|four|five|ten|twenty|forty|[a-z]+ty) (?:minutes?|hours?|days?) late"
        r"|(?<![^ ])(?:impressive|stellar|amazing|great|fantastic|blazing|lightning|record) (?:[a-z]+ )?(?:response"
        r"|reaction|turnaround)(?: time)? (?:from|by|of) §(?: [:,-])* (?:[^ ]+ ){0,2}?(?:(?:[0-9]+|an?|two|three|four|five"
        r"|six|several|[a-z]+ty) (?:hours|days|hour|day|weeks?)|(?:[2-9][0-9]|forty|fifty|sixty|ninety) minutes)(?![^ ])",
    ),
    (
        "way start end weekend week day morning night friday sunday saturday holiday",
        r"(?<![^ ])(?:great|wonderful|lovely|fantastic|perfect|awesome|nice) (?:way to (?:start|spend|end)|start to|end to)"
        r" (?:the |my |our |a )?(?:weekend|week|day|morning|night|friday|sunday|saturday|holiday)(?: [^.!?|]+)?"
        r" (?:thanks to|courtesy of|,) §",
    ),
    (
        "another",
        r"(?<![^ ])another (?:outage|incident|page|mess|fire|breakage|rollback|sev1) (?:from|by|courtesy of) §",
    ),
    (
        "smooth slick",
        r"(?<![^ ])(?:real smooth|very smooth|smooth move|real slick|slick move)(?: [,!.])* §",
    ),
    (
        "beyond outdid excelled shone shined impressed",
        r"(?<![^ ])(?:above and beyond|outdid|excelled|shone|shined|impressed) (?:[^ .!?|]+ ){0,3}?by "
        rf"{_harming('sleeping missing messing screwing ')}(?![^ ])",
    ),
    (
        "hours minutes days",
        rf"(?<![^ ])(?:{_PRAISE}|nice|good|great) (?:one|job|work|going)(?: [,!.])* §(?: [,!.:])* (?:[^ .!?|]+ )?"
        r"(?:hours?|minutes?|days?) of (?:downtime|outage|pages|firefighting|rollback|data loss)",
    ),
    (
        "clearly obviously evidently sure course",
        r"(?:^|(?<=[.!?] ))(?:(?:oh|yeah|ah|right) (?:, )?)?(?:clearly|obviously|evidently|sure|of course)(?: ,)? §(?! 's) (?:[a-z]+ly )?(?:read|checked"
        r"|tested|followed|looked at|reviewed|thought|knew|verified|double-checked)(?![^ ])",
    ),
    (
        _PRAISE_WORDS,
        rf"(?<![^ ]){_PRAISE} [a-z]+ (?:for|from|by) §(?: [,!.:])* (?:[^ .!?|]+ ){{0,2}}?(?:another|yet another|two"
        r"|three|four|five|six|[0-9]+) (?:outages|incidents|pages|rollbacks|sev1s|outage|incident|page|rollback)(?![^ ])",
    ),
    (
        "finally actually last once eventually",
        r"(?<![^ ])(?:nice|good|great|glad|lovely|refreshing) (?:to see|that) §(?! 's) (?:[a-z]+ )?(?:finally|actually"
        r"|at last|for once|eventually)(?![^ ])",
    ),
    (
        "reason",
        r"(?<![^ ])(?:i 'm|§ 'm|i am|§ am|we 're|§ 're) sure § (?:had|has) (?:a |an )?(?:good|great|perfectly good|very good"
        r"|excellent) reason",
    ),
    (
        "another",
        r"(?<![^ ])another § (?:outage|incident|classic|masterpiece)(?![^ ])",
    ),
    (
        "went",
        r"(?<![^ ])(?:that|this|it) went (?:great|well|brilliantly|swimmingly|perfectly|smoothly|really well)(?: [,!.])* §",
    ),
    (
        "genius attention detail care diligence professionalism thoroughness",
        r"(?<![^ ])(?:pure|sheer|absolute|real|true) genius(?: [,!.:])* (?:from|by|,)? ?§"
        r"|(?<![^ ])(?:such|real|what) (?:attention to detail|care|diligence|professionalism|thoroughness) (?:from|by) §",
    ),
    (
        "graced grace showed turned fit",
        r"§ (?:[a-z]+ )?(?:graced us|deigned to|decided to (?:show up|join|grace)|finally (?:showed|turned) up"
        r"|could fit us in)",
    ),
    (
        "love toes",
        r"(?<![^ ])(?:gotta|got to|you have to|you 've got to|have to) love (?:§|how §|the way §|when §)"
        r"|(?<![^ ])way to keep (?:§|everyone) on (?:§ 's|their) toes",
    ),
    (
        "stop don do never",
        r"(?:^|(?<=[,;:.!?|] ))§(?! 's)(?: ,)?(?: pls| please| just)? stop [a-z]+ing(?![^ ])"
        r"|(?:^|(?<=[,;:.!?|] ))§(?! 's)(?: ,)?(?: pls| please| plz)? (?:don't|do not|never) (?:touch|deploy|push|restart"
        r"|merge|run|delete|drop) (?:prod|production|main|master|the [a-z-]+|anything|it)(?![^ ])",
    ),
    (
        "again",
        r"(?:^|(?<=[,;:.!?|] ))§(?! 's) with the (?:[^ .!?|]+ ){1,3}?again(?![^ ])",
    ),
    (
        "allowed trusted let charge",
        r"(?<![^ ])why (?:is|are|was|were) §(?! 's) (?:even |still )?(?:allowed|trusted|let|in charge|on call)",
    ),
    (
        "would",
        r"(?<![^ ])would (?:page|deploy|crash|wake up|break|do (?:it|this|that)|lose|get paged|be paged|page us|be woken)"
        r"(?: by (?:§|§ 's [a-z-]+))? again(?![^ ])",
    ),
    (
        "ever",
        r"§ (?:[^|]+ )?said (?:¬|nobody) ever(?![^ ])",
    ),
    (
        "turning turned turns making made",
        r"(?:§(?: 's [a-z-]+)?|(?<![^ ])for) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,2}?(?:turning|turned|turns|making|made) (?:a|an|the|our"
        r"|one) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?into (?:a|an|the) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,2}?(?:outage|disaster|mess|catastrophe|nightmare"
        r"|fire|sev[0-9]|stopped one|dead one)(?![^ ])",
    ),
    (
        "idea plan",
        rf"(?<![^ ])(?:{_PRAISE}|genius) (?:idea|plan)(?: [,!.])*(?: § [,!.])* (?:let 's|lets|why not|sure)(?: ,)? (?:just )?"
        r"(?:skip|ignore|disable|delete|drop|push|deploy|bypass|mute|silence|turn off|test in prod)(?![^ ])"
        rf"|(?<![^ ])(?:{_PRAISE}|genius) (?:idea|plan|strategy)(?: [,!.])* § (?:[,!.] )*(?:just )?{_RISKY_CHOICE}",
    ),
    (
        _PRAISE_WORDS,
        rf"(?<![^ ]){_PRAISE} (?:work|job|effort|stuff|going) (?:by|from) §(?: [,!.:;-])+ (?![^.!?|]*{_RELIEF})[^.!?|]*?"
        rf"(?<![^ ]){_WENT_BAD}(?![^ ])",
    ),
    (
        "never nope",
        r"(?:^|(?<=[.!?] ))(?:good to know|glad to see|nice to see|great to see|happy to see|lovely to see|so glad) §(?! 's)"
        r" [^.!?|]+ [.!,] (?:never|not|nope|as if|yeah right|not once)(?: [.!]+)*$",
    ),
    (
        "great awesome perfect lovely wonderful fantastic brilliant cool amazing",
        r"§ (?:just |really |totally )?(?:deleted|dropped|wiped|broke|crashed|nuked|killed|skipped|ignored|forgot|missed"
        r"|force-pushed)(?: [^.!?|]+)? [.!?] (?:[.!?] )*(?:great|awesome|perfect|lovely|wonderful|fantastic|brilliant|cool"
        r"|amazing)(?: [.!]+)*$",
    ),
    (
        "only",
        r"§ [^|]*?(?<![^ ])only (?:took (?:§ )?)?(?:[a-z0-9]+ )?(?:hours|days|weeks|an hour|a day|a week|half a day) to"
        r" (?:notice|respond|react|ack|acknowledge|reply|answer|see|show up|join|look|read|escalate|roll back|get back)"
        r"(?![^ ])",
    ),
    (
        "busy",
        r"(?<![^ ])busy (?:sleeping|napping|snoozing|ignoring|playing|doing nothing|watching [a-z]+)(?![^ ])",
    ),
    (
        "button command key switch",
        r"§ (?:has |have |finally )?(?:discovered|learned about|learnt about) (?:the |a )?(?:delete|drop|force|rm|reset"
        r"|wipe|purge|kill|shutdown|nuke|destroy)(?: [a-z-]+)? (?:button|command|key|switch|option)(?= [.!?]|$)",
    ),
    (
        "machine laptop",
        r"[\"“‘'] (?:it |that )?(?:works|worked) on (?:my|§ 's|his|her|their) (?:machine|laptop)(?![^ ])",
    ),
    (
        "needs",
        r"(?<![^ ])who needs (?:a |an |the |any )?[^ ,.!?|]+(?: [^ ,.!?|]+)? when (?:§ (?:have|has|'ve got|got) )?§",
    ),
    (
        "last",
        r"§ [^|]*?(?<![^ ])(?:just )?like the last (?:one|two|three|four|five|few|time|[0-9]+)(?![^ ])",
    ),
    (
        "masterpiece masterclass classic gem winner triumph beauty",
        r"(?<![^ ])another (?:masterpiece|masterclass|classic|gem|winner|triumph|beauty) of (?:a |an )?(?:[a-z-]+ ){1,2}?"
        r"(?:from|by|courtesy of) §",
    ),
    (
        "loved love enjoyed enjoying",
        r"(?<![^ ])(?:loved|love|enjoyed|enjoying|really enjoyed) (?:spending|losing|wasting|giving up) (?:§ 's |the |a |our"
        r" |all )?(?:sunday|saturday|weekend|evening|night|holiday|vacation|day off|birthday|morning)",
    ),
    (
        "expert specialist master champion king queen guru wizard pro",
        r"(?<![^ ])(?:expert|specialist|master|champion|king|queen|guru|wizard|pro) (?:in|at|of) (?:breaking|deleting"
        r"|crashing|ignoring|skipping|forgetting|nuking|wiping|taking down|bringing down|untested|friday)",
    ),
    (
        "wtf wth smh ffs fml jfc",
        r"§ (?:just |really |literally )?[a-z]+(?:ed|t) [^.!?|]*?(?<![^ ])(?:wtf|wth|smh|ffs|fml|jfc)(?![^ ])",
    ),
    (
        "popcorn",
        r"§ [^|]*?(?:get|grab|getting|grabbing|fetch|pass) (?:the |some |my )?popcorn|(?<![^ ])popcorn [^|]*?§",
    ),
    (
        "idea definition version notion",
        r"§ 's (?:idea|definition|version|notion) of (?:a |an )?(?:[a-z-]+ ){0,2}?(?:review|testing|test|monitoring|backup"
        r"|due diligence|caution|care|rollback plan|documentation|handover|on-call|communication|heads-up|planning"
        r"|change management|qa|verification|checking|a plan|diligence|being careful|careful|safe) (?:is|was|'s|:)"
        r"(?: (?:just|basically|apparently|literally|simply|mostly|a|an|one|two|three|zero|no)(?![^ ])| [a-z]+ing(?![^ ]))",
    ),
    (
        "idea",
        rf"§ 's idea of (?:a |an )?[a-z-]+(?: [a-z-]+)? (?:is|was|'s|:) (?:just |basically |apparently )?{_SHRUGGED}(?![^ ])"
        r"|§ 's idea of (?:a |an )?[a-z-]+(?: [a-z-]+)? (?:is|was|'s|:) (?:just |basically |apparently )?(?:waiting for"
        r"|hoping|praying|asking (?:customers|users|support)|checking twitter|refreshing|yelling|winging)",
    ),
    (
        "finally eventually last bother",
        r"(?<![^ ])(?:nice|good|kind|great|lovely|thoughtful|decent|generous|big) of § to (?:finally|eventually|at last"
        r"|bother to|even) [a-z]+",
    ),
    (
        "zero nothing none nil",
        r"(?<![^ ])(?:ten out of ten|10/10|full marks|top marks|a\+|points|marks) for [a-z-]+(?: [,!.])*(?: § [,!.])*"
        r" (?:zero|0|nothing|none|nil|0/10|no marks|no points) for [a-z-]+",
    ),
    (
        _NEGLECTING_VERBS,
        rf"(?<![^ ]){_any(_NEGLECTING_VERBS)} (?:[^ .!?|]+ ){{0,4}}?(?:totally|really|definitely|clearly|sure|certainly|so) (?:worked(?: out)?"
        r"|paid off|helped|went (?:well|great|swimmingly))(?![^ ])"
        rf"|(?<![^ ]){_any(_NEGLECTING_VERBS)} (?:[^ .!?|]+ ){{0,4}}?(?:always|never fails to|totally|surely) (?:works(?: out)?"
        r"|pays off|helps|goes (?:well|great|swimmingly)|ends well)(?![^ ])"
        rf"|(?<![^ ]){_any(_NEGLECTING_VERBS)} (?:[^ .!?|]+ ){{0,4}}?(?:was|is|'s|were|seemed|seems|proved|turned out to be)"
        r" (?:definitely |clearly |totally |really |obviously |certainly |surely |absolutely |such )?(?:the |a |an )?"
        r"(?:[a-z]+ )?(?:efficient|smart|right|great|good|best|wise|clever|brilliant|genius|excellent|fantastic|inspired"
        r"|bold|safe|sensible|winning|genius|responsible|professional) (?:choice|move|call|idea|plan|decision|strategy"
        r"|approach|option)(?![^ ])",
    ),
    (
        "exists exist existed works thing",
        r"(?<![^ ])(?:congrats|congratulations|kudos|well done|bravo|props|thanks|thank (?:you|§)|gold star|a medal)(?: [,!.])*"
        r"(?: to| for)? §(?: [,!.])* (?:on|for) (?:finally )?(?:discovering|finding out|learning|realising|realizing"
        r"|noticing|figuring out|working out|remembering)(?: that)? [^.!?|]*?(?:exists|exist|existed|is there|was there"
        r"|works|is a thing)(?![^ ])",
    ),
    (
        "idea",
        r"§ (?:who|that) (?:[a-z]+ )?(?:thought|decided|figured|felt|believed)(?: that)? (?:[^.!?|]+ )?(?:was|would be|'d be"
        r"|is|were) (?:a )?(?:good|great|smart|brilliant|fine|clever|bright|genius) idea",
    ),
    (
        "broke took deleted dropped wiped crashed nuked killed brought knocked missed ignored forgot skipped",
        r"(?<![^ ])(?:well done|great job|nice work|nice job|good job|great work|nice one|good one|bravo|kudos|congrats"
        r"|way to go|good going|nice going|smooth)(?: [,!.])* § (?:[,!.:] )*(?:§ )?(?:just |really |totally )?"
        r"(?:broke|took down|deleted|dropped|wiped|crashed|nuked|killed|brought down|knocked out|missed|ignored|forgot"
        r"|skipped)(?![^ ])",
    ),
    (
        "great awesome perfect lovely wonderful fantastic brilliant nice cool amazing fun",
        r"§ [^.!?|]*? \? (?:[?!] )*(?:great|awesome|perfect|lovely|wonderful|fantastic|brilliant|nice|cool|amazing|fun)"
        r"(?: [.!]+)*$",
    ),
    (
        EYE_ROLL,
        rf"§ (?:[^.!?|]+ )?(?:[a-z]+ed|again|[a-z]+s) (?:[^.!?|]+ )?{EYE_ROLLS}",
    ),
    (
        "brilliant great wonderful fantastic lovely perfect marvellous superb super splendid",
        r"(?:^|(?<=[,;:.!?|] ))(?:oh|ah|well)(?: ,)? (?:brilliant|great|wonderful|fantastic|lovely|perfect|marvellous"
        r"|superb|super|splendid)(?: [,!.])+ § (?:just |then |promptly )?(?:silenced|muted|deleted|dropped|broke|wiped"
        r"|disabled|ignored|skipped|killed|nuked|took down|snoozed|bypassed|overrode)(?![^ ])",
    ),
    (
        "wrong worst",
        r"(?<![^ ])(?:what could (?:possibly )?go wrong|what 's the worst that (?:could|can) happen)(?: [,.!?])*"
        r" (?:[^|]{0,60}? )?§"
        r"|§ (?:[^|]{0,60}? )?(?:what could (?:possibly )?go wrong|what 's the worst that (?:could|can) happen)",
    ),
    (
        _PRAISE_MARK_WORDS,
        rf"(?<![^ ]){_PRAISE_MARK}(?![^ ])(?![^|]*(?<![^ ]){_SINCERE}(?![^ ]))[^|]{{0,140}}?(?<![^ ]){_WENT_WRONG}(?![^ ])"
        rf"|(?<![^ ]){_WENT_WRONG}(?![^ ])(?![^|]*(?<![^ ]){_SINCERE}(?![^ ]))[^|]{{0,100}}?(?<![^ ]){_PRAISE_MARK}(?![^ ])",
    ),
    accounts=False,
)
"""Sarcasm that needs someone in the text: "nailed it, ops: both regions down", "would page again",
"the reviewer was so thorough, said no one ever", "what could possibly go wrong when Farah edits prod"."""

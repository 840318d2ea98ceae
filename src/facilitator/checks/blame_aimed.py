"""Blame aimed at a person in the shapes the first patterns missed: passive voice that keeps the
agent, action items that target someone, habits and broken promises, "X caused the outage", and
sarcasm.

- "the table was deleted by Thandiwe", "the config was pushed without review by the on-call";
- "make sure Priya actually reads the runbook", "Kofi must get retrained", "have a word with Dmitri";
- "he doesn't follow the checklist" (see `blame_patterns`), "was supposed to rotate the keys and
  never did", "keeps taking prod down";
- "Oluwaseun caused the outage";
- "great job, team, really", a scare-quoted "tested".

Like `blame_patterns`, every pattern reads the normalized text of `blame_people` (`§` for a
person, role or group) and compiles on first use.
"""

from __future__ import annotations

from facilitator.checks.blame_patterns import (
    CATCH,
    DESTRUCTIVE,
    FAULT,
    FILL,
    SKIP,
    SUBJ,
    Family,
    _after_subject,
    _any,
    _branches,
    _family,
)

AIMED = "aimed at a person"
PASSIVE = "passive agent"
HABIT = "habit"
_NO_REASON = r"(?!(?: [^ .;!?|]+){0,8}? (?:because|since|after|once|as|per|until)(?![^ ]))"
"""No reason follows in the sentence: "snoozes the alert every night because the threshold is wrong" is the system's."""
CAUSED = "caused"

SUPPORT = "What would make the right way the easy way for anyone in that seat?"
"""For an action item aimed at a person: ask about the system that would help anyone."""

_ASKED_FOR = (
    r"(?![^.!?|]*?(?<![^ ])(?:at § 's (?:request|direction)|at the request of|on § 's (?:request|instruction)"
    r"|with § 's (?:approval|go-ahead|sign-off|ok))(?![^ ]))"
)
"""Done as someone asked: "run by Ilya instead of the cron job, at the IC's request"."""
_PLANNED = (
    _ASKED_FOR
    + r"(?!(?: ,)? (?:(?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+|,) ){0,5}?(?:as (?:part of|planned|agreed|intended|expected|scheduled|requested)|per the"
    r"|on purpose|intentionally|deliberately|so that|so (?:it|they|we|the [a-z-]+) (?:would|could|can|might|will|'d)|in order to|pending|with approval|to (?:free|clean|fix|restore"
    r"|recover|mitigate|stop|unblock|contain|wait|let|allow|give|avoid|prevent|keep|protect|make room|test|check"
    r"|verify|save(?! time)|reduce|rebuild|reclaim|rotate|replace|upgrade|patch)|during (?:the )?(?:[a-z-]+ )?(?:cleanup"
    r"|clean-up|maintenance|migration|window|drill|test|rollout)|after (?:the )?(?:[a-z-]+ )?(?:test|tests|review"
    r"|approval|sign-off|signoff)|while(?! §)|because|since|until|pending)(?![^ ]))"
)
_BY = r" (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,6}?(?:, )?by §(?! 's)" + _PLANNED
_BY_ACT = (
    r" (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,6}?by (?:§ 's (?:[a-z-]+ )?(?:misconfigured|mis-configured|broken|bad|wrong|untested|unreviewed"
    r"|sloppy|careless|botched|buggy|faulty|rushed|hasty|half-baked|incorrect|mistyped|misapplied) [a-z-]+"
    r"|(?:a|an|one|the)(?: single| one| careless| bad| stray| quick)? (?:command|typo"
    r"|change|commit|query|script|push|click|keystroke|mistake|edit|config|deploy|merge) (?:from|by|of) §|§ 's"
    r" (?:[a-z-]+ )?(?:command|typo|change|commit|query|script|push|click|keystroke|mistake|edit|config|deploy|merge"
    r"|migration|patch|rule|release|indecision|hesitation|slowness|dithering|inaction|carelessness|negligence|error"
    r"|oversight|refusal)|(?:a|an|the) (?:[a-z-]+ )?(?:misconfiguration|mistake|typo|change|error|slip|script|command"
    r"|query|job|commit|config|migration|deploy|patch) (?:that |which )?§ (?:made|pushed|introduced|left|caused|ran|run"
    r"|wrote|typed|executed|started|deployed|applied|merged))" + _PLANNED
)
"""The agent behind an act: "taken down by a single command from the intern"."""
_HARMFUL = _any(
    "deleted dropped wiped wiped_out truncated overwritten overridden overrode removed misconfigured mis-configured "
    "broken botched bungled corrupted killed nuked trashed wrecked ignored missed forgotten overlooked skipped "
    "mishandled misread mistyped fat-fingered fatfingered disabled silenced bypassed circumvented ruined "
    "messed_up screwed_up stuffed_up taken_down brought_down knocked_over blown_away dismissed left_(?:wide_)?(?:on|off|open"
    "|enabled|disabled|running|behind|unpatched|unchecked|unattended|half-finished|half_finished|broken|incomplete"
    "|half-done|world-readable|public|publicly_readable|exposed|unencrypted|unlocked|in_(?:[a-z-]+_)?(?:mode|state)"
    "|half-[a-z-]+)"
    " made_public set_to_public blown blown_through breached burned burnt busted exhausted let_(?:it_)?(?:expire|lapse"
    "|rot|fail|run_out|fill(?:_up)?|slide) ignored_again delayed held_up rushed rushed_out "
    "hurried snoozed muted mangled blocked stalled vetoed waved_through let_through rushed_through pushed_through "
    "allowed_to_(?:expire|lapse|fill(?:_up)?|run_out|rot|fail|break|drift) made_(?:much_|a_lot_|far_|even_)?worse wiped "
    "silenced suppressed commented_out hand-edited hand_edited edited_by_hand exposed leaked made_public refused "
    "turned_off switched_off let_down formatted reformatted erased purged destroyed locked waved_away waved_off "
    "brushed_off brushed_aside shrugged_off laughed_off prolonged extended worsened compounded aggravated"
)
_EXPOSED = (
    r"(?:made (?:public|world-readable|publicly (?:readable|accessible))|set to (?:public|world-readable|open|anyone)"
    r"|exposed|leaked|published|posted publicly|opened (?:up )?to (?:the )?(?:world|internet|public|everyone)"
    r"|(?:shared|posted|pasted|uploaded|committed|pushed|published|sent|emailed|forwarded|dumped) (?:in|to|on|into)"
    r" (?:a |the |an )?(?:public|open|external|wrong|customer-facing|world-readable|company-wide|all-hands) [a-z-]+)"
)
"""Harm no plan explains: "the bucket was made public by Nadia during the cleanup"."""
_LIVE_HARMED = (
    r"(?:dropped|deleted|wiped|wiped out|truncated|purged|destroyed|erased|overwritten|nuked|corrupted|taken down"
    r"|brought down|taken offline|knocked over)"
)
_ON_PURPOSE = (
    r"(?![^.!?|]*(?<![^ ])(?:as (?:planned|agreed|intended|scheduled|requested)|intentionally|on purpose|deliberately"
    r"|per the (?:runbook|plan)|at § 's request|with approval|as part of (?:the |a )?(?:[a-z-]+ )?(?:plan|migration"
    r"|decommission(?:ing)?|teardown|cutover))(?![^ ]))"
)
_DONE = _any(
    "pushed merged deployed approved applied shipped run ran released rolled_out executed made done changed edited "
    "sent started restarted committed rebooted pasted typed entered triggered kicked_off signed_off rubber-stamped set put "
    "configured enabled turned_on flipped raised lowered do make push deploy run merge"
)
_CARELESSLY = (
    r"(?:, who (?:didn't|did not|never|hadn't|had not|hasn't) [a-z]+|who (?:didn't|did not|never|hadn't) [a-z]+"
    r"|without (?:any |a |proper |the |even )?[a-z-]+(?: [a-z-]+)?|with no [a-z-]+|untested|unreviewed|by mistake"
    r"|by accident|accidentally|instead of (?:the |a |an )?[a-z-]+|in a hurry|in a rush|carelessly|blindly|recklessly|despite (?:[^ ,;:.!?|]|[:.](?=[^ ]))+"
    r"|against (?:the |our |§ 's |§ ' )?(?:[a-z-]+ )?(?:advice|runbook|process|policy|rules?|plan|agreed plan|guidance"
    r"|instructions|comments|recommendations?|objections?|warnings?|feedback|judge?ment|wishes)"
    r"|outside (?:the )?(?:change window|process|freeze)|during (?:the )?freeze|too (?:early|soon|late|quickly|fast)"
    r"|while (?:the |a )?(?:change |code |deploy )?freeze (?:was|is) (?:in place|on|active|in effect)|despite the freeze"
    r"|before (?:the |a |an )?(?:[a-z-]+ )?(?:had |was |were |had been |was even )?(?:finished|completed|done|passed|ran|run|ready"
    r"|freed|fixed|resolved|verified|confirmed|recovered|cleared|mitigated|restored|drained|emptied|caught up|settled"
    r"|stabilised|stabilized"
    r"|green)|prematurely|during (?:peak|peak hours|business hours|the day|black friday|the sale|the launch)|at peak"
    r"|in the middle of (?:the day|peak|the sale|the launch|business hours)|on a friday(?: evening| afternoon| night)?"
    r"|on a friday|late|(?:far |way |much )?too (?:high|low|loose|tight|aggressive|wide|narrow|short|long|late|early)"
    r"|even though (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){1,4}?(?:hadn't|had not|wasn't|was not|weren't|were not|failed|failing|red|broken"
    r"|never)|straight to (?:prod|production|main|master|live)|directly (?:to|into|on) (?:prod|production|main|master)"
    r"|, who (?:then |just |simply )?(?:went back to sleep|ignored|forgot|did nothing|walked away|logged off|went home"
    r"|left|thought|assumed|believed))"
)
_BE = r"(?:was|were|got|been|is|are|being|'s|gets|get)"
_DUTY = _any(
    "reads read follows follow checks check tests test double-checks double-check reviews review looks_at look_at "
    "pays_attention pay_attention remembers remember uses use runs run understands understand learns learn "
    "listens listen watches watch slows_down slow_down stops stop thinks think does_(?:§_'s_)?job "
    "does_(?:the|§_'s)_homework reads_the reads_up knows_(?:what|how) know_(?:what|how)"
)
_CORRECTED = _any(
    "re-trained retrained trained coached reminded spoken_to talked_to told_off written_up disciplined monitored "
    "kept_(?:off|away_from|out_of) moved_off pulled_off stood_down benched "
    "supervised watched babysat shadowed warned reprimanded removed_from replaced taken_off banned barred "
    "locked_out sent_on_(?:a_)?(?:course|training) (?:put_)?on_(?:a_)?(?:pip|performance_(?:improvement_)?plan|notice|probation"
    "|final_warning|gardening_leave)"
)
_NEEDS = _any(
    "training retraining re-training coaching supervision a_reminder reminding a_talking-to a_talking_to "
    "a_refresher babysitting oversight hand-holding handholding a_warning a_lesson to_be_watched "
    "to_read_the_[a-z]+ to_re-?read to_learn to_slow_down to_pay_attention to_be_reminded to_listen "
    "to_(?:double|triple)-check to_follow_the_[a-z]+ to_stop_[a-z]+ing a_second_pair_of_eyes someone_watching "
    "closer_supervision a_mentor more_experience someone_senior adult_supervision "
    "(?:a_|an_)?(?:formal_|serious_|difficult_|proper_)?(?:performance|disciplinary|hr)_(?:conversation|review|discussion|talk|meeting)"
)
_KEEPS = _any(
    "forgetting ignoring skipping missing neglecting overlooking breaking messing screwing bypassing overriding "
    "taking_[^_]+(?:_[^_]+)?_down bringing_[^_]+(?:_[^_]+)?_down making_the_same_mistake doing_this doing_that "
    "pushing_without merging_without deploying_without shipping_without"
)
_NOT_A_VIRTUE = (
    r"(?![^ ])(?! (?:fail|complaint|complaining|being asked|being told|a hitch|a fuss|fuss|drama|panicking|panic|guessing"
    r"|waiting to be asked|prompting|blaming|escalating (?:it|to)|breaking|dropping|losing)(?![^ ]))"
)
"""What a habit does without that is no lapse: "keeps writing notes without being asked"."""
_GOES_WRONG = (
    r"(?=[^.!?|]*(?<![^ ])(?:break|breaks|broke|broken|breaking|down|fail|fails|failed|failing|paged|page|pages"
    r"|paging|outage|outages|incident|incidents|rollback|rollbacks|fire|fires|wake|woken|mess|wrong|problem|problems"
    r"|issue|issues|sev1|sev2|alert|alerts|red|lose|lost|crash|crashes|crashed|suffer|suffers|pain|chaos|trouble"
    r"|scramble|falls over|fell over|roll back|revert|reverts|reverted|half-[a-z-]+|ends up|end up|ended up"
    r"|happens|goes off|went off|go off|fires|fired|unannounced|unreviewed|untested|without (?:a |an |any |the )?"
    r"(?:ticket|review|approval|change request|heads-up|warning|notice|tests?|testing|backup|plan|rollback plan))(?![^ ]))"
)
"""What a habit's "every time" comes with when it blames: "every time Gaurav is on call something breaks"."""
_OUTCOME = _any(
    "outage incident failure downtime mess problem breakage page pages alert_storm data_loss regression bug "
    "bugs outages incidents sev[0-9] sev-[0-9] p[01] fire"
)
_NOT_A_RECORD = (
    r"(?! (?:doc|document|channel|bridge|call|report|review|timeline|notes|room|ticket|log|thread|page|retro"
    r"|postmortem|war room|response|process|checklist)(?![^ ]))"
)
"""After an outcome: the incident's own record or room ("started the incident doc") is work, not harm."""
AIMED_FAMILIES: tuple[Family, ...] = (
    # -- passive voice that keeps the agent --------------------------------------------------
    _family(
        PASSIVE,
        rf"(?<![^ ]){_BE}(?=[^.!?|]* by [^.!?|]*§)(?:"
        rf"(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,4}}? {_HARMFUL}(?:{_BY}|{_BY_ACT})"
        rf"|(?: [a-z]+ly)? [a-z]+(?:ed|en|wn|ne|t) {_CARELESSLY}{_BY}"
        rf"|(?: [a-z]+ly)? [a-z]+(?:ed|en|wn|ne){_BY}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,3}}(?: ,)? {_CARELESSLY}"
        rf"| (?:never|not|n't) (?:[a-z]+ly )?[a-z]+(?:ed|en|wn|t){_BY}"
        rf"| (?:wrongly|incorrectly|badly|poorly|hastily|sloppily|carelessly|mistakenly|accidentally)"
        rf" [a-z]+(?:ed|en|wn|t){_BY}"
        rf"| [a-z]+(?:ed|en|wn|t)(?: up)?(?: (?:very|really|so|pretty|quite|extremely))?"
        rf" (?:wrong|wrongly|incorrectly|badly|poorly|by mistake){_BY}"
        rf"|(?: [a-z]+ly)? {_DONE} {_CARELESSLY}{_BY}"
        rf"|(?: [a-z]+ly)? {_DONE}{_BY}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,3}}(?: ,)? {_CARELESSLY}"
        rf"|(?: [a-z]+ly)? [a-z]+(?:ed|en|wn|t){_BY} (?:and|but)(?: §)?(?: then)? (?:forgotten|ignored|left"
        r"|abandoned|dropped|never|not|forgot|ignored|broke|took down|caused|crashed|wiped|corrupted)(?![^ ])"
        rf"|(?: [a-z]+ly)? (?:{_DONE}|[a-z]+(?:ed|en|wn))(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{1,4}}? {_CARELESSLY}{_BY})"
        rf"|(?<![^ ])(?:the|a|an) (?:wrong|bad|broken|buggy|faulty|untested|unreviewed|incorrect) (?:[^ ,;:.!?|]|[:.](?=[^ ]))+"
        rf"(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+)? (?:was|were|got) [a-z]+ed{_BY}"
        r"|(?<![^ ])(?:acknowledged|acked|claimed|assigned|picked up|seen|read) by §(?! 's) (?:and|but)(?: §)?(?: then)?"
        r" (?:left|ignored|forgotten|abandoned|dropped|never)(?![^ ])"
        r"|(?<![^ ])(?:the |our |a |an |some )?(?:[a-z-]+ )?(?:credentials|credential|secret|secrets|password|passwords|keys"
        r"|key|token|tokens) (?:was|were|got|been) (?:committed|pushed|pasted|posted|shared|uploaded|checked in"
        r"|hard-coded|hardcoded|leaked) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,5}?by §"
        r"|(?<![^ ])(?:was|were|got|been|is|are) (?:routed|sent|pointed|forwarded|redirected) to (?:/ ?dev ?/ ?null|nowhere|(?:an?|the) (?:old|dead"
        r"|unmonitored|archived|empty|muted|personal|wrong) [a-z-]+)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,4}? by §"
        rf"|(?<![^ ]){_BE}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,3}}? {_EXPOSED} (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){{0,3}}?by §(?! 's)"
        + _ON_PURPOSE
        + rf"|(?<![^ ])(?:the |our |a |an )?(?:(?:prod|production|live|primary|customer|customers|main)(?: [a-z-]+){{1,2}}"
        r"|(?:[a-z-]+ )?(?:backup|backups|snapshots|audit log|audit logs|audit trail))"
        rf" (?:was|were|got|had been|has been) {_LIVE_HARMED} (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){{0,3}}?by §(?! 's)"
        + _ON_PURPOSE
        + r"|(?<![^ ])(?:went|goes|go|remained|stayed|sat) (?:un[a-z]+ed|ignored|unread|unseen)(?: for [^ ]+(?: [^ ]+)?)?"
        r" by §"
        r"|(?<![^ ])(?:should|could|ought to) (?:have|'ve) been (?:caught|spotted|noticed|stopped|flagged|prevented"
        r"|tested|reviewed|checked) by §"
        r"|(?<![^ ])(?:caused|triggered|started|introduced) by (?:a|an|the) (?:[a-z-]+ )?(?:change|config|commit|typo"
        r"|query|script|mistake|deploy|push|command|edit|migration) (?:that |which )?§(?! 's) [a-z]+"
        r"|(?<![^ ])(?:the |a |an |this |that )?(?:bug|regression|error|outage|problem|issue|incident|mistake|typo"
        r"|breakage|mess|blunder|misconfiguration) (?:was|were|got|had been|has been) (?:introduced|caused|created"
        r"|triggered|made|started|done|committed) by §"
        rf"|(?<![^ ])(?:[a-z]+ed|[a-z]+en|made|done|run|sent|set|put) by §(?! 's) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){{0,3}}?"
        rf"(?:{_CARELESSLY}|broke|took down|brought down|caused|crashed|wiped|corrupted|deleted|triggered|knocked out"
        r"|killed)(?![^ ])" + _ASKED_FOR,
        DESTRUCTIVE,
        ("ignored", "What made the warning easy to dismiss?"),
        ("missed", CATCH),
        ("overlooked", CATCH),
        ("skipped", SKIP),
        ("forgotten", SKIP),
        ("without", CATCH),
        ("with no", CATCH),
        ("untested", CATCH),
        ("unreviewed", CATCH),
        words="by",  # every branch ends in "by §" or has it in its middle
    ),
    # -- action items aimed at a person (each branch with the words it needs) -----------------
    *_branches(
        AIMED,
        SUPPORT,
        (
            "sure ensure ensures ensuring see check so",
            rf"(?<![^ ])(?:make sure|makes sure|making sure|ensure|ensures|ensuring|see that|check that|so that)"
            rf" §(?! 's)(?: (?:actually|really|properly|finally|always|now|also|at least|for once|in future"
            rf"|next time))* (?:{_DUTY}|(?:doesn't|does not|don't|do not|never|won't|will not|can't|cannot) [a-z][\w-]*)",
        ),
        (
            "trained retrained coached reminded spoken talked told written disciplined monitored supervised watched "
            "babysat shadowed warned reprimanded removed replaced taken banned barred locked sent put kept moved pulled "
            "stood benched pip performance probation notice final gardening",
            rf"{SUBJ}{FILL} (?:must|should|needs? to|has to|have to|will|shall|'ll|is going to|ought to|better|to|could"
            rf"|might|may|can|would|is to|are to|'s to)(?: really| definitely| also| just| perhaps| maybe)?(?: be| get| go"
            rf"| be getting| do with being| benefit from being)?(?: [a-z]+ly)? {_CORRECTED}",
        ),
        (
            "training retraining re coaching supervision reminder reminding talking refresher babysitting oversight "
            "hand handholding warning lesson watched read reread learn slow pay reminded listen double triple follow "
            "stop eyes watching mentor experience senior performance disciplinary hr",
            rf"{SUBJ}{FILL} (?:needs?|could use|might use|could do with|might do with|could benefit from|would benefit from"
            rf"|requires?) (?:more |some |better |proper |a bit of |serious |a lot more |much )?{_NEEDS}",
        ),
        (
            "word words chat talk conversation",
            r"(?<![^ ])(?:have|had|having|has) (?:a |another )?(?:quiet |serious |stern |little |firm )?"
            r"(?:word|words|chat|talk|talking-to|conversation) with §",
        ),
        (
            "retrain train coach remind warn discipline reprimand write lecture talk speak sit keep watch babysit "
            "supervise",
            r"(?:^|(?<=[,;:.!?|] )|(?<=let 's )|(?<=need to )|(?<=should )|(?<=will )|(?<='ll )|(?<=must )|(?<=to ))"
            r"(?:re-?train|retrain|coach|remind|warn|discipline|reprimand|write up|lecture|keep an eye on|watch over|babysit"
            r"|supervise) §(?! 's)"
            r"|(?:^|(?<=[,;:.!?|] )|(?<=let 's )|(?<=§ need to )|(?<=§ needs to )|(?<=§ should )|(?<=§ must ))"
            r"(?:talk to|speak to|speak with|talk with|sit down with) §(?! 's)(?! and (?:walk|go|talk) through how)"
            r"|(?:^|(?<=[,;:.!?|] )|(?<=let 's )|(?<=need to )|(?<=needs to )|(?<=should )|(?<=will )|(?<=must )|(?<=to ))"
            r"sit §(?! 's) down(?![^ ])",
        ),
        (
            "eye tabs watch check",
            r"(?<![^ ])(?:keep an eye on|keep tabs on|watch over|double-check|check) § 's (?:work|changes|commits|prs"
            r"|deploys|pushes|code|queries)",
        ),
        (
            "ask asked tell told remind reminded get have make stop quit letting allowing actually properly really "
            "finally keep required forced start begin",
            r"(?<![^ ])(?:make|get|have) §(?! 's) (?:actually|really|properly|finally|at least) [a-z]+"
            r"|(?<![^ ])(?:stop|quit|no more) (?:letting|allowing) §(?! 's) (?:to )?[a-z]+"
            r"|(?<![^ ])keep §(?! 's) (?:away|off) (?:from )?(?:the |any |all )?(?:[a-z-]+ )?(?:production|prod|console"
            r"|deploys?|database|cluster|servers?|keys|pager|rota|rotation|on-call)(?![^ ])"
            rf"|{SUBJ}{FILL} (?:must|should|needs? to|has to|have to|to|better|will have to|must to|should to) (?:stop"
            r" (?!blaming|pointing|guessing)(?:[a-z]+ing|deploy|push|merge|skip|ignore|touch|restart|run|change|force-push"
            r"|delete|drop)|(?:start|begin) (?:[a-z]+-)?(?:checking|testing|reading|following|reviewing|paying|looking"
            r"|listening|thinking|asking|watching))(?![^ ])"
            rf"|{SUBJ}{FILL} (?:should|must|will|to|needs? to) be (?:required|made|forced|told|asked) to [a-z]+"
            r"|(?:^|(?<=[:;,] ))§(?! 's) (?:actually|properly|really|finally) (?:reading|checking|following|testing"
            r"|looking at|answering|doing|paying|watching|using)(?![^ ])"
            r"|(?<![^ ])(?:ask|tell|told|remind|reminded|get|have) §(?! 's) to (?:stop (?!blaming|pointing|accusing"
            r"|guessing)[a-z]+ing|start|actually"
            r"|pay attention|be more|be careful|double-check|read|re-?read|learn|follow|slow down|think|remember|not"
            r"|never|always)"
            # "asked Luis to read the diff before reloading" tells what happened at the time: asked, it is a
            # corrective only by what it asks for or when it looks ahead
            r"|(?<![^ ])asked §(?! 's) to (?:stop (?!blaming|pointing|accusing|guessing)[a-z]+ing|start|actually"
            r"|pay attention|be more|be careful|re-?read|learn|slow down|remember|not|never|always"
            r"|[a-z-]+(?: [^ ,;:.!?|]+){0,5}? (?:next time|from now on|going forward|in future|in the future))",
        ),
        (
            "warning talking reprimand strike pip telling",
            r"(?<![^ ])(?:give|gave|issue|issued) § (?:a |another )?(?:(?:formal|final|written|verbal|stern|first) ){0,2}"
            r"(?:warning|talking-to|reprimand|strike|pip|telling-off)"
            rf"|{SUBJ}{FILL} (?:(?:should|must|will|needs? to|to|is to|ought to) )?(?:gets|get|got|receives|receive|received"
            r"|be given|be issued|deserves?|earns?|earned|needs?|could use) (?:a |another )?(?:formal |final |written |verbal |stern |first"
            r" |official |firm |proper |serious |good |real |quiet )?(?:warning|talking-to|reprimand|strike|telling-off)",
        ),
        (
            "need needs require requires reviewer reviewers approval approvals",
            r"(?<![^ ])(?:all|every|any|each) (?:[a-z-]+ )?(?:change|changes|deploy|deploys|pr|prs|migration|migrations|commit"
            r"|commits|merge|merges|release|releases) (?:by|from|made by|written by|authored by|pushed by|shipped by) §(?! 's)"
            r"(?: (?:will|must|should|now|from now on|going forward|,))* (?:need|needs|require|requires|get|gets|go through"
            r"|goes through|be reviewed|be approved|needs? sign-off)(?![^ ])",
        ),
        (
            "step stand resign demoted",
            rf"{SUBJ}{FILL} (?:should|must|needs? to|ought to|has to|have to|had better|better|deserves? to)(?: really| probably"
            r"| just| honestly)? (?:step down|stand down|resign|be demoted|be removed)(?![^ ])",
        ),
        (
            "without",
            rf"{SUBJ}{FILL} (?:doesn't|does not|won't|will not|can't|cannot|may not|mustn't|must not|is not to|isn't to"
            r"|is not allowed to|isn't allowed to|shouldn't|should not) (?:touch|touches|deploy|push|merge|run|change|access"
            r"|go near|ship|release) (?:[^ ,;:.!?|]+ ){0,4}?without (?:§|someone|somebody|a senior|an adult|supervision"
            r"|a babysitter|a chaperone)(?: [a-z-]+)?(?: (?:watching|present|approving|supervising|signing off|looking"
            r"|checking|reviewing|around))?(?![^ ])",
        ),
        (
            "approved signed reviewed checked vetted",
            rf"{SUBJ}{FILL} (?:will |'ll |would )?(?:need|needs|must|has|have|should|is going|are going|'s going) to (?:get"
            r"|have) (?:every|each|all|any|all of § 's|every one of § 's) (?:[a-z-]+ )?(?:change|changes|deploy|deploys|pr"
            r"|prs|merge|merges|migration|migrations|query|queries|commit|commits|release|releases|edit|edits) (?:approved"
            r"|signed off|reviewed|checked|vetted|double-checked)(?![^ ])",
        ),
        (
            "make makes made making",
            r"(?<![^ ])(?:make|makes|made|making) §(?! 's) (?:publicly |personally )?(?:explain|present|apologi[sz]e|own up"
            r"|account for|justify|answer for|stand up and|write (?:an? )?(?:apology|explanation|confession))(?![^ ])",
        ),
        (
            "wrong wronged",
            r"(?<![^ ])(?:explain|explains|explaining|write up|writing up|write down|document|documenting|reflect on"
            r"|reflecting on|admit|admitting|own up to|list|listing|apologi[sz]e for|apologi[sz]ing for|present|presenting)"
            r" (?:[a-z]+ ){0,3}?what § (?:(?:did|does|had done|has done|got) wrong|wronged)(?![^ ])",
        ),
        (
            "allowed permitted trusted",
            rf"{SUBJ}{FILL} (?:is|are|'s|'re|will be|should be) (?:no longer|not|never again) (?:allowed|permitted"
            r"|trusted)",
        ),
        (
            "runbook docs documentation checklist procedure playbook process",
            rf"{SUBJ}(?:{FILL} (?:must|should|needs? to|has to|have to))? to (?:re-?read|read|study|learn|review|memori[sz]e)"
            rf" the (?:[a-z-]+ )?(?:runbook|docs|documentation"
            rf"|checklist|procedure|playbook|process)"
            rf"|{SUBJ}{FILL} (?:must|should|needs? to|has to|have to) (?:re-?read|read|study|learn|review|memori[sz]e)"
            rf" the (?:[a-z-]+ )?(?:runbook|docs|documentation"
            r"|checklist"
            r"|procedure|playbook|process)",
        ),
        (
            "everything anything every all what suggest recommend propose recommendation ask",
            r"(?<![^ ])(?:review|check|double-check|approve|watch|vet|monitor) (?:everything|anything|all|every [a-z]+|what)"
            r" § (?:ships|pushes|writes|deploys|merges|touches|does|changes|submits|makes|runs|commits|opens)"
            r"|(?<![^ ])(?:suggest|recommend|propose)(?: that)? §(?! 's) (?:shadows?|pairs?|attends?|takes?|does|re-?reads?"
            r"|retrains?|is retrained|gets retrained|is supervised|gets supervised)(?![^ ])"
            # "i'd suggest thiago doesn't touch prod unsupervised for a bit": a person kept off prod
            r"|(?<![^ ])(?:suggest|recommend|propose|recommendation is|ask)(?: that)? §(?! 's) (?:doesn't|does not|not|shouldn't"
            r"|should not|won't|stays away from|keeps away from|stops?)(?: [a-z]+ly)? (?:touch|deploy|push|merge|access|run"
            r"|release|ship|approve)(?:es|s|ing)?(?: to| on| in| into)? (?:prod|production|main|master|live|anything|the"
            r" [a-z-]+)(?: [a-z-]+)?(?: unsupervised| alone| on (?:§ 's|his|her|their) own| without (?:supervision"
            r"|a second|someone|a senior|review|§)| for (?:a bit|a while|now|the time being|some time)| until)+(?![^ ])",
        ),
        (
            "make makes made redo repeat attend",
            r"(?<![^ ])(?:make|makes|made) § (?:do|redo|take|repeat|attend|go through|sit) (?:the |a |an |another )?"
            r"(?:[a-z-]+ )?(?:training|course|refresher|onboarding|quiz|test|exam)",
        ),
        (
            "senior experienced",
            r"(?<![^ ])(?:pair|paired|buddy) § (?:up )?with (?:§|a|an) (?:more )?(?:senior|experienced)"
            rf"|{SUBJ}{FILL} (?:should|must|needs? to|to|will) be (?:paired|buddied|teamed) (?:up )?with (?:§|a|an) (?:more )?"
            r"(?:senior|experienced)",
        ),
        (
            "refresher training course retraining re remedial bootcamp pip performance workshop onboarding quiz "
            "certification exam module",
            r"(?<![^ ])(?:send|sent|put|place|placed|start|started) § (?:on|to|through|for) (?:a |some |another )?(?:[a-z-]+ ){0,2}?(?:refresher"
            r"|training|course|re-?training|remedial|bootcamp|pip|performance (?:[a-z-]+ )?plan)"
            rf"|{SUBJ}(?:{FILL} (?:must|should|needs? to|has to|is to))? (?:to )?(?:attend|take|do|complete|go on|undergo"
            r"|receive|be sent on|be sent to"
            r"|go through|sit through|go back through|sit|redo|repeat|retake) (?:a |the |some |another )?(?:[a-z-]+ ){0,3}?"
            r"(?:training|course|refresher|workshop|re-?training|remedial|onboarding|quiz|certification|exam|module)"
            r"(?! (?:doc|docs|documentation|page|guide|flow|checklist|materials|slides|deck|content|videos?|wiki|portal"
            r"|plan|programme|program|template|repo|site|process|tooling|questions)(?![^ ]))(?: again)?(?: (?:before|until|prior to) (?:§ |getting |regaining |touching |going |being |any ))?",
        ),
        (
            "until",
            r"(?<![^ ])(?:pair|paired|buddy|shadow) § (?:up )?with (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?until § (?:stops|learns"
            r"|starts|improves|gets|is|can)"
            r"|(?<![^ ])until § (?:stops (?:making|messing|breaking|forgetting|skipping|ignoring)|learns (?:to|how|the [a-z-]+"
            r"|§ 's)|knows the [a-z-]+|proves|shows (?:§ )?(?:can|that)|improves|gets better|can be trusted"
            r"|(?:'s|has|have|is|are) (?:been )?(?:re-?trained|trained|coached|certified|signed off|re-?certified|re-?onboarded)"
            r"|is more careful|can be trusted|gets (?:it|better))",
        ),
        (
            "remove removed drop dropped take took pull pulled kick kicked ban banned bar barred bench benched",
            r"(?<![^ ])(?:remove|removed|drop|dropped|take|took|pull|pulled|kick|kicked|ban|banned|bar|barred|bench"
            r"|benched) § (?:from|off|out of) (?:the |any |all )?(?:[a-z-]+ ){0,2}?(?:§ )?(?:on-call|oncall|rotation|rota|pager|deploys?"
            r"|releases?|team|prod|production|incident|escalation)"
            # "remove Jomo from the release approvers" reads "remove § §": a person taken out of a group of people
            r"|(?:^|(?<=[,;:.!?|—–-] )|(?<=please )|(?<=just )|(?<=and )|(?<=to )|(?<=should ))(?:remove|kick|boot|drop"
            r"|pull|bench) §(?! 's)(?: (?:from |off |out of )?§| (?:from|off|out of) (?:the |all |any )?(?:[a-z-]+ )?"
            r"(?:approvers|admins|deployers|maintainers|owners|reviewers|group|list|rota|rotation))?"
            r"(?= (?:pls|please|plz|asap|for now|for a while|for good|until|immediately|now)(?![^ ])| ?[,;:.!?|]|$)",
        ),
        (
            "access rights permissions privileges credentials",
            r"(?<![^ ])(?:revoke|revoked|suspend|suspended|restrict|restricted|remove|removed|pull|pulled|strip|stripped"
            r"|limit|limited|freeze|froze|take away|took away|lose|loses|lost) § 's (?:[a-z-]+ ){0,3}?(?:access|rights"
            r"|permissions|privileges|credentials)(?![^ ])",
        ),
        (
            "sign signoff approval review reviews oversight supervision eyes",
            rf"{SUBJ}{FILL} (?:must|should|needs? to|has to|have to|will have to|is to|to) (?:get|obtain|seek|have)"
            r" (?:a |an )?(?:[a-z-]+ )?(?:sign-off|signoff|approval|review|reviews|oversight|supervision|a second pair of eyes)"
            r" (?:[^ ,;.!?|]+ ){0,6}?(?:every|each|all|any|again|from now on|going forward|in future|until|before (?:touching"
            r"|deploying|pushing|merging|changing|running|editing|shipping))(?![^ ])",
        ),
        (
            "explain justify answer account explanation",
            rf"{SUBJ}{FILL} (?:must|should|needs? to|has to|have to|will have to|is to|to) (?:explain|justify|answer for"
            r"|account for)(?: [a-z]+)? (?:why|§ 's|himself|herself|themselves|themself|this|that)(?![^ ])"
            rf"|{SUBJ}{FILL} (?:owes|owe) (?:§|everyone|the team) (?:an )?(?:explanation|apology)(?![^ ])",
        ),
        (
            "now forward future next after",
            r"(?<![^ ])(?:from now on|going forward|in future|in the future|next time|after this)(?: ,)? §(?! 's)"
            r" (?:must|should|needs to|has to|will have to|is to|'s to|'ll have to|better|had better|is not to"
            r"|must not|should not|shouldn't|can't|cannot|won't be allowed|(?:needs|requires|gets|will need|will get)"
            r" (?:a |an )?(?:[a-z-]+ )?(?:sign-off|signoff|approval|review|supervision|oversight|§)|may not|may no longer"
            r"|can no longer|is no longer allowed to|will not be allowed to|mustn't|isn't to"
            # "going forward, Uzma only deploys with someone watching"
            r"|only [a-z]+s (?:[^ ,;:.!?|]+ ){0,3}?(?:with|under|alongside|after) (?:someone|somebody|a senior|supervision"
            r"|§|a second|a buddy|sign-off|approval)(?![^ ]))",
        ),
        (
            "apology apologise apologize",
            rf"{SUBJ}{FILL} (?:owes|owe) (?:the team|us|everyone|everybody|[^ ]+) an apology"
            rf"|{SUBJ}{FILL} (?:should|must|needs? to|has to|ought to|to) apologi[sz]e",
        ),
        (
            "teach show taught showed",
            r"(?<![^ ])(?:teach|show|taught|showed) § how to (?:read|use|follow|check|test|do)",
        ),
        (
            "care ownership responsibility",
            rf"{SUBJ}{FILL} (?:needs? to|should|must|has to|have to) (?:take|show) (?:more |some |real )?(?:care"
            r"|ownership|responsibility)",
        ),
        (
            "actually properly really finally least once learn start slow pay think listen stop double",
            rf"{SUBJ}{FILL} (?:should|must|needs? to|has to|have to|ought to|better)"
            rf" (?:actually|properly|really|finally|at least|for once|learn to|start to) [a-z][\w-]*"
            rf"|{SUBJ}{FILL} (?:should|must|needs? to|has to|have to|ought to|better) (?:learn to|slow down"
            r"|pay (?:more |closer |better |proper )?attention|think before|listen|stop (?:and think|rushing|guessing"
            r"|cutting corners|skipping|ignoring)"
            r"|double-check)",
        ),
        (
            "seriously shadow senior experienced lead manager rights access permissions privileges",
            rf"{SUBJ}{FILL} (?:needs? to|should|must|has to|have to|better|ought to) (?:start )?(?:taking|take)"
            r" (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?seriously"
            r"|(?<![^ ])(?:have|get|let|make) §(?! 's) shadow"
            r"|(?<![^ ])(?:check|checks|run|runs|clear|clears) (?:it |everything |changes |deploys |them )?(?:with|by|past)"
            r" (?:someone|a|an|§) (?:more )?(?:senior|experienced|lead|manager)"
            rf"|{SUBJ}{FILL} (?:should|must|ought to|needs? to|to|will|deserves? to) lose (?:§ 's |the |all |any )?"
            r"(?:[a-z-]+ ){0,3}?(?:rights|access|permissions|privileges)"
            rf"|{SUBJ}{FILL} (?:gets|get|has|have|will have|should have) no (?:more )?(?:deploy|prod|production|admin"
            r"|root|merge|push) (?:rights|access|permissions)"
            rf"|{SUBJ}{FILL} (?:must|should|can|may|will) never (?:again )?(?:deploy|push|merge|touch|access|approve|be"
            r"|run|make|ship)",
        ),
        (
            "accountable responsible account",
            r"(?<![^ ])(?:hold|holds|held|holding) §(?! 's) (?:accountable|responsible|to account)",
        ),
        (
            "own step better act accountable responsible answer explain",
            rf"{SUBJ}{FILL} (?:needs? to|should|must|has to|have to|ought to|better|will have to) (?:own up|step up"
            r"|do better|get (?:§ 's |their |his |her |its )?act together|be held (?:accountable|responsible)|answer for"
            r"|explain (?:him|her|them)sel(?:f|ves))",
        ),
        (
            "manager lead boss behaviour behavior conduct performance mistakes errors lapses ups carelessness attitude",
            r"(?<![^ ])(?:talk|speak|escalate|raise (?:it|this)|go|complain) (?:to|with) § 's (?:manager|lead|boss"
            r"|line manager|team lead)"
            r"|(?<![^ ])(?:loop in|inform|tell|cc|ping) § 's (?:manager|lead|boss|line manager)"
            r"|(?<![^ ])escalate § 's (?:[a-z-]+ )?(?:behaviou?r|conduct|performance|mistakes|errors|lapses|slip-ups"
            r"|carelessness|attitude)",
        ),
        (
            "alone again anymore any unsupervised himself herself themselves longer shadow offline unreachable afk asleep "
            "missing away unavailable around nowhere phone",
            rf"{SUBJ}{FILL} (?:shouldn't|should not|must not|mustn't|can't|cannot|won't) be (?:on-call|on call|oncall)"
            r" (?:alone|again|anymore|any more|by (?:him|her|them)sel(?:f|ves)|unsupervised)"
            rf"|{SUBJ}{FILL} (?:is|are|was|were|'s|be|being)(?: always| never| usually| often)? (?:offline"
            r"|unreachable|afk|asleep|missing|away|unavailable|not around|nowhere to be found|on (?:§ 's )?phone)"
            r" (?:when|whenever|while) § (?:is|'s|are|was|were|gets|get) (?:on(?:-| )?call|paged|needed)"
            rf"|{SUBJ}{FILL} (?:can|may|should|will) no longer (?:deploy|push|merge|touch|access|approve|be|have|run"
            r"|make|ship)"
            rf"|{SUBJ}{FILL} (?:should|must|needs? to|will|has to|is to|'s to) shadow (?:someone|a|an|the|§)"
            # an action item, "Nikhil to shadow a senior engineer on every release for the next two months"
            rf"|{SUBJ}{FILL} to shadow § (?:[^ ,;:.!?|]+ ){{0,4}}?(?:(?:on|for|during|in) (?:every|all|each|any)"
            r"|for the (?:next|rest|coming)|until|for a (?:while|bit|quarter|month)|going forward|from now on)(?![^ ])",
        ),
        (
            "access rights permissions privileges keys credentials",
            r"§ 's (?:[a-z]+ )?(?:access|rights|permissions|privileges|keys|credentials)(?: (?:to|on|for) (?:the )?[a-z-]+)?"
            r" (?:should|must|need to|needs to"
            r"|will|to|has to|have to|is to) be (?:revoked|removed|suspended|pulled|taken away|restricted|limited|reduced"
            r"|downgraded|cut|curtailed|scoped down|made read-only|set to read-only|cut back)"
            r"|(?<![^ ])(?:revoke|remove|take away|pull|restrict|limit|suspend|lock) § 's (?:[a-z]+ )?"
            r"(?:access|rights|permissions|privileges|keys|credentials|deploy rights)"
            r"|(?<![^ ])(?:take|took|pull|pulled|revoke|revoked|remove|removed) (?:[a-z]+ )?(?:access|rights|permissions"
            r"|keys) (?:off|from|away from) §(?! 's)",
        ),
        (
            "trusted allowed near access alone prod production root admin",
            rf"{SUBJ}{FILL} (?:should not|shouldn't|must not|mustn't|can't|cannot|can not) (?:be )?"
            r"(?:trusted|allowed|let near|given access|left alone|have (?:prod|production|root|admin|access))",
        ),
    ),
    # -- habits and broken promises ----------------------------------------------------------
    _family(
        HABIT,
        _after_subject(
            r" (?:(?:was|were|is|are|'s|'re) (?:supposed|meant|expected|asked|told|assigned) to|must to|must|had to|has to"
            r"|needed to|was to|should)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){1,8}?(?: ,)? (?:and|but|,)(?: §)?(?: then| just| still| simply)?"
            r" (?:never did|never has|never have|didn't|did not|never|forgot|failed|hasn't|hadn't|haven't|ignored|skipped"
            r"|was not|wasn't|were not|weren't)",
            rf" (?:keeps|kept|keep|keeps on|kept on|keep on) {_KEEPS}",
            r" (?:again|yet again|once again|always|still) (?:deploys|pushes|merges|ships|releases|restarts)"
            r" (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,4}?(?:on (?:a )?fridays?|late|during (?:the )?(?:freeze|peak|sale)"
            r"|at peak|in the middle of)(?![^ ])",
            # "every single freeze pita finds some way to sneak a hotfix in"
            r" (?:always |somehow |still )?(?:finds|found|find) (?:some |a |another |a new )?(?:way|reason|excuse) to"
            r" (?:sneak|skip|bypass|dodge|avoid|get around|ignore|squeeze|slip|push|deploy|merge|break|skirt)(?![^ ])",
            r" (?:keeps|kept|keep|keeps on|kept on|(?:is|are|was|were) always) [a-z]+ing"
            rf"(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,5}}? (?:without|instead of|straight to|directly to|right to){_NOT_A_VIRTUE}",
            rf" (?:tends|tend|tended) to [a-z]+(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,4}}? (?:without|instead of){_NOT_A_VIRTUE}",
            r" (?:said|promised|agreed|committed|offered|claimed|swore)(?: that)?(?: §)? (?:would|'d|will|to)"
            r"(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){1,6}?(?: ,)? (?:and|but|,)(?: §)?(?: then| still)? (?:didn't|did not|never did|never|hasn't"
            r"|has not"
            r"|forgot|failed|doesn't)",
            r" (?:tends|tend|tended) to (?:skip|ignore|forget|rush|miss|cut|bypass|overlook|wing|guess|push|deploy|merge"
            r"|silence|mute|snooze|dismiss|ack|acknowledge)",
            r" (?:has|have|'s|had) (?:a habit|a history|form|a track record|a tendency) (?:of|for|to)",
            r" (?:tends|tend|tended|likes|like) to [a-z]+(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,4}? before (?:§ (?:'s|has|had|'d)"
            r" |having )?(?:actually |even |properly |fully )?(?:verified|tested|checked|confirmed|reviewed|verifying|testing"
            r"|checking|confirming|reviewing|looking)(?![^ ])",
            r" (?:snoozes|mutes|silences|acks|dismisses|ignores|skips|closes|resolves|acknowledges|snoozed|muted|silenced"
            r"|acked|dismissed|ignored|skipped) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,4}?(?:every (?:single )?(?:night|time"
            r"|shift|day|week|page|alert|rotation|incident|morning)|all the time|without (?:looking|reading|checking"
            r"|investigating|a second look))(?![^ ])" + _NO_REASON,
            r" (?:(?:[a-z]+ly|just|always) )?(?:acks|acknowledges|acked|acknowledged|snoozes|snoozed) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ )"
            r"{0,3}?(?:and|then|,) (?:then |just |simply )*(?:goes|went|go|rolls|rolled|drifts|drifted) (?:straight |right )?back to"
            r" (?:sleep|bed)" + _NO_REASON,
            r" (?:has|have|'s|had) done (?:this|it|that|the same)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+)? (?:again|before|twice|three times"
            r"|every time|repeatedly)",
            r" (?:does|do|did) (?:this|that|it) (?:every time|all the time|constantly|again|every week|every release)",
            r" (?:was|were|has been|had been|'s been|'d been) (?:told|asked|reminded|warned)(?: about (?:this|that|it))?"
            r" (?:twice|three times|again|repeatedly|multiple times|many times|several times|more than once|over and over"
            r"|before)",
            r" (?:is|are|was|were|'s|'re) (?:always|constantly|usually|often|routinely|forever|repeatedly|habitually"
            r"|chronically|perpetually|notoriously) (?:late|slow|absent|unreachable|afk|asleep|missing|the last|behind)",
            r" (?:leaves|leave|left) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?(?:half-finished|half-done|broken|undocumented|unfinished"
            r"|untested|for someone else to (?:fix|clean up)|half (?:done|finished|applied|migrated|upgraded|rolled out)"
            r"|halfway|half way|incomplete|in limbo|in a broken state|hanging)(?![^ ])",
            r" (?:always|constantly|forever) (?:has|have|had|comes up with|finds|found) (?:an |another )?excuses?",
            r" (?:is|are|was|were|'s|'re) never (?:reachable|around|available|online|there|on time|responsive|ready"
            r"|at (?:§ 's )?desk)",
            r" (?:can|could) never be (?:reached|found|trusted|bothered)",
            r" (?:is|are|was|were|'s|'re) (?:known|notorious|famous|infamous) for(?! (?:§ 's |(?:her|his|their) )?(?:[a-z]+ )?"
            r"(?:excellent|great|brilliant|thorough|careful|detailed|calm|clear|good|fast|quick|helpful|patient|kind|calming"
            r"|generous|meticulous|superb|clean|tidy)(?![^ ]))",
            r" (?:treats|treated|treat|sees|saw|regards|regarded|views|viewed) (?:the |a |an |our |every |all |any )?"
            r"(?:[a-z-]+ ){0,2}?(?:freeze|runbook|checklist|process|policy|rules?|review|reviews|guidelines?|alerts?|pages?"
            r"|sla|calendar|canary|procedure|approvals?|tests?|ci) as (?:a |an |mere |just |more of )*(?:suggestion|optional"
            r"|guideline|formality|nuisance|recommendation|box-ticking|red tape|noise|inconvenience)(?![^ ])",
            # "apparently thinks runbooks are optional reading": the same attitude, said as a belief
            r" (?:to )?(?:thinks?|thought|believes?|believed|figures?|figured|decided) (?:that )?(?:the |a |an |our |every |all"
            r" |any )?(?:[a-z-]+ ){0,2}?(?:freeze|runbooks?|checklists?|process|policy|rules?|reviews?|guidelines?"
            r"|alerts?|pages?|sla|calendar|canary|procedures?|approvals?|tests?|ci) (?:is|are|was|were) (?:just )?"
            r"(?:optional|a suggestion|suggestions|a formality|for other people|for everyone else)(?! for(?![^ ]))(?![^ ,;:.!?|]{2})",
            r" (?:was|were) supposed to be (?:watching|monitoring|on call|on-call|on it|checking|looking)(?![^ ])",
            r" always (?:pushes|deploys|merges|ships|releases|pushed|deployed|merged) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?(?:at the end"
            r" of the day|late|on fridays|on a friday|before (?:leaving|the weekend|going home))(?![^ ])",
            r" (?:is|was|'s|are|were|'re) (?:always |usually |often |forever |invariably )?the (?:one|ones|person|guy|people"
            r"|team) (?:(?:who|that) (?:[a-z]+ )?(?:leaves|left) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?(?:on|open|running"
            r"|enabled|behind|broken|unlocked)|(?:leaving) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?(?:on|open|running|enabled"
            r"|behind|broken|unlocked)|(?:breaking|forgetting|skipping|ignoring|missing|deleting|causing|disabling|silencing"
            r"|muting|bypassing|dropping|wiping|pushing (?:straight|directly|to prod|without))(?![^ ]))",
            r" (?:is|was|'s|are|were|'re) (?:always |usually |often |forever |invariably )?the (?:one|ones|person|guy|people"
            r"|team) (?:who|that) (?:[a-z]+ )?(?:broke|breaks|forgot|forgets|skipped|skips|ignored|ignores|missed|misses"
            r"|deleted|deletes|caused|causes|pushed|pushes|breaks|disabled|disables|silenced|silences|muted|mutes"
            r"|bypassed|bypasses|dropped|drops|wiped|wipes|removed|removes|turned off|turns off|switched off|overrode"
            r"|overrides)(?![^ ])",
            r" (?:leaves|left|leave|leaving) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,4}?(?:for|to) (?:§ else|someone else|somebody else"
            r"|others|other people|everyone else|everybody else|the rest of (?:us|§|the team)|the next (?:shift|person"
            r"|on-call|§))(?![^ ])",
            r" (?:assumes|assumed|assume|assuming|expects|expected|expect|figures|figured|counts on|counted on|relies on"
            r"|relied on)(?: that)? (?:someone else|somebody else|others|other people|another person|the next (?:shift"
            r"|person|on-call)|§ else|§) (?:will|would|'ll|'d|to|is going to) [a-z]+",
            r" (?:leaves|left|leave|leaving) (?:the |all the |any |§ 's )?(?:[a-z-]+ )?(?:rollback|cleanup|clean-up|mess"
            r"|fix|work|rest|tidy-up|mop-up|problem|problems|dirty work|fallout|follow-up|follow-ups|loose ends|it|them)"
            r" (?:for|to) §(?! 's)(?![^ .,;!?|]* (?:to (?:review|read|approve|see)|as (?:agreed|planned)))",
        )
        + r"|(?<![^ ])(?:every time|whenever|each time) §(?! 's) (?:(?:is|'s|goes|are|'re|gets) on(?:-| )?call"
        r"|deploys|pushes|ships|touches|merges|changes)"
        + _GOES_WRONG
        + r"|(?<![^ ])(?:it 's|it is|it was|it 's always|always) (?:always )?§(?! 's)(?= [.!?]|$)"
        # West African Pidgin: "na so ugo dey do every time", "e no dey test anything"
        r"|(?<![^ ])na so § dey (?:do|act|behave|carry on)(?: am)? (?:every time|everytime|always|all the time)"
        r"|(?:§|(?<![^ ])e) (?:no|never) dey (?:test|check|read|follow|look|review|verify|wait|listen|use|update|document"
        r"|ask|tell)(?![^ ])"
        rf"|{SUBJ} (?:always|habitually|routinely|usually|constantly|regularly|just|typically|generally|invariably"
        r"|keeps|kept|keep) (?:just )?(?:snoozes|silences|mutes|dismisses|suppresses|disables|turns off|snoozing"
        r"|silencing|muting|dismissing|suppressing|disabling|turning off|snoozed|silenced|muted|dismissed)"
        r" (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?(?:alerts?|alarms?|pages?|warnings?|pager|notifications?)(?![^ ])"
        r"|(?<![^ ])(?:asked|told|reminded|warned|begged|pleaded with|nagged) §(?! 's) (?:not to |to stop |about (?:it|this"
        r"|that) )?(?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?(?:a hundred|a thousand|a million|countless|many|multiple"
        r"|several|so many|too many|numerous|[0-9]+|two|three|four|five|six|ten|twenty|a dozen|dozens of|hundreds of"
        r"|a few|umpteen) times(?![^ ])"
        rf"|{SUBJ}(?: [^ .!?|]+){{1,8}}? for once(?![^ ])"
        r"|(?<![^ ])(?:the )?same (?:old )?(?:story|thing|problem|mistake|issue) with §"
        r"|(?<![^ ])(?:it|this|that) (?:wasn't|was not|isn't|is not|'s not) the first time(?: that)? §(?! 's)"
        r"|(?<![^ ])(?:all know|everyone knows|everybody knows) who (?:did|pushed|broke|deleted|caused|approved|merged"
        r"|deployed|ran|forgot)(?![^ ])"
        r"|(?<![^ ])(?:every|each|all)(?: single)? (?:[a-z-]+ ){0,2}?(?:incident|incidents|outage|outages|page|pages"
        r"|rollback|rollbacks|problem|problems|breakage|sev[0-9]?|sev[0-9]s)(?: [^ .!?|]+){0,5}? (?:has|have|had|with)"
        r"(?: had)? § 's name"
        r"|§ 's name (?:is|was|'s|keeps|kept)(?: [a-z]+)? (?:on|in|at|coming up in|showing up in|coming up on) (?:every|all"
        r"|each)"
        r"|(?<![^ ])how many (?:more )?times (?:do|does|did|have|must|should|will) § (?:have to |need to |got to )?"
        r"(?:tell|remind|ask|warn|explain to) §"
        r"|(?<![^ ])(?:not the first (?:time|outage|incident)|(?:the )?(?:second|third|fourth|fifth|nth|umpteenth)"
        r" (?:time|outage|incident|page|sev1|mistake|rollback)(?: this (?:week|month|quarter|year|sprint))?|yet again"
        r"|once again)(?: that)? §(?: 's [a-z-]+)?(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+)? (?:has|have|had|did|does|is|was|broke|forgot|skipped"
        r"|pushed|ignored|missed|changed|deployed|merged|done|took|caused|brought|knocked|crashed)",
        SKIP,
        words="supposed meant expected asked told assigned keeps kept keep said promised never known notorious famous treats "
        "treated treat sees saw regards regarded views viewed thinks think thought believes believe believed figures figure "
        "figured decided "
        "infamous times agreed committed offered excuse excuses same habitually chronically perpetually notoriously leaves leave left once second third fourth fifth nth umpteenth "
        "claimed swore always constantly usually often routinely forever repeatedly first time again tends tend likes "
        "sleep bed acknowledges acknowledged acked snoozed "
        "tended habit history form record tendency done does do did every whenever each told reminded warned without "
        "instead name first know one ones leaving snoozes silences mutes acks dismisses suppresses disables turns "
        "snoozing silencing muting acking dismissing suppressing disabling turning habitually routinely usually "
        "typically generally regularly assumes assume assuming expects expect figures "
        "figured counts counted relies relied finds found find dey",
    ),
    # -- a person caused the outcome ---------------------------------------------------------
    _family(
        CAUSED,
        rf"(?:(?<![^ ])(?:it|this|that) (?:was|is|'s)|(?:(?<=^)|(?<=[.!?:;,] ))(?:is|was)) §(?! 's) (?:who|that)"
        rf" (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ )?(?:deleted|dropped|removed|pushed"
        rf"|merged|deployed|changed|broke|ran|wiped|disabled|approved|forgot|missed|ignored|skipped|caused|triggered"
        rf"|shipped|started|did|made|delete|drop|remove|push|merge|deploy|change|break|run|wipe|disable|forget|miss"
        rf"|ignore|skip|cause|trigger|make|do)(?![^ ])"
        rf"|{SUBJ}{FILL} (?:caused|causes|triggered|created|started) (?:this|that|it|all this|all of this|this mess"
        rf"|the whole thing)(?= [.!?]|$)"
        rf"|{SUBJ}{FILL} (?:caused|causes|cause|triggered|triggers|created|introduced|introduces|started|set off"
        rf"|is behind|was behind|are behind|were behind|is responsible for|was responsible for)"
        rf" (?:the|this|that|our|an?|today 's|yesterday 's|last night 's|every|all|these|those)"
        rf"(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+)?(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+)? {_OUTCOME}{'(?![^ ])'}{_NOT_A_RECORD}"
        rf"|(?<![^ ])(?:the|this|that|an?) (?:[a-z-]+ ){{0,2}}?{_OUTCOME} (?:that |which )?§(?! 's) (?:caused|causes"
        rf"|triggered|started|created|introduced)(?![^ ])"
        rf"|{SUBJ}{FILL} (?:caused|causes|triggered|created|introduced) (?:the|a|an|this|that|our) (?:[a-z-]+ ){{1,3}}?by"
        rf" [a-z-]+ing(?![^ ])"
        rf"|{SUBJ}{FILL} (?:took|takes|take|taking|taken|brought|brings|bring|bringing|knocked|knocks|knocking)"
        rf" (?:prod|production|the (?:[^ ,;:.!?|]|[:.](?=[^ ]))+(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+)?|everything|it all|the whole (?:[^ ,;:.!?|]|[:.](?=[^ ]))+|[a-z]+)"
        rf" (?:down|over|offline|out)(?![^ ])(?! of)",
        FAULT,
        words="caused causes cause triggered triggers created introduced introduces started set behind responsible "
        "who "
        "took takes take taking taken brought brings bring bringing knocked knocks knocking",
    ),
)

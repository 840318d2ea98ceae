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
    JUDGEMENT,
    SKIP,
    SUBJ,
    Family,
    _any,
    _branches,
    _family,
)

AIMED = "aimed at a person"
PASSIVE = "passive agent"
HABIT = "habit"
CAUSED = "caused"
SARCASM = "sarcasm"

SUPPORT = "What would make the right way the easy way for anyone in that seat?"
"""For an action item aimed at a person: ask about the system that would help anyone."""

_PLANNED = (
    r"(?! (?:[^ ,;:.!?|]+ ){0,4}?(?:as (?:part of|planned|agreed|intended|expected|scheduled|requested)|per the"
    r"|on purpose|intentionally|deliberately|to (?:free|clean|fix|restore|recover|mitigate|stop|unblock|contain)))"
)
_BY = r" (?:[^ ,;:.!?|]+ ){0,6}?by §(?! 's)" + _PLANNED
_HARMFUL = _any(
    "deleted dropped wiped wiped_out truncated overwritten overridden overrode removed misconfigured mis-configured "
    "broken botched bungled corrupted killed nuked trashed wrecked ignored missed forgotten overlooked skipped "
    "mishandled misread mistyped fat-fingered fatfingered disabled silenced bypassed circumvented ruined "
    "messed_up screwed_up stuffed_up taken_down brought_down knocked_over blown_away dismissed left_(?:on|off|open"
    "|enabled|disabled|running|behind|unpatched|unchecked|unattended|half-finished|half_finished|broken|incomplete"
    "|half-done) ignored_again delayed held_up rushed rushed_out "
    "hurried snoozed muted mangled"
)
_DONE = _any(
    "pushed merged deployed approved applied shipped run ran released rolled_out executed made done changed edited "
    "sent started restarted committed rebooted pasted typed entered triggered kicked_off signed_off rubber-stamped"
)
_CARELESSLY = (
    r"(?:, who (?:didn't|did not|never|hadn't|had not|hasn't) [a-z]+|who (?:didn't|did not|never|hadn't) [a-z]+"
    r"|without (?:any |a |proper |the |even )?[a-z-]+(?: [a-z-]+)?|with no [a-z-]+|untested|unreviewed|by mistake"
    r"|by accident|accidentally|in a hurry|in a rush|carelessly|blindly|recklessly|despite [^ ,;:.!?|]+"
    r"|against (?:the )?(?:advice|runbook|process|policy|rules?)|outside (?:the )?(?:change window|process|freeze)"
    r"|during (?:the )?freeze)"
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
    "supervised watched babysat shadowed warned reprimanded removed_from replaced taken_off banned barred "
    "locked_out sent_on_(?:a_)?(?:course|training) put_on_(?:a_)?(?:pip|performance_plan|notice)"
)
_NEEDS = _any(
    "training retraining re-training coaching supervision a_reminder reminding a_talking-to a_talking_to "
    "a_refresher babysitting oversight hand-holding handholding a_warning a_lesson to_be_watched "
    "to_read_the_[a-z]+ to_re-?read to_learn to_slow_down to_pay_attention to_be_reminded to_listen "
    "to_(?:double|triple)-check to_follow_the_[a-z]+ to_stop_[a-z]+ing"
)
_KEEPS = _any(
    "forgetting ignoring skipping missing neglecting overlooking breaking messing screwing bypassing overriding "
    "taking_[^_]+(?:_[^_]+)?_down bringing_[^_]+(?:_[^_]+)?_down making_the_same_mistake doing_this doing_that "
    "pushing_without merging_without deploying_without shipping_without"
)
_OUTCOME = _any(
    "outage incident failure downtime mess problem breakage page pages alert_storm data_loss regression bug "
    "bugs outages incidents sev[0-9] sev-[0-9] p[01] fire"
)
_PRAISE_WORDS = "great nice good fantastic brilliant stellar amazing excellent wonderful superb top awesome lovely"
_PRAISE = _any(_PRAISE_WORDS)
_SCARE_WORDS = (
    "tested reviewed checked fixed verified approved validated senior expert experienced careful helped help "
    "helping fix handled monitored investigated debugged thorough qa qaed double triple"
)
_SCARE = _any(
    "tested reviewed checked fixed verified approved validated senior expert experienced careful helped help "
    "helping fix handled monitored investigated debugged thorough qa'd qaed tested_it reviewed_it double-checked "
    "triple-checked double_checked"
)
_HARMING_VERBS = (
    "breaking taking killing nuking deleting wiping dropping crashing bringing ignoring skipping forgetting pushing "
    "shipping deploying"
)
_HARMING = _any(_HARMING_VERBS)

AIMED_FAMILIES: tuple[Family, ...] = (
    # -- passive voice that keeps the agent --------------------------------------------------
    _family(
        PASSIVE,
        rf"(?<![^ ]){_BE}(?: [^ ,;:.!?|]+){{0,4}}? {_HARMFUL}{_BY}"
        rf"|(?<![^ ])the wrong [^ ,;:.!?|]+(?: [^ ,;:.!?|]+)? (?:was|were|got) [a-z]+ed{_BY}"
        rf"|(?<![^ ]){_BE}(?: [a-z]+ly)? [a-z]+(?:ed|en|wn|ne) {_CARELESSLY}{_BY}"
        rf"|(?<![^ ]){_BE}(?: [a-z]+ly)? [a-z]+(?:ed|en|wn|ne){_BY}(?: [^ ,;:.!?|]+){{0,3}} {_CARELESSLY}"
        rf"|(?<![^ ]){_BE} (?:never|not|n't) (?:[a-z]+ly )?[a-z]+(?:ed|en|wn){_BY}"
        rf"|(?<![^ ]){_BE} (?:wrongly|incorrectly|badly|poorly|hastily|sloppily|carelessly|mistakenly|accidentally)"
        rf" [a-z]+(?:ed|en|wn|t){_BY}"
        rf"|(?<![^ ]){_BE} [a-z]+(?:ed|en|wn|t)(?: up)? (?:wrong|wrongly|incorrectly|badly|poorly|by mistake){_BY}"
        rf"|(?<![^ ]){_BE}(?: [a-z]+ly)? {_DONE} {_CARELESSLY}{_BY}"
        rf"|(?<![^ ]){_BE}(?: [a-z]+ly)? {_DONE}{_BY}(?: [^ ,;:.!?|]+){{0,3}} {_CARELESSLY}",
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
        words="by wrong",  # every branch ends in "by §" or needs "the wrong"
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
            "babysat shadowed warned reprimanded removed replaced taken banned barred locked sent put",
            rf"{SUBJ}{FILL} (?:must|should|needs? to|has to|have to|will|shall|'ll|is going to|ought to|better)"
            rf"(?: really| definitely| also| just)?(?: be| get| go| be getting)? {_CORRECTED}",
        ),
        (
            "training retraining re coaching supervision reminder reminding talking refresher babysitting oversight "
            "hand handholding warning lesson watched read reread learn slow pay reminded listen double triple follow "
            "stop",
            rf"{SUBJ}{FILL} (?:needs?|could use|requires?) (?:more |some |better |proper |a bit of |serious )?{_NEEDS}",
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
            r"(?:re-?train|retrain|coach|remind|warn|discipline|reprimand|write up|lecture|talk to|speak to|speak with"
            r"|talk with|sit down with|keep an eye on|watch over|babysit|supervise) §(?! 's)",
        ),
        (
            "eye tabs watch check",
            r"(?<![^ ])(?:keep an eye on|keep tabs on|watch over|double-check|check) § 's (?:work|changes|commits|prs"
            r"|deploys|pushes|code|queries)",
        ),
        (
            "ask asked tell told remind reminded get have",
            r"(?<![^ ])(?:ask|asked|tell|told|remind|reminded|get|have) §(?! 's) to (?:stop|start|actually"
            r"|pay attention|be more|be careful|double-check|read|re-?read|learn|follow|slow down|think|remember|not"
            r"|never|always)",
        ),
        (
            "warning talking reprimand strike pip telling",
            r"(?<![^ ])(?:give|gave|issue|issued) § (?:a |another )?(?:formal |final |written |verbal |stern |first )?"
            r"(?:warning|talking-to|reprimand|strike|pip|telling-off)"
            rf"|{SUBJ}{FILL} (?:gets|get|got|receives|received|will get|should get|deserves) (?:a |another )?(?:formal "
            r"|final |written |verbal |stern |first )?(?:warning|talking-to|reprimand|strike|telling-off)",
        ),
        (
            "allowed permitted trusted",
            rf"{SUBJ}{FILL} (?:is|are|'s|'re|will be|should be) (?:no longer|not|never again) (?:allowed|permitted"
            r"|trusted)",
        ),
        (
            "runbook docs documentation checklist procedure playbook process",
            rf"{SUBJ} to (?:re-?read|read|study|learn|review|memori[sz]e) the (?:runbook|docs|documentation|checklist"
            r"|procedure|playbook|process)",
        ),
        (
            "everything anything every all",
            r"(?<![^ ])(?:review|check|double-check|approve|watch|vet) (?:everything|anything|all|every [a-z]+) §"
            r" (?:ships|pushes|writes|deploys|merges|touches|does|changes|submits)",
        ),
        (
            "make makes made redo repeat attend",
            r"(?<![^ ])(?:make|makes|made) § (?:do|redo|take|repeat|attend|go through|sit) (?:the |a |an |another )?"
            r"(?:[a-z-]+ )?(?:training|course|refresher|onboarding|quiz|test|exam)",
        ),
        (
            "senior experienced",
            r"(?<![^ ])(?:pair|paired|buddy) § (?:up )?with (?:§|a|an) (?:more )?(?:senior|experienced)",
        ),
        (
            "refresher training course retraining re remedial bootcamp pip performance workshop",
            r"(?<![^ ])(?:send|sent|put) § (?:on|to|through|for) (?:a |some |another )?(?:refresher|training|course"
            r"|re-?training|remedial|bootcamp|pip|performance plan)"
            rf"|{SUBJ} to (?:attend|take|do|complete|go on|go through|sit) (?:a |the |some |another )?(?:[a-z-]+ )?"
            r"(?:training|course|refresher|workshop|re-?training|remedial)",
        ),
        (
            "until",
            r"(?<![^ ])(?:pair|paired|buddy|shadow) § (?:up )?with (?:[^ ,;:.!?|]+ ){0,3}?until § (?:stops|learns"
            r"|starts|improves|gets|is|can)"
            r"|(?<![^ ])until § (?:stops (?:making|messing|breaking|forgetting|skipping|ignoring)|learns (?:to|how)"
            r"|is more careful|can be trusted|gets (?:it|better))",
        ),
        (
            "remove removed drop dropped take took pull pulled kick kicked ban banned bar barred bench benched",
            r"(?<![^ ])(?:remove|removed|drop|dropped|take|took|pull|pulled|kick|kicked|ban|banned|bar|barred|bench"
            r"|benched) § (?:from|off|out of) (?:the |any |all )?(?:on-call|oncall|rotation|rota|pager|deploys?"
            r"|releases?|team|prod|production|incident|escalation)",
        ),
        (
            "now forward future next after",
            r"(?<![^ ])(?:from now on|going forward|in future|in the future|next time|after this)(?: ,)? §(?! 's)"
            r" (?:must|should|needs to|has to|will have to|is to|'s to|'ll have to|better|had better|is not to"
            r"|must not|should not|shouldn't|can't|cannot|won't be allowed)",
        ),
        (
            "apology apologise apologize",
            rf"{SUBJ}{FILL} (?:owes|owe) (?:the team|us|everyone|everybody|[^ ]+) an apology"
            rf"|{SUBJ}{FILL} (?:should|must|needs? to|has to|ought to) apologi[sz]e",
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
            r"|pay attention|think before|listen|stop (?:and think|rushing|guessing|cutting corners|skipping|ignoring)"
            r"|double-check)",
        ),
        (
            "access rights permissions privileges keys credentials",
            r"(?<![^ ])(?:revoke|remove|take away|pull|restrict|limit|suspend|lock) § 's (?:[a-z]+ )?"
            r"(?:access|rights|permissions|privileges|keys|credentials|deploy rights)",
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
        rf"{SUBJ}{FILL} (?:was|were|is|are|'s|'re) (?:supposed|meant|expected|asked|told|assigned) to"
        rf"(?: [^ ,;:.!?|]+){{1,8}}? (?:and|but|,)(?: § )?(?: then| just| still| simply)?"
        rf" (?:never did|never has|never have|didn't|did not|never|forgot|failed|hasn't|hadn't|haven't|ignored|skipped)"
        rf"|{SUBJ}{FILL} (?:keeps|kept|keep|keeps on|kept on) {_KEEPS}"
        rf"|{SUBJ}{FILL} (?:said|promised|agreed|committed|offered|claimed|swore)(?: that)?(?: §)? (?:would|'d|will|to)"
        rf"(?: [^ ,;:.!?|]+){{1,6}}? (?:and|but|,)(?: then| still)? (?:didn't|did not|never did|never|hasn't|has not"
        rf"|forgot|failed|doesn't)"
        rf"|{SUBJ}{FILL} (?:tends|tend|tended) to (?:skip|ignore|forget|rush|miss|cut|bypass|overlook|wing|guess"
        rf"|push|deploy|merge)"
        rf"|{SUBJ}{FILL} (?:has|have|'s|had) (?:a habit|a history|form|a track record|a tendency) (?:of|for)"
        rf"|{SUBJ}{FILL} (?:has|have|'s|had) done (?:this|it|that|the same)(?: [^ ,;:.!?|]+)? (?:again|before|twice"
        rf"|three times|every time|repeatedly)"
        rf"|{SUBJ}{FILL} (?:does|do|did) (?:this|that|it) (?:every time|all the time|constantly|again|every week"
        rf"|every release)"
        rf"|(?<![^ ])(?:every time|whenever|each time) §(?! 's) (?:(?:is|'s|goes|are|'re|gets) on(?:-| )?call"
        rf"|deploys|pushes|ships|touches|merges|changes)"
        rf"|{SUBJ}{FILL} (?:was|were|has been|had been) (?:told|asked|reminded|warned) (?:twice|three times|again"
        rf"|repeatedly|multiple times|many times|several times|more than once|over and over)"
        rf"|{SUBJ}{FILL} (?:is|are|was|were|'s|'re) (?:always|constantly|usually|often|routinely|forever|repeatedly)"
        rf" (?:late|slow|absent|unreachable|afk|asleep|missing|the last|behind)"
        rf"|(?<![^ ])(?:not the first time|the (?:second|third|fourth|fifth|nth|umpteenth) time|yet again|once again)"
        rf"(?: that)? §(?! 's)(?: [^ ,;:.!?|]+)? (?:has|have|had|did|does|is|was|broke|forgot|skipped|pushed|ignored"
        rf"|missed|changed|deployed|merged|done)",
        SKIP,
        words="supposed meant expected asked told assigned keeps kept keep said promised agreed committed offered "
        "claimed swore always constantly usually often routinely forever repeatedly first time again tends tend "
        "tended habit history form record tendency done does do did every whenever each told reminded warned",
    ),
    # -- a person caused the outcome ---------------------------------------------------------
    _family(
        CAUSED,
        rf"(?<![^ ])(?:it|this|that) (?:was|is|'s) §(?! 's) (?:who|that) (?:[^ ,;:.!?|]+ )?(?:deleted|dropped|removed|pushed"
        rf"|merged|deployed|changed|broke|ran|wiped|disabled|approved|forgot|missed|ignored|skipped|caused|triggered"
        rf"|shipped|started|did|made)(?![^ ])"
        rf"|{SUBJ}{FILL} (?:caused|causes|cause|triggered|triggers|created|introduced|introduces|started|set off"
        rf"|is behind|was behind|are behind|were behind|is responsible for|was responsible for)"
        rf" (?:the|this|that|our|an?|today 's|yesterday 's|last night 's|every|all|these|those)"
        rf"(?: [^ ,;:.!?|]+)?(?: [^ ,;:.!?|]+)? {_OUTCOME}{'(?![^ ])'}"
        rf"|{SUBJ}{FILL} (?:took|takes|take|taking|taken|brought|brings|bring|bringing|knocked|knocks|knocking)"
        rf" (?:prod|production|the [^ ,;:.!?|]+(?: [^ ,;:.!?|]+)?|everything|it all|the whole [^ ,;:.!?|]+|[a-z]+)"
        rf" (?:down|over|offline|out)(?![^ ])",
        FAULT,
        words="caused causes cause triggered triggers created introduced introduces started set behind responsible "
        "who "
        "took takes take taking taken brought brings bring bringing knocked knocks knocking",
    ),
    # -- sarcasm (each branch with the words it needs) -------------------------------------
    *_branches(
        SARCASM,
        JUDGEMENT,
        (
            _PRAISE_WORDS,
            rf"(?<![^ ]){_PRAISE} (?:job|work|going|call|one|effort|stuff|move|idea|plan)"
            rf"(?: ,)?(?: (?:team|everyone|guys|folks|people|all|y'all|there|§))?(?: ,)?"
            rf" (?:really|truly|again|as always|as usual|lol|/s|, really)(?![^ ])"
            rf"|(?<![^ ]){_PRAISE} (?:job|work|going|one)(?: ,)?(?: §)?(?: ,)? {_HARMING}"
            rf"|(?<![^ ]){_PRAISE} (?:job|work|one|going)(?: ,)? §(?: ,)? (?:another|again|as usual|as always)"
            rf"|(?<![^ ]){_PRAISE} (?:move|call|idea|plan|work|job|decision) (?:by|from) §(?: ,)? (?:[a-z]+ )?{_HARMING}",
        ),
        (
            "thanks thank cheers done job work kudos props congrats hats bravo shout shoutout",
            r"(?<![^ ])(?:thanks|thank you|cheers) (?:a lot |so much )?for nothing"
            r"|(?<![^ ])(?:well done|great job|nice work|nice job|good job|thanks|thank you|kudos|props|congrats"
            rf"|hats off|bravo|shout-out|shoutout)(?: ,)?(?: to)? §(?: 's [a-z-]+)?(?: ,)? for (?:[a-z]+ ){{0,2}}?"
            rf"{_any('sleeping missing messing screwing ' + _HARMING_VERBS)} "
            r"|(?<![^ ])(?:thanks|thank you|cheers)(?: ,)? §(?: ,)? (?:for (?:the )?)?(?:great|lovely|fantastic"
            r"|wonderful|really|nice|awesome|ruined|brilliant) (?:weekend|night|evening|sunday|saturday|holiday|start"
            r"|morning|friday|vacation|3am|sleep)"
            r"|(?<![^ ])(?:thanks|thank you|cheers)(?: a lot| so much| again| very much)?(?: ,)? §(?: ,)? for"
            r" (?:the|a|another|that|this|our) (?:[^ ]+ )?(?:page|pages|outage|wake-up call|wakeup call|surprise|fire"
            r"|incident|mess|weekend|night|call|all-nighter)",
        ),
        (
            "another strikes struck again classic typical",
            r"(?<![^ ])another (?:masterpiece|classic|gem|winner|triumph|beauty|(?:flawless|perfect|stellar|great"
            r"|brilliant|smooth|fantastic|wonderful|lovely|amazing|top-notch|textbook) [a-z-]+) (?:from|by|courtesy of) §"
            r"|§ (?:strikes|struck|has struck|did it) again|(?<![^ ])(?:classic|typical) §(?! 's)(?: [,.!]|$)",
        ),
        (
            "again usual always more",
            r"(?<![^ ])(?:oh )?(?:wonderful|great|fantastic|brilliant|lovely|perfect|awesome|super|what a surprise"
            r"|shocking|surprise surprise|colou?r me surprised|quelle surprise|of course|naturally)(?: [,!.])?"
            r"(?: [^ .!?|]+){0,3}? § (?:[^ .!?|]+ ){0,8}?(?:again|as usual|as always|once more|yet again)(?![^ ])",
        ),
        (
            "helpful kind nice thoughtful considerate professional smart clever mature responsible sweet thorough "
            "careful",
            r"(?<![^ ])(?:(?:real|very|super|so|truly|really|most|how) )?(?:helpful|kind|nice|thoughtful|considerate"
            r"|professional|smart|clever|mature|responsible|sweet)(?: work| stuff| move)? of § to (?:[^ .!?|]+ )?"
            r"(?:drop|delete|push|deploy|break|ignore|skip|mute|silence|disable|forget|wipe|take|let|leave|merge|nuke)"
            r"|(?<![^ ])(?:real|very|super|truly|really|most) (?:professional|helpful|mature|responsible|thorough"
            r"|careful) (?:work|job|stuff|move|effort|handling)(?: [^ .!?|]+)? (?:from|by) §",
        ),
        (
            "love loved adore enjoy enjoyed hero genius legend star pro champ professional way scientist wizard "
            "brainiac spark idea",
            r"(?<![^ ])(?:love|loved|adore|enjoy|enjoyed) (?:how|that|it when|the way) §(?! 's)"
            r"|(?<![^ ])what a (?:hero|genius|legend|star|pro|champ|professional)(?: [,!.])? §"
            rf"|(?<![^ ])way to go(?: ,)? §(?: ,)? (?:[a-z]+ )?{_HARMING}"
            r"|(?<![^ ])(?:some|what a|our resident|another) (?:genius|rocket scientist|hero|wizard|brainiac"
            r"|bright spark)"
            r"|(?<![^ ])(?:brilliant|bright|great|genius) idea (?:of|from|by) §",
        ),
        (
            "star marks medal award trophy prize hero deserve clearly obviously course naturally wait month",
            r"(?<![^ ])(?:gold star|top marks|full marks|a medal|an award|a trophy|a prize)(?: ,)? (?:to|for|goes to) §"
            r"|(?<![^ ])the hero (?:we|this team) (?:deserve|deserves|need|needs)"
            r"|(?<![^ ])(?:because|since) (?:clearly|obviously|of course|naturally) §(?! 's)"
            r"|§ (?:[^.!?|]+ )?[.!,] oh wait(?![^ ])"
            r"|(?<![^ ])employee of the month",
        ),
        (
            _SCARE_WORDS,
            r"(?<![^ ])(?:definitely|totally|clearly|obviously|certainly|very|properly|thoroughly|carefully|fully|§"
            r"|was|were|is|are|'s|got|been|being|the|a|so-called|so called|supposedly|our|their|his|her|your|my"
            rf"|§ 's) [\"“‘'] ?{_SCARE} ?[\"”’']",
        ),
        negatable=True,
        someone=False,
        accounts=False,
    ),
)

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
    _family,
)

AIMED = "aimed at a person"
PASSIVE = "passive agent"
HABIT = "habit"
CAUSED = "caused"
SARCASM = "sarcasm"

SUPPORT = "What would make the right way the easy way for anyone in that seat?"
"""For an action item aimed at a person: ask about the system that would help anyone."""

_BY = r" (?:[^ ,;:.!?|]+ ){0,6}?by §(?! 's)"
_HARMFUL = _any(
    "deleted dropped wiped wiped_out truncated overwritten overridden overrode removed misconfigured mis-configured "
    "broken botched bungled corrupted killed nuked trashed wrecked ignored missed forgotten overlooked skipped "
    "mishandled misread mistyped fat-fingered fatfingered disabled silenced bypassed circumvented ruined "
    "messed_up screwed_up stuffed_up taken_down brought_down knocked_over blown_away"
)
_DONE = _any(
    "pushed merged deployed approved applied shipped run ran released rolled_out executed made done changed edited "
    "sent started restarted committed rebooted pasted typed entered triggered kicked_off signed_off rubber-stamped"
)
_CARELESSLY = (
    r"(?:without (?:any |a |proper |the |even )?[a-z-]+(?: [a-z-]+)?|with no [a-z-]+|untested|unreviewed|by mistake"
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
_PRAISE = _any("great nice good fantastic brilliant stellar amazing excellent wonderful superb top awesome lovely")
_SCARE = _any(
    "tested reviewed checked fixed verified approved validated senior expert experienced careful helped help "
    "helping fix handled monitored investigated debugged careful thorough qa'd qaed tested_it reviewed_it"
)

AIMED_FAMILIES: tuple[Family, ...] = (
    # -- passive voice that keeps the agent --------------------------------------------------
    _family(
        PASSIVE,
        rf"(?<![^ ]){_BE}(?: [a-z]+ly)? {_HARMFUL}{_BY}"
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
        words="by",
    ),
    # -- action items aimed at a person ------------------------------------------------------
    _family(
        AIMED,
        rf"(?<![^ ])(?:make sure|makes sure|making sure|ensure|ensures|ensuring|see that|check that|so that)"
        rf" §(?! 's)(?: (?:actually|really|properly|finally|always|now|also|at least|for once|in future|next time))*"
        rf" (?:{_DUTY}|(?:doesn't|does not|don't|do not|never|won't|will not|can't|cannot) [a-z][\w-]*)"
        rf"|{SUBJ}{FILL} (?:must|should|needs? to|has to|have to|will|shall|'ll|is going to|ought to|better)"
        rf"(?: really| definitely| also| just)?(?: be| get| go| be getting)? {_CORRECTED}"
        rf"|{SUBJ}{FILL} (?:needs?|could use|requires?) (?:more |some |better |proper |a bit of |serious )?{_NEEDS}"
        rf"|(?<![^ ])(?:have|had|having|has) (?:a |another )?(?:quiet |serious |stern |little |firm )?"
        rf"(?:word|words|chat|talk|talking-to|conversation) with §"
        rf"|(?:^|(?<=[,;:.!?|] )|(?<=let 's )|(?<=need to )|(?<=should )|(?<=will )|(?<='ll )|(?<=must )|(?<=to ))"
        rf"(?:re-?train|retrain|coach|remind|warn|discipline|reprimand|write up|lecture|talk to|speak to|speak with"
        rf"|talk with|sit down with|keep an eye on|watch over|babysit|supervise) §(?! 's)"
        rf"|(?<![^ ])(?:revoke|remove|take away|pull|restrict|limit|suspend|lock) § 's (?:[a-z]+ )?"
        rf"(?:access|rights|permissions|privileges|keys|credentials|deploy rights)"
        rf"|{SUBJ}{FILL} (?:should not|shouldn't|must not|mustn't|can't|cannot|can not) (?:be )?"
        rf"(?:trusted|allowed|let near|given access|left alone|have (?:prod|production|root|admin|access))",
        SUPPORT,
        words="sure ensure ensuring ensures that must should need needs has have had having will shall ll going "
        "ought better could require requires word words chat talk conversation retrain re retrain coach remind "
        "warn discipline reprimand write lecture speak sit keep watch babysit supervise revoke remove take pull "
        "restrict limit suspend lock shouldn mustn can cannot",
    ),
    # -- habits and broken promises ----------------------------------------------------------
    _family(
        HABIT,
        rf"{SUBJ}{FILL} (?:was|were|is|are|'s|'re) (?:supposed|meant|expected|asked|told|assigned) to"
        rf"(?: [^ ,;:.!?|]+){{1,8}}? (?:and|but|,)(?: § )?(?: then| just| still| simply)?"
        rf" (?:never did|never has|never have|didn't|did not|never|forgot|failed|hasn't|hadn't|haven't|ignored|skipped)"
        rf"|{SUBJ}{FILL} (?:keeps|kept|keep|keeps on|kept on) {_KEEPS}",
        SKIP,
        words="supposed meant expected asked told assigned keeps kept keep",
    ),
    # -- a person caused the outcome ---------------------------------------------------------
    _family(
        CAUSED,
        rf"{SUBJ}{FILL} (?:caused|causes|cause|triggered|triggers|created|introduced|introduces|started|set off"
        rf"|is behind|was behind|are behind|were behind|is responsible for|was responsible for)"
        rf" (?:the|this|that|our|an?|today 's|yesterday 's|last night 's|every|all|these|those)"
        rf"(?: [^ ,;:.!?|]+)?(?: [^ ,;:.!?|]+)? {_OUTCOME}{'(?![^ ])'}"
        rf"|{SUBJ}{FILL} (?:took|takes|take|taking|taken|brought|brings|bring|bringing|knocked|knocks|knocking)"
        rf" (?:prod|production|the [^ ,;:.!?|]+(?: [^ ,;:.!?|]+)?|everything|it all|the whole [^ ,;:.!?|]+|[a-z]+)"
        rf" (?:down|over|offline|out)(?![^ ])",
        FAULT,
        words="caused causes cause triggered triggers created introduced introduces started set behind responsible "
        "took takes take taking taken brought brings bring bringing knocked knocks knocking",
    ),
    # -- sarcasm -----------------------------------------------------------------------------
    _family(
        SARCASM,
        rf"(?<![^ ]){_PRAISE} (?:job|work|going|call|one|effort|stuff|move|idea|plan)"
        rf"(?: ,)?(?: (?:team|everyone|guys|folks|people|all|y'all|there|§))?(?: ,)?"
        rf" (?:really|truly|again|as always|as usual|lol|/s|, really)(?![^ ])"
        rf"|(?<![^ ]){_PRAISE} (?:job|work|going|one)(?: ,)?(?: §)?(?: ,)? (?:breaking|taking|killing|nuking|deleting"
        rf"|wiping|dropping|crashing|bringing|ignoring|skipping|forgetting)"
        rf"|(?<![^ ])(?:thanks|thank you|cheers) (?:a lot |so much )?for nothing"
        rf"|(?<![^ ])(?:some|what a|our resident|another) (?:genius|rocket scientist|hero|wizard|brainiac|bright spark)"
        rf"|(?<![^ ])(?:brilliant|bright|great|genius) idea (?:of|from|by) §"
        rf"|(?<![^ ])(?:was|were|is|are|'s|got|been|being|the|a|so-called|so called|supposedly) [\"“‘'] ?{_SCARE}"
        rf" ?[\"”’']",
        JUDGEMENT,
        negatable=True,
        someone=False,
        words="really truly again always usual lol s nothing genius scientist hero wizard brainiac spark idea "
        "tested reviewed checked fixed verified approved validated senior expert experienced careful helped help "
        "helping handled monitored investigated debugged thorough qa qaed d breaking taking killing nuking deleting "
        "wiping dropping crashing bringing ignoring skipping forgetting",
    ),
)

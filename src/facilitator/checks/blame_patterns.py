"""The families of blaming phrasing, each with its kind and the question to ask instead.

Patterns read the normalized text of `blame_people`: words lowercased and separated by single
spaces, every person, role or group as `§`, no one as `¬`, possessives as `§ 's`. So one
pattern covers "Priya forgot", "the on-call engineer forgot" and "someone on the data team
forgot". Each pattern is compiled on first use, so importing the checker costs nothing.
"""

from __future__ import annotations

from facilitator.checks.blame_lazy import LazyPattern
from facilitator.checks.blame_lexicon import ALWAYS_PERSONAL, NEUTRAL_AFTER_NOT, SHORTCOMINGS
from facilitator.checks.blame_readings import verb_forms

SKIP = "What made the step easy to skip?"
CATCH = "What did the process not catch?"
DISMISS = "What made the warning easy to dismiss?"
INFO = "What information was missing at that moment?"
HINDSIGHT = "What made the choice look right at the time?"
TRAIT = "What about the tools or process made this easy to get wrong?"
MISTAKE = "What made the error easy to make, and what would have caught it?"
FAULT = "What conditions allowed this outcome?"
HARD = "What made that step hard to do at the time?"
COUNTERFACTUAL = "What did people know at the time, and what would have shown them the other path?"
JUDGEMENT = "What pressure, workload or missing support shaped how people worked at that moment?"
ROLE = "What did the process give that role or team to work with at that moment?"
ASK_HOW = "How did that make sense at the time, given what people could see?"
DESTRUCTIVE = "What let one action do that much damage, and what would have contained it?"
CARE = "What would make the careful way the easy way?"

LAPSE = "lapse"
COUNTER = "counterfactual"
JUDGED = "judgement"
QUESTION = "accusing question"
FAULT_PLACED = "fault placed"
DESTROYED = "destructive"
SHOULD = "should have"
WORD = "blame word"


class Family:
    """Blaming phrasing of one `kind`; `negatable` families are dropped when the clause negates them
    ("it isn't Ivan's fault"), the others spell their negation out in the pattern ("didn't check").
    `reframes` are (word stem, question): the first stem found in the flagged phrase picks the
    question, else `default`. (A plain class: a dataclass would cost start-up time.)"""

    __slots__ = ("accounts", "also", "default", "kind", "negatable", "pattern", "reframes", "someone", "words")

    def __init__(
        self,
        kind: str,
        pattern: LazyPattern,
        reframes: tuple[tuple[str, str], ...],
        default: str,
        negatable: bool,
        someone: bool,
        words: frozenset[str] | None,
        accounts: bool = True,
        also: frozenset[str] | None = None,
    ) -> None:
        self.also = also
        """A second list of words of which the pattern needs one too ("on" and "this": "this is on Ana")."""
        self.accounts = accounts
        """A match whose subject is the writer ("I did not file the ticket", "my mistake") is their own
        account, not blame put on someone: it passes (except sarcasm: "our 'senior' engineer")."""
        self.words = words
        """Lowercase words (letters only) of which the pattern needs one; None: no such list."""
        self.someone = someone
        """The pattern needs a person, role or group (`§` or `¬`): text without one skips it."""
        self.kind, self.pattern, self.reframes, self.default, self.negatable = (
            kind,
            pattern,
            reframes,
            default,
            negatable,
        )

    def reframe(self, phrase: str) -> str:
        lower = phrase.lower()
        return next((question for stem, question in self.reframes if stem in lower), self.default)


def _family(
    kind: str,
    pattern: str,
    default: str,
    *reframes: tuple[str, str],
    negatable: bool = False,
    someone: bool = True,
    words: str = "",
    accounts: bool = True,
    also: str = "",
) -> Family:
    found = _words(words) if words else None
    paired = _words(also) if also else None
    return Family(kind, LazyPattern(pattern), reframes, default, negatable, someone, found, accounts, paired)


EYE_ROLL = "eyeroll"
"""Stands in the words of a text holding an emoji that rolls its eyes (`EYE_ROLLS`): the branch that reads
them runs only on such text."""
EYE_ROLLS = "(?:🙄|🤦|🤡|😒|😑|🤬|🙃)"
QUOTE_MARK = '"'
"""Stands in the words of a text that opens a quote ('"', '“', '‘', or "'" after a space): a branch
with `also=QUOTE_MARK` (scare quotes) runs only on such text."""


def _branches(
    kind: str,
    default: str,
    *branches: tuple[str, ...],
    negatable: bool = False,
    someone: bool = True,
    accounts: bool = True,
) -> tuple[Family, ...]:
    """One family per (words, pattern[, also]) branch: each is tried only on text that holds one of its
    own words (and of `also`), so a family of many shapes costs little on text that has none of them."""
    return tuple(
        _family(
            kind,
            branch[1],
            default,
            negatable=negatable,
            someone=someone,
            words=branch[0],
            accounts=accounts,
            also=branch[2] if len(branch) > 2 else "",
        )
        for branch in branches
    )


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _any(words: str) -> str:
    """An alternation of space-separated choices; `_` inside a choice stands for a space."""
    return "(?:" + "|".join(word.replace("_", " ") for word in words.split()) + ")"


END = r"(?![^ ])"
SUBJ = r"§(?:(?: ,)? who(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,10}?| that(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,6}?)?(?: , (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){1,8}?,)?"
"""A person, optionally with a relative clause ("the person who pushed the change") or an aside between
commas ("Kwame, who was on call, forgot", "the DB team, as usual, ignored"). (`§` is always a token of
its own, so it needs no boundary; a pattern that starts with it is searched for quickly.)"""
FILL = (
    r"(?: "
    + _any(
        "just simply clearly obviously also again then still apparently probably completely totally really "
        "somehow evidently basically honestly literally actually entirely once here definitely certainly always "
        "even already accidentally allegedly seriously frankly unfortunately sadly quickly immediately repeatedly "
        "consistently all both has have had will would 'll 'd may might must 've kind_of sort_of kinda sorta "
        "pretty_much more_or_less forever perpetually endlessly maybe perhaps admittedly partly mostly essentially effectively arguably "
        "once_again yet_again basically_just sort_of_just kind_of_just routinely regularly habitually constantly "
        "continually usually often frequently a_little a_bit a_little_bit a_tiny_bit a_touch somewhat slightly possibly likely "
        "technically tbh imo did does do §_think §_guess §_suppose a_tad seemed_to seems_to appeared_to appears_to "
        "typically generally normally invariably customarily gone_and 's_gone_and went_and goes_and go_and well_and_truly proper "
        "'s_after is_after was_after"
    )[:-1]
    + r"|(?!(?:apply|reply|rely|supply|comply|imply|multiply|rally|tally|bully|fly|belly|jelly)(?![^ ]))[a-z]{2,}ly))*"
)


def _after_subject(*tails: str) -> str:
    """A person, the hedges after them, then any of `tails`: the subject and its hedges are read once for
    all the tails, not once a tail, which keeps long text fast."""
    return rf"{SUBJ}{FILL}(?:" + "|".join(tails) + ")"


NEGATED_BEFORE = LazyPattern(
    r"(?<![^ ])(?:not|n't|never|no|none|neither|nor|¬|without|rather_than|instead_of|avoid\w*|stop\w*_(?:writing|saying|asking)|resist"
    r"|tolerat\w*|resilien\w*_to|robust_to|guard\w*_against|protect\w*_against|proof_against|forgiving_of"
    r"|beyond|\w+n't(?!_wait_(?:for|to)_))(?![^ ])".replace("_", " ")
)
THING_DOES = (
    r"(?:made|makes|make|let|lets|allowed|allows|turned|turns|forced|forces|pushed|pushes|nudged|nudges|rewarded"
    r"|rewards|encouraged|encourages)"
)
THING_SAID = LazyPattern(
    r"(?:^|[,;:.!?|] |(?<= )(?:but|and|so) )(?:the |(?P<whose>§) 's |this |that |a |an |its )?(?:[a-z-]+ ){0,2}?"
    r"(?:checklist|checklists|process|processes|runbook|runbooks|review process|docs|documentation|tooling|tool|tools"
    r"|config|configuration|dashboard|dashboards|alerting|alerts?|code|script|scripts|pipeline|pipelines|template"
    r"|templates|design|ui|console|handover doc|notes|plan|tests?|test suite|coverage|setup|workflow|procedures?"
    r"|playbooks?|logging|monitoring|system|systems|api|implementation|error handling|job|migration|schema|query"
    r"|queries|rollout plan|change process|approval flow|onboarding|wiki|page|form|data|framework|frameworks|policy"
    r"|policies|incentives|culture|deadline|deadlines|pressure|defaults|interface|environment)"
    r" (?:(?:is|was|are|were|looks|looked|seems|seemed|feels|felt|got|became|has been|had been|remains|stays)(?: (?:[a-z]+ly"
    r"|very|pretty|quite|a bit|really|so|too|a little|kind of|rather|still|just|honestly|frankly))*"
    rf"|{THING_DOES}(?: (?:[^ ,;:.!?|§]+)){{0,3}}?) $"
)
"""A trait said of a thing, not a person: "the review checklist is sloppy", "our alerting was careless" (a thing of the
writer's; "Ingrid's config is amateurish" judges Ingrid)."""
CLAUSE_BREAK = LazyPattern(r".*(?:^|[,;:.!?|] | (?:but|however|yet|although|though|still) )")
"""The start of the clause before a match: after a mark, or after "but" ("I don't want to point fingers but it's
Tuan's fault": a hedge's "not" does not reach the claim it concedes to)."""
PRAISE_OUTCOME = LazyPattern(
    r"(?<![^ ])(?:worse|longer|lost|days|hours|bigger|gone|more_customers|more_data)(?![^ ])".replace("_", " ")
)

_OWN_CLAUSE = r"(?: (?!(?:which|who|whose|when|where|if|unless|will|'ll|would)(?![^ ]))(?:[^ ,;:.!?|]|[:.](?=[^ ]))+)"
"""A word of the subject's own clause: not one that opens another ("the check, which blocks deletes without a
backup") or turns it into a plan ("will add a check that blocks deletes without a backup")."""
NEGATED_CLAUSE = (
    r"(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,3}? (?:never|not|[a-z]*n't|rarely|seldom|hardly|cannot|unable to|can|may"
    r"|(?:is|are|be) (?:allowed|permitted|free|able) to)(?![^ ])"
    r"(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,8}? without"
)
"""A clause that denies or grants its act before "without": "never restarts a service without reading the alert" is
care, "cannot read the logs at night without escalating" is a gate the role has, and "the on-call can stop jobs without
waiting for approval" a permission given, not a lapse."""
_OPINION = (
    r"(?!(?:think|believe|feel|agree|suppose)(?: that| so(?![^ ])| (?:it|this|there|§) (?:was|is|were|would|'s|had"
    r"|needed)(?![^ ])))"
)
""""Did not think that was the right question", "did not think it was worth paging": an opinion held, not a thought
skipped ("did not think to check")."""
_LAPSE_VERBS = _any(
    "forgot forgets forget forgotten neglected neglects overlooked overlooks ignored ignores ignoring "
    "glossed_over rubber-stamped rubber_stamped rubberstamped rubber-stamp rubber-stamps rubber-stamping misread missed misses skipped skips sat_on "
    "forgetting neglecting overlooking skipping missing skimmed skims skimming skim glanced_over"
)
_NOT_VERB = (
    r"(?:didn't|did_not|didnt|(?<!had_)(?<!has_)(?<!have_)(?<!'d_)(?<!'ve_)never|hasn't|hadn't|haven't|has_not|have_not"
    r"|doesn't|does_not"
    r"|don't|do_not|dont|doesnt|won't|wouldn't|refuses_to|refused_to|still_hasn't|still_doesn't)"
).replace("_", " ")
"""A lapse, or a habit in the present tense ("he doesn't follow the checklist", "he don't read the
alerts"); "had never used it" is what someone had not met yet, not a lapse."""
_RISK_AVOIDED = (
    r"(?!(?:merge|merges|push|pushes|deploy|deploys|touch|touches|change|changes|delete|deletes|drop|drops|run|runs"
    r"|restart|restarts|break|breaks|ship|ships) (?:anything|a thing|any of (?:it|them|this|that)|a single [a-z]+)(?![^ ]))"
    r"(?!(?:deploy|deploys|deployed|push|pushes|pushed|merge|merges|merged|ship|ships|shipped|release|releases"
    r"|released|restart|restarts|restarted|touch|touches|touched|run|runs|ran|change|changes|changed|drop|drops"
    r"|dropped|delete|deletes|deleted|roll out|rolls out|rolled out)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,3}?"
    r" (?:on (?:a )?(?:fridays?|weekends?|holidays?)|during|at peak|without|straight to|directly to|late at|after hours"
    r"|outside|before (?:the )?(?:tests|ci|review|approval|canary))(?![^ ]))"
)
"""After "never": a risky act at a risky time avoided is care, not a lapse ("never deploys on Fridays")."""
_NOT_ROUTED = (
    r"(?!(?:watch|watches|monitor|monitors|follow|follows|read|reads|check|checks|see|sees|get|gets|receive|receives"
    r"|subscribe to|subscribes to|look at|looks at|join|joins|sit in|sits in)(?: the| that| this)? (?:# ?[^ ]+|[a-z-]+"
    r" (?:channel|inbox|mailbox|mailing list|list|queue|alias|room|feed))(?![^ ]))"
)
"""After "doesn't": a channel someone is not in is where the alert went, not a lapse ("doesn't watch #infra")."""
_SHRUGGED_OFF = "|".join(
    verb_forms(verb) for verb in ("ack", "acknowledge", "silence", "snooze", "mute", "resolve", "close", "dismiss")
)
"""Acts that answer an alert: "acks the alerts", "snoozed it"."""
WALKED_AWAY = "|".join(
    verb_forms(verb) + tail
    for verb, tail in (
        ("go", " back to (?:sleep|bed|[a-z]+ing)"),
        ("go", " (?:to|for) (?:lunch|dinner|a run|the gym|bed|sleep|a walk|coffee)"),
        ("log", " off"),
        ("go", " home"),
        ("leave", " for the (?:day|weekend|night)"),
        ("sign", " off"),
        ("walk", " away"),
        ("go", " (?:offline|quiet|dark)"),
        ("disappear", ""),
        ("do", " nothing"),
        ("move", " on"),
        ("carry", " on"),
        ("forget", " about it"),
    )
)
"""Leaving it, in any tense (a habit says "and log off"): after an acked alert ("acks the alerts and moves on") or a
risky act left running ("kicked off the reindex and went home")."""
_HARM_DENIED = r"(?!(?:take|bring|knock) (?:[^ ,;.]+ ){0,3}?(?:down|over|offline)(?![^ ]))"
"""After "not": a harm denied ("did not take prod down"), not a duty left undone ("did not take the page")."""
_NOTHING_WRONG = (
    r"(?!(?:do (?:anything|a thing|something) (?:[a-z]+ )?(?:wrong|reckless|careless|risky|unsafe|unusual|improper|stupid"
    r"|dangerous|sloppy|out of (?:the ordinary|process|line))(?![^ ])|make (?:a |an |any )?(?:mistake|mistakes|error|errors"
    r"|wrong (?:call|move|decision))))"
)
"""After "not": a fault denied ("did not do anything wrong", "didn't make a mistake"), not a duty left undone."""
_TRAITS = _any(
    "careless sloppy lazy negligent reckless incompetent clueless inattentive distracted unprepared overconfident "
    "complacent hasty irresponsible useless hopeless lax cavalier unqualified inexperienced unfocused "
    "awol mia missing_in_action nowhere_to_be_found out_to_lunch zoned_out "
    "half_asleep asleep_at_the_wheel asleep_at_the_switch asleep_on_the_job panicking rushing in_a_rush in_a_hurry not_thinking "
    "not_paying_attention not_up_to_(?:it|the_job|the_task)"
)
_SHORTCOMING = _any(SHORTCOMINGS)
_SHORTCOMING_WORDS = " " + " ".join(LazyPattern("[a-z]+").compiled.findall(SHORTCOMINGS))
_ALWAYS_PERSONAL = _any(ALWAYS_PERSONAL)[3:-1]
_DEGREE = _any(
    "so very really too just a_bit a_tad extremely pretty incredibly totally completely utterly clearly rather quite "
    "way far much a_lot [a-z]+ly"
)
"""How much: "so", "way", or any "-ly" word ("inexcusably slow", "unacceptably careless")."""
BAD_CALL = (
    r"(?:wrong|bad|poor|terrible|awful|questionable|dumb|stupid|reckless|careless|boneheaded|bone-headed|idiotic|silly"
    r"|foolish|rash|daft|horrible|dubious|ill-judged|ill-advised|ill-considered|misguided|lazy|sloppy|crazy|baffling"
    r"|bizarre|hasty|thoughtless|irresponsible|negligent|cavalier|unwise|lousy|shocking|appalling|flawed|faulty)"
)
"""What a call, a decision or someone's judgement is when it is judged: "a thoughtless decision", "poor judgement"."""
_SLOW = r"(?:(?:far|way|much|painfully|very|really|incredibly|extremely|so) )?(?:too|so|painfully|very)(?: much)? slow(?:ly)?"
_BE = _any("was were is are 's 're been got seemed looked acted behaved became am 'm being")
_STATE_VERBS = _any(
    "panic freeze rush hurry dither flail fumble blunder "
    "panicked panics froze freaked_out rushed rushes hurried dithered dawdled flailed fumbled blundered winged_(?:it|the_[^_]+) dropped_(?:this|that)_one "
    "sat_there just_sat_there took_(?:forever|ages|an_age) dragged_§_'s_feet sat_on_(?:it|the_[^_]+) did_nothing(?!_wrong) gave_up choked "
    "lost_(?:§_'s_)?(?:head|nerve|cool) lost_control lost_the_plot lost_track(?:_of_[^_]+)? wasted_(?:[^_]+_){0,2}?(?:minutes|hours|time|an_hour|the_(?:first_)?(?:[^_]+_)?(?:minutes|hour|hours)) cut_corners cut_a_corner cuts_corners cutting_corners took_(?:a_)?shortcuts? "
    "gambled rolled_the_dice passed_the_buck passes_the_buck ghosted stonewalled sat_on_§_'s_hands "
    "(?:shrugged|brushed|waved|laughed)_(?:(?:it|them|the_[^_]+(?:_[^_]+)?)_)?off went_awol"
)
_BLAME_ADVERBS = _any(
    "carelessly recklessly incompetently lazily sloppily hastily blindly mindlessly negligently clumsily stupidly "
    "thoughtlessly irresponsibly haphazardly cluelessly rashly foolishly randomly aimlessly"
)
_AUX = _any(
    "did didn't didnt would wouldn't was wasn't were weren't had hadn't could couldn't is isn't are aren't do "
    "don't does doesn't has hasn't have haven't should shouldn't will won't 'd"
)
_DESTROY = _any(
    "trashed nuked wrecked botched bungled mangled borked hosed clobbered fat-fingered fat_fingered fatfingered "
    "fat-finger corrupted ruined destroyed tanked torched fried crashed knocked_over knocked_out wiped_out "
    "killed_(?:prod|production|the_site|the_service|the_database|the_cluster) "
    "force-(?:deleted|killed|removed|dropped|wiped|merged) "
    "force-pushed_(?:over|onto|to|on)_(?:main|master|trunk|prod|production|release|the_(?:main|release|shared)_branch)"
)
_NOT_TAKEN_DOWN = _any("notes? minutes timeline banner maintenance details names numbers a_note the_notes the_minutes")
_FAULT_NOUNS = _any(
    "fault faults mistake mistakes screw-up screwup screw_up blunder error mess doing negligence carelessness typo "
    "oversight lapse sloppiness incompetence laziness goof fat_finger fat-finger "
    "bad_(?:merge|change|call|push|deploy|commit|config|command|decision)"
)
_OUTCOMES = _any(
    "outage incident failure data_loss whole_mess whole_thing mess miss downtime breakage loss problem screw-up"
)

_LAPSE_WORDS = (
    "nobody pager alerts alert alarms paging notifications monitoring alerting handed passed wrote documented shared "
    "communicated kept keeps left leaves waiting hanging dark guessing "
    "told tells informed informs warned warns notified notifies consulted consults asks alerted alerts looped loops "
    "updated updates "
    "ack acks acking acknowledges acknowledging silence silences silencing snooze snoozes snoozing mute mutes muting "
    "resolve resolves resolving close closes closing dismiss dismisses dismissed dismissing "
    "skimmed skims skimming skim glanced inform notify warn announce mention share "
    "forgot forgets forget forgotten neglected neglects overlooked overlooks ignored ignores ignoring glossed rubber "
    "rubberstamped misread missed misses skipped skips sat bother bothered care cared attention nothing let threw "
    "tossed chucked checked tested read looked reviewed followed verified updated noticed thought took spoke said "
    "lifted watching paying forgetting neglecting overlooking skipping missing not no look test follow watch see "
    "review verify escalate listen wait ignore neglect skip was were is are been be do did chose chooses decided "
    "watching monitoring looking checking reading answering responding following testing reviewing acked acknowledged silenced snoozed muted resolved closed phone pager laptop "
    "notifications ringer volume alerts switched turned channel slack "
    "decides opted opts know knowing understand once waved waves waving wave nodded nods nodding nod"
)
_NOT_WORDS = (
    "didn didnt did never hasn hadn haven failed fails fail neglected omitted doesn does don do dont doesnt won "
    "wouldn refuses refused rarely seldom hardly barely understanding failure refusal not"
)
_JUDGED_WORDS = (
    "careless sloppy lazy negligent reckless incompetent clueless inattentive distracted unprepared overconfident "
    "complacent hasty irresponsible useless hopeless lax cavalier unqualified inexperienced unfocused asleep "
    "panicking rushing rush hurry thinking paying up slow slowly careful depth head panicked panics froze freaked "
    "rushed rushes hurried dithered dawdled flailed fumbled blundered winged dropped took dragged sat did gave choked lost "
    "carelessly recklessly incompetently lazily sloppily hastily blindly mindlessly negligently clumsily stupidly "
    "thoughtlessly irresponsibly haphazardly cluelessly idea clue rashly foolishly randomly aimlessly care attention diligence caution "
    "focus rigor rigour business made makes make takes wrong bad poor terrible awful questionable dumb stupid "
    "slept sleeps corners cutting shortcut shortcuts gambled dice buck passed passes ghosted stonewalled hands shrugged "
    "brushed waved laughed awol mia missing nowhere lunch zoned attentive focused alert diligent thorough responsible "
    "professional relaxed casual laid loose trusting confident eager keen quick comfortable cocky trigger happy "
    "control plot wasted late lack optimistic creative generous relaxed light thin minimal cursory superficial "
    "irresponsible thoughtless clumsy random arbitrary checked switched disengaged half baked mess disaster garbage rubbish terrible awful embarrassing joke boneheaded bone headed idiotic silly foolish rash daft horrible dubious ill judged advised "
    "misguided crazy baffling bizarre lacks lacked lacking competence panic freeze rush hurry dither flail fumble blunder showed shows show displayed displays exercised exercises used uses demonstrated "
    "demonstrates judgement judgment competent qualified capable skilled experienced fit trustworthy reliable good "
    "senior sharp ready cut knows knew know busy life career thoughtless irresponsible negligent cavalier unwise lousy "
    "embarrassed ashamed approved approves reviewed reviews signed clicked okayed skimmed read checked "
    "shocking appalling flawed faulty considered sluggish unfocused chaotic hearted lacklustre lackluster inadequate "
    "disorganised disorganized haphazard pathetic abysmal dismal disregard contempt indifference stamp formality "
    "perfunctory ticking existent nonexistent nil approach attitude handling disdain thing stunt decision choice "
)
_JUDGED_WORDS += _SHORTCOMING_WORDS
_DESTROY_WORDS = (
    "blew blows blown blow messed messes screwed screws fouled mucked cocked broke breaks broken break trashed nuked "
    "messing screwing stuffed stuffs stuffing balls ballsed bollocksed bodged goofed effed f ed fucked buggered "
    "flubbed botched fumbled pushed shipped deployed merged made wrote committed applied ran rolled locked deleted "
    "dropped overloaded flooded caused triggered started "
    "wrecked botched bungled mangled borked hosed clobbered fat fingered fatfingered corrupted ruined destroyed "
    "tanked torched fried crashed knocked wiped killed took takes take taken brought brings bring force wipe nuke kill "
    "crash corrupt page wake fail knock cause trigger"
)
_WORD_WORDS = (
    "human operator user pilot pebkac pebcak layer careless carelessly carelessness sloppy sloppily sloppiness "
    "negligent negligently negligence incompetent incompetently incompetence reckless recklessly recklessness "
    "laziness lazy inattentive inattention clueless stupid stupidity idiot idiots idiotic moron morons moronic "
    "rookie dumb boneheaded bone headed braindead brain dead brainless amateur asleep finger fingered fingering fired disciplined punished reprimanded written sacked "
    "blame blames blamed blaming amateurish amateurs cowboy cowboyed cowboying cowboys yolo yoloed d half slapdash "
    "shoddy unprofessional unprofessionally clown clowns muppet muppets numpty bozo bozos inexcusable rogue lack"
)
_WORD_WORDS += " " + ALWAYS_PERSONAL.replace("-", " ") + " derelict dereliction"
_FAULT_WORDS = (
    "fault faults mistake mistakes screw screwup blunder error mess doing negligence carelessness typo oversight "
    "lapse sloppiness incompetence laziness goof finger fat bad blame responsibility cause culprit guilty culpable "
    "responsable guilty culprit "
    "weak ball caused triggered brought pin pinned put lay laid chalk chalked responsible of make makes made "
    "making errors blunders wrong"
)

FAMILIES: tuple[Family, ...] = (
    # -- lapses: forgot, ignored, didn't check, without reading ------------------------------
    _family(
        LAPSE,
        rf"{SUBJ}{FILL} (?:{_LAPSE_VERBS}(?! (?:lunch|dinner|breakfast|sleep|ahead|town|a_meal))"
        rf"|(?:didn't|did not|never|couldn't|could not|wasn't|weren't) (?:even )?bother(?:ed)?"
        rf"|(?:couldn't|could not) be bothered|(?:didn't|did not) care"
        rf"|(?:wasn't|weren't|isn't|aren't|was not|were not|is not|are not|not)(?: even| really| actually| remotely)?"
        rf" (?:paying (?:[a-z]+ )?attention|watching|monitoring|looking"
        rf"|checking|reading|answering|responding|following|testing|reviewing)(?![^ ])"
        rf"|did nothing(?! wrong)"
        rf"|(?:handed over|handed off|passed on|wrote down|documented|shared|communicated|left) nothing(?![^ ])"
        rf"|(?:kept|keeps|left|leaves) (?:§|everyone|everybody|the bridge|customers|support|people) (?:waiting|hanging"
        rf"|in the dark|guessing)(?![^ ])"
        rf"|(?:silenced|muted|snoozed|disabled|turned off|switched off|paused|acked|silences|mutes|snoozes|disables)"
        rf" (?:the |all |§ 's |every )?(?:[a-z-]+ )?(?:pager|alerts?|alarms?|paging|notifications|monitoring|alerting"
        rf"|phone|pages) for (?:the whole|the entire|all|a|an|[0-9]+|two|three|four|several|most of the) (?:[a-z-]+ )?"
        rf"(?:weekend|night|shift|day|days|hours|week|weeks|incident|outage|evening|morning)(?![^ ])"
        rf"|(?:told|tells|tell|informed|informs|warned|warns|notified|notifies|consulted|consults|asked|asks|alerted"
        rf"|alerts|looped in|loops in|updated|updates) ¬(?! (?:else|more|further)(?![^ ]))"
        rf"|(?:[^ ,;:.!?|]+ ){{1,10}}?(?:and|but|then) (?:then |just )?(?:told|tell|tells|informed|inform|warned|warn"
        rf"|notified|notify|consulted|consult|asked|ask|alerted|alert|updated|update) ¬(?! (?:else|more|further)(?![^ ]))"
        rf"|(?:{_SHRUGGED_OFF})(?: (?:it|them|(?:the|all the|every) (?:[a-z-]+ )?[a-z-]+|[a-z-]+))? (?:and|then|,)"
        rf"(?: §)?(?: then| just| simply)? (?:{WALKED_AWAY})"
        rf"|(?:{WALKED_AWAY}) (?:right |straight |just |immediately )?(?:after|once) (?:acking|acknowledging|silencing"
        rf"|snoozing|muting|dismissing|resolving|closing)(?![^ ])"
        rf"|(?:had |'d |has )?(?:had|left|kept|put|switched|turned|set) (?:§ 's |the )?(?:[a-z-]+ )?(?:phone|pager|laptop"
        rf"|notifications|ringer|volume|alerts|channel|slack)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+)? (?:on silent|silent|to silent|muted|on mute|to mute|on do not disturb"
        rf"|on dnd|switched off|turned off|off)(?![^ ])"
        rf"|(?:waved|waves|waving|wave|nodded|nods|nodding|nod) (?:it|this|that|them|the (?:[a-z-]+ )?[a-z-]+|§ 's [a-z-]+)"
        rf" through(?![^ ])"
        rf"|let (?:[^ ,;.]+ ){{1,3}}(?:through|slip|ship|pass|go_out|by)"
        rf"(?! (?:after|once|because|with|per|following|as|pending)(?![^ ]))"
        rf"|let (?:it|the (?:pager|phone|page|alert|call)|§ 's (?:pager|phone)) (?:ring|rings|ringing) (?:out|unanswered"
        rf"|and ring|for)(?![^ ])"
        rf"|let (?:it|the (?:page|pages|alert|alerts|call)) (?:go|roll) (?:to voicemail|unanswered|unacked)(?![^ ])"
        rf"|left (?:the |§ 's |every |all the )?(?:pager|page|pages|phone|alert|alerts|call|calls|messages?|pings?)"
        rf" (?:unanswered|unacked|unacknowledged|ringing)(?![^ ])"
        rf"|(?:threw|tossed|chucked) (?:[^ ,;.]+ ){{1,4}}over the wall"
        rf"|(?:chose|chooses|decided|decides|opted|opts) to (?:just )?(?:ignore|skip|bypass|override|disable|silence"
        rf"|mute|snooze|dismiss)"
        rf"|(?:was|were|is|are|been|be){FILL} (?:forget|forgot|ignore|neglect|skip|ignoring|forgetting|skipping|neglecting"
        rf"|overlooking|missing)(?![^ ])"
        rf"|(?:not|no) {_HARM_DENIED}{_NOT_ROUTED}{_NOTHING_WRONG}(?:check|checked|read|look|looked|test|tested|follow|followed|watch|watched|see|review|reviewed"
        rf"|verify|verified|escalate|listen|care|bother|wait|do|did|know|knowing|understand|answer|respond|reply|page"
        rf"|call|tell|fix|update|restart|monitor|take|use|run|backup|notice|watching|checking|reading|looking|testing"
        rf"|inform|notify|warn|announce|mention|share|ask|communicate"
        rf"|following|answering|responding|doing|monitoring|using|paying|create|created|make(?! (?:a |any )?(?:mistake"
        rf"|mistakes|error|errors)))(?![^ ])"
        rf"|(?:was|is|are|were) (?:not|no) (?:understand|do|check|read|test|follow|answer|escalate|look|watch|update|fix|pay"
        rf"|listen|ask|tell|wait|care"
        rf"|make|run"
        rf"|take|use|listen|verify|review|monitor|respond|reply|backup|restart|tell|inform|notify)(?![^ ])"
        rf"|(?:ignore|skip|neglect|overlook|miss)(?! (?:lunch|dinner|breakfast|sleep|it|that|this)(?![^ ]))(?![^ ])"
        rf"|(?:never|not) once [a-z][\w-]*)"
        rf"|¬(?: 's)?{FILL} (?:bothered|cared|checked|tested|read|looked|reviewed|followed|verified|updated|noticed"
        rf"|thought to|took the time|could be bothered|paid attention|spoke up|said anything|lifted a finger"
        rf"|(?:was|were) (?:watching|paying (?:[a-z]+ )?attention|look|looking|watch|check|checking|monitor|monitoring))".replace(
            "a_meal", "a meal"
        ).replace("go_out", "go out"),
        HARD,
        ("ignor", DISMISS),
        ("miss", CATCH),
        ("overlook", CATCH),
        ("misread", CATCH),
        ("notic", CATCH),
        ("check", CATCH),
        ("test", CATCH),
        ("review", CATCH),
        ("let", CATCH),
        ("attention", CATCH),
        ("watching", CATCH),
        ("read", CATCH),
        ("look", CATCH),
        ("forg", SKIP),
        ("neglect", SKIP),
        ("skip", SKIP),
        ("bother", SKIP),
        ("glossed", SKIP),
        ("rubber", CATCH),
        words=_LAPSE_WORDS,
    ),
    _family(
        LAPSE,
        rf"{SUBJ}{FILL} (?:{_NOT_VERB}(?: , (?:[^ ,;:.!?|]+ ){{1,4}}?,)?(?: even| really| actually| bother to| bother)? "
        rf"(?!(?:wait to|have to)\b){_OPINION}{_HARM_DENIED}{_RISK_AVOIDED}{_NOT_ROUTED}(?!{_any(' '.join(sorted(NEUTRAL_AFTER_NOT)))}{END}){_NOTHING_WRONG}"
        rf"[a-z][\w-]*(?![^,;:.!?|]* yet(?![^ ])(?! again))"
        rf"|(?:failed|fails|fail|neglected|omitted) to [a-z][\w-]*"
        rf"|(?:rarely|seldom|hardly ever|barely ever|almost never|hardly|barely) "
        rf"(?!{_any(' '.join(sorted(NEUTRAL_AFTER_NOT)))}{END})(?:even )?[a-z][\w-]*"
        rf"|(?:is|are|was|were|'s|'re) not understanding"
        rf"|'s (?:failure|refusal) to [a-z][\w-]*)",
        HARD,
        ("know", INFO),
        ("realis", INFO),
        ("realiz", INFO),
        ("notic", CATCH),
        ("check", CATCH),
        ("test", CATCH),
        ("verif", CATCH),
        ("read", CATCH),
        ("look", CATCH),
        ("review", CATCH),
        ("catch", CATCH),
        ("follow", SKIP),
        ("bother", SKIP),
        ("updat", SKIP),
        ("wait", HINDSIGHT),
        words=_NOT_WORDS,
    ),
    _family(
        LAPSE,
        rf"{SUBJ}{_OWN_CLAUSE}{{1,12}}? with (?:the |a |an |two |three |several |all |its |§ 's )?(?:(?:[a-z-]+ )?(?:failing"
        rf"|failed|red|broken|skipped|disabled) (?:[a-z-]+ )?(?:tests?|checks?|ci|builds?|canary|canaries|pipelines?"
        rf"|linters?|probes?|health ?checks?)|(?:[a-z-]+ )?(?:tests?|checks?|ci|builds?|canary|pipeline) (?:still )?(?:red"
        rf"|failing|broken|failed)){END}(?! (?:fixed|resolved|repaired|green|passing|addressed|quarantined"
        rf"|removed|disabled|skipped|marked)(?![^ ]))"
        rf"|{SUBJ}(?!{NEGATED_CLAUSE}){_OWN_CLAUSE}{{1,12}}? without (?:even )?(?:reading|checking|testing|asking|looking|waiting(?! to be (?:asked|told|prompted|chased|reminded))|ask|check"
        rf"|test|read|look|tell|review"
        rf"|telling|verifying|reviewing|thinking|approval|sign-off|signoff|permission|review|tests|testing|running|opening"
        rf"|draining|backing up|snapshotting|announcing|coordinating|staging|canarying|escalating|rehearsing|documenting"
        rf"|syncing|pausing|paging (?:anyone|anybody|§|the)|pinging|dry-running|rolling it out gradually"
        rf"|(?:taking|making|creating) (?:a |any |the )?(?:[a-z-]+ )?(?:backup|snapshot|dump|copy)"
        rf"|consulting|confirming|notifying|informing|warning|following|validating|double-checking|measuring|monitoring"
        rf"|(?:the )?(?:[a-z-]+ ){{1,2}}(?:passing|finishing|completing|being green|going green|approving)"
        rf"|a (?:second |proper |single )?(?:look|review|test|backup|check|plan|rollback plan|word)"
        rf"|any (?:tests?|review|checks?|backup|approval|testing|warning)|backups?|a ticket|a change request|to [a-z]+"
        rf"|(?:the |a |any )?(?:proper |second |prior |formal )?(?:approval|review|sign-off|signoff|ticket|change request"
        rf"|backup|test|tests|testing|check|checks|canary|dry run|dry-run)|trying|investigating|digging|reproducing"
        rf"|(?:a |any |the )?(?:[a-z-]+ )?(?:rollback|backout|back-out|fallback|recovery|escape|exit) (?:path|plan|route|option)"
        rf"|(?:any |a |prior |advance )?(?:notice|warning|heads-up|announcement|communication)){END}"
        rf"|{SUBJ}{_OWN_CLAUSE}{{1,12}}? (?:with|w) (?:no|zero|little|barely any|hardly any) (?:prior |advance )?(?:notice|warning"
        rf"|heads-up|review|testing|tests|plan|rollback plan|backup|approval|communication|announcement|coordination"
        rf"|ramp|ramp-up|canary|canary stage|staged rollout|gradual rollout|bake time|soak time|dry run){END}"
        rf"|{SUBJ}{_OWN_CLAUSE}{{1,12}}? (?:no|zero) (?:ramp|ramp-up|canary|staged rollout|gradual rollout|bake time"
        rf"|soak time){END}"
        rf"|{SUBJ}{FILL} (?:pushed|pushes|deployed|deploys|merged|merges|shipped|ships|committed|commits|applied)"
        rf"(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,4}} (?:(?:straight|directly|right) (?:to|into|on|onto) (?:the )?(?:prod|production"
        rf"|main|master|live|primary)"
        rf"|straight out(?![^ ]))"
        rf"|{SUBJ}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{1,6}}? w / o [a-z]+"
        rf"|{SUBJ}{FILL} [a-z]+(?:ed|t|n) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){{1,4}}?(?:unreviewed|untested|unchecked|unapproved|unannounced"
        rf"|unsupervised)(?![^ ])",
        CATCH,
        ("wait", HINDSIGHT),
        ("ask", HARD),
        words="zero little barely hardly without straight directly right w o unreviewed untested unchecked unapproved unannounced unsupervised "
        "failing failed red broken skipped disabled no",
    ),
    # -- judgements of speed, care, skill, state ---------------------------------------------
    _family(
        JUDGED,
        _after_subject(
            rf"(?: {_BE}(?: being)?{FILL})?(?: {_DEGREE})*(?: tired and)? "
            rf"(?:{_TRAITS}|{_SLOW}|slow (?:to|in) [a-z]+|out of § 's depth|in over § 's head){END}",
            # "what Fatima did with the firewall rules was just irresponsible": the act judged in a cleft
            rf" (?:did|does|has done|had done)(?: (?:with|to|on|in|during|at|about)(?: [^ ,;:.!?|]+){{1,5}}?)?"
            rf" {_BE}{FILL}(?: {_DEGREE})* {_TRAITS}{END}",
            r" (?:wasn't|weren't|isn't|aren't|was not|were not|is not|are not|not)(?: being| very)? (?:careful|attentive"
            r"|focused|alert|diligent|thorough|responsible(?! for)|professional)",
            rf"(?: {_BE}{FILL})?(?: {_DEGREE})* too (?:relaxed|casual|laid-back|loose|trusting|confident|sure|eager|keen"
            rf"|hasty|quick|cavalier|comfortable|cocky|trigger-happy){END}",
            r" (?:escalated|responded|reacted|joined|acked|acknowledged|paged|rolled back|replied|answered|showed up"
            r"|arrived|noticed|started)(?: it| the [a-z]+)? (?:far |way |much |very |too |really |so )*late"
            r"(?! (?:in|on|at|that|last|into|afternoon|evening|morning|night|to the (?:survey|poll|form|email|thread))"
            r"(?![^ ]))",
            r" (?:has|had|have|'s|'d) no business",
            rf" {_BE}(?: being)?{FILL}(?: {_DEGREE})* (?:checked out|switched off|disengaged|not all there){END}(?! of)",
            rf" (?:made|makes|make|took|takes) (?:the |a |an |another |some )?(?:[a-z]+ly )?{BAD_CALL}"
            r" (?:call|calls|decision|decisions|choice|choices|move|moves)",
            rf" (?:showed|shows|show|displayed|displays|exercised|exercises|used|uses|demonstrated|demonstrates)"
            rf" (?:a |an )?(?:[a-z]+ )?(?:lack of|{BAD_CALL}|no|zero|little|not much|no real) (?:judge?ment|care"
            r"|discipline|awareness|common sense|sense|ownership|rigou?r|diligence|professionalism|attention|focus"
            r"|competence|skill|understanding)(?![^ ])",
            r" (?:(?:is|are|was|were|'s|'re|seems|seemed)(?: (?:just|simply|really|clearly|frankly|obviously|honestly))?"
            r" (?:not|n't|never)|isn't|wasn't|aren't|weren't) (?:(?:competent|qualified|capable|skilled|experienced|fit|trustworthy|reliable)"
            r"(?: enough)?(?= (?:for|to|at|with)(?![^ ])| [.,;!?]|$)|(?:good|senior|sharp|careful|ready) enough(?![^ ]))"
            r"| (?:is|are|was|were|'s|'re)(?: just| simply| clearly)? not cut out for",
            r" (?:thinks|thought|think|believes|believed) § (?:knows|knew|know) better",
            r" (?:should|ought to|must) be (?:embarrassed|ashamed)(?: of (?:him|her|them)sel(?:f|ves))?",
            r" (?:approved|approves|reviewed|reviews|signed off(?: on)?|clicked approve(?: on)?|okayed|ok 'd|lgtm 'd"
            r"|rubber-stamped|skimmed|read|checked)(?: (?:[^ ,;:.!?|]|[:.,](?=[^ ]))+){0,6}? in (?:(?:under|less than|barely"
            r"|about|just|only) (?:a|one|two) (?:minute|minutes|min)|(?:under |less than |about |just |only )?(?:[0-9]+"
            r"|a few|ten|twenty|thirty|forty|fifty) (?:seconds?|secs?))(?![^ ])",
            r" (?:showed|shows|show|displayed|displays|demonstrated|demonstrates|had|has) (?:a |an )?(?:[a-z]+ )?(?:disregard"
            r"|contempt|indifference|disdain) (?:for|of|to)(?![^ ])",
            r" (?:acted|acts|worked|works|behaved|operated|proceeded) with (?:a |complete |total |utter |blatant"
            r" |flagrant |reckless |casual )?(?:disregard|contempt|indifference) (?:for|of|to)",
            r" (?:lacks|lacked|lack|is lacking|was lacking|lacking) (?:the |any |even |the most |even the most )?(?:basic"
            r" |most basic |necessary |required )?(?:competence|skills?|experience|judge?ment|discipline|knowledge|care"
            r"|attention|sense|ability|understanding|rigou?r|focus|maturity)(?![^ ])",
            rf"(?: {_BE}{FILL})?(?: {_DEGREE})* too busy [a-z]+ing(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,3}}? to (?:notice|answer"
            r"|check|look|respond|read|see|reply|help|pick up|ack|acknowledge|care|follow|test|review|escalate)(?![^ ])",
            r"(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,3}? (?:never|not|[a-z]*n't)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){1,7}? in"
            r" § 's (?:entire |whole )?(?:life|career)(?![^ ])",
            r" (?:slept|sleeps) through",
            rf" (?:{_STATE_VERBS}){END}",
            rf" [a-z-]+ {_SLOW}{END}",
        )
        + rf"|§ 's (?:complete |total |obvious |utter |general )?lack of [a-z-]+"
        r"|§ 's (?:decision|choice|call|idea|move|attempt) to (?:[^.!?|]+ )?(?:turned|turns|made|makes) (?:a |an |the |one |our )?"
        r"(?:[^ .!?|]+ ){0,3}?into (?:a |an |the )?(?:[a-z-]+ ){0,2}?(?:outage|disaster|mess|catastrophe|nightmare|incident"
        r"|data loss|sev[0-9])(?![^ ])"
        rf"|§ 's (?:[a-z]+ly )?(?:[a-z-]+ )?{_SHORTCOMING} (?:[a-z-]+ )?(?:approach|attitude|handling|work|review|reviews|testing"
        rf"|response|fix|change|restart|rollout|deploy|migration|config|behaviou?r|management|oversight|effort|way)(?![^ ])"
        rf"|(?<![^ ])(?:it|that|this) (?:was|is|'s|seems|seemed|looks|looked) (?:[a-z]+ )?{_SHORTCOMING} of § to"
        rf"|(?<![^ ])(?:a|an|such a|such an|what a|what an) (?:[a-z]+ )?(?:{_SHORTCOMING[3:-1]}|{BAD_CALL[3:-1]})"
        r" (?:thing|move|stunt|way to behave) (?:for|by|of) §(?! 's)"
        rf"|{SUBJ}{FILL} (?:has|had|have|showed|shows|took|takes|brought|brings) (?:a |an )?(?:[a-z]+ )?{_SHORTCOMING}"
        r" (?:attitude|approach|view|relationship|way)(?![^ ])"
        rf"|{SUBJ}{FILL}(?: {_BE}| (?:has|have|had) been)(?: {_DEGREE})* {_SHORTCOMING} (?:about|with|in|when|towards?"
        rf"|regarding|over)(?![^ ])"
        r"|§ 's (?:testing|review|reviewing|checking|qa|verification|due diligence) (?:was|is|seemed|looked)"
        r"(?: (?:a bit|rather|somewhat|very|quite|pretty|a little))? (?:optimistic|creative|generous|relaxed|light|thin"
        r"|minimal|cursory|superficial)(?![^ ])"
        r"|§ 's (?:attention(?: to detail)?|care|diligence|focus|judge?ment|work ethic|discipline|situational awareness"
        r"|sense of urgency) (?:is|was|seems|seemed|has been)(?: [a-z]+ly)? (?:non-existent|nonexistent|zero|lacking"
        r"|missing|poor|terrible|appalling|nil|shocking|questionable|absent|sorely lacking|abysmal)(?![^ ])"
        rf"|(?<![^ ])(?:a |an )?(?:[a-z]+ )?(?:{BAD_CALL}|amateurish|clumsy) (?:change|call|decision|move|fix|deploy|push"
        r"|mistake|config|review|approach) (?:by|from|of) §"
        rf"|{SUBJ}{FILL}(?: just)? (?:changed|change|changes|changing|tweaked|tweaking|poked at|restarted|restarting)"
        r" (?:random|arbitrary) (?:things|stuff|settings|configs|flags|knobs|values|services|pods)"
        rf"|§ 's (?:[a-z-]+ )?(?:fix|change|plan|work|code|patch|review|handling|response|rollout|deploy|migration|script"
        rf"|config|testing|runbook|handover|notes|query|approach|rollback|failover|restore|recovery|cutover|upgrade|approval"
        rf"|comms|communication|escalation|triage|investigation|debugging|coordination|leadership)"
        rf"(?: (?:to|on|for|of|during|in|with)(?: [^ ,;:.!?|§]+){{1,3}}?)? (?:was|is|looked|seemed)(?: (?:really|pretty|totally"
        rf"|completely|frankly|just|so|honestly|far too|way too|too|painfully))? (?:half-baked|sloppy|careless|lazy|amateurish"
        rf"|shoddy|rushed|slapdash|slow|late"
        rf"|a mess|a disaster|garbage|rubbish|terrible|awful|embarrassing|a joke|incompetent|negligent|reckless|sluggish"
        rf"|unfocused|chaotic|half-hearted|lacklustre|lackluster|inadequate|disorganised|disorganized|haphazard|pathetic"
        rf"|abysmal|dismal|superficial|cursory|careless|a rubber stamp|a rubber-stamp|just a rubber stamp|a formality"
        rf"|box-ticking|a box-ticking exercise|perfunctory|{_SHORTCOMING[3:-1]}){END}"
        rf"|{SUBJ}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,6}}? {_BLAME_ADVERBS}{END}"
        rf"|(?<![^ ])(?:more|a bit more|a little more|better|some|less) (?:care|attention|diligence|caution|thought"
        rf"|focus|rigou?r) (?:from|by|on the part of) §"
        rf"|(?<![^ ])(?<!n't )(?<!not )(?<!never )(?<!no )(?:{_DEGREE} )?{BAD_CALL} (?:behaviou?r|conduct|move|work|stunt|showing|performance|handling"
        rf"|judge?ment|decision|call|effort|attitude) (?:from|by|on the part of) §",
        JUDGEMENT,
        ("careless", TRAIT),
        ("sloppy", TRAIT),
        ("lazy", TRAIT),
        ("negligent", TRAIT),
        ("reckless", TRAIT),
        ("incompetent", TRAIT),
        ("clueless", TRAIT),
        ("inattentive", TRAIT),
        ("paying attention", CATCH),
        words=_JUDGED_WORDS,
    ),
    _family(
        JUDGED,
        rf"{SUBJ}{FILL} (?:has|had|have|'s|'d) (?:no|zero) (?:idea|clue)(?! (?:when|how long|whether|if|where)(?![^ ]))",
        JUDGEMENT,
        words="idea clue",
    ),
    # -- accusing questions ------------------------------------------------------------------
    _family(
        QUESTION,
        rf"(?<![^ ])why(?: on earth| the hell| the heck| tf| the fuck| exactly| again)? {_AUX}(?: not)? [§¬](?! 's)(?: not)?(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+)?"
        rf"|(?<![^ ])how (?:could|on earth could|on earth did)(?: not)? §(?! 's)(?: not)?(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+)?"
        rf"|(?<![^ ])how did §(?! 's) (?:not|miss|manage to|forget|let|fail|ignore|overlook|skip)"
        rf"|(?<![^ ])what (?:were|was|is|are|'s|'re) § (?:thinking|doing|smoking|playing at)",
        ASK_HOW,
        negatable=True,
        words="why how what",
    ),
    _family(
        QUESTION,
        r"(?<![^ ])(?<!§ )who (?:thought|decided|figured)(?: that)? (?:it|this|that) (?:was|would be|'d be|is) a good idea"
        r"|(?<![^ ])(?<!§ )who (?:broke|caused|messed up|screwed up|dropped the ball|forgot|did this|let this"
        r"|approved this|signed off on this|(?:is|was|'s) (?:responsible|to blame|at fault))"
        r"|(?<![^ ])whose (?:fault|mistake|idea|screw-?up)"
        r"|(?<![^ ])(?<!§ )who (?:let|allowed|permitted|trusted) §(?! 's) (?:to )?[a-z]+"
        r"|(?<![^ ])(?<!§ )who (?:gave|gives|handed|granted) §(?! 's) (?:[a-z-]+ )?(?:rights|access|permissions|privileges"
        r"|the keys)(?![^ ])",
        FAULT,
        negatable=True,
        someone=False,
        words="who whose",
    ),
    # -- counterfactuals about a person ------------------------------------------------------
    _family(
        COUNTER,
        rf"(?<![^ ])if(?: only)? {SUBJ}{FILL} (?:hadn't|had not|had|'d|would have|would 've|just|only|simply){END}"
        rf"(?! (?:to|been able)(?![^ ]))(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+)?"
        rf"|(?:^|(?<=[,;:.!?|] ))had {SUBJ}(?: not| never)?{FILL} [a-z][\w-]*"
        # "the outage would not have happened had Pita followed the rule": the inverted "if" after its outcome
        rf"|(?<![^ ])(?:would|could|might)(?: not| never|n't)? (?:have|'ve|still) (?:[^ ,;:.!?|]+ ){{1,4}}?had {SUBJ}"
        rf"(?: not| never)?{FILL} [a-z][\w-]*"
        rf"|{SUBJ}{FILL} (?:could|might)(?: , (?:[^ ,;:.!?|]+ ){{1,4}}?,)? (?:have|'ve)(?: easily| so easily)?"
        rf" (?!been |used |had |lost |gone )[a-z][\w-]*",
        COUNTERFACTUAL,
        ("could", HINDSIGHT),
        ("might", HINDSIGHT),
        words="if had hadn d could might",
    ),
    # -- should (never) have, should be more careful -----------------------------------------
    _family(
        SHOULD,
        rf"{SUBJ}{FILL} (?:should|shouldn't|should not|ought to|ought not to|oughtn't)"
        rf"(?: never| not| really| definitely| clearly| at least| just| also)? (?:have|'ve)"
        rf"(?: never| not| just| really| at least)? (?!to )(?:been [a-z-]+|[a-z][\w-]*)"
        rf"|{SUBJ}{FILL} must (?:have|'ve) (?:known|seen|noticed|realised|realized)"
        rf"|{SUBJ}{FILL} (?:could|might){FILL} (?:have|'ve) been (?:a (?:lot|bit|little|tiny bit) |much |far |way |slightly )?"
        rf"(?:more [a-z-]+|less [a-z-]+|(?:quick|fast|sharp|careful|prompt|swift|alert)er|sooner)(?![^ ])"
        rf"|{SUBJ}{FILL} (?:should|ought to) know better"
        rf"|{SUBJ}{FILL} (?:should|shouldn't|needs? to|must|ought to|has to|have to|had better|'d better|better|must to"
        rf"|should to|to|(?:could|might){FILL} (?:have|'ve) been)(?: really| definitely| just| also)?"
        rf"(?: be| have been| 've been| start being| learn to be)?"
        rf"(?: (?:a lot|much|far|way|a bit|a little|a little bit|a tiny bit|a touch|slightly|somewhat))?(?: more)? "
        rf"(?:careful|attentive|aware|vigilant|thorough|responsible|focused|alert|diligent|awake|on the ball"
        rf"|on top of [^ ]+)"
        rf"|{SUBJ}{FILL} (?:should|must|needs? to|need|has to|have to|must to|should to|to|ought to) (?:check|test|read"
        rf"|look at|review|verify|watch|monitor|follow|do|learn|prepare)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,3}}? (?:better"
        rf"|more carefully|more closely|more thoroughly|with more care)(?![^ ])"
        rf"|{SUBJ}{FILL} (?:should|shouldn't|needs? to|need|must|ought to|has to|have to|had better|'d better|better"
        rf"|must to|should to|to) (?:put|pay|give|take|have|use|show|bring) (?:a lot |much |far |way |a bit |a little )?"
        rf"(?:more|better|closer|extra) (?:attention|care|caution|focus|concentration|diligence)(?![^ ])",
        HINDSIGHT,
        ("known", INFO),
        ("realis", INFO),
        ("realiz", INFO),
        ("seen", INFO),
        ("noticed", INFO),
        ("know better", INFO),
        ("careful", CARE),
        ("attentive", CARE),
        ("aware", CARE),
        ("vigilant", CARE),
        ("thorough", CARE),
        ("on the ball", CARE),
        ("on top of", CARE),
        ("alert", CARE),
        ("focused", CARE),
        words="should shouldn ought oughtn must need needs better has have had d careful attentive aware vigilant thorough to "
        "responsible focused alert diligent awake ball top",
    ),
    # -- fault placed on someone -------------------------------------------------------------
    _family(
        FAULT_PLACED,
        rf"§(?: 's(?: own)?| own)(?: (?:stupid|careless|sloppy|silly|dumb|big|huge|classic))? {_FAULT_NOUNS}{END}"
        rf"(?! (?:rate|rates|budget|budgets|count|counts|ratio|spike|spikes|log|logs|code|codes|message|messages|page"
        rf"|pages|handling|handler|metric|metrics|threshold|alert|alerts|percentage|level|levels|report|reports|tracker"
        rf"|dashboard|analysis){END})"
        rf"|§(?: (?:stupid|careless|sloppy|silly|dumb|big|huge|classic))? (?!error{END})(?!doing [^ ,;:.!?|]){_FAULT_NOUNS}{END}"
        rf"(?! (?:rate|rates|budget|count|counts|ratio|spike|spikes|log|logs|code|codes|message|messages|page|pages"
        rf"|handling|handler|metric|metrics|threshold|alert|alerts|percentage|level|levels){END})"
        rf"|(?<![^ ])(?:fault|mistake|blame|screw-up|error)(?: here)? (?:is|was|'s|lies|lay)"
        rf"(?: entirely| all| squarely| completely| solely| mostly| clearly)? § 's"
        rf"|(?<![^ ])(?:is|was|'s|it 's|all|it is|it was) (?:the |all the |entirely the )?(?:fault|mistake|error|blame)"
        rf" of §"
        rf"|{SUBJ}{FILL}(?: (?:is|was|are|were|'s|'re|keep|keeps|kept))? (?:make|makes|made|making|do|did)"
        rf"(?: (?:always|again|often|constantly|repeatedly|still|every time))?"
        rf" (?:a |the |an |big |many |another |so many |several |some |this |that |these |those |the same |this same"
        rf" |that same |the exact same |the very same |the usual |the same old )?"
        rf"(?:(?:big|huge|bad|basic|stupid|silly|obvious|careless|simple|costly|same|usual|old) )?(?:mistake|mistakes|error|errors"
        rf"|blunder|blunders|wrong)(?![^ ])"
        rf"|(?<![^ ])(?:(?:most|all|much|some) of )?(?:the )?(?:blame|fault|responsibility)(?: for(?: [^ ]+){{1,8}}?)?"
        rf" (?:sits|lies|rests|falls|goes|belongs|lay|fell|went|is|was)(?: squarely| entirely| mostly| solely| clearly"
        rf"| firmly)? (?:with|on|to|upon) §"
        rf"|{SUBJ}{FILL} (?:is|are|was|were|'s|'re|am|'m)(?: entirely| solely| squarely| clearly| fully| totally"
        rf"| partly| mainly| obviously| definitely| the one| the ones)* (?:to blame|at fault|culpable|guilty"
        rf"|the (?:root )?cause|the culprit|the weak link"
        rf"|(?:responsible|responsable) (?:for|of) (?:(?:this|that|the|these)(?: [^ ]+)? {_OUTCOMES}|this|that|it)(?![^ ])"
        rf"|(?:responsible|responsable)(?= [,;.!?]|$)|the (?:responsible|responsable|guilty|culpable)(?= [,;.!?]|$))"
        rf"|(?<![^ ])the (?:responsible|responsable|guilty|culpable|culprit) (?:is|was|'s) §(?! 's)"
        rf"|(?<![^ ])(?:the )?(?:root )?cause(?: of (?:[^ ]+ ){{1,3}}?)?(?: was| is| :)(?: simply| just| clearly)? §(?! 's)"
        rf"|(?<![^ ])(?:pin|pinned|put|lay|laid|chalk|chalked)(?: (?:this|it|that|the blame|the outage|the incident"
        rf"|the whole thing))?(?: one)?(?: down| up)? (?:on|to) §"
        rf"|{SUBJ}{FILL} (?:dropped|drops|drop) the ball|the ball (?:was|got) dropped by §"
        rf"|(?<![^ ])(?:caused|brought about) by §"
        rf"|(?<![^ ])(?:the |this |that |an? )?(?:[a-z-]+ )?{_OUTCOMES}(?: (?:was|were|got))? triggered by §"
        rf"|(?<![^ ])(?:mistake|fault|error|blunder|screw-up|screwup) (?:is|was|'s|came|comes) (?:from|of|by|because of) §",
        FAULT,
        ("ball", MISTAKE),
        ("mistake", MISTAKE),
        ("typo", MISTAKE),
        ("error", MISTAKE),
        ("screw", MISTAKE),
        ("blunder", MISTAKE),
        ("careless", TRAIT),
        ("negligen", TRAIT),
        ("sloppi", TRAIT),
        negatable=True,
        words=_FAULT_WORDS,
    ),
    _family(
        FAULT_PLACED,
        rf"(?<![^ ])(?:this|that|it|the {_OUTCOMES}|(?:this|that|today 's|the whole) {_OUTCOMES})(?: one| all)?"
        rf"(?: 's| is| was)(?: all)?"
        rf"(?: (?:squarely|entirely|totally|completely|really|mostly|clearly|honestly|frankly|partly|largely|sort of"
        rf"|kind of|kinda|sorta|a bit|a little|pretty much|at least partly|(?!only)[a-z]{{3,}}ly))* on §(?! 's)"
        rf"(?! (?:[a-z]+ )?(?:board|backlog|list|agenda|plate|radar|side|way)(?![^ ]))",
        FAULT,
        negatable=True,
        words="on",
        also="this that it outage incident failure loss mess miss downtime breakage problem",
    ),
    # -- destructive verbs with a person as the subject --------------------------------------
    _family(
        DESTROYED,
        rf"{SUBJ}{FILL} (?:(?:blew|blows|blown|blow|has blown) (?:away|up)|(?:blew|blown) (?:[^ ,;.]+ ){{1,3}}away"
        rf"|(?:messed|messes|messing|screwed|screws|screwing|fouled|mucked|cocked|stuffed|stuffs|stuffing|balls|ballsed"
        rf"|bollocksed|bodged|goofed|effed|f-ed|fucked|buggered)(?: [^ ,;.]+){{0,3}}? up"
        rf"|(?:goofed|flubbed|bodged|botched it|blew it|fumbled it|screwed|made a (?:[a-z]+ )?(?:mess|hash) of)"
        rf"|(?:broke|breaks|broken|break)(?! (?:(?:it|them|this|that|things|everything) )?(?:in)(?![^ ])"
        rf"| (?:[^ ,;.]+ ){{0,3}}?(?:into|down|apart|out|up|even|free|away|rank|open|through)(?![^ ])| (?:the |a |new |some )?(?:ground|news|silence|tie|ice|glass|record"
        rf"|deadlock|habit|cycle|loop|chain|spell|fall|stalemate)(?![^ ]))"
        rf"|{_DESTROY}|(?:took|takes|take|taken|brought|brings|bring) down(?! (?:the |a |an )?(?:[^ ]+ ){{0,2}}{_NOT_TAKEN_DOWN}(?![^ ]))){END}"
        rf"|§ 's (?:[^ ,;.]+ )?(?:changes|commits|pushes|scripts|merges|prs|configs|commands|patches|deploys|updates"
        rf"|edits|queries|migrations|releases|rollouts|hotfixes|upgrades|jobs) (?:[a-z]+ )?(?:always |usually |often"
        rf" |regularly |routinely |invariably |reliably |somehow |still |constantly |keep |tend to )?(?:break|take down"
        rf"|bring down|wipe|nuke|kill|crash|corrupt|cause|trigger|page|wake|fail|knock over|knock out)(?![^ ])"
        rf"|§ 's (?:[^ ,;.]+ )?(?:change|commit|push|typo|script|merge|pr|config|command|patch|deploy"
        rf"|update|edit|query|migration|rule|release|rollout|hotfix|upgrade|cleanup|job|flag|setting|refactor)"
        rf" (?:(?:is|was|'s|seems to be|seemed to be|looks to be|appears to be|might be|may be|must be|could be) what"
        rf" |(?:is|was) the (?:thing|one) (?:that|which) )?"
        rf"(?:(?:took|brought|knocked) (?:the |our )?[^ ,;.]+(?: [^ ,;.]+)? (?:down|over|offline)|broke|took down|brought down|wiped|blew away|nuked|corrupted"
        rf"|trashed|killed|crashed|locked|deleted|dropped|overloaded|flooded|caused|triggered|started)"
        rf"|{SUBJ}{FILL} (?:pushed|shipped|deployed|merged|made|wrote|committed|applied|ran|rolled out) (?:a|the|another"
        rf"|§ 's) (?:really )?(?:bad|broken|buggy|wrong|sloppy|untested|half-baked|dodgy|garbage)"
        rf" (?:config|change|deploy|migration|commit|query|script|patch|release|build|pr|merge|rule|command)"
        rf"|(?:was|were|got|been|is) (?:broken|messed up|screwed up|botched|wrecked|trashed|nuked|blown away|ruined"
        rf"|corrupted|mangled|bungled|taken down|brought down) by §",
        DESTRUCTIVE,
        ("fat", MISTAKE),
        ("mess", MISTAKE),
        ("screw", MISTAKE),
        ("botch", MISTAKE),
        ("bungl", MISTAKE),
        words=_DESTROY_WORDS,
    ),
    # -- words that blame on their own (they name a person's trait or error) ------------------
    _family(
        WORD,
        r"(?<![^ ])(?:(?:human|operator|user|pilot) error|pebkac|pebcak|layer[- ]?8(?: issue| problem| error)?"
        r"|careless(?:ly|ness)?|sloppy(?! quorum)|sloppily|sloppiness|negligen(?:t|tly|ce)|incompeten(?:t|tly|ce)"
        r"|reckless(?:ly|ness)?|laziness|lazy(?! (?:load|loading|loaded|eval|evaluation|evaluated|init|initialization"
        r"|initialisation|import|iterator|loader))|inattentive|inattention|clueless|stupid(?:ity)?|idiot(?:s|ic)?"
        r"|moron(?:s|ic)?|bone-?headed|brain-?dead|brainless|rookie (?:mistake|error|move)|dumb (?:mistake|move)|amateur(?:ish| hour| move| mistake| error"
        r"| stuff)|amateurs|asleep at the wheel|fat[- ]?finger(?:ed|ing)?|cowboy(?:ed|ing|s)?|yolo(?: 'd|'d|ed)?"
        r"|half-(?:assed|arsed)|slapdash|shoddy|unprofessional(?:ly)?|clowns?|muppets?|numpty|bozos?|inexcusable"
        rf"|{_ALWAYS_PERSONAL}|derelict in (?:[^ ]+ ){{0,3}}?dut(?:y|ies)|dereliction of duty"
        r"|lack of (?:care|attention|diligence|rigou?r|discipline|professionalism|competence|judge?ment|common sense"
        r"|ownership|awareness|focus|skill|understanding)"
        r"|should be (?:fired|disciplined|punished|reprimanded|written up|sacked))(?![^ ])"
        r"(?! to (?:call|say|blame|assume|conclude|think|write|label|pin|describe|dismiss|stop)(?![^ ]))"
        r"|(?<=[^,;:.!?|] )(?:blame|blames|blamed|blaming) §|(?:(?<=^)|(?<=[,;:.!?|] ))blame §(?! 's)",
        MISTAKE,
        ("careless", TRAIT),
        ("sloppy", TRAIT),
        ("sloppi", TRAIT),
        ("negligen", TRAIT),
        ("incompeten", TRAIT),
        ("reckless", TRAIT),
        ("lazy", TRAIT),
        ("lazi", TRAIT),
        ("inattent", TRAIT),
        ("clueless", TRAIT),
        ("stupid", TRAIT),
        ("idiot", TRAIT),
        ("moron", TRAIT),
        ("asleep", TRAIT),
        ("blam", FAULT),
        ("fired", FAULT),
        ("disciplined", FAULT),
        ("punished", FAULT),
        ("reprimanded", FAULT),
        ("written up", FAULT),
        ("sacked", FAULT),
        negatable=True,
        someone=False,
        words=_WORD_WORDS,
    ),
)

"""Idioms that blame, in every form of their verb: "dropped the ball", "phoning it in", "threw the DBA under the bus".

An idiom is written once with its verb in the base form in guillemets ("«phone» it in"); it is matched
with the verb in any form ("phones", "phoned", "phoning", "has phoned") after a person, role or
group, as that person's act ("Leilani was clearly phoning it in"). `§` in an idiom is someone it
is done to ("«hang» § out to dry": "hung the support team out to dry"); `§ 's` is the subject's own
("«take» § 's eye off the ball"). A state said of someone ("was a loose cannon", "half-asleep on the
job") needs no verb. The writer's own ("I dropped the ball on the comms") is their account and
passes; so does a clause that denies it ("nobody was asleep at the wheel").

Patterns read the normalized text of `blame_people` and compile on first use.
"""

from __future__ import annotations

from facilitator.checks.blame_lexicon import SHORTCOMINGS
from facilitator.checks.blame_patterns import DESTRUCTIVE, FILL, JUDGEMENT, MISTAKE, SKIP, SUBJ, Family, _any, _family
from facilitator.checks.blame_readings import verb_forms

IDIOM = "idiom"


def _idiom(text: str) -> str:
    """The pattern of one idiom: each "«verb»" in all its forms, "_" a space, the rest as written."""
    parts = []
    for piece in text.split("«"):
        verb, brace, rest = piece.partition("»")
        parts.append(verb_forms(verb) + rest if brace else piece)
    return "".join(parts).replace("_", " ")


_OBJECT = r"(?:[^ ,;:.!?|]+ ){0,3}?[^ ,;:.!?|]+"
"""Who an idiom is done to: someone ("the support team", "us"), or a word ("left everyone holding the bag")."""

_BOTCHED = (
    "«drop»_the_ball",
    "«drop»_(?:a|an|another|the)_(?:[a-z]+_)?(?:clanger|brick|bollock)",
    "«do»_(?:a|an|such_a|another|the_usual)_(?:[a-z-]+_){0,2}?(?:bodge|bodge_job|botch_job|bodgy_job|dodgy_job|shoddy_job"
    "|sloppy_job|rubbish_job|lousy_job|poor_job|bad_job|crap_job|half-arsed_job|half-assed_job|hatchet_job|slapdash_job"
    "|goof-up|goof|cock-up|balls-up|screw-up|foul-up|muck-up|hash|number|blunder|mess-up|mess|hames|boo-boo|howler)"
    "(?=_(?:on|of|with|in|for|by|when|while|during)(?![^ ])|_[,.;:!?|]|$)",
    "«fluff»_(?:it|the_[a-z-]+|§_'s_[a-z-]+)",
    "«make»_(?:a|an|such_a|another)_(?:[a-z]+_)?(?:hash|mess|pig_'s_ear|dog_'s_breakfast|dog_'s_dinner|meal|muddle"
    "|shambles|balls-up|cock-up|pig's_ear|botch_job|bodge_job|right_old_mess|hames|hames_job|blunder|mess-up)_(?:out_)?of",
    "«make»_(?:a|an|such_a|another)_(?:[a-z]+_)?(?:mess|mess-up|hames|hames_job|balls-up|cock-up|muck-up|screw-up|foul-up"
    "|pig_'s_ear|dog_'s_breakfast|shambles|blunder|boo-boo|clanger|howler)"
    "(?=_(?:with|on|in|by|when|while|during)(?![^ ])|_[,.;:!?|]|$)",
    "«act»_the_(?:maggot|eejit|clown|goat|fool|cowboy|giddy_goat)",
    "«play»_the_(?:fool|goat|giddy_goat|clown)",
    "«screw»_the_pooch",
    "«whiff»_(?:on_)?(?:it|that|this|the_[a-z-]+|[a-z-]+_planning|§_'s_[a-z-]+)",
    "«have»_(?:a|an|another|such_a)_(?:[a-z]+_)?(?:shocker|mare|stinker|howler)(?=_(?:with|on|of|during|in|at|when)(?![^ ])|_[,.;:!?|]|$)",
    "«fumble»_the_(?:handoff|handover|ball|baton)",
    "«drop»_the_baton",
    "«shoot»_(?:him|her|them|your|my|our)sel(?:f|ves)_in_the_(?:foot|knee|kneecap|leg)",
    "«cook»_(?:it|this|that|things|everything|the_(?:whole_)?(?:thing|lot|cutover|deploy|deployment|release|migration"
    "|rollout|config|db|database|cluster|prod|build|cache|upgrade|failover|change))",
    "«take»_" + _OBJECT + "_for_a_ride",
    "«go»_full_(?:[a-z-]+_){0,3}?(?:bull_in_a_china_shop|cowboy|yolo|rogue|chaos_mode|gung-ho|wrecking_ball)",
    "«put»_sand_(?:in|inside|into)_(?:§_'s|the)_garri",
    "anyhow_(?!(?:is|was|were|are|had|has|have|did|does|do|'s|the|a|an|it|that|this)(?![^ ]))[a-z]+",
    "«bite»_off_more_than_§_(?:could|can)_chew",
    "«go»_off_(?:half-cocked|half_cocked|the_rails|script|the_reservation|piste)",
    "«go»_(?:cowboy|rogue|full_cowboy)",
    "«jump»_the_gun",
    "«shoot»_from_the_hip",
    "«fly»_by_the_seat_of_§_'s_pants",
    "«fly»_blind",
    "«play»_(?:fast_and_loose|with_fire|russian_roulette|it_fast_and_loose)",
    "«throw»_caution_to_the_wind",
    "«push»_§_'s_luck",
    "«wing»_(?:it|the_[a-z-]+)",
    "«cross»_§_'s_fingers_and_(?:hope|hoped|hoping|pray|prayed|praying)",
    "(?:just|simply)_«hope»_for_the_best",
    "(?:[a-z]+_){1,2}like_a_bull_in_a_china_shop",
    "(?:«deploy»|«push»|«ship»|«merge»|«restart»|«operate»|«work»|«change»|«roll»_out|«go»_in)_(?:[a-z-]+_){0,2}?blind",
    "[a-z]+_first_(?:,_)?and_(?:§_)?(?:ask|asks|asked|asking)_(?:questions_)?later",
)
_NEGLECTED = (
    "«phone»_(?:it|the_[a-z-]+)_in",
    "«mail»_(?:it|the_[a-z-]+)_in",
    "(?:«phone»|«mail»)_in_(?:the|§_'s|a|an)_(?:[a-z-]+_)?[a-z-]+",
    "«take»_§_'s_eyes?_off_the_(?:ball|dashboard|graphs?|alerts?|metrics)",
    "«fall»_asleep_(?:at_the_(?:wheel|switch)|on_the_job|on_call|on_shift)",
    "«sleep»_on_the_job",
    "«fall»_down_on_the_job",
    "«go»_(?:dark|silent|missing|awol)(?![^ ])",
    "(?:«get»_)?caught_(?:napping|sleeping|flat-footed|off_guard|with_§_'s_(?:pants|trousers)_down)",
    "«walk»_away(?=_[.,;!?|]|$|_from_(?:it|this|that|the_(?:mess|incident|problem|bridge|outage|pager)))",
    "«sleepwalk»_through",
    "«coast»(?=_(?:through|along|all|for|on|and|[.,;!?|]|$))",
    "«zone»_out",
    "«space»_out",
    "«check»_out_(?:during|for|on|halfway)",
    "«bury»_§_'s_head_in_the_sand",
    "«have»_§_'s_head_in_the_(?:sand|clouds)",
    "«stick»_§_'s_head_in_the_sand",
    "«turn»_a_blind_eye",
    "«look»_the_other_way",
    "«sweep»_(?:it|this|that|them|the_[a-z-]+(?:_[a-z-]+)?)_under_the_(?:rug|carpet)",
    "«kick»_the_can_down_the_road",
    "«paper»_over_the_(?:cracks|problem|issue)",
    "«let»_(?:it|this|that|things|the_[a-z-]+(?:_[a-z-]+)?)_(?:slip|fall)_through_the_(?:cracks|net)",
    "«let»_(?:it|this|that|things|the_[a-z-]+(?:_[a-z-]+)?)_slide",
    "(?:didn't|did_not|doesn't|does_not|never|don't|not)_(?:even_)?«pull»_§_'s_(?:own_)?weight",
    "«drag»_§_'s_(?:feet|heels)",
    "«sit»_on_§_'s_hands",
)
_LEFT_TO_CARRY = (
    "«leave»_" + _OBJECT + "_(?:holding_the_(?:bag|baby|can)|in_the_lurch|high_and_dry|to_clean_up)",
    "«hang»_" + _OBJECT + "_out_to_dry",
    "(?:«throw»|«toss»|«chuck»|«shove»|«push»)_" + _OBJECT + "_under_the_bus",
    "«let»_" + _OBJECT + "_down(?![^ ])(?!_(?:gently|easy|slowly))",
    "«drop»_" + _OBJECT + "_in_it",
)
_STATES = (
    "(?:a|an|such_a|the|our|§_'s)_(?:[a-z]+_)?(?:loose_cannon|liability|menace|walking_disaster|accident_waiting_to_happen"
    "|disaster_waiting_to_happen|weak_link|cowboy|bull_in_a_china_shop|wrecking_ball)",
    "(?:like_a_)?bull_in_a_china_shop",
    "(?:(?:running|run|runs|ran|rushing|flapping|flailing|charging)_(?:around|about)_)?like_a_headless_chicken",
    "all_(?:fingers_and_)?thumbs",
    "half-asleep|half_asleep",
    "asleep_(?:at_the_switch|on_the_job|on_(?:the_)?(?:shift|watch|call))",
    "(?:dozing|napping|snoozing|sleeping|nodding_off|kipping|dozed|napped|snoozed|slept|nodded_off)_(?:(?:at|behind)_the_(?:wheel"
    "|switch)|on_(?:the_job|watch|shift|duty))",
    "on_autopilot",
    "(?:on_another_planet|away_with_the_fairies|off_with_the_fairies|head_in_the_clouds|all_over_the_place)",
    "(?:not_up_to_(?:scratch|snuff|par|the_job|the_task)|not_cut_out_for|out_of_§_'s_league)",
    "asleep(?=_(?:during|through|when|while)(?![^ ]))",
)
_CANNOT = (
    "(?:can't|cannot|can_not)_(?:even_)?(?:be_bothered|be_trusted)",
    "(?:can't|cannot|can_not)_even_(?:follow|read|spell|write|use|handle|manage|remember|understand|do|get|run|test"
    "|check|copy|configure|type|count|tell)(?![^ ])(?!_(?:it|them|this|that|those)(?![^ ]))"
    "(?!(?:_[^ ,;:.!?|]+){0,6}?_(?:because|since|when|while|until|as)(?![^ ]))",
)
"""Not up to the simplest part of the job: "can't even follow a runbook", "can't be bothered to ack"."""
_BE = r"(?: (?:was|were|is|are|'s|'re|am|'m|been|be|being|got|seemed|seems|looked|looks|acted|kept|keeps|became))"

IDIOM_FAMILIES: tuple[Family, ...] = tuple(
    _family(
        IDIOM,
        rf"{SUBJ}{FILL}(?:{_BE}{FILL})? (?:" + "|".join(_idiom(idiom) for idiom in idioms) + r")(?![^ ])",
        question,
        negatable=True,
        words=words,
        also=also,
    )
    for idioms, question, words, also in (
        (
            _BOTCHED,
            MISTAKE,
            "shocker mare stinker howler reservation piste ball clanger brick bollock bodge bodgy dodgy shoddy sloppy rubbish lousy poor bad crap arsed assed hatchet slapdash goof cock screw foul muck number fluff fluffs fluffed fluffing hash mess ear breakfast dinner meal muddle shambles balls cock botch bodge pooch "
            "handoff handover baton foot chew cocked half rails script cowboy rogue gun hip pants blind loose fire "
            "blunder hames boo howler maggot eejit clown goat fool "
            "roulette caution luck wing winging winged wings fingers best bull china later whiff whiffs whiffed whiffing "
            "knee kneecap leg cook cooks cooked cooking ride full sand garri anyhow",
            "",
        ),
        (
            _NEGLECTED,
            SKIP,
            "pants trousers guard dark silent awol phone phones phoned phoning mail mails mailed mailing eye eyes asleep job sleepwalk sleepwalked "
            "sleepwalking sleepwalks caught walk walks walked walking coast coasted coasting coasts zone zoned zoning space spaced spacing check checked "
            "checking sand clouds blind way rug carpet can cracks net slide weight feet heels hands",
            "",
        ),
        (_LEFT_TO_CARRY, DESTRUCTIVE, "holding lurch dry bus down clean drop drops dropped dropping", ""),
        (
            _STATES,
            JUDGEMENT,
            "cannon liability menace disaster accident link cowboy china wheel switch chicken thumbs napping dozing snoozing kipping nodding wrecking half asleep autopilot planet fairies "
            "clouds place scratch snuff par cut league",
            "",
        ),
        (_CANNOT, JUDGEMENT, "even bothered trusted", "can cannot"),
    )
)
"""Each family needs a person before the idiom, and one of its words (and of `also`, if it has them)."""

_WORK = (
    r"(?:handover|hand-off|handoff|plan|cutover plan|rollout plan|testing|tests|review|write-up|writeup|runbook|notes"
    r"|prep|preparation|change|config|script|migration|fix|patch|work|ticket|pr|commit|comms|update|investigation"
    r"|rollback plan|checklist|doc|design)"
)
_ASIDE = r"(?: , (?:[^ ,;:.!?|]+ ){1,4}?,)?"
"""An aside between the verb and the verdict: "was, shall we say, not exhaustive"."""
_WRECK = (
    r"(?:a bit of |a real |a complete |an absolute |a total |such |quite |something of )?(?:a |an )?(?:dog 's dinner"
    r"|dog 's breakfast|shambles|mess|joke|disaster|train wreck|trainwreck|pig 's ear|car crash|shitshow|clown show"
    r"|dumpster fire|hot mess|hames)"
)
WORK_JUDGED = _family(
    IDIOM,
    rf"§ 's (?:[a-z-]+ ){{0,2}}?{_WORK}(?: (?:of|for|on|before) (?:[^ ,;:.!?|§]+ ){{1,4}}?)?"
    rf" (?:was|is|were|are|has been|looked|looks){_ASIDE} (?:[a-z]+ly )?(?:{_WRECK}|{_any(SHORTCOMINGS)})(?![^ ])"
    rf"|(?<![^ ])the (?:[a-z-]+ ){{0,2}}?{_WORK} (?:that |which )?§ (?:wrote|made|did|gave|ran|prepared|sent|drafted"
    rf"|pushed|put together|handed over|left)(?: (?:[^ ,;:.!?|§]+ ){{0,3}}?)? (?:was|is|were|looked){_ASIDE}"
    rf" (?:[a-z]+ly )?(?:{_WRECK}|{_any(SHORTCOMINGS)})(?![^ ])"
    rf"|(?<![^ ])the way § (?:[^ ,;:.!?|§]+ ){{1,6}}?(?:was|is|looked|seemed){_ASIDE} (?:[a-z]+ly |a bit |pretty |rather )?"
    rf"(?:{_WRECK}|{_any(SHORTCOMINGS)})(?![^ ])",
    JUDGEMENT,
    negatable=True,
    words="dinner breakfast shambles mess joke disaster wreck trainwreck ear crash shitshow show fire hames "
    + " ".join(SHORTCOMINGS.split()),
)
"""Someone's work judged a wreck or with a shortcoming word: "Siobhán's cutover plan was a bit of a dog's dinner",
"the handover r.okafor wrote was perfunctory", "the way Luana set up retention was cavalier". The same said of a thing ("the plan was a mess") names no one."""

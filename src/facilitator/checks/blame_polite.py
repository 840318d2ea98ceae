"""Blame said politely, by understatement or in corporate words: the fault is the same, only softer.

- an expectation the person did not meet: "one might have expected Maren to check the lag first",
  "I'd have thought the on-call would look at the dashboard", "ideally Tuan would have read the runbook";
- what would have been wise for them: "it would perhaps have been wiser for Efua to wait";
- a failure or a lack "on the part of" someone: "a failure on the part of the DBA to follow the process";
- their work or conduct found wanting: "Gaurav's handling of the escalation fell somewhat short";
- doubt that they understood: "I am not entirely convinced Luis fully appreciated the risk";
- understatement with an aside: "Maren's decision was, shall we say, brave", "not at his most attentive";
- an invitation to reflect: "Efua may wish to reflect on how the change was communicated".

The same said of a thing passes ("one might have expected the alert to fire", "the dashboard's coverage
fell short"), and so does the writer's own ("I was, to put it mildly, not at my most attentive").
Patterns read the normalized text of `blame_people` and compile on first use.
"""

from __future__ import annotations

from facilitator.checks.blame_patterns import CARE, FILL, HINDSIGHT, JUDGEMENT, SUBJ, Family, _any, _branches

POLITE = "polite blame"

_CARE_WORDS = _any(
    "thorough careful attentive diligent rigorous cautious meticulous vigilant alert focused prudent sharp sharpest "
    "best careful_as"
)
_ASIDE = (
    r"(?: ,)? (?:let § say|shall § say|to put it (?:mildly|kindly|politely|charitably|gently)|how (?:shall|should) § put"
    r" it|if § 'm honest|it must be said|one might say)(?: ,)?"
)
"""An aside that marks an understatement: "was, shall we say, brave"."""
_BRAVE = _any(
    "brave bold creative optimistic adventurous interesting courageous ambitious heroic novel innovative relaxed casual "
    "generous liberal unorthodox imaginative original"
)

POLITE_FAMILIES: tuple[Family, ...] = (
    *_branches(
        POLITE,
        HINDSIGHT,
        (
            "expected thought ideally",
            r"(?<![^ ])(?:§|one|anyone|you) (?:might|would|could|should)(?: reasonably| perhaps| surely)? (?:have|'ve)"
            r" (?:expected|hoped for|thought|assumed) (?:that )?§(?! 's) (?:to|would|'d) (?!have been able)[a-z][\w-]*"
            r"(?![^.!?|]*(?<![^ ])(?:and|which) § (?:did|had|was|has)(?![^ ]))"
            r"|(?:(?<=§ 'd )|(?<=§ 'd have ))(?:thought|expected|assumed) (?:that )?§(?! 's) (?:would|'d|to) [a-z][\w-]*"
            r"|(?<![^ ])ideally(?: ,)? §(?! 's) (?:would|should|could|'d) (?:have|'ve) [a-z][\w-]*",
        ),
        (
            "wise wiser prudent sensible advisable preferable better",
            r"(?<![^ ])(?:would|might|could)(?: perhaps| probably| arguably| certainly| surely)? (?:have|'ve) been"
            r" (?:(?:a (?:little|bit|touch) |much |far |rather |somewhat )?(?:more )?)?(?:wise|wiser|prudent|sensible"
            r"|advisable|preferable|better) for §(?! 's) to [a-z][\w-]*",
        ),
        (
            "part failure lack lapse shortfall breakdown",
            r"(?<![^ ])(?:a |an |some |certain |a certain |the )?(?:failure|lack of (?:[a-z-]+ ){0,2}?[a-z-]+|lapse"
            r"|shortfall|breakdown) on the part of §(?! 's)",
        ),
        (
            "short below expected standard par expectations bar",
            r"§ 's (?:[a-z-]+ ){0,2}?(?:handling|performance|work|conduct|response|judge?ment|attention to detail|approach"
            r"|diligence|behaviou?r)(?: (?:of|during|on|in) (?:the |this |that )?(?:[a-z-]+ ){0,2}?[a-z-]+)?"
            r" (?:fell|falls|has fallen|was|is|has been)(?: [a-z]+ly| well| a little| a bit| rather| somewhat)? (?:short|below"
            r" (?:par|expectations|(?:the |our )?(?:expected )?(?:standard|bar))|not up to (?:standard|scratch|par|the mark))(?![^ ])",
        ),
        (
            "appreciated understood grasped considered realised realized",
            r"(?<![^ ])(?:not (?:entirely |totally |completely |fully |really )?(?:sure|convinced|certain|persuaded)(?: that)?"
            r"|(?:doubt|wonder)(?: whether| if)?) §(?! 's)(?: fully| really| quite| properly| entirely)? (?:appreciated"
            r"|understood|grasped|considered|realised|realized|thought through)(?![^ ])",
        ),
    ),
    *_branches(
        POLITE,
        JUDGEMENT,
        (
            "let shall mildly kindly politely charitably gently honest must",
            rf"§ 's (?:[a-z-]+ ){{0,5}}?(?:was|is|were){_ASIDE} (?:[a-z]+ly |rather |quite |a little |somewhat )?{_BRAVE}(?![^ ])"
            rf"|{SUBJ}{FILL} (?:was|were|is){_ASIDE} not (?:exactly |quite |entirely |always )?(?:at § 's (?:most )?"
            rf"|the most |as |so ){_CARE_WORDS}(?![^ ])",
        ),
        (
            "respect",
            r"(?<![^ ])with (?:the (?:greatest|utmost|very greatest) |all due |great |due |all )?respect to §(?! 's)(?: ,)?"
            r" (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,6}?(?:was|were|is) (?:not (?:entirely |particularly |terribly |very "
            r"|all that )?(?:well|wisely|carefully) (?:judged|considered|thought through|executed|handled|timed|planned)"
            r"|ill-judged|ill-advised|ill-considered|(?:a )?(?:poor|questionable|bad|regrettable) (?:call|decision|choice))",
        ),
        (
            "described called characterised characterized",
            r"§ 's (?:approach|attitude|handling|stance|way|relationship) (?:to|of|with) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ )"
            r"{1,4}?(?:could|can|might|would) (?:best |charitably |kindly |generously |politely |fairly )?be (?:described"
            r"|called|characteri[sz]ed) as (?:[a-z]+ly )?(?:relaxed|casual|creative|optimistic|flexible|liberal|brave|bold"
            r"|loose|generous|cavalier|laid-back|informal|improvised|adventurous)(?![^ ])",
        ),
        (
            "thorough careful attentive diligent rigorous cautious meticulous vigilant alert focused prudent sharp",
            rf"{SUBJ}{FILL} (?:was|were|is|'s)(?: perhaps| maybe| possibly)? not (?:quite |entirely |altogether |exactly )?"
            r"(?:as|so) (?:thorough|careful|attentive|diligent|rigorous|cautious|meticulous|vigilant|alert|focused"
            r"|prudent) as (?:§|one|anyone) (?:might|would|could|had|'d)(?: have)? (?:hoped|liked|expected|wished|wanted)",
        ),
    ),
    *_branches(
        POLITE,
        CARE,
        (
            "reflect",
            rf"{SUBJ}{FILL} (?:may|might|could) (?:wish|want|like|care) to reflect on"
            rf"|{SUBJ}{FILL} (?:would do well|might do well|should take (?:some )?time|needs to take (?:some )?time) to reflect"
            r" on",
        ),
    ),
)
"""Every branch needs someone in the text; the writer's own ("we may wish to reflect") passes."""

"""Correctives aimed at a person, by what they do rather than by their words: the fix is the person.

- a gate on one person's output: "require a second approver on anything Hiroshi ships", "all of
  Bilal's changes need a second reviewer", "everything Luis pushes gets reviewed by a senior";
- a person told to do something: "require Rashid to get sign-off", "make Hana sit the onboarding
  again", "schedule a one-on-one with Hana about attention to detail";
- less access for a person: "Katarzyna gets read-only access to prod", "limit Tuan's rights";
- an apology or the outcome to own: "@rafa to write an apology to support", "that person needs to
  own this";
- an exhortation to care aimed at someone: "Owner: Aisha — be more careful when editing DNS".

The same verbs aimed at a system pass: "require two approvers on changes to the firewall module",
"Sanjay to retrain the anomaly model", "Lars to revoke the long-lived deploy tokens". Patterns read
the normalized text of `blame_people` and compile on first use.
"""

from __future__ import annotations

from facilitator.checks.blame_aimed import AIMED, SUPPORT
from facilitator.checks.blame_patterns import FILL, SUBJ, Family, _any, _branches

_OUTPUT = _any(
    "ships pushes merges deploys touches writes submits makes opens commits changes releases runs approves does sends "
    "rolls_out puts_out authors owns builds configures edits ship push merge deploy touch write submit make open "
    "commit change release run approve do send roll_out author own build configure edit"
)
"""What a person turns out: "anything Hiroshi ships", "every change Yusra makes"."""
_OUTPUT_NOUNS = _any(
    "changes change prs pr pull_requests deploys deploy deployments commits commit configs config migrations migration "
    "scripts script releases release work code merges merge queries query patches patch rollouts rollout edits edit"
)
_OUTPUT_OF = (
    rf"(?:anything|everything|whatever|all|any|every|each)(?: (?:new |future |single )?{_OUTPUT_NOUNS})?"
    rf"(?: that| which)? §(?! 's) (?:[a-z]+ )?{_OUTPUT}(?![^ ])"
)
"""One person's output: "anything Hiroshi ships", "every change Yusra makes"."""
_GATE = (
    r"(?:review|reviews|reviewed|reviewer|reviewers|approval|approvals|approver|approvers|approve|approved|sign-off"
    r"|signoff|signed off|sign off|double-check|double-checked|checked|vetted|vet|gate|gated|supervised|supervision"
    r"|oversight|second pair of eyes|second set of eyes|two-person|2-person|buddy|watched|monitored|blocked|held|block"
    r"|hold|(?:go|goes|went|to go) through (?:§|a review|review|approval|sign-off)"
    r"|(?:require|requires|required|need|needs|needed|add|assign|get|gets|with|have|put|place) (?:a |an |another |two |2 )?"
    r"(?:second |extra |additional |senior |mandatory |more )?§)"
)
"""A gate: a review or an approval, or a second person to give one ("a second approver" reads "a second §")."""
_GATE_WORDS = (
    "review reviews reviewed reviewer reviewers approval approvals approver approvers approve approved sign signoff "
    "signed double checked vetted vet gate gated supervised supervision oversight pair set two person buddy watched "
    "monitored blocked held block hold require requires required need needs needed add assign get gets with have put "
    "place through"
)
_DO = _any(
    "to get to_obtain to_have to_go_through to_sign to_pass to_attend to_take to_complete to_redo to_repeat to_retake "
    "to_sit to_read to_re-read to_reread to_explain to_justify to_write to_present to_shadow to_pair to_check "
    "to_double-check to_confirm to_run_every to_ask to_clear to_submit to_follow to_use"
)
_CONDUCT = _any(
    "attention attentiveness detail details care carefulness diligence conduct behaviour behavior performance "
    "professionalism attitude discipline reliability mistakes mistake errors error slip-ups lapses focus rigour rigor "
    "accountability ownership responsibility timeliness responsiveness expectations process_adherence following "
    "what_went_wrong § 's_(?:[a-z-]+_)?(?:work|mistakes|errors|approach|attitude|conduct|performance|habits|handling)"
)
_CARE = (
    r"(?:be|stay|get) (?:a (?:lot|bit|little) |much |far |way )?more (?:careful|attentive|vigilant|thorough|diligent"
    r"|focused|alert|cautious|disciplined)|pay (?:more|closer|better|proper) attention|take (?:more|extra|greater|better)"
    r" care|double-check (?:your|§ 's) (?:work|changes|commands)|think before (?:you|§) (?:type|push|deploy|merge|run)"
    r"|stop (?:deploying|pushing|merging|shipping|skipping|ignoring|touching|restarting|running|editing|force-pushing)"
)

CORRECTIVE_FAMILIES: tuple[Family, ...] = _branches(
    AIMED,
    SUPPORT,
    (
        "ships pushes merges deploys touches writes submits makes opens commits changes releases runs approves does "
        "sends rolls puts authors owns builds configures edits ship push merge deploy touch write submit make open "
        "commit change release run approve do send roll author own build configure edit",
        rf"(?<![^ ]){_GATE}(?![^ ])[^.!?|]*?(?<![^ ]){_OUTPUT_OF}"
        rf"|(?<![^ ]){_OUTPUT_OF}(?=[^.!?|]*?(?<![^ ]){_GATE}(?![^ ]))",
        _GATE_WORDS,
    ),
    (
        "changes prs pull deploys deployments commits configs migrations scripts releases work code merges queries "
        "patches rollouts edits",
        rf"(?<![^ ])(?:all|any|each|every one) of § 's (?:[a-z-]+ )?{_OUTPUT_NOUNS}(?![^ ])"
        rf"|§ 's (?:[a-z-]+ )?(?:changes|prs|pull requests|deploys|deployments|commits|configs|migrations|scripts"
        rf"|releases|work|code|merges|queries|patches|rollouts|edits) (?:need|needs|must|should|will|to|have to"
        rf"|are to|get|go)(?: now| all| also| each)?(?: (?:be|get|have|go through|pass through|need|require))?(?: (?:a|an|another"
        rf"|two|2|one more|extra|mandatory|manual|senior))?(?: [a-z-]+)? {_GATE}(?![^ ])",
        _GATE_WORDS,
    ),
    (
        _GATE_WORDS,
        rf"(?<![^ ])(?:all|any|each|every one|everything|anything) of § 's (?:[a-z-]+ ){{0,2}}?[a-z-]+"
        rf"(?=[^.!?|]*?(?<![^ ]){_GATE}(?![^ ]))",
        "all any each every everything anything",
    ),
    (
        "require requires required force forced oblige mandate order instruct make put place keep",
        rf"(?:^|(?<=[,;:.!?|—–-] )|(?<=and )|(?<=we )|(?<=§ )|(?<=should )|(?<=must )|(?<=will )|(?<=to ))"
        rf"(?:require|force|oblige|mandate|order|instruct) §(?! 's) (?:[a-z]+ )?{_DO}(?![^ ])"
        r"|(?:^|(?<=[,;:.!?|—–-] )|(?<=and )|(?<=to ))make §(?! 's) (?:sit|redo|repeat|retake|attend|go through|re-?read"
        r"|explain|justify|present|apologi[sz]e|shadow|write up|sign|double-check|triple-check|check|clear|run|pair"
        r"|confirm)(?![^ ])"
        r"|(?:^|(?<=[,;:.!?|—–-] )|(?<=and )|(?<=to )|(?<=should )|(?<=must ))(?:put|place|keep) §(?! 's) under"
        r" (?:closer |close |more |strict |tight |direct |constant |extra )?(?:supervision|watch|observation|review"
        r"|scrutiny|oversight|monitoring)(?![^ ])",
    ),
    (
        "ban bar block kick suspend exclude lock banned barred blocked kicked suspended excluded locked",
        r"(?:^|(?<=[,;:.!?|—–-] )|(?<=and )|(?<=should )|(?<=must )|(?<=to )|(?<=will ))(?:ban|bar|block|kick|suspend"
        r"|exclude|lock) §(?! 's) (?:from|out of) (?:the |any |all )?(?:[a-z-]+ ){0,3}?[a-z-]+(?![^ ])",
    ),
    (
        "changes prs pull deploys deployments work commits merges configs releases code scripts migrations",
        r"(?<![^ ])(?:look over|looking over|looks over|go over|going over|review|reviewing|check|checking|vet|vetting"
        r"|watch|watching|double-check|double-checking|sign off on|signing off on) (?:all |every |each |any )?(?:of )?"
        r"§ 's (?:[a-z-]+ )?(?:changes|prs|pull requests|deploys|deployments|work|commits|merges|configs|releases|code"
        r"|scripts|migrations)(?: [^ ,;:.!?|]+){0,3}? (?:for the (?:next|rest|coming|foreseeable)|for a (?:while|bit)"
        r"|for now|until|from now on|going forward|in future|for the time being)(?![^ ])",
    ),
    (
        "shoulder",
        r"(?<![^ ])(?:watch|watching|watches|watched|look|looking|looks|stand|standing|breathing|hover|hovering) over § 's"
        r" shoulder",
    ),
    (
        "redo retake repeat complete attend pass finish sit do",
        rf"{SUBJ}{FILL} (?:must|should|to|needs? to|has to|is to) (?:redo|retake|repeat|complete|attend|pass|finish|sit"
        r"|do|re-do) (?:the |a |an |§ 's )?(?:[a-z-]+ ){0,2}?(?:training|onboarding|course|quiz|certification|exam"
        r"|refresher|module|test|drill)(?: again)? (?:before|until|prior to) (?:§ |getting |regaining |touching |going"
        r" |being |taking |doing |any )",
    ),
    (
        "bar ban block stop prevent keep barred banned blocked stopped prevented kept",
        r"(?<![^ ])(?:bar|ban|block|stop|prevent|keep|barred|banned|blocked|stopped|prevented|kept) §(?! 's) from"
        r" (?:ever )?(?:touching|deploying|pushing|merging|accessing|running|changing|editing|approving|being on|going near"
        r"|working on|shipping|releasing|logging into|getting near)(?![^ ])",
    ),
    (
        "ask check tell wait test confirm approval sign permission double ping",
        rf"{SUBJ}{FILL} (?:must|should|needs? to|has to|have to|must to|should to|is to|to) (?:always |first )?(?:ask"
        r"|check|tell|wait|test|confirm|get (?:approval|sign-off|permission)|double-check|run the tests|ping someone)"
        r"(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,3}? before § (?:deploy|deploys|deploying|push|pushes|pushing|merge|merges"
        r"|change|changes|touch|touches|run|runs|restart|restarts|release|releases|ship|ships)(?![^ ])",
        "before",
    ),
    (
        "schedule book arrange set have hold plan",
        r"(?<![^ ])(?:schedule|book|arrange|set up|have|hold|plan) (?:a|an) (?:[a-z-]+ )?(?:one-on-one|1:1|1-on-1"
        r"|one-to-one|1-to-1|chat|talk|conversation|meeting|word|sit-down|session|coaching session|review) with §(?! 's)"
        rf" (?:about|on|regarding|re|around|concerning) (?:§ 's |the |[a-z-]+ )?(?:{_CONDUCT}|(?:missed|failed|skipped"
        r"|forgotten|late|ignored|dropped) [a-z-]+)(?![^ ])"
        r"|(?<![^ ])(?:schedule|book|arrange|set up|have|hold|plan|start) (?:a|an) (?:performance|disciplinary|corrective"
        r"|coaching|feedback|hr|behaviou?r|conduct|formal) (?:[a-z-]+ )?(?:conversation|chat|talk|meeting|review"
        r"|discussion|session|one-on-one|1:1) with §(?! 's)",
    ),
    (
        "access rights permissions privileges role keys",
        rf"{SUBJ}{FILL} (?:gets|get|got|will get|should get|to get|has|to have|will have|should have|keeps|moves to"
        r"|goes to|drops to|is limited to|is restricted to|to be limited to|to be restricted to|is moved to|to be moved to)"
        r" (?:read-only|readonly|read only|restricted|limited|reduced|supervised|viewer|view-only|no more|only read)"
        r"(?: [a-z-]+)? (?:access|rights|permissions|privileges|role)(?![^ ])"
        r"|(?<![^ ])(?:restrict|limit|reduce|downgrade|cut|curb|narrow|scale back) § 's (?:[a-z-]+ ){0,2}?(?:access"
        r"|rights|permissions|privileges|role)(?![^ ])"
        r"|(?<![^ ])(?:move|downgrade|drop|demote) §(?! 's) to (?:a )?(?:read-only|readonly|viewer|view-only|restricted)"
        r"|(?<![^ ])(?:take|taking|took|strip|stripping|pull|pulling|revoke|revoking|yank|yanking|suspend|suspending)"
        r"(?: away)? § 's (?:[a-z-]+ ){0,2}?(?:access|rights|permissions|privileges|keys)(?: away| off)?(?![^ ])"
        r"(?!(?: [^ ,;:.!?|]+){0,4}? (?:when|once|after|as|before|on|because|since|until)(?![^ ]))",
    ),
    (
        "apology apologies culpa",
        rf"{SUBJ}{FILL} (?:to|should|must|needs? to|has to|will|shall|is to|'s to|ought to) (?:write|send|issue|make"
        r"|post|give|deliver|offer|publish|owe) (?:a |an |§ )?(?:[a-z-]+ )?(?:apology|apologies|mea culpa)(?![^ ])",
    ),
    (
        "own ownership responsibility answer accountable carry",
        rf"{SUBJ}{FILL} (?:needs? to|has to|have to|must|should|ought to|to|will have to|better) (?:own|take ownership of"
        r"|take (?:the )?responsibility for|answer for|be (?:held )?accountable for|carry the can for|carry)"
        r" (?:this|it|that|the (?:[a-z-]+ )?(?:outage|incident|mistake|failure|mess|fallout|consequences|blame|damage"
        r"|breakage|downtime))(?![^ ])",
    ),
    (
        "careful attentive vigilant thorough diligent focused alert cautious disciplined attention care double think "
        "stop",
        rf"(?:^|(?<=[,;:.!?|—–-] )|(?<=please )){_CARE}(?![^ ])",
    ),
)
"""Every branch needs someone in the text; the writer's own ("I will be more careful") passes."""

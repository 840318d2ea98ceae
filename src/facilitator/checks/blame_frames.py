"""Blame a sentence talks *about* rather than says: reported, rejected or reframed.

A blaming phrase passes when its sentence frames it so:

- the words before it reject or reframe it: "I don't think it's fair to say the DBAs missed
  this", "instead of asking why she missed it, ...", "I'm not saying Mei forgot", "it's
  tempting to say the on-call was slow, but ...";
- a document reported it: "the draft said the on-call was careless; we dropped that";
- the sentence goes on to withdraw it: "...; we dropped that", "...; that's blame".

Patterns read the normalized text of `blame_people` and compile on first use.
"""

from __future__ import annotations

import re

from facilitator.checks.blame_lazy import LazyPattern

_SAY = (
    r"(?:ask|asks|asking|asked|say|says|saying|said|write|writes|writing|wrote|blame|blames|blaming|blamed"
    r"|conclude|concluding|assume|assuming|wonder|wondering|call|calling|claim|claiming|suggest|suggesting"
    r"|imply|implying|point|pointing|think|thinking|frame|framing|phrase|phrasing|record|recording)"
)
_DOCUMENT = (
    r"(?:draft|doc|document|postmortem|post-mortem|write-up|writeup|report|ticket|comment|thread|headline|email"
    r"|summary|title|slide|version|original|note|notes|message|line|sentence|phrase|wording|quote|template|chat"
    r"|channel|tweet|retro|timeline entry|status page|slack message|first pass|earlier draft|old wording|complaint"
    r"|feedback|survey|post|article|forum|press|news|blog|transcript|minutes|comments|messages|reply|replies|response"
    r"|rca|analysis|gut|instinct|intuition|hunch|reaction)"
)
_REPORTER = (
    r"(?:participant|attendee|colleague|stakeholder|member|person|individual|teammate|peer|guest|executive|director"
    r"|observer|voice|analyst|lead|participants|attendees|colleagues|stakeholders|members|people)"
)
"""Someone who holds a view, named by what they are: "one participant suggested the DBA was at fault"."""
BEFORE = LazyPattern(
    r"(?<![^ ])(?:"
    rf"(?:instead of|rather than|not by|without) {_SAY}"
    rf"|(?:avoid|avoided|avoiding|avoids|stop|stopped|stopping|quit|resist|resisted|resisting|don't|do not|never"
    rf"|won't|didn't|not|no more|no longer|shouldn't|should not|refuse to|refused to|try not to) {_SAY}"
    rf"|(?:the|a|an|our|that|this|one|§ 's|[a-z]+ 's|several|some|many|a few|two|three|early|earlier|older|first)"
    rf" (?:[a-z-]+ )?{_DOCUMENT}(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){{0,3}}?"
    r" (?:said|says|read|reads|claimed|claims|called|calls|had|has|stated|states|blamed|blames|suggested|suggests"
    r"|implied|implies|framed|concluded|concludes|went|goes|put it|accused|accuses|described|describes|speculated"
    r"|asserted|alleged|insisted|argued|assumed|criticised|criticized|faulted|attributed|pinned|singled out"
    r"|used to (?:say|read|claim|blame)|calling|saying|claiming|blaming|suggesting|describing|accusing|implying|naming)"
    r"|(?:n't|not|never|¬|no one|hardly) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,4}?(?:fair|right|true|accurate|helpful|useful|correct"
    r"|reasonable|ok|okay|kind|the point|the same as) to (?:say|claim|write|suggest|conclude|call|assume|blame|think"
    r"|pin|put)"
    r"|(?:\w*n't|not|never|¬|no one) (?:about |at |on )?(?:why|who|whether)"
    r"|(?<!hard )(?<!difficult )(?<!impossible )(?<!tough )(?:\w*n't|not|never|¬|no one) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,2}?"
    r"(?:think|thinks|believe|believes|saying|claiming|suggesting"
    r"|feel|feels|felt|find|found|consider|considered|convinced|sure|certain|call|calling|describe|see|view|regard"
    r"|thought|believed|suggested|claimed|accused|blamed"
    r"|implying|blaming|accusing|mean|meaning|say|said|pretend|pretending|that|because|about whether|about who)"
    r"|(?:tempting|easy|natural|lazy|unfair|wrong|pointless|unhelpful) to (?:say|conclude|think|blame|write|assume"
    r"|ask|claim|pin|call|describe|label|characteri[sz]e)"
    r"|(?:questions?|phrases?|words?|language|wording|sentences?|comments?|statements?|lines?) (?:like|such as)"
    r"|(?:replace|replaced|replacing|rewrite|rewrote|rewriting|reword|reworded|rewording|rephrase|rephrased) [\"“‘']"
    r"|(?:heard|hear|hearing) (?:people|folks|someone|§) (?:say|saying|ask|asking)"
    r"|the (?:old |first |initial |earlier |original )?(?:framing|story|narrative|take|explanation|theory"
    r"|assumption|rumou?r|claim|accusation|suggestion|idea|speculation|guess|impression) (?:was|went|is|that)"
    r"|(?:people|folks|someone|somebody|some|a few|others|the channel|chat|everyone|a couple of|customers?|users?"
    r"|clients?|partners?|reporters?|journalists?|[a-z]{3,}ers|(?:a|an|one|another|some|the) (?!other|latter|former)[a-z]{3,}er"
    rf"|(?:a|an|one|another|some|several|two|three|a few|many|the other) (?:[a-z-]+ )?{_REPORTER}s?)"
    r" (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,4}?(?:said|saying|claimed|claiming|suggested|suggesting|assumed|assuming|speculated"
    r"|speculating|posted|typed|wrote|writing|asked|asking|guessed|guessing|joked|joking|think|thought|thinking"
    r"|suspected|suspecting|wondered|worried|tweeted|emailed|messaged|told|wrote in|called in|called|labell?ed|felt|feel"
    r"|described|insists|alleges|suggests|believes|thinks|claims|says"
    r"|believe|believed|insisted|insisting|argued|arguing|muttered|commented|complained|accused|blamed|blaming|accusing)"
    r"|(?:at first|initially|early on|originally|first) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,3}?(?:thought|assumed|believed|suspected"
    r"|guessed|said|blamed|wondered)"
    r"|(?:\w*n't|not|never) (?:about|a matter of|a question of|because)"
    r"|(?:disagree|don't agree|do not agree|reject|rejected|dispute|disputed|doubt|don't buy|do not buy|challenge"
    r"|challenged)(?: with)?(?: the (?:idea|claim|notion|suggestion|view|framing))? that"
    r"|(?:not true|untrue|no evidence|nothing to suggest|false|a myth|not the case) that"
    r"|(?:not|n't) (?:like|as if|as though)|far from|anything but|nothing to do with|no reflection on"
    r"|§ (?:said|says|told (?:me|us|them|the [a-z]+)|mentioned|admitted|explained|noted|shared|wrote|posted|reported"
    r"|claimed|suggested|commented|muttered|insisted|alleged|argued|speculated|complained|hinted|implied|joked"
    r"|typed|tweeted)(?: (?:afterwards|later|openly|candidly|frankly|privately|quietly|at once|[a-z]+ly))?"
    r"(?: (?:in|on|at|during|over) (?:the |a |§ 's )?[a-z-]+(?: [a-z-]+)?)?(?: that)?(?= §(?! (?:would|'d(?! been| had| already)|will|was going to)(?![^ ])))"
    r"|§ (?:told|tells|telling) §(?: that)?"
    r"|(?:§ )?(?:attributes|attributed|attribute|attributing) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,4}?to(?= )"
    r"|(?:was|is|'s) (?:never|not) (?:a case of|about)"
    r"|§ (?:wonder|wondered|'m wondering|am wondering|was wondering|do wonder)(?: [a-z]+ly)? (?:whether|if)"
    r"|(?:asked|asks|asking|ask|wondered|wonders|wondering|questioned|questioning)(?: (?:§|(?:in|on|at|during|over)"
    r" (?:the |a |§ 's )?[a-z-]+(?: [a-z-]+)?|aloud|openly|privately|later|again|first|[a-z]+ly))* (?:whether|if)"
    r"|(?:giving out|moaning|grumbling|griping|whinging|whining|complaining|muttering|ranting|venting|sniping|finger-pointing)"
    r" (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,5}?(?:about|at)"
    r"|(?:(?<=^)|(?<=[,;:.!?|] ))(?:to be clear|to set the record straight|just to clarify|to clarify|for clarity"
    r"|let me be clear|let 's be clear)(?: ,| :)?(?= § (?:didn't|did not|never|wasn't|was not|hadn't|had not|isn't|is not"
    r"|doesn't|does not)(?![^ ]))"
    r"|(?:§|people|folks|others|some|a few) (?:[^ ,;:.!?|]+ ){0,5}?(?:is|are|was|were|'s|'re|has been|have been|had been"
    r"|keep|keeps|kept)(?: already| still| now| openly| loudly)? (?:saying|claiming|suggesting|implying|blaming"
    r"|accusing|speculating|insisting|posting|tweeting|writing|asking|calling|labell?ing|branding)"
    rf"|according to (?:§|(?:the|a|an|our|one|some|that|this|§ 's) (?:[a-z-]+ )?{_DOCUMENT}|(?:some|many|a few) [a-z]+)"
    r"|(?:worried|worries|afraid|feared|fears|concerned|scared|nervous|anxious)(?: that| about whether)?(?= §)"
    r"|§ (?:would|might|will|may|could) (?:think|say|assume|conclude|believe|blame)"
    r"|no way(?: that)?|(?:at no point|at no time|in no way|not once|nowhere) (?:did|was|were|had|has|have|do|does)"
    r"|(?:hard|difficult|impossible) to (?:argue|say|claim|believe|conclude|see how)(?: that)?"
    r"|(?:\w*n't|not|never) (?:a|the|one) (?:story|question|case|matter|tale) (?:about|of)"
    r"|(?:no|zero|little|not any|not a shred of|not a single) (?:evidence|sign|signs|indication|proof|suggestion"
    r"|basis for (?:saying|thinking)|reason to (?:think|believe|say))"
    r"(?: that| of)?"
    r"|(?:push|pushed|pushing|pushes) back (?:on|against)(?: the (?:idea|claim|notion|suggestion|view|framing))?(?: that)?"
    r"|(?<!or )(?:not|none of|neither|nor)(?: (?:something|anything|a thing|one thing)(?: that| which)?)?(?= [§¬])"
    r"|(?:what|something that|a thing that) (?:looked|looks|seemed|seems|appeared|appears|sounded|sounds) (?:like|to be)"
    r"|(?<=[a-z] )(?:as to |about |on |over |of |regarding )?whether(?! or not)"
    r"|(?:it|this|that) (?:wasn't|was not|isn't|is not|'s not|was never|is never|wasn't even|was not even)(?= § (?:who|that))"
    r"|(?:was|were|been|got|being) told(?: that)?(?= §)"
    r"|(?:hear|hears|hearing|heard)(?: (?:from|it from)(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){1,3}?)?(?: that)?(?= §)"
    r"|in § 's (?:view|opinion|words|account|version|telling|mind|recollection)"
    r"|(?:reaction|thought|assumption|instinct|fear|worry|guess|feeling|impression|concern|take|belief|view|opinion"
    r"|position|argument|complaint|read|reading) (?:was|is)"
    r"(?: that)?(?= §)"
    r"|(?:the |a |some |any |early |earlier )?(?:rumou?rs?|accusations?|allegations?|claims?|theory|theories"
    r"|speculation|gossip|narrative|suggestions?|talk|chatter|word|perception|impression|notion|idea|assumption"
    r"|comments?|messages?|posts?|remarks?|mutterings?|grumbling|complaints?|jokes?|voices|murmurs?|whispers?"
    r"|belief|sense) (?:(?:[^ ,;:.!?|]|[:.](?=[^ ]))+ ){0,4}?(?:that|was|were|went|is|are)"
    r"|(?:wanted|wants|asked|proposed|suggested|tried) to (?:add|say|write|note|mention|claim|blame|put)"
    r"|(?:messages?|dms?|comments?|posts?|tweets?|emails?|replies|threads?|rumou?rs?|chatter|notes?|voices|whispers"
    r"|texts?|remarks?|jokes?|memes?|complaints?)(?: (?:that|which|who))?(?: (?:[^ ,;:.!?|]|[:.](?=[^ ]))+){0,2}?"
    r" (?:blamed|blaming|blames|blame|accused|accusing|accuses|named|naming|attacked|attacking|criticised|criticized"
    r"|pointed at|pointing at|singled out|called|calling|said|saying|suggested|suggesting|claimed|claiming)"
    r"|(?:none|nothing|no part|neither) of (?:this|that|it|these|those|them)(?: [a-z-]+){0,2}? (?:is|was|are|were"
    r"|comes? down to|came down to|boils down to|boiled down to|has (?:anything )?to do with|had (?:anything )?to do"
    r" with|is about|was about|are about|were about|reflects?|says? anything about|points? (?:to|at))"
    r"|(?:makes?|made|making) (?:it |§ )?(?:easy |easier |possible )?(?:to )?(?:look|seem|appear|feel|sound)(?: like)?"
    r"|(?:quick|quicker|rushed|eager|tempted|ready) to (?:blame|say|assume|conclude|accuse|point)"
    r"|stop(?:ped)? short of (?:calling|saying|blaming)"
    r"|(?:not|n't|never) to (?:say|write|claim|suggest|imply|blame|call|put)"
    r"|the last (?:person|one|people|team|thing) (?:[§¬] )?(?:'d|would|will|could) (?:call|describe|accuse|blame|say)"
    r"|(?:instead of|rather than|in place of)(?= §)"
    r"|from (?:blaming|accusing|pointing (?:fingers )?at)|focus(?:ing|ed|es)? on (?:who|whether|why|blaming)"
    r"|(?:easy|easier|hard|harder|possible|natural|reasonable|likely|tempting|understandable|simple) for(?= §)"
    r"|(?:(?<=^)|(?<=[,;:.!?|] ))(?:calling|saying|blaming|labell?ing|asking|claiming|suggesting|assuming|concluding"
    r"|to (?:call|say|blame|ask|claim|suggest))"
    r"|(?:asking|to ask|asked|ask|wondering|wondered) (?:who|whose|why|whether|if)"
    r"|(?:described|characteri[sz]ed|labell?ed|painted|portrayed|branded) as"
    r"|(?:was|were|been|got|being) (?:accused|critici[sz]ed|called out|singled out) (?:of|for)"
    r"|(?:hypothesis|hunch|suspicion|working theory|first guess|guess) (?:was|is)(?: that)?"
    r"|(?:system|process|tool|tooling|pipeline|runbook|design|ui|console|dashboard|setup|workflow|alerting|config)"
    r" (?:[^ ]+ )?(?:let|lets|allowed|allows|enabled|forced|made|pushed|led)(?= §)"
    r"|(?:from|away from|past|beyond|moving on from|moved on from|move on from) (?:asking )?(?:why|who|whether)"
    r")(?![^ ])"
)
AFTER = LazyPattern(
    r"(?<![^ ])(?:"
    r"§ (?:dropped|removed|struck|deleted|cut|reworded|rephrased|rewrote|changed|replaced|edited|took out|fixed"
    r"|reframed|rejected|challenged|pushed back on|corrected|retracted|withdrew|abandoned|set aside|moved past"
    r"|moved on from|let go of) (?:that|it|this|the)(?: (?:line|sentence|phrase|wording|claim|bit|part|framing"
    r"|comment|question|idea|theory|angle|narrative|thread|accusation|suggestion)(?: of (?:thinking|thought|argument"
    r"|inquiry|questioning|attack|blame|reasoning))?)?(?= [,;.!?)]|$)"
    r"|(?:that|the|this) (?:line|sentence|phrase|wording|claim|bit|part|comment|framing) (?:was|got|has been|is)"
    r" (?:removed|dropped|struck|deleted|cut|reworded|changed|retracted|withdrawn|rewritten|taken out)"
    r"|(?:which|that) (?:§ (?:'ve |have |has |had )?)?(?:since )?(?:retracted|withdrew|withdrawn|dropped|removed"
    r"|walked back|took back|corrected|pushed back on|disputed|rejected|challenged|disagreed with|struck)"
    r"|§ (?:don't|do not|didn't|did not) (?:think|believe|feel) (?:that|this|it) (?:'s|is|was) (?:fair|right|true|accurate"
    r"|justified|deserved)(?![^ ])"
    r"|(?:that|this|which)(?: 's| is| was| would be| sounds)(?: just| pure| plain)? (?:blame|blaming|not fair|unfair"
    r"|not helpful|unhelpful|not how we|exactly the kind|the kind of thing|hindsight)(?![^ ])"
    r"|(?:is|was) (?:not|n't) what happened|(?:which|that) (?:is|was|'s) (?:fine|ok|okay|expected|normal)(?= [.!?;]|$)"
    r"|would (?:be|have been) (?:unfair|wrong|inaccurate|untrue)"
    r"|(?:that|this|the|which) (?:framing|wording|line|claim|take|idea|theory|view|version|story|label|accusation"
    r"|characteri[sz]ation) (?:wasn't|was not|isn't|is not|was never|is never|won't be|would not be|wouldn't be)"
    r" (?:useful|helpful|fair|accurate|right|true|correct|supported|kind)"
    r"|(?:which|that|this|it) (?:turned out to be|was|is|proved|proved to be) (?:false|wrong|untrue|incorrect|not true"
    r"|a red herring|unfair|not the case|mistaken)"
    r"|(?:is|was|are|were) not supported by"
    r"|(?:is|was|'s) (?:the wrong question|not the (?:right |real |useful |interesting )?question|beside the point"
    r"|not the point|irrelevant|not what matters)"
    r"|(?:matters|matter|mattered) less|(?:doesn't|does not|didn't|did not) matter|(?:is|was) less (?:important|useful)"
    r"|gets? us nowhere|(?:won't|doesn't|does not|will not) help|miss(?:es|ed)? the point"
    r"|(?:is|'s|are|was) (?:just |simply |only )?(?:what|how) (?:§|people|folks) (?:call|calls|called|describe|label"
    r"|name|dismiss)"
    r"|(?:(?<=^)|(?<=[.!?;] ))(?:that|the idea that|the claim that|the notion that) § [^.!?|]* (?:is|was) (?:simply |just"
    r" |completely |plainly )?(?:untrue|false|not true|a myth|incorrect|wrong)(?= [.!?]|$)"
    r"|(?:but|yet|although|though) (?:§ |¬ )?(?:had|has|have) (?:no|zero|little) (?:way|means|signal|reason|information"
    r"|indication|visibility|warning|chance)"
    r"|(?:but|yet|although|though) (?:§ )?(?:couldn't|could not|can't|cannot|had no way to) (?:have )?(?:known|know|seen"
    r"|see|noticed|notice|realised|realized|told|tell)"
    r"|(?:but|yet) nothing (?:showed|told|indicated|suggested|pointed|warned)"
    r"|(?:but|however|yet) (?:the )?(?:underlying |real |deeper |contributing )?(?:conditions|circumstances|gaps|factors"
    r"|causes|system) (?:that|which) (?:let|allowed|made|turned|enabled)"
    r"|(?:[;.] |^)(?:but )?§ (?:strongly )?(?:disagree|dispute|reject|don't agree|do not agree)(?![^ ])"
    r"|(?:§ 's|the|our) (?:own )?(?:logs|data|evidence|timeline|records|metrics|graphs|audit trail) (?:disagree|contradict"
    r"|contradicts|say otherwise|show otherwise|tell a different story|shows? (?:it|that|this) (?:wasn't|was not))(?![^ ])"
    r"|(?:stop|quit|please stop|let 's stop) (?:saying|claiming|repeating|spreading|posting) (?:that|it|this)(?![^ ])"
    r")"
)
SENTENCE_BREAK = LazyPattern(r".*(?:^|[.!?] )")
_DENIED = LazyPattern(
    r"(?<![^ ])(?<!and )(?:it|that|which|they|§) (?:didn't|did not|wasn't|was not|hadn't|had not|isn't|weren't|were not)"
    r"(?= [.!?;]|$)"
)
"""A sentence that ends denying what it reported: "someone said Mei forgot the flag, but she didn't"."""
_REPORTED = LazyPattern(
    r"(?<![^ ])(?:said|says|assumed|assume|thought|claimed|claims|suggested|asked|wondered|suspected|guessed|speculated"
    r"|rumou?red|accused|blamed|implied|alleged|heard)(?! (?:§ )?(?:would|'d|will|to)(?![^ ]))(?![^ ])"
)
"""A report that the denial answers; not a promise ("said he would rotate the certs, but he didn't")."""


_CONCEDED = LazyPattern(
    r"(?:sure|granted|true|yes|yeah|okay|ok|of course|admittedly|fair enough) , "
    r"|(?:§|one|you|people) (?:could|might|may|can) (?:say|argue|claim|conclude|blame|think|point out)(?: that)? "
)
"""A sentence that opens by conceding a point it then answers with "but": what it concedes is not its claim."""


def _said_by(frame: re.Match[str], writer: frozenset[int]) -> bool:
    """Whether a frame that names who holds the view ("in my view", "I said") names the writer."""
    head = frame.group()[:16]
    at = head.find("§")
    return at >= 0 and head[:at].strip() in ("", "in", "according to") and frame.start() + at in writer


_ANSWERED_NO = LazyPattern(
    r"(?:no|nope|not at all|not really|hardly|of course not|absolutely not|(?:the )?(?:evidence|data|logs|timeline)"
    r" (?:says|say|shows|show|suggests) (?:no|otherwise|not)|because (?:the|a|an|it|there|no|nothing|its))(?![^ ])"
)
"""After a question about someone, an answer that clears them: "No.", "The logs say otherwise.",
"Because the page looked like the last forty."
"""
_BUT = LazyPattern(
    r".*(?:^| )(?:but|however|though|although|yet|(?:without|not to|no) (?:pointing|point) (?:any )?fingers(?: at anyone)?"
    r" ,|without (?:blaming anyone|assigning blame|apportioning blame|placing blame) ,)(?: ,)? "
)
"""A frame before "but" (or a hedge such as "without pointing fingers,") does not reach the blame after it."""


_DENIED_MANNER = LazyPattern(
    r"(?<![^ ])(?:\w*n't|not|never|¬) (?:[^ ,;:.!?|]+ ){0,3}?(?:reckless|careless|negligent|irresponsib|rash|hast|sloppi"
    r"|lazi|thoughtless|heedless|cavalier|unprofessional)[a-z]*ly(?![^ ])"
)
"""A fault told as a manner and denied: "did not act recklessly", "didn't approve it carelessly"."""


def framed(norm: str, start: int, end: int, writer: frozenset[int] = frozenset()) -> bool:
    """True if the sentence of normalized text[start:end] reports, rejects or withdraws it. A frame
    before a "but" does not reach past it: "I don't want to blame anyone, but Chloé broke the build".
    `writer`: offsets of the `§` that are the writer; what the writer says ("in my view the release
    captain rushed it") is their claim, not a report of someone else's. A report may open the match itself, when the
    pattern read its speaker as the act's subject ("Youssef said that he killed the job without asking")."""
    sentence = SENTENCE_BREAK.compiled.match(norm, 0, start)
    first = sentence.end() if sentence else 0
    but = _BUT.compiled.match(norm, first, start)
    before = but.end() if but else first
    if any(
        (found.start() < start or (found.start() == start < found.end() < end and found.group().endswith(" that")))
        and not _said_by(found, writer)
        for found in BEFORE.compiled.finditer(norm, before, end)
    ):
        return True
    stops = [found for found in (norm.find(mark, end) for mark in (" . ", " ! ", " ? ")) if found >= 0]
    stop = min(stops, default=len(norm))
    if any(
        found.start() < end and start < found.end() for found in _DENIED_MANNER.compiled.finditer(norm, first, stop)
    ):
        return True  # "Kwame did not act recklessly": the manner is what the "not" denies
    if norm.startswith(" ? ", stop) and _ANSWERED_NO.compiled.match(norm, stop + 3):
        return True  # "Was the on-call careless? No. The page was silent."
    if _CONCEDED.compiled.match(norm, first) and norm.find(" but ", end, stop) >= 0:
        return True  # "sure, Mei could have renewed it, but any of us could have missed it"
    if _DENIED.compiled.search(norm, end, stop) and _REPORTED.compiled.search(norm, first, start):
        return True
    return AFTER.compiled.search(norm, first, stop) is not None

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

from facilitator.checks.blame_lazy import LazyPattern

_SAY = (
    r"(?:ask|asks|asking|asked|say|says|saying|said|write|writes|writing|wrote|blame|blames|blaming|blamed"
    r"|conclude|concluding|assume|assuming|wonder|wondering|call|calling|claim|claiming|suggest|suggesting"
    r"|imply|implying|point|pointing|think|thinking|frame|framing|phrase|phrasing|record|recording)"
)
_DOCUMENT = (
    r"(?:draft|doc|document|postmortem|post-mortem|write-up|writeup|report|ticket|comment|thread|headline|email"
    r"|summary|title|slide|version|original|note|notes|message|line|sentence|phrase|wording|quote|template|chat"
    r"|channel|tweet|retro|timeline entry|status page|slack message|first pass|earlier draft|old wording)"
)
BEFORE = LazyPattern(
    r"(?<![^ ])(?:"
    rf"(?:instead of|rather than|not by|without) {_SAY}"
    rf"|(?:avoid|avoided|avoiding|avoids|stop|stopped|stopping|quit|resist|resisted|resisting|don't|do not|never"
    rf"|won't|didn't|not|no more|no longer|shouldn't|should not|refuse to|refused to|try not to) {_SAY}"
    rf"|(?:the|a|an|our|that|this|one|my|his|her|their) (?:[a-z-]+ )?{_DOCUMENT}(?: [^ ,;:.!?|]+){{0,3}}?"
    r" (?:said|says|read|reads|claimed|claims|called|calls|had|has|stated|states|blamed|blames|suggested|suggests"
    r"|implied|implies|framed|concluded|concludes|went|goes|put it|accused|accuses|described|describes"
    r"|used to (?:say|read|claim|blame))"
    r"|(?:n't|not|never|¬|no one|hardly) (?:[^ ,;:.!?|]+ ){0,4}?(?:fair|right|true|accurate|helpful|useful|correct"
    r"|reasonable|ok|okay|kind|the point|the same as) to (?:say|claim|write|suggest|conclude|call|assume|blame|think"
    r"|pin|put)"
    r"|(?:\w*n't|not|never|¬|no one) (?:about )?(?:why|who|whether)"
    r"|(?:\w*n't|not|never|¬|no one) (?:[^ ,;:.!?|]+ ){0,2}?(?:think|thinks|believe|believes|saying|claiming|suggesting"
    r"|implying|blaming|accusing|mean|meaning|say|said|pretend|pretending|that|because|about whether|about who)"
    r"|(?:tempting|easy|natural|lazy|unfair|wrong|pointless|unhelpful) to (?:say|conclude|think|blame|write|assume"
    r"|ask|claim|pin)"
    r"|(?:questions?|phrases?|words?|language|wording|sentences?|comments?|statements?|lines?) (?:like|such as)"
    r"|(?:replace|replaced|replacing|rewrite|rewrote|rewriting|reword|reworded|rewording|rephrase|rephrased) [\"“‘']"
    r"|(?:heard|hear|hearing) (?:people|folks|someone|§) (?:say|saying|ask|asking)"
    r"|the (?:old |first |initial |earlier |original )?(?:framing|story|narrative|take|explanation|theory"
    r"|assumption|rumou?r|claim|accusation|suggestion|idea|speculation|guess|impression) (?:was|went|is|that)"
    r"|(?:people|folks|someone|somebody|some|a few|others|the channel|chat|everyone|a couple of)"
    r" (?:[^ ,;:.!?|]+ ){0,3}?(?:said|saying|claimed|claiming|suggested|suggesting|assumed|assuming|speculated"
    r"|speculating|posted|typed|wrote|writing|asked|asking|guessed|guessing|joked|joking)"
    r"|(?:at first|initially|early on|originally|first) (?:[^ ,;:.!?|]+ ){0,3}?(?:thought|assumed|believed|suspected"
    r"|guessed|said|blamed|wondered)"
    r"|(?:\w*n't|not|never) (?:about|a matter of|a question of|because)"
    r"|(?:disagree|don't agree|do not agree|reject|rejected|dispute|disputed|doubt|don't buy|do not buy|challenge"
    r"|challenged)(?: with)?(?: the (?:idea|claim|notion|suggestion|view|framing))? that"
    r"|(?:not true|untrue|no evidence|nothing to suggest|false|a myth|not the case) that"
    r"|(?:not|n't) (?:like|as if|as though)|far from|anything but|nothing to do with|no reflection on"
    r"|§ (?:said|says|told (?:me|us|them|the [a-z]+)|mentioned|admitted|explained|noted|shared|wrote|posted|reported"
    r"|claimed|suggested)(?: that)?(?= §)"
    r"|(?:was|is|'s) (?:never|not) (?:a case of|about)"
    r")(?![^ ])"
)
AFTER = LazyPattern(
    r"(?<![^ ])(?:"
    r"§ (?:dropped|removed|struck|deleted|cut|reworded|rephrased|rewrote|changed|replaced|edited|took out|fixed"
    r"|reframed|rejected|challenged|pushed back on|corrected|retracted|withdrew) (?:that|it|this|the (?:line|sentence"
    r"|phrase|wording|claim|bit|part|framing|comment|question))(?= [,;.!?)]|$)"
    r"|(?:that|the|this) (?:line|sentence|phrase|wording|claim|bit|part|comment|framing) (?:was|got|has been|is)"
    r" (?:removed|dropped|struck|deleted|cut|reworded|changed|retracted|withdrawn|rewritten|taken out)"
    r"|(?:which|that) (?:§ (?:'ve |have |has |had )?)?(?:since )?(?:retracted|withdrew|withdrawn|dropped|removed"
    r"|walked back|took back|corrected)"
    r"|(?:that|this|which)(?: 's| is| was| would be| sounds)(?: just| pure| plain)? (?:blame|blaming|not fair|unfair"
    r"|not helpful|unhelpful|not how we|exactly the kind|the kind of thing|hindsight)"
    r"|(?:is|was) (?:not|n't) what happened"
    r"|(?:which|that|this|it) (?:turned out to be|was|is|proved|proved to be) (?:false|wrong|untrue|incorrect|not true"
    r"|a red herring|unfair|not the case|mistaken)"
    r"|(?:it|that|which|they|§) (?:didn't|did not|wasn't|was not|hadn't|had not|isn't|weren't|were not)(?= [.!?;]|$)"
    r"|(?:is|was|are|were) not supported by"
    r")"
)
SENTENCE_BREAK = LazyPattern(r".*(?:^|[.!?] )")


_BUT = LazyPattern(r".*(?:^| )(?:but|however|though|although|yet)(?: ,)? ")


def framed(norm: str, start: int, end: int) -> bool:
    """True if the sentence of normalized text[start:end] reports, rejects or withdraws it. A frame
    before a "but" does not reach past it: "I don't want to blame anyone, but Chloé broke the build"."""
    sentence = SENTENCE_BREAK.compiled.match(norm, 0, start)
    first = sentence.end() if sentence else 0
    but = _BUT.compiled.match(norm, first, start)
    before = but.end() if but else first
    if any(found.start() < start for found in BEFORE.compiled.finditer(norm, before, end)):
        return True
    stops = [found for found in (norm.find(mark, end) for mark in (" . ", " ! ", " ? ")) if found >= 0]
    return AFTER.compiled.search(norm, first, min(stops, default=len(norm))) is not None

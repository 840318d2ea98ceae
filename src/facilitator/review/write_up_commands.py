"""What the write-up does with a pre-prep answer: carry it reworded, leave it out, or keep it as
written although the blameless check flags it. Each is one undoable command on the review."""

from __future__ import annotations

from facilitator.model.prep import AnswerRef, PrepAnswers, WriteUp, WriteUpChoice
from facilitator.review.core import Change
from facilitator.review.prep_commands import PrepCommands
from facilitator.review.refused import Refused


class WriteUpCommands(PrepCommands):
    def reword_answer(self, participant_id: str, ref: AnswerRef, text: str) -> Change:
        """The write-up carries `text` instead of the answer as sent; the answer as sent (or empty
        text) takes the reword back."""
        entry, sent = self._answer(participant_id, ref)
        text = text.strip()
        if not text or text == sent.strip():
            if entry.choice(ref) is None:
                raise Refused("the answer reads as sent: type the words the write-up should carry")
            return self._choose(entry, ref, None, "answer as sent")
        return self._choose(
            entry, ref, WriteUpChoice(ref=ref.key, choice=WriteUp.REWORDED, text=text, sent=sent), "reword answer"
        )

    def leave_out_answer(self, participant_id: str, ref: AnswerRef) -> Change:
        """Leave the answer out of the write-up; given again, put it back as it was sent."""
        return self._toggle(
            participant_id, ref, WriteUp.LEFT_OUT, "leave answer out", "put answer back in the write-up"
        )

    def keep_answer(self, participant_id: str, ref: AnswerRef) -> Change:
        """Publish the answer as written, with its author, although the check flags it; given again,
        take that back (a flagged answer is then held back from the export again)."""
        return self._toggle(
            participant_id, ref, WriteUp.KEPT, "keep answer as written", "no longer keep answer as written"
        )

    def _toggle(self, participant_id: str, ref: AnswerRef, choice: WriteUp, label: str, back: str) -> Change:
        """Make `choice` for the answer, or take it back if it is the choice already made."""
        entry, sent = self._answer(participant_id, ref)
        current = entry.choice(ref)
        if current is not None and current.choice is choice:
            return self._choose(entry, ref, None, back)
        return self._choose(entry, ref, WriteUpChoice(ref=ref.key, choice=choice, sent=sent), label)

    def _answer(self, participant_id: str, ref: AnswerRef) -> tuple[PrepAnswers, str]:
        entry = self.session.prep_of(participant_id)
        if entry is None:
            raise Refused(f"no pre-prep answers from participant {participant_id!r}")
        try:
            return entry, entry.text_of(ref)
        except KeyError:
            raise Refused(f"{entry.source or 'this form'} has no answer {ref.key!r}") from None

    def _choose(self, entry: PrepAnswers, ref: AnswerRef, choice: WriteUpChoice | None, label: str) -> Change:
        others = tuple(c for c in entry.write_up if c.ref != ref.key)
        changed = entry.changed(write_up=others if choice is None else (*others, choice))
        prep = tuple(changed if e.participant_id == entry.participant_id else e for e in self.session.prep)
        return self._apply(label, prep=prep)

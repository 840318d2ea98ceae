"""A returned form that lost its `#` headings (a docs tool's plain-text download: headings as
bare lines, `* ` bullets, CRLF, a BOM) is read like the Markdown it came from; a form with no
answers in it is refused, never stored over earlier answers."""

from __future__ import annotations

from pathlib import Path

from facilitator.export.prep_form import prep_form
from facilitator.importers import parse_file
from tests.prep.prep_support import SLUG, Cli, example, filled_text

PLAIN = Path(__file__).resolve().parents[1] / "importers" / "formats" / "prep_form_plain_text.txt"


def test_a_plain_text_download_without_headings_reads_every_answer(form_answers, form_words) -> None:
    text = PLAIN.read_text(encoding="utf-8")
    assert "\n#" not in text and text.startswith("\ufeffPre-prep form")
    assert parse_file(PLAIN).format == "prep"
    assert form_words(form_answers(text)) == form_words(form_answers(filled_text()))


def test_the_plain_text_download_is_stored_from_the_command_line(cli: Cli) -> None:
    assert cli("import", SLUG, str(PLAIN)) == 0, cli.err
    (answers,) = cli.session().prep
    assert len(answers.went_well) == 3 and len(answers.decisions) == 2 and len(answers.votes) == 2


def test_a_form_with_no_answers_is_refused_and_earlier_answers_stay(cli: Cli, tmp_path: Path) -> None:
    good = tmp_path / "jonas.md"
    good.write_text(filled_text(), encoding="utf-8")
    assert cli("import", SLUG, str(good)) == 0
    jonas = next(p for p in example().participants if p.name == "Jonas Lindqvist")
    blank = tmp_path / "jonas-blank.md"
    blank.write_text(prep_form(example(), jonas), encoding="utf-8")
    before = cli.raw()
    assert cli("import", SLUG, str(blank)) == 2
    assert cli.err.splitlines()[0] == (
        f"facilitator: {blank}:1: no answers in this form: nothing is written under its headings "
        "(if it had answers, was it saved without its headings?); nothing stored for Jonas Lindqvist"
    )
    assert cli.raw() == before

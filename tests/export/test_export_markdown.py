"""The Markdown postmortem: golden files for two sessions, and hostile text that cannot break it.

To regenerate the golden files after an intended change of the output, run
    FACILITATOR_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/export/test_export_markdown.py
then read the diff of tests/export/golden/ before committing it.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from facilitator.export.escape import ZERO_WIDTH_SPACE, md_block, md_inline, mermaid_label
from facilitator.export.markdown import to_markdown
from tests.export.sessions import HOSTILE, checkout_outage, tricky_text

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = os.environ.get("FACILITATOR_REGEN_GOLDEN") == "1"
# GitHub-like rendering with raw HTML allowed, so any HTML that slipped through would show.
RENDER = MarkdownIt("gfm-like", {"html": True, "linkify": True})


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if REGENERATE:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run with FACILITATOR_REGEN_GOLDEN=1 to write it"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "build", "zone"),
    [
        ("checkout-outage.md", checkout_outage, None),
        ("tricky-text.md", tricky_text, None),
        ("checkout-outage-tokyo.md", checkout_outage, "Asia/Tokyo"),
    ],
)
def test_markdown_matches_golden_file(name, build, zone) -> None:
    _check_golden(name, to_markdown(build(), zone))


def test_the_postmortem_leads_with_what_was_decided_and_keeps_the_long_parts_for_last() -> None:
    headings = [line[3:] for line in to_markdown(checkout_outage()).splitlines() if line.startswith("## ")]
    assert headings == [
        "Summary",
        "Impact",
        "Action items",
        "Parking lot",
        "Contributors",
        "Mitigators",
        "Risks",
        "Debrief",
        "Participants",
        "Timeline",
        "Round robin",
        "Blameless check",
        "Agenda as run",
        "Unplaced imported lines",
    ]


def test_an_absent_person_is_one_line_naming_who_voiced_them_and_for_how_long() -> None:
    text = to_markdown(checkout_outage())
    round_one = text[text.index("**Round 1:**") : text.index("**Round 2:**")]
    assert round_one.splitlines()[2:8] == [
        "- Priya Nair, 1:00",
        "- Marco Rossi, 1:30",
        "  - said: The rollback was faster than the fix would have been",
        "- Aiko Tanaka, passed",
        "- Sam Okafor, 0:45",
        "- Jun Lee (absent), voiced by Aiko Tanaka, 0:15",
    ]
    assert text.count("Jun Lee (absent)") == 1
    assert "| Jun Lee | Asia/Singapore | 0s | 0 | 0 | 1 |" in text  # absent once, never counted as speaking


def test_postmortem_shows_what_the_review_found() -> None:
    text = to_markdown(checkout_outage())
    assert "> This is a learning review" in text
    assert "- **Detected:** 2026-03-10 14:06 UTC (15:06 CET), 8m after the start" in text
    assert "| 2026-03-10 14:21 | 15:21 CET | incident commander | decision | **◆ Decision point:** Roll back" in text
    assert "*Corrected text:* was “Incident declared in the checkout channel”" in text
    assert "    - Why? Config changes were seen as low risk" in text
    assert "| Write the config rollback runbook | **no owner** | P2 |" in text
    assert "- Never spoke: Jun Lee" in text
    assert "1 phrase in this write-up read as blaming a person" in text
    assert "| Timeline walkthrough | timeline | 15 min + 5 extended | 20m 00s | ±0s |" in text
    assert "| chat.json | 42 | ok rolling back now | no timestamp |" in text


def test_a_process_review_has_no_learning_line_and_its_zone_column_crosses_midnight() -> None:
    text = to_markdown(tricky_text())
    assert "learning review" not in text
    assert "| 2026-03-10 22:00 | 2026-03-11 11:00 NZDT |" in text


def _cells_per_row(rendered: str) -> list[list[int]]:
    tables = re.findall(r"<table>.*?</table>", rendered, flags=re.S)
    return [[len(re.findall(r"<t[hd]>", row)) for row in re.findall(r"<tr>.*?</tr>", t, flags=re.S)] for t in tables]


def test_hostile_text_cannot_inject_html_links_or_break_a_table() -> None:
    text = to_markdown(tricky_text())
    rendered = RENDER.render(text)
    # A bare http(s) address is autolinked by GitHub as in any comment: it shows its own target.
    for target, visible in re.findall(r'<a href="([^"]*)">([^<]*)</a>', rendered):
        assert target == visible and target.startswith(("http://", "https://")), (target, visible)
    rendered = re.sub(r'<a href="[^"]*">([^<]*)</a>', r"\1", rendered)
    raw_tags = set(re.findall(r"<(/?[a-z0-9]+)", rendered))
    paired = ("h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "em", "blockquote")
    paired += ("table", "thead", "tbody", "tr", "th", "td", "pre", "code")
    allowed = {*paired, "br"} | {f"/{tag}" for tag in paired}
    assert raw_tags <= allowed, raw_tags - allowed
    assert "<script" not in rendered and "<a " not in rendered and "<img" not in rendered
    assert "<h1>" in rendered and rendered.count("<h1>") == 1
    for rows in _cells_per_row(rendered):
        assert len(set(rows)) == 1, rows
    assert rendered.count("<pre><code") == 1  # only the Mermaid block, no fence opened by user text


def test_every_hostile_text_survives_as_visible_text() -> None:
    rendered = re.sub(r"<a [^>]*>|</a>", "", RENDER.render(to_markdown(tricky_text())))
    visible = html.unescape(re.sub(r"<[^>]+>", "\n", rendered)).replace(ZERO_WIDTH_SPACE, "")  # shows as nothing
    for hostile in HOSTILE:
        for line in hostile.splitlines():
            assert " ".join(line.split()) in " ".join(visible.split()), line


def test_mermaid_lines_hold_only_safe_labels() -> None:
    text = to_markdown(tricky_text())
    block = text.split("```mermaid\n", 1)[1].split("```", 1)[0]
    stamp = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"
    label = r"(?:[^:;#%\"<>{}\[\]`|\\\n]|#\d+;)+"  # entity codes (#58;) for what would break the line
    task = re.compile(rf"    {label} : (milestone, )?(crit, |active, )?{stamp}, ({stamp}|0m)")
    header = re.compile(
        r"gantt|    title Incident timeline \(UTC\)|    dateFormat YYYY-MM-DD HH:mm:ss|    axisFormat (%m-%d )?%H:%M"
        r"|    tickInterval \d+(minute|hour|day|week)|    todayMarker off|    section (Incident|Events)"
    )
    for line in block.splitlines():
        assert header.fullmatch(line) or task.fullmatch(line), line
    assert mermaid_label('a: b; c # d %% e\nf `g` "h" <i>') == (
        "a#58; b#59; c #35; d #37;#37; e f #96;g#96; #34;h#34; #60;i#62;"
    )


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.characters(
            min_codepoint=32,
            max_codepoint=0x2FF,
            include_characters=" ",
            exclude_categories=("Cc", "Cf", "Zs", "Zl", "Zp"),
        ),
        max_size=40,
    )
)
def test_inline_text_renders_back_to_itself(text: str) -> None:
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(f"- {md_inline(text)}\n")
    inner = re.fullmatch(r"<ul>\n<li>(.*)</li>\n</ul>\n", rendered, flags=re.S)
    expected = " ".join(text.replace(ZERO_WIDTH_SPACE, "").split())
    if not expected:
        return
    assert inner is not None, rendered
    shown = re.sub(r"<a [^>]*>|</a>", "", inner[1])  # a URL becomes a link showing itself
    assert " ".join(html.unescape(shown).replace(ZERO_WIDTH_SPACE, "").split()) == expected


def test_block_text_keeps_paragraphs_and_line_breaks() -> None:
    assert md_block("one\ntwo\n\n\nthree") == "one  \ntwo\n\nthree"
    assert md_block("# title\n> quote\n1) item") == "\\# title  \n\\> quote  \n1\\) item"


def test_a_long_timeline_keeps_the_diagram_to_key_events() -> None:
    from datetime import timedelta

    from facilitator.export.mermaid import MAX_EVENTS, timeline_gantt
    from facilitator.model.event import TimelineEvent

    session = checkout_outage()
    extra = tuple(
        TimelineEvent(at=session.timeline[0].at + timedelta(seconds=i), text=f"chat {i}") for i in range(MAX_EVENTS)
    )
    lines = timeline_gantt(session.changed(timeline=session.timeline + extra))
    drawn = [line.split(" : ")[0].strip() for line in lines if "milestone, " in line and " - " in line]
    assert {
        "action - Config change rolled out to all regions",
        "alert - Checkout error rate above 5#37;",
        "decision - Roll back the config rather than fix forward",
        "resolution - Incident resolved",
    } <= set(drawn)
    assert len(drawn) <= MAX_EVENTS
    assert lines[-1] == (
        "The diagram shows the first event and alert, every decision point and resolution, and events spread "
        f"over the incident; {len(session.timeline) + MAX_EVENTS - len(drawn)} other events are in the table."
    )

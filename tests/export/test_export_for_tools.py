"""What the real tools accept: GitHub's Markdown (cmark-gfm with GitHub's extensions), gh's
label limit and failures, Jira's CSV importer, and Mermaid's parser.

The Mermaid checks run the real Mermaid parser (tools/mermaid_check, Node with jsdom);
they are skipped when Node or its packages are missing (`npm ci --prefix tools/mermaid_check`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import cmarkgfm
import pytest

from facilitator.export.actions_out import GITHUB_LABEL_MAX, labels
from facilitator.export.escape import ZERO_WIDTH_SPACE, md_block, md_inline
from facilitator.export.gh_issues import to_gh_script
from facilitator.export.jira_csv import JIRA_SUMMARY_MAX, to_jira_csv, to_spreadsheet_csv
from facilitator.export.markdown import to_markdown
from facilitator.export.mermaid import MAX_EVENTS, chart_events, timeline_gantt
from facilitator.model.action import ActionItem
from facilitator.model.enums import EventKind
from facilitator.model.event import TimelineEvent, UnplacedLine
from tests.export.sessions import at, checkout_outage, tricky_text

GRAFANA = "https://grafana.example/d/abc/checkout?from=now-1h&to=now&var-region=eu_west|us_east"
MERMAID_CHECK = Path(__file__).resolve().parents[2] / "tools" / "mermaid_check"


def github_html(markdown: str) -> str:
    """GitHub's renderer: cmark-gfm with the table, autolink and strikethrough extensions."""
    return cmarkgfm.github_flavored_markdown_to_html(markdown)


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


@pytest.mark.parametrize("ending", ["", ".", ",", ")", ";"])
def test_a_url_in_a_table_cell_stays_a_working_link(ending: str) -> None:
    cell = md_inline(f"see ({GRAFANA}{ending}" if ending == ")" else f"see {GRAFANA}{ending} now")
    html = github_html(f"| a | b |\n|---|---|\n| x | {cell} |\n")
    assert hrefs(html) == [GRAFANA.replace("&", "&amp;").replace("|", "%7C")]
    assert "%5C" not in html, "no backslash pulled into the link"


def test_a_url_in_a_paragraph_and_a_www_link_stay_intact() -> None:
    html = github_html(md_block(f"dashboards: {GRAFANA}\nand www.example.com/a_b_c*d"))
    assert hrefs(html) == [GRAFANA.replace("&", "&amp;").replace("|", "%7C"), "http://www.example.com/a_b_c*d"]


def test_the_postmortem_links_every_url_as_written() -> None:
    session = checkout_outage()
    event = TimelineEvent(at=at(14, 7), text=f"Dashboard: {GRAFANA}", actor="on-call engineer")
    html = github_html(to_markdown(session.changed(timeline=(*session.timeline, event))))
    assert GRAFANA.replace("&", "&amp;").replace("|", "%7C") in hrefs(html)


def test_handles_and_issue_numbers_in_text_neither_ping_nor_link_on_github() -> None:
    session = checkout_outage()
    event = TimelineEvent(at=at(14, 7), text="@oncall-team saw #123 again (mail ana@example.com)")
    markdown = to_markdown(session.changed(timeline=(*session.timeline, event)))
    outside_code = re.sub(r"<pre.*?</pre>", "", github_html(markdown), flags=re.S)  # GitHub links no code
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<a [^>]*>|</a>", "", outside_code))
    assert "@oncall-team" not in text and "#123" not in text, "GitHub would ping and link these"
    assert "@oncall-team saw #123 again (mail ana@example.com)" in text.replace(ZERO_WIDTH_SPACE, "")


def test_an_owner_written_as_a_handle_is_a_real_mention() -> None:
    session = checkout_outage()
    action = ActionItem(title="Page the right team", owner="@marco-rossi")
    markdown = to_markdown(session.changed(actions=(*session.actions, action)))
    assert "| Page the right team | @marco-rossi |" in markdown


def test_unplaced_lines_show_the_file_name_not_its_folders() -> None:
    session = checkout_outage()
    lines = (
        UnplacedLine(
            source="/home/priya/incidents/2041/export.zip/inc-2041/2026-03-10.json", line=40, text="x", reason="r"
        ),
        UnplacedLine(source="C:\\Users\\priya\\chat.txt", line=2, text="y", reason="r"),
    )
    markdown = to_markdown(session.changed(unplaced=lines))
    assert "| 2026-03-10.json | 40 | x | r |" in markdown and "| chat.txt | 2 | y | r |" in markdown
    assert "priya" not in markdown


def test_a_thread_reply_says_which_message_it_answers() -> None:
    session = checkout_outage()
    parent = session.timeline[1]
    reply = TimelineEvent(at=parent.at + timedelta(minutes=1), text="looking", actor="Aiko", parent_id=parent.id)
    markdown = to_markdown(session.changed(timeline=(*session.timeline[:2], reply, *session.timeline[2:])))
    assert "| *↳ reply to 14:06 monitoring* ¶ looking |" in markdown


def test_gh_labels_fit_githubs_limit_and_cut_at_a_word() -> None:
    session = checkout_outage().changed(slug="checkout-api-outage-after-a-config-push-reached-every-region")
    label = labels(session)[1]
    assert len(label) <= GITHUB_LABEL_MAX and label == "checkout-api-outage-after-a-config-push-reached"
    assert f"--label {label}" in to_gh_script(session)


def test_a_failing_gh_step_is_reported_and_the_script_goes_on_then_fails(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "gh").write_text(
        '#!/bin/sh\n[ "$1" = label ] && { echo "HTTP 422: name is too long" >&2; exit 1; }\nexit 0\n'
    )
    (bin_dir / "gh").chmod(0o755)
    script = tmp_path / "issues.sh"
    script.write_text(to_gh_script(checkout_outage()))
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, timeout=30)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "HTTP 422: name is too long",
        "facilitator: could not create label postmortem (see the gh error above)",
        "HTTP 422: name is too long",
        "facilitator: could not create label checkout-api-outage (see the gh error above)",
        "facilitator: 2 of the steps above failed",
    ]


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_jiras_csv_gets_the_exact_text_and_a_one_line_summary_within_its_limit() -> None:
    session = checkout_outage()
    actions = (
        ActionItem(title="--web flag for the rollout tool", owner="@marco"),
        ActionItem(title="Long\ntitle " + "x" * 300, owner="=cmd"),
    )
    _header, first, second = _rows(to_jira_csv(session.changed(actions=actions)))
    assert (first[0], first[2]) == ("--web flag for the rollout tool", "@marco")
    assert "\n" not in second[0] and len(second[0]) == JIRA_SUMMARY_MAX and second[0].startswith("Long title x")
    assert second[2] == "=cmd"
    _header, *sheet = _rows(to_spreadsheet_csv(session.changed(actions=actions)))
    assert [(row[0][:6], row[2]) for row in sheet] == [("'--web", "'@marco"), ("Long t", "'=cmd")]


# Mermaid, checked by the real parser.


def _long_session():
    session = checkout_outage()
    start = session.timeline[0].at
    chat = tuple(
        TimelineEvent(at=start + timedelta(seconds=i), text=f"chat {i}", kind=EventKind.ALERT) for i in range(60)
    )
    decisions = tuple(
        TimelineEvent(at=start + timedelta(minutes=2, seconds=i), text=f"choice {i}", decision_point=True)
        for i in range(45)
    )
    return session.changed(timeline=tuple(sorted((*session.timeline, *chat, *decisions), key=lambda e: e.at)))


def test_a_long_timeline_keeps_start_every_decision_and_the_resolution() -> None:
    session = _long_session()
    chart = "\n".join(timeline_gantt(session))
    assert "resolution - Incident resolved" in chart
    assert chart.count("milestone, active,") == 46, "every decision point, past MAX_EVENTS too"
    assert "action - Config change rolled out to all regions" in chart
    assert len(session.timeline) > MAX_EVENTS


def test_a_one_day_incident_labels_its_ticks_with_the_date() -> None:
    session = checkout_outage()
    late = TimelineEvent(at=session.timeline[0].at + timedelta(hours=20), text="follow-up fix shipped")
    chart = timeline_gantt(session.changed(timeline=(*session.timeline, late)))
    assert "    axisFormat %m-%d %H:%M" in chart and "    tickInterval 6hour" in chart
    assert "    axisFormat %H:%M" in timeline_gantt(session)


def _mermaid_parse(charts: list[str]) -> list[dict]:
    node = shutil.which("node")
    if node is None or not (MERMAID_CHECK / "node_modules" / "mermaid").is_dir():
        pytest.skip("the Mermaid parser is not installed (npm ci --prefix tools/mermaid_check)")
    done = subprocess.run(
        [node, str(MERMAID_CHECK / "check.mjs")],
        input="\n%%---\n".join(charts),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def _chart(session) -> str:
    lines = timeline_gantt(session)
    return "\n".join(lines[1 : lines.index("```")])


def test_every_chart_parses_with_the_real_mermaid_parser_and_keeps_its_labels() -> None:
    outage = checkout_outage()
    crossing = outage.changed(
        timeline=(*outage.timeline, TimelineEvent(at=at(23, 59) + timedelta(hours=1), text="next day: #12 done"))
    )
    sessions = [outage, tricky_text(), _long_session(), crossing]
    results = _mermaid_parse([_chart(s) for s in sessions])
    assert [r["ok"] for r in results] == [True] * len(sessions), results
    assert {r["type"] for r in results} == {"gantt"}
    outage_tasks = [task.strip() for task in results[0]["tasks"]]
    assert "alert - Checkout error rate above 5%" in outage_tasks
    assert "Resolved" in outage_tasks
    tricky_tasks = [task.strip() for task in results[1]["tasks"]]
    assert "observation - # not a heading" in tricky_tasks
    assert "observation - [x](javascript:alert(1))" in tricky_tasks
    assert "observation - next day: #12 done" in [task.strip() for task in results[3]["tasks"]]
    assert "resolution - Incident resolved" in [task.strip() for task in results[2]["tasks"]]


def test_the_chart_of_a_2000_event_incident_spreads_what_it_keeps_over_the_incident() -> None:
    start = datetime(2026, 3, 22, 9, 0, tzinfo=UTC)
    burst = [
        TimelineEvent(at=start + timedelta(seconds=i), text=f"alert {i}", kind=EventKind.ALERT) for i in range(1500)
    ]
    work = [
        TimelineEvent(at=start + timedelta(minutes=30 + i), text=f"step {i}", kind=EventKind.ACTION) for i in range(499)
    ]
    done = TimelineEvent(at=start + timedelta(hours=9), text="resolved", kind=EventKind.RESOLUTION)
    session = checkout_outage().changed(timeline=(*burst, *work, done))
    kept, left_out = chart_events(session.timeline)
    assert len(kept) <= MAX_EVENTS and left_out == 2000 - len(kept)
    hours = {(e.at - start) // timedelta(hours=1) for e in kept}
    assert hours >= set(range(9)), "every hour of the incident has something on the chart"
    assert sum(e.kind is EventKind.ALERT for e in kept) < MAX_EVENTS // 2


def test_multi_line_cells_keep_their_breaks_without_html_that_converters_drop() -> None:
    session = checkout_outage()
    first = session.timeline[0].changed(text="Rolled back v42\nerrors falling", notes=("seen by Bo",))
    markdown = to_markdown(session.changed(timeline=(first, *session.timeline[1:])))
    assert "<br>" not in markdown
    row = next(line for line in markdown.splitlines() if line.startswith("|") and "Rolled back v42" in line)
    assert "Rolled back v42 ¶ errors falling ¶ *Note:* seen by Bo |" in row
    rendered = re.sub(r"<[^>]+>", " ", cmarkgfm.github_flavored_markdown_to_html(markdown))
    assert "v42 ¶ errors" in rendered, "the words stay apart even with the markup gone"

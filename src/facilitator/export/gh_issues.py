"""Action items as a POSIX shell script of `gh label create` and `gh issue create` commands.

Every argument goes through shlex.quote, so no text can end its argument or start a new
command; comment lines go through `plain_line`, so no text can end the comment. Issue
bodies are Markdown on GitHub, so they go through the Markdown escaping too. A step that
fails is reported on stderr by name and the script goes on with the others, then exits 1
saying how many failed.
"""

from __future__ import annotations

import shlex

from facilitator.export.actions_out import incident_name, labels, outgoing_actions
from facilitator.export.escape import GITHUB_LOGIN, md_inline, md_owner, plain_line
from facilitator.model.action import ActionItem
from facilitator.model.session import Session


def assignee(owner: str) -> str | None:
    """The GitHub login of an owner written as `@login`; None for any other owner."""
    match = GITHUB_LOGIN.fullmatch(owner.strip())
    return match[1] if match else None


def issue_body(session: Session, action: ActionItem) -> str:
    facts = [f"**Priority:** {action.priority.value}"]
    if action.due:
        facts.append(f"**Due:** {action.due.isoformat()}")
    if action.owner:
        facts.append(f"**Owner:** {md_owner(action.owner)}")
    done = md_inline(action.done_definition) or "not agreed yet"
    return (
        f"**Definition of done:** {done}\n\n"
        + " · ".join(facts)
        + f"\n\nFrom the incident review of {md_inline(incident_name(session))}.\n"
    )


def issue_command(session: Session, action: ActionItem) -> list[str]:
    """The argv of one `gh issue create`."""
    argv = ["gh", "issue", "create", "--title", plain_line(action.title), "--body", issue_body(session, action)]
    for label in labels(session):
        argv += ["--label", label]
    login = assignee(action.owner)
    if login:
        argv += ["--assignee", login]
    return argv


def _guarded(argv: list[str], what: str) -> str:
    """The command, and a report naming `what` if it fails."""
    return f"{shlex.join(argv)} || failed {shlex.quote(what)}"


def to_gh_script(session: Session) -> str:
    lines = [
        "#!/bin/sh",
        f"# GitHub issues for the action items of the review of {plain_line(incident_name(session))}",
        "# Made by `facilitator export --format gh-issues`. Run it inside a clone of the",
        "# repository the issues belong to, with the GitHub CLI (gh) logged in.",
        "# Owners written as @login are assigned; other owners are named in the issue body.",
        "set -eu",
        "",
    ]
    actions = outgoing_actions(session)
    if not actions:
        return "\n".join([*lines, "# No open action items.", ""])
    lines += [
        "failures=0",
        "failed() { failures=$((failures + 1)); printf 'facilitator: could not %s (see the gh error above)\\n' \"$1\" >&2; }",
        "",
    ]
    lines += [
        _guarded(["gh", "label", "create", label, "--force"], f"create label {label}") for label in labels(session)
    ]
    lines.append("")
    lines += [
        _guarded(issue_command(session, action), f"create the issue {plain_line(action.title)[:80]}")
        for action in actions
    ]
    lines += [
        "",
        'if [ "$failures" -gt 0 ]; then',
        "    printf 'facilitator: %s of the steps above failed\\n' \"$failures\" >&2",
        "    exit 1",
        "fi",
    ]
    return "\n".join(lines) + "\n"

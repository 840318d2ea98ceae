"""The follow-through report across reviews as Markdown (the figures come from `checks.report`)."""

from __future__ import annotations

from facilitator.checks.report import Report
from facilitator.export.escape import md_inline
from facilitator.export.fairness_text import pulse_lines, rotation_lines, voices_lines
from facilitator.export.mdtable import section, table
from facilitator.model.derived import format_span


def report_markdown(report: Report) -> str:
    lines = [
        "# Incident reviews: follow-through",
        "",
        f"{report.reviews} review{'s' * (report.reviews != 1)}, as of {report.today.isoformat()}.",
    ]
    lines += section("Open and overdue actions by owner", _owner_lines(report))
    lines += section("Actions done within 30 days", _in_time_lines(report))
    lines += section(
        "Recurring contributor categories",
        table(
            ["Category", "Reviews", "Contributors"],
            [[c.category.value, str(c.reviews), str(c.contributors)] for c in report.categories],
        )
        if report.categories
        else ["No contributor category appears in more than one review."],
    )
    lines += section(
        "Recurring risks",
        table(
            ["Risk", "Reviews", "Named in"],
            [
                [md_inline(r.text), str(len(r.sessions)), ", ".join(md_inline(s) for s in r.sessions)]
                for r in report.risks
            ],
        )
        if report.risks
        else ["No risk is named in more than one review."],
    )
    lines += section(
        "Time to detect and resolve",
        table(
            ["Incident date", "Review", "Severity", "Time to detect", "Time to resolve"],
            [
                [
                    r.incident_date.isoformat(),
                    md_inline(r.title),
                    r.severity.value,
                    format_span(r.to_detect),
                    format_span(r.to_resolve),
                ]
                for r in report.trend
            ],
        )
        if report.trend
        else [],
    )
    lines += section("Warnings", [f"- {md_inline(w)}" for w in report.warnings])
    if report.voices is not None:
        lines += voices_lines(report.voices) + pulse_lines(report.voices)
    if report.rotation is not None and report.reviews:
        lines += ["", *rotation_lines(report.rotation)]
    return "\n".join(lines) + "\n"


def _owner_lines(report: Report) -> list[str]:
    if not report.owners:
        return ["No open actions."]
    rows = [[md_inline(o.owner), str(len(o.actions)), str(len(o.overdue))] for o in report.owners]
    lines = table(["Owner", "Open", "Overdue"], rows)
    overdue = [(o.owner, a) for o in report.owners for a in o.overdue]
    if overdue:
        lines += ["", "Overdue:", ""]
        lines += [
            f"- {md_inline(owner)}: {md_inline(a.title)} ({a.priority}, {md_inline(a.session)}), due "
            f"{a.due.isoformat() if a.due else ''}, {a.overdue_days} days overdue"
            for owner, a in overdue
        ]
    return lines


def _in_time_lines(report: Report) -> list[str]:
    if not report.judged:
        return ["No action is old enough to judge yet (agreed 30 days ago or more, or done)."]
    share = report.done_in_time / report.judged
    return [
        f"{report.done_in_time} of {report.judged} actions ({share:.0%}) were done within 30 days of being "
        "agreed. Counted: actions done, and actions agreed 30 or more days ago; dropped ones are left out."
    ]

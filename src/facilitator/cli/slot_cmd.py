"""`facilitator slot SESSION`: the fairest meeting times for the review's people in the coming days,
sharing the burden of early and late slots with earlier reviews in the folder; `--pick N` sets one.
`facilitator rotation`: who facilitated recently, by region, and who could facilitate next."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta

from facilitator.cli.common import EXIT_OK, CliError, add_dir_option, folder, load, utc_now


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    slot = commands.add_parser("slot", help="propose fair meeting times across the participants' zones")
    slot.add_argument("session", metavar="SESSION")
    slot.add_argument("--days", type=_whole(1, 28), default=5, help="how many days ahead to look (default 5)")
    slot.add_argument("--count", type=_whole(1, 20), default=5, help="how many times to propose (default 5)")
    slot.add_argument("--length", type=_whole(15, 480), help="meeting length in minutes (default: the agenda's total)")
    slot.add_argument("--pick", type=_whole(1, 20), help="set the meeting time to proposal N of this list")
    add_dir_option(slot)
    slot.set_defaults(handler=run_slot)
    rotation = commands.add_parser("rotation", help="who facilitated recently by region, and who could be next")
    add_dir_option(rotation)
    rotation.set_defaults(handler=run_rotation)


def _whole(low: int, high: int) -> type[int]:
    def parse(text: str) -> int:
        if not text.isdigit() or not low <= int(text) <= high:
            raise argparse.ArgumentTypeError(f"{text!r}: a whole number from {low} to {high}")
        return int(text)

    return parse  # type: ignore[return-value]  # argparse takes any callable as a type


def run_slot(args: argparse.Namespace) -> int:
    from facilitator.checks.slots import burdens, propose_slots
    from facilitator.export.fairness_text import slots_text
    from facilitator.store.catalogue import readable, refresh_catalogue

    session = load(args)
    if not session.participants:
        raise CliError(f"{args.session}: add participants first (with their time zones)")
    now = utc_now()
    earlier, _warnings = readable(refresh_catalogue(folder(args)))
    history = [s for s in earlier if s.slug != session.slug]
    length = timedelta(minutes=args.length or session.layout.total_minutes or 60)
    slots = propose_slots(session.participants, now, burdens(history, before=now), args.days, length, count=args.count)
    if args.pick is not None:
        if args.pick > len(slots):
            raise CliError(f"--pick {args.pick}: there are only {len(slots)} proposals")
        from facilitator.cli.prep_cmd import save_meeting_time

        chosen = slots[args.pick - 1]
        save_meeting_time(args, chosen.start, now)
        print(f"Meeting set to {chosen.start:%a %d %b %Y %H:%M} UTC ({args.session}).")
        return EXIT_OK
    sys.stdout.write(slots_text(session.title, slots, len(history), args.session))
    return EXIT_OK


def run_rotation(args: argparse.Namespace) -> int:
    from facilitator.checks.rotation import rotation
    from facilitator.export.fairness_text import rotation_lines
    from facilitator.store.catalogue import readable, refresh_catalogue

    summaries, warnings = readable(refresh_catalogue(folder(args)))
    for warning in warnings:
        print(f"facilitator: {warning}", file=sys.stderr)
    sys.stdout.write("\n".join(rotation_lines(rotation(summaries))) + "\n")
    return EXIT_OK

"""The round-robin pane by keyboard: the speaker large, live talk time, passes, proxies, notes."""

from __future__ import annotations

from textual.widgets import Digits

from facilitator.model.enums import FindingKind, TurnOutcome
from tests.tui.pane_sessions import HOSTILE, HOSTILE_SHOWN, make_app, open_pane, paste, widget_text


def seen(app, selector: str) -> str:
    return widget_text(app, app.screen.query_one(selector))


def elapsed(app) -> Digits:
    return app.screen.query_one("#rr-elapsed", Digits)


async def test_the_speaker_shows_large_with_live_time_and_who_is_next(tmp_path, clock) -> None:
    clock.advance(seconds=95 + 130)  # Ravi took the floor 95 s into the round
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "roundrobin")
        assert seen(app, "#rr-prompt") == "Round 1 · What surprised you?"
        assert seen(app, "#rr-speaker") == "▶ Ravi Menon 20:33 local · Asia/Kolkata on-call SRE"
        assert elapsed(app).value == "2:10" and not elapsed(app).has_class("over")
        assert seen(app, "#rr-queue") == "Next: Jo Park (00:03 local) Still to speak this round (1): Jo Park"
        assert "✎ Ravi Menon: The alert was faster than the dashboard" in seen(app, "#rr-notes")
        figures = seen(app, "#rr-figures")
        assert "Ana Lima 1:35" in figures and "America/Sao_Paulo 1:35" in figures
        assert "Never spoke: Ravi Menon, Jo Park" in figures

        await pilot.press("l")
        await paste(pilot, "2m")
        await pilot.press("enter")
        await pilot.pause()
        assert app.review.session.round_robin.speaker_limit_seconds == 120
        assert elapsed(app).has_class("over")  # red: past the limit
        assert "limit 2:00" in str(app.screen.query_one("#rr-stage").border_subtitle)

        clock.advance(seconds=5)
        app.screen.tick()
        await pilot.pause()
        assert elapsed(app).value == "2:15"


async def test_a_round_runs_to_the_end_with_a_pass_and_a_proxy(tmp_path, clock) -> None:
    clock.advance(seconds=95 + 60)
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 30)) as pilot:
        await open_pane(pilot, "roundrobin")
        await pilot.press("P")  # Ravi passes
        await pilot.pause()
        assert seen(app, "#rr-speaker").startswith("▶ Jo Park")
        await pilot.press("a")  # Jo is absent; someone speaks for the Seoul team
        await paste(pilot, "Ana Lima")
        await pilot.press("enter")
        await pilot.pause()
        assert seen(app, "#rr-speaker").startswith("▶ Ana Lima for Jo Park (absent) voicing Asia/Seoul")
        clock.advance(seconds=40)
        app.screen.tick()
        await pilot.pause()
        assert "Asia/Seoul 0:40 voiced by Ana Lima" in seen(app, "#rr-figures"), "the proxy's turn counts up"
        await pilot.press("n")  # the proxy's turn for Seoul ends
        await pilot.pause()
        turns = app.review.session.round_robin.current.turns
        assert [(t.outcome, t.proxy) for t in turns] == [
            (TurnOutcome.SPOKE, ""),
            (TurnOutcome.PASSED, ""),
            (TurnOutcome.ABSENT, "Ana Lima"),
            (TurnOutcome.SPOKE, "Ana Lima"),
        ]
        assert seen(app, "#rr-speaker").startswith("Round complete")
        figures = seen(app, "#rr-figures")
        assert "Passed: Ravi Menon" in figures
        assert "Absent: Jo Park (Asia/Seoul: voiced by Ana Lima)" in figures
        assert "Never spoke: Ravi Menon, Jo Park" in figures

        await pilot.press("r")  # a new round; the prompt defaults to the timebox's first question
        await pilot.press("enter")
        await pilot.pause()
        current = app.review.session.round_robin.current
        assert current.prompt == "Does everyone have the same picture of the impact?"
        assert seen(app, "#rr-prompt") == "Round 2 · Does everyone have the same picture of the impact?"
        await pilot.press("u")
        await pilot.pause()
        shuffled = app.review.session.round_robin.current
        assert shuffled.speaker == current.speaker and sorted(shuffled.order) == sorted(current.order)
        await pilot.press("n")
        await pilot.pause()
        assert app.review.session.round_robin.current.position == 1


async def test_the_latest_note_becomes_a_finding_an_action_or_a_parked_topic(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "roundrobin")
        await pilot.press("t")
        await paste(pilot, "Pool metrics were not on the dashboard")
        await pilot.press("enter")
        await pilot.pause()
        note = "Pool metrics were not on the dashboard"
        assert app.review.session.round_robin.current.notes[-1].text == note
        assert f"✎ Ravi Menon: {note}" in seen(app, "#rr-notes")

        await pilot.press("o", "enter")  # the first choice: a contributor
        await pilot.pause()
        finding = app.review.session.findings[-1]
        assert (finding.kind, finding.text) == (FindingKind.CONTRIBUTOR, note)
        await pilot.press("o", "down", "down", "down", "enter")  # an action item
        await pilot.pause()
        assert app.review.session.actions[-1].title == note
        await pilot.press("o", "end", "enter")  # a parked topic
        await pilot.pause()
        parked = app.review.session.parking[-1]
        assert (parked.text, parked.raised_in) == (note, "Framing")


async def test_absent_defaults_to_whoever_speaks_for_that_zone(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.review.edit_participant(app.review.session.participants[0].id, proxy_for="Asia/Kolkata on-call")
        await open_pane(pilot, "roundrobin")
        await pilot.press("a", "enter")
        await pilot.pause()
        assert app.review.session.round_robin.current.turns[-1].proxy == "Ana Lima"


async def test_hostile_text_shows_literally_in_the_round(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(200, 50)) as pilot:
        await open_pane(pilot, "roundrobin")
        await pilot.press("t")
        await paste(pilot, " ".join(HOSTILE))
        await pilot.press("enter")
        await pilot.pause()
        assert f"✎ Ravi Menon: {' '.join(HOSTILE_SHOWN)}" in seen(app, "#rr-notes")
        await pilot.press("r", "ctrl+u")
        await paste(pilot, HOSTILE[1])
        await pilot.press("enter")
        await pilot.pause()
        assert seen(app, "#rr-prompt") == f"Round 2 · {HOSTILE_SHOWN[1]}"
        assert app.is_running


async def test_a_new_round_leaves_the_facilitator_out_unless_ticked(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "roundrobin")
        names = {p.id: p.name for p in app.review.session.participants}
        await pilot.press("r", "enter")
        await pilot.pause()
        assert [names[i] for i in app.review.session.round_robin.current.order] == ["Ravi Menon", "Jo Park"]
        assert seen(app, "#rr-speaker").startswith("▶ Ravi Menon")
        await pilot.press("r")
        await pilot.pause()
        assert "Ana Lima (facilitator) takes a turn too" in widget_text(app, app.screen.query_one("Checkbox"))
        await pilot.press("tab", "space", "enter")
        await pilot.pause()
        order = [names[i] for i in app.review.session.round_robin.current.order]
        assert order == ["Ana Lima", "Ravi Menon", "Jo Park"]

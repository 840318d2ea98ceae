"""Child process of bench_startup and bench_interactive: start an app headless, print a wall time, exit.

    python bench/first_frame.py bare            # a bare Textual app showing one Static
    python bench/first_frame.py open SESSION    # `facilitator open SESSION`, via the real CLI
    python bench/first_frame.py ready SESSION   # the same, up to the first frame of the review screen
    python bench/first_frame.py bare-key        # the bare app, up to the frame after it handled a key
    python bench/first_frame.py review-key SESSION   # the review screen, up to the frame after a key
    python bench/first_frame.py floor-key SESSION    # the bare app after loading SESSION's model first

Kept tiny (no other imports) so both runs pay the same start-up cost besides the app itself.
The frame counted for `open` is the app's first (the screen saying which session is opening,
while a worker reads it); for `ready`, the first frame of the review screen. Each is rendered
to terminal output as a real terminal would need. The `-key` modes measure when the screen is
interactive, as a first keypress finds it: on its first frame a key is sent whose action costs
next to nothing on either side (the bare app's `s` changes its Static; on the review screen,
the number of the pane in front brings it to the front again), and the time printed is that of
the first frame after the key's action ran, so a screen still busy finishing itself answers late.
The `floor-key` mode is the bare app that first imports the domain and reads and validates
SESSION, as any screen showing a checked session must: the least a review screen can cost.
"""

from __future__ import annotations

import os
import sys
import time

os.environ["TEXTUAL_DRIVER"] = "textual.drivers.headless_driver:HeadlessDriver"
BARE_KEY, BARE_ACTION = "s", "toggle_script"
PANE_ACTION = "show_pane"


def exit_on_first_frame(screen_name: str, then_key: bool = False) -> None:
    """Print the time of the first frame of `screen_name` and exit; with `then_key`, send the
    key on that frame and wait for the first frame after its action ran instead."""
    import textual.app
    from textual import events

    original = textual.app.App._display
    original_run_action = textual.app.App.run_action
    state = {"sent": False, "handled": False}

    def display(self, screen, renderable) -> None:
        original(self, screen, renderable)
        if renderable is None or (type(screen).__name__ != screen_name and not state["handled"]):
            return
        renderable.render_segments(self.console)
        if then_key and not state["sent"]:
            state["sent"] = True
            name = key_for(screen)
            key = events.Key(name, name)
            key.set_sender(self)
            self._driver.send_message(key)  # as a keypress arrives (and as Pilot sends one)
        elif not then_key or state["handled"]:
            print(f"{time.time():.6f}", flush=True)
            os._exit(0)

    async def run_action(self, action, *args, **kwargs) -> bool:
        done = await original_run_action(self, action, *args, **kwargs)
        if isinstance(action, str) and action.startswith((BARE_ACTION, PANE_ACTION)):
            state["handled"] = True
            self.screen.refresh()  # the frame that shows the key was taken, whatever it changed
        return done

    textual.app.App._display = display
    textual.app.App.run_action = run_action


def key_for(screen) -> str:
    """The bare app's own key, or the number key of the review screen's pane in front (read
    from the screen's bindings, which every revision compare.py runs has)."""
    if not hasattr(screen, "current_pane"):
        return BARE_KEY
    action = f"{PANE_ACTION}('{screen.current_pane}')"
    return next(binding.key for binding in type(screen).BINDINGS if binding.action == action)


def bare(then_key: bool = False) -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App):
        BINDINGS = [(BARE_KEY, BARE_ACTION, "Toggle")]

        def compose(self) -> ComposeResult:
            yield Static("one Static")

        def action_toggle_script(self) -> None:
            self.query_one(Static).update("the key was taken")

    exit_on_first_frame("Screen", then_key)
    Bare().run()


def floor(path: str) -> None:
    from pathlib import Path

    from facilitator.store.session_file import load_session

    load_session(Path(path))
    bare(then_key=True)


def open_session(path: str, screen_name: str, then_key: bool = False) -> None:
    from facilitator.cli import main

    exit_on_first_frame(screen_name, then_key)
    main(["open", path])


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode in ("bare", "bare-key"):
        bare(mode == "bare-key")
    elif mode == "floor-key":
        floor(sys.argv[2])
    else:
        screen = "ReviewScreen" if mode in ("ready", "review-key") else "LoadingScreen"
        open_session(sys.argv[2], screen, mode == "review-key")
    sys.exit("the app exited before its first frame")

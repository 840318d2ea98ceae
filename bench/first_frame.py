"""Child process of bench_startup: start an app headless, print the wall time of its first frame, exit.

    python bench/first_frame.py bare            # a bare Textual app showing one Static
    python bench/first_frame.py open SESSION    # `facilitator open SESSION`, via the real CLI
    python bench/first_frame.py ready SESSION   # the same, up to the first frame of the review screen

Kept tiny (no other imports) so both runs pay the same start-up cost besides the app itself.
The frame counted for `open` is the app's first (the screen saying which session is opening,
while a worker reads it); for `ready`, the first frame of the review screen. Each is rendered
to terminal output as a real terminal would need.
"""

from __future__ import annotations

import os
import sys
import time

os.environ["TEXTUAL_DRIVER"] = "textual.drivers.headless_driver:HeadlessDriver"


def exit_on_first_frame(screen_name: str) -> None:
    import textual.app

    original = textual.app.App._display

    def display(self, screen, renderable) -> None:
        original(self, screen, renderable)
        if renderable is not None and type(screen).__name__ == screen_name:
            renderable.render_segments(self.console)
            print(f"{time.time():.6f}", flush=True)
            os._exit(0)

    textual.app.App._display = display


def bare() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App):
        def compose(self) -> ComposeResult:
            yield Static("one Static")

    exit_on_first_frame("Screen")
    Bare().run()


def open_session(path: str, screen_name: str) -> None:
    from facilitator.cli import main

    exit_on_first_frame(screen_name)
    main(["open", path])


if __name__ == "__main__":
    if sys.argv[1:2] == ["bare"]:
        bare()
    else:
        open_session(sys.argv[2], "ReviewScreen" if sys.argv[1] == "ready" else "LoadingScreen")
    sys.exit("the app exited before its first frame")

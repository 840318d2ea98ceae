"""The app's themes: the stock ones plus a high-contrast theme for shared screens and projectors."""

from __future__ import annotations

from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="facilitator-high-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFF00",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    success="#00FF00",
    warning="#FFFF00",
    error="#FF3030",
    boost="#202020",
    dark=True,
    variables={"text-muted": "#E0E0E0", "footer-key-foreground": "#FFFF00", "border": "#FFFFFF"},
)

DEFAULT_THEME = "textual-dark"
THEME_NAMES = {"textual-dark": "Dark", "facilitator-high-contrast": "High contrast", "textual-light": "Light"}
"""The themes F2 cycles through (the only theme switcher), in order, with the names notices show."""
THEME_CYCLE = tuple(THEME_NAMES)

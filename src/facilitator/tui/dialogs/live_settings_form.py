"""The live page's settings as a form (O, or "Live page settings" in Ctrl+P).

The same checks as `facilitator serve` (store/live_settings.py); a bad value keeps the form open
with the sentence that names it. Saved in settings.json, so `serve` uses them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.review.refused import Refused
from facilitator.store.live_settings import LiveSettingError, LiveSettings, checked_live_settings
from facilitator.tui.dialogs.form_fields import form_field, typed_form
from facilitator.tui.review_app import ReviewApp


@dataclass(frozen=True)
class LiveSettingsForm:
    """The settings as typed."""

    host: str = form_field("Listen on (127.0.0.1 this machine only · 0.0.0.0 every address)")
    port: str = form_field("Port (links name it: keep it once links are sent)")
    public_url: str = form_field(
        "Public URL participants open, if not host:port (proxy, VPN name)",
        placeholder="https://review.example.com",
    )
    cert: str = form_field("TLS certificate (PEM file): the page speaks HTTPS", placeholder="blank: plain HTTP")
    key: str = form_field("TLS key (PEM file)")
    trust_proxy: bool = form_field("Behind a reverse proxy: trust its X-Forwarded headers", default=False)

    @classmethod
    def of(cls, settings: LiveSettings) -> LiveSettingsForm:
        return cls(
            settings.host, str(settings.port), settings.public_url, settings.cert, settings.key, settings.trust_proxy
        )


def ask_live_settings(app: ReviewApp, serving: bool) -> None:
    """Open the form on the current settings; a saved change applies from the next start."""

    def submit(form: LiveSettingsForm) -> None:
        try:
            settings = checked_live_settings(
                form.host, form.port, form.public_url, form.cert, form.key, form.trust_proxy
            )
        except LiveSettingError as error:
            raise Refused(str(error)) from None
        app.remember_live_settings(settings)
        later = " The page now running keeps its address: stop it (x in Share) and share again." if serving else ""
        app.notify(f"Live page settings saved; links use {settings.base_url()}.{later}", markup=False)

    app.push_screen(
        typed_form(
            "Live page settings (also used by facilitator serve)", LiveSettingsForm.of(app.live_settings), submit
        )
    )

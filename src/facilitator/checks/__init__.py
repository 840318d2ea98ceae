"""Checks over a session or text: readiness, closure, blameless language."""

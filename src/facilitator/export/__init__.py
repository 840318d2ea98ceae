"""Exporters: pure functions from a session to Markdown, JSON and action-item formats."""

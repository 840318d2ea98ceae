"""Widgets the panes and screens are made of: the agenda strip, the timeline list, hints."""

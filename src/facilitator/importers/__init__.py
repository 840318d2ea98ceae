"""Timeline importers: pure functions from text or files to events plus problems."""

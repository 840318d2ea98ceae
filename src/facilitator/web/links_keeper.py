"""The server's view of the links file: re-read when it changes, so a revoked link dies at once."""

from __future__ import annotations

from pathlib import Path

from facilitator.store.links import LinkSet, load_links, save_links


class LinkKeeper:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp: int | None = None
        self._links = LinkSet()
        self.current()

    def current(self) -> LinkSet:
        """The links as the file has them now (a broken file keeps the last good set)."""
        try:
            stamp = self.path.stat().st_mtime_ns
        except FileNotFoundError:
            stamp = None
        if stamp != self._stamp:
            try:
                self._links = load_links(self.path)
                self._stamp = stamp
            except ValueError:
                pass
        return self._links

    def ensure(self, holders: list[str]) -> LinkSet:
        """A token for each of `holders` and the watch link, written if any was missing."""
        links = self.current()
        if links.ensure(holders):
            save_links(self.path, links)
        return links

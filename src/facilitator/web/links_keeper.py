"""The server's view of the links file: re-read when it changes, so a revoked link dies at once."""

from __future__ import annotations

from pathlib import Path

from facilitator.store.links import LinkSet, links_path, load_links, prepare_private_folder, save_links


class LinkKeeper:
    def __init__(self, session_path: Path) -> None:
        prepare_private_folder(session_path)
        self.path = links_path(session_path)
        self._stamp: tuple[int, int, int] | None = None
        self._links = LinkSet()
        self.current()

    def stamp(self) -> tuple[int, int, int] | None:
        """What the file looks like now (a replaced file has a new inode)."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return None
        return info.st_ino, info.st_mtime_ns, info.st_size

    def current(self) -> LinkSet:
        """The links as the file has them now (a broken file keeps the last good set)."""
        stamp = self.stamp()
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

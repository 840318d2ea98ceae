"""The server's view of the links file: re-read when it changes, so a revoked link dies at once.

The tokens a re-read takes away are remembered (in memory, for as long as the server runs), so
a revoked link's page can say it was replaced rather than that it never worked.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.store.links import LinkSet, links_path, load_links, prepare_private_folder, save_links


class LinkKeeper:
    def __init__(self, session_path: Path) -> None:
        prepare_private_folder(session_path)
        self.path = links_path(session_path)
        self._stamp: tuple[int, int, int] | None = None
        self._links = LinkSet()
        self._revoked: set[str] = set()
        self._known: set[str] = set()
        """The tokens as last read (the set in memory may be changed in place before it is saved)."""
        self.current()

    def _file_stamp(self) -> tuple[int, int, int] | None:
        """What the file looks like now (a replaced file has a new inode)."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return None
        return info.st_ino, info.st_mtime_ns, info.st_size

    def current(self) -> LinkSet:
        """The links as the file has them now (a broken file keeps the last good set)."""
        stamp = self._file_stamp()
        if stamp != self._stamp:
            try:
                links = load_links(self.path)
            except ValueError:
                return self._links
            tokens = set(links.tokens.values())
            self._revoked |= self._known - tokens
            self._known = tokens
            self._links = links
            self._stamp = stamp
        return self._links

    def was_revoked(self, token: str) -> bool:
        """Whether `token` was a link until the facilitator revoked it (while this server ran)."""
        return token in self._revoked

    def ensure(self, holders: list[str]) -> LinkSet:
        """A token for each of `holders` and the watch link, written if any was missing."""
        links = self.current()
        if links.ensure(holders):
            save_links(self.path, links)
        return links

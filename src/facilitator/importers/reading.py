"""Reading an input file as text, with a clear reason when it cannot be."""

from __future__ import annotations

from pathlib import Path

from facilitator.store.safe_read import NotReadable, read_regular_file


class InputError(Exception):
    """An input that cannot be read at all; the message says why (the caller names the file)."""


def decode(data: bytes) -> str:
    """UTF-8 text (a leading BOM dropped); InputError naming the offending byte otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); save it as UTF-8 and retry"
        ) from None


def read_text(path: Path) -> str:
    """The text of a regular file no bigger than the size limit (store/safe_read.py)."""
    try:
        return decode(read_regular_file(path))
    except NotReadable as error:
        raise InputError(str(error)) from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a folder (only a Slack export can be a folder)") from None
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror or error})") from None

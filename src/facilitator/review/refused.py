"""The one exception a command raises when it will not do what was asked, for the user to read.

A refusal is not a bug: a note with no text, a change to a read-only session, a value the model
rejects. Forms and notices show its message; any other exception is a bug and stays one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from pydantic import ValidationError

from facilitator.model.validation import describe_validation

Command = TypeVar("Command", bound=Callable[..., Any])


class Refused(ValueError):
    """A command the review will not carry out; the message says why, in the user's terms."""


@contextmanager
def refusing(*kinds: type[Exception]) -> Iterator[None]:
    """Turn errors of `kinds` (what bad input raises, e.g. a time that does not parse) into a
    refusal with the same message. A pydantic validation error reads as one line per field."""
    try:
        yield
    except ValidationError as error:
        raise Refused(describe_validation(error)) from error
    except kinds as error:
        raise Refused(str(error)) from error


def refuses_invalid(command: Command) -> Command:
    """`command`, with the model's validation errors (from the values it was given) as refusals."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        with refusing():
            return command(*args, **kwargs)

    return run  # type: ignore[return-value]

"""Typed forms: a frozen dataclass per form declares its fields once, and the form hands one back.

Each dataclass field carries its form metadata (`form_field(label, ...)`); the field's type says
what widget it gets: `bool` a checkbox, a field with options a select box, anything else a text
input. A `StrEnum` field shows its options' values and comes back as the enum member. Labels,
options and placeholders that depend on the session are passed when the form opens.

Declaring a form imports no dialog: the dialog's module (its widgets, the blameless hint) is
imported when a form first opens, so a pane that declares forms loads without it.
"""

from __future__ import annotations

import dataclasses
import functools
import typing
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from rich.text import Text

if TYPE_CHECKING:
    from facilitator.tui.dialogs.form import Field, FormDialog

FORM = "form"
"""The dataclass-field metadata key that holds a field's `FieldSpec`."""

Options = Sequence[tuple[str | Text, str]]
Suggestions = Sequence[str] | Callable[[], Sequence[str]]
"""Completions, or a function that lists them when the form opens (e.g. every time zone)."""


class FormValue(Protocol):
    """A dataclass instance (what `dataclasses.fields` accepts)."""

    __dataclass_fields__: typing.ClassVar[dict[str, Any]]


T = TypeVar("T", bound=FormValue)


@dataclasses.dataclass(frozen=True)
class FieldSpec:
    """How one value is asked for: its label and, for a select box, its options."""

    label: str
    options: Options = ()
    placeholder: str = ""
    blame_check: bool = False
    """Mark blaming phrasing as it is typed (never blocks)."""
    suggestions: Suggestions = ()
    multiline: bool = False
    """A text area that wraps (a few sentences), not a one-line input."""


def form_field(
    label: str = "",
    *,
    default: object = "",
    options: Options = (),
    placeholder: str = "",
    blame_check: bool = False,
    suggestions: Suggestions = (),
    multiline: bool = False,
) -> Any:
    """A dataclass field that a form asks for with this label (and these options, if any)."""
    spec = FieldSpec(label, options, placeholder, blame_check, suggestions, multiline)
    return dataclasses.field(default=default, metadata={FORM: spec})


def enum_options(enum: type[Enum]) -> Options:
    """Every member of `enum`, shown and stored as its value."""
    return tuple((member.value, member.value) for member in enum)


def fields_for(
    initial: FormValue,
    labels: Mapping[str, str] | None = None,
    options: Mapping[str, Options] | None = None,
    placeholders: Mapping[str, str] | None = None,
) -> list[Field]:
    """The widgets' specs for a form opening with `initial`, in the dataclass's field order."""
    from facilitator.tui.dialogs.form import Field

    result = []
    for item in dataclasses.fields(initial):
        spec: FieldSpec = item.metadata[FORM]
        value = getattr(initial, item.name)
        result.append(
            Field(
                item.name,
                (labels or {}).get(item.name, spec.label),
                "" if isinstance(value, bool) else str(value.value if isinstance(value, Enum) else value),
                options=(options or {}).get(item.name, spec.options),
                check=value if isinstance(value, bool) else None,
                placeholder=(placeholders or {}).get(item.name, spec.placeholder),
                blame_check=spec.blame_check,
                suggestions=spec.suggestions() if callable(spec.suggestions) else spec.suggestions,
                multiline=spec.multiline,
            )
        )
    return result


def read_form(form: type[T], values: Mapping[str, object]) -> T:
    """The typed value of a form whose widgets hold `values` (keyed by field name)."""
    hints = typing.get_type_hints(form)
    typed: dict[str, object] = {}
    for name, raw in values.items():
        kind = hints[name]
        if kind is bool:
            typed[name] = bool(raw)
        elif isinstance(kind, type) and issubclass(kind, Enum):
            typed[name] = kind(raw)
        else:
            typed[name] = str(raw)
    return form(**typed)


def reader(form: type[T]) -> Callable[[Mapping[str, object]], T]:
    """What turns a form's widget values into a `form`."""
    return functools.partial(read_form, form)


def typed_form(
    title: str,
    initial: T,
    submit: Callable[[T], str | None] | None,
    labels: Mapping[str, str] | None = None,
    options: Mapping[str, Options] | None = None,
    placeholders: Mapping[str, str] | None = None,
) -> FormDialog[T]:
    """A form that opens showing `initial` and hands `submit` a value of the same dataclass."""
    from facilitator.tui.dialogs.form import FormDialog

    fields = fields_for(initial, labels, options, placeholders)
    return FormDialog(title, fields, submit, reader(type(initial)))

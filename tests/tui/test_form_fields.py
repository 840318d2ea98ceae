"""A typed form declares its fields once: the dataclass gives the widgets and takes the values back."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from facilitator.model.enums import Severity
from facilitator.tui.dialogs.form_fields import enum_options, fields_for, form_field, read_form


@dataclass(frozen=True)
class Sample:
    title: str = form_field("Title", blame_check=True)
    severity: Severity = form_field("Severity", default=Severity.SEV3, options=enum_options(Severity))
    urgent: bool = form_field("Urgent", default=False)


def test_each_field_becomes_a_widget_spec_in_declared_order() -> None:
    fields = fields_for(Sample("Pool", Severity.SEV1, True), labels={"title": "Name it"})
    assert [(f.key, f.label, f.value, f.check) for f in fields] == [
        ("title", "Name it", "Pool", None),
        ("severity", "Severity", "SEV1", None),
        ("urgent", "Urgent", "", True),
    ]
    assert fields[0].blame_check and fields[1].options == tuple((s.value, s.value) for s in Severity)


def test_values_come_back_typed() -> None:
    value = read_form(Sample, {"title": "Pool", "severity": "SEV2", "urgent": True})
    assert value == Sample("Pool", Severity.SEV2, True)
    assert isinstance(value.severity, Severity)


def test_a_value_outside_the_options_is_a_bug_not_a_message() -> None:
    with pytest.raises(ValueError):
        read_form(Sample, {"title": "Pool", "severity": "SEV9", "urgent": False})

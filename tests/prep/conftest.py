"""Fixtures for the pre-prep tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from facilitator.importers.prep_form import answers_from_form, read_form
from facilitator.model.prep import PrepAnswers
from tests.prep.prep_support import RECEIVED, Cli, example


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path / "sessions", capsys)


@pytest.fixture
def form_answers() -> Callable[[str], PrepAnswers]:
    """Reads a filled form's text against the Cloudflare example; fails on any problem."""

    def read(text: str) -> PrepAnswers:
        answers, problems = answers_from_form(read_form(text, "form.md"), example(), RECEIVED)
        assert [str(p) for p in problems] == []
        assert answers is not None
        return answers

    return read


@pytest.fixture
def form_words() -> Callable[[PrepAnswers], dict[str, Any]]:
    """The answers with whitespace normalised and ids dropped (they are new per import)."""

    def clean(value: Any) -> Any:
        if isinstance(value, str):
            return " ".join(value.split())
        if isinstance(value, list | tuple):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    def words(answers: PrepAnswers) -> dict[str, Any]:
        data = answers.model_dump(exclude={"id", "source"})
        data["proposals"] = [p["title"] for p in data["proposals"]]
        return clean(data)

    return words

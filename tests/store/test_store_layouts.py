"""User layout files: every kind of mistake gets a LayoutError naming file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.store.layouts import LayoutError, all_layouts, load_layout_file

GOOD_BOX = '[[timeboxes]]\nkind = "framing"\ntitle = "Framing"\nminutes = 5\n'


def many_boxes(count: int) -> str:
    return 'name = "huge"\n' + "".join(
        f'[[timeboxes]]\nkind = "custom"\ntitle = "Box {n}"\nminutes = 1\n' for n in range(count)
    )


BAD = {
    "negative minutes": (
        'name = "x"\n[[timeboxes]]\nkind = "framing"\ntitle = "F"\nminutes = -5\n',
        [":5: timeboxes.0.minutes: Input should be greater than 0"],
    ),
    "wrong types": (
        'name = "x"\n[[timeboxes]]\nkind = "framing"\ntitle = 7\nminutes = "ten"\n',
        [
            ":4: timeboxes.0.title: Input should be a valid string",
            ":5: timeboxes.0.minutes: Input should be a valid integer",
        ],
    ),
    "missing fields": (
        'name = "x"\n' + GOOD_BOX + '[[timeboxes]]\ntitle = "Second"\n',
        [":6: timeboxes.1.kind: Field required", ":6: timeboxes.1.minutes: Field required"],
    ),
    "unknown kind": (
        'name = "x"\n[[timeboxes]]\nkind = "chat"\ntitle = "F"\nminutes = 5\n',
        [":3: timeboxes.0.kind: Input should be 'framing', 'timeline'"],
    ),
    "misspelt field": (
        'name = "x"\n[[timeboxes]]\nkind = "framing"\ntitle = "F"\nminuets = 5\n',
        [":2: timeboxes.0.minutes: Field required", ":5: timeboxes.0.minuets: Extra inputs are not permitted"],
    ),
    "timeboxes as a table": (
        'name = "x"\n[timeboxes]\nkind = "framing"\n',
        [":2: timeboxes: Input should be a valid tuple"],
    ),
    "10,000 timeboxes": (many_boxes(10_000), [":202: timeboxes: Tuple should have at most 50 items"]),
    "invalid TOML": (
        'name = "x"\n[[timeboxes]\nkind = \n',
        [":2: not valid TOML: Expected ']]' at the end of an array declaration (column 12)"],
    ),
    "no timeboxes": ('name = "x"\n', [": timeboxes: Field required"]),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_a_bad_layout_names_file_line_and_field_one_line_per_problem(tmp_path: Path, case: str) -> None:
    text, expected = BAD[case]
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LayoutError) as failure:
        load_layout_file(path)
    lines = str(failure.value).splitlines()
    assert len(lines) == len(expected)
    for line, wanted in zip(lines, expected, strict=False):
        assert line.startswith(f"{path}{wanted}"), line


@pytest.mark.parametrize("case", ["negative minutes", "missing fields", "invalid TOML"])
def test_validate_exits_2_with_one_stderr_line_per_problem(tmp_path: Path, capsys, case: str) -> None:
    text, expected = BAD[case]
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["layouts", "--validate", str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == len(expected)
    for line, wanted in zip(err, expected, strict=False):
        assert line.startswith(f"facilitator: {path}{wanted}"), line


def test_a_byte_order_mark_is_fine(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + ('name = "bom"\n' + GOOD_BOX).encode("utf-8"))
    assert main(["layouts", "--validate", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: ok (bom, 1 timeboxes, 5 min)\n"


@pytest.mark.parametrize(("content", "problem"), [(b"\xff\xfe bad", "cannot be read"), (None, "cannot be read")])
def test_an_unreadable_file_is_a_layout_error_naming_it(tmp_path: Path, content: bytes | None, problem: str) -> None:
    path = tmp_path / "x.toml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(LayoutError, match=f"^{path}: {problem}"):
        load_layout_file(path)


def test_a_file_too_big_to_be_a_layout_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_bytes(b"#" * 1_000_001)
    with pytest.raises(LayoutError, match="larger than the limit of 1,000,000 bytes"):
        load_layout_file(path)


def test_a_bad_user_layout_is_reported_and_the_good_ones_still_listed(tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_text('name = "mine"\n' + GOOD_BOX, encoding="utf-8")
    (tmp_path / "bad.toml").write_text('name = "bad"\n[[timeboxes]]\n', encoding="utf-8")
    entries, errors = all_layouts(tmp_path)
    assert "mine" in {e.layout.name for e in entries} and "bad" not in {e.layout.name for e in entries}
    assert len(errors) == 1 and errors[0].startswith(f"{tmp_path / 'bad.toml'}:2: timeboxes.0.kind")


def test_a_deeply_nested_layout_is_one_line_naming_it(tmp_path: Path, capsys) -> None:
    path = tmp_path / "deep.toml"
    path.write_text("name = " + "[" * 20_000 + "]" * 20_000 + "\n", encoding="utf-8")
    assert main(["layouts", "--validate", str(path)]) == 2
    assert capsys.readouterr().err == f"facilitator: {path}: not valid TOML: nested too deeply to be read\n"

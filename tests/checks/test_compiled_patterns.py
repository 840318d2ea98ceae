"""The blameless check's patterns kept compiled on disk: the same patterns, faster next time."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.checks import compiled_patterns
from facilitator.checks.blame_lazy import LazyPattern
from facilitator.checks.blame_people import normalize
from facilitator.checks.blameless import FAMILIES
from facilitator.checks.compiled_patterns import cache_file, compile_pattern, keep_compiled_in

LABELLED = Path(__file__).with_name("blameless_labelled.tsv")
SOURCES = (
    r"(?<![^ ])(?:careless|sloppy|lazy)(?![^ ])",
    r"(?P<who>§) (?:forgot|missed) (?P<what>the [a-z]+)",
    r"(?i)\bdropped the ball\b",
    r"(?:was|were) [a-z]+ed by (?=[^.]*§)",
)
TEXTS = ("§ forgot the runbook", "Mei DROPPED THE BALL", "the table was deleted by §.", "a sloppy lazy fix", "")


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A fresh store kept in `tmp_path`, as a new process would start with."""
    monkeypatch.setattr(compiled_patterns, "_STORE", compiled_patterns._Store())
    keep_compiled_in(tmp_path)
    return tmp_path


def _same(kept: re.Pattern[str], fresh: re.Pattern[str]) -> None:
    assert (kept.pattern, kept.flags, kept.groups, kept.groupindex) == (
        fresh.pattern,
        fresh.flags,
        fresh.groups,
        fresh.groupindex,
    )
    for text in TEXTS:
        assert [m.groups() + m.span() for m in kept.finditer(text)] == [
            m.groups() + m.span() for m in fresh.finditer(text)
        ]


def test_a_pattern_read_back_from_the_file_matches_as_re_compile_does(store: Path, monkeypatch) -> None:
    for source in SOURCES:
        _same(compile_pattern(source), re.compile(source))
    compiled_patterns._write()
    assert cache_file(store).is_file()
    monkeypatch.setattr(compiled_patterns, "_STORE", compiled_patterns._Store())
    keep_compiled_in(store)
    monkeypatch.setattr(compiled_patterns, "_program", _never)  # nothing may be compiled again
    for source in SOURCES:
        _same(compile_pattern(source), re.compile(source))


def _never(source: str) -> compiled_patterns._Program:
    raise AssertionError(f"compiled again: {source}")


def test_a_damaged_file_is_ignored_and_replaced(store: Path) -> None:
    cache_file(store).write_bytes(b"\x00not marshal at all")
    _same(compile_pattern(SOURCES[0]), re.compile(SOURCES[0]))
    compiled_patterns._write()
    assert marshal.loads(cache_file(store).read_bytes()).keys() == compiled_patterns._STORE.used.keys()


def test_a_program_the_engine_refuses_is_compiled_afresh(store: Path, monkeypatch) -> None:
    compile_pattern(SOURCES[1])
    compiled_patterns._write()
    stored = marshal.loads(cache_file(store).read_bytes())
    key = next(iter(stored))
    flags, code, groups, names, index_group = stored[key]
    stored[key] = (flags, [9999, *code[1:]], groups, names, index_group)  # an opcode the engine never had
    cache_file(store).write_bytes(marshal.dumps(stored))
    monkeypatch.setattr(compiled_patterns, "_STORE", compiled_patterns._Store())
    keep_compiled_in(store)
    _same(compile_pattern(SOURCES[1]), re.compile(SOURCES[1]))


def test_without_a_folder_nothing_is_written(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(compiled_patterns, "_STORE", compiled_patterns._Store())
    _same(compile_pattern(SOURCES[2]), re.compile(SOURCES[2]))
    compiled_patterns._write()
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_cache_folder_only_costs_the_compiling(store: Path) -> None:
    compile_pattern(SOURCES[3])
    store.chmod(0o500)
    try:
        compiled_patterns._write()  # no error: the next run compiles again
    finally:
        store.chmod(0o700)


def test_the_command_line_keeps_the_checks_patterns_and_flags_the_same_on_the_next_run(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("# Review\n\nThe on-call was careless and ignored the page.\n", encoding="utf-8")
    env = {"FACILITATOR_CACHE": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    runs = [
        subprocess.run(
            [sys.executable, "-m", "facilitator", "blameless", str(draft)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        for _ in range(2)
    ]
    assert [run.returncode for run in runs] == [1, 1]
    assert "careless" in runs[0].stdout and runs[0].stdout == runs[1].stdout
    assert cache_file(tmp_path / "cache").is_file()


def _checker_patterns() -> list[str]:
    """The text of every pattern of the blameless check: its families' and its modules' own."""
    sources = [family.pattern._source for family in FAMILIES]
    for module in (sys.modules[name] for name in list(sys.modules) if name.startswith("facilitator.checks.blame")):
        sources += [value._source for value in vars(module).values() if isinstance(value, LazyPattern)]
    return sorted(set(sources))


def test_every_pattern_of_the_checker_reads_back_as_re_compile_makes_it(store: Path, monkeypatch) -> None:
    sentences = [line.split("\t")[2] for line in LABELLED.read_text(encoding="utf-8").splitlines()[2:60]]
    texts = [normalize(sentence).text for sentence in sentences]
    sources = _checker_patterns()
    assert len(sources) > 200
    for source in sources:
        compile_pattern(source)
    compiled_patterns._write()
    monkeypatch.setattr(compiled_patterns, "_STORE", compiled_patterns._Store())
    keep_compiled_in(store)
    monkeypatch.setattr(compiled_patterns, "_program", _never)
    for source in sources:
        kept, fresh = compile_pattern(source), re.compile(source)
        assert (kept.flags, kept.groups, kept.groupindex) == (fresh.flags, fresh.groups, fresh.groupindex)
        for text in texts:
            assert [m.span() for m in kept.finditer(text)] == [m.span() for m in fresh.finditer(text)], source[:60]

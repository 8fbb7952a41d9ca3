"""The speed benchmark measures real work: its generated claims check as they were written,
its reading of ``python -X importtime`` adds up, and the real-sentence scorer reads its set."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

import claimcheck

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _module(name: str) -> ModuleType:
    """A module of benchmarks/, which is a folder of scripts rather than a package."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    return importlib.import_module(name)


def test_generated_claims_check_as_written() -> None:
    # Every generated claim is true except the deliberate "more than quadrupled" slips, so the
    # benchmark times the engine's ordinary path, not error handling.
    generate = _module("_generate")
    text = generate.claim_file_text(240, seed=7)
    report = claimcheck.check(claimcheck.loads(text, path="generated.yaml"))
    slips = text.count("more than quadrupled")
    assert len(report.claims) == 240
    assert report.summary.contradicted == slips > 0
    assert report.summary.needs_review == 0
    assert report.summary.unsourced == 0
    assert report.summary.supported == 240 - slips


def test_generated_folder_holds_story_sized_files(tmp_path: Path) -> None:
    generate = _module("_generate")
    files = generate.write_claim_folder(tmp_path / "stories", 3, claims_per_file=5)
    assert [path.name for path in files] == [
        "story-00000.yaml",
        "story-00001.yaml",
        "story-00002.yaml",
    ]
    assert all(len(claimcheck.load(path).claims) == 5 for path in files)


IMPORTTIME = """\
import time: self [us] | cumulative | imported package
import time:       300 |        300 |   _io
import time:      1000 |       1300 | site
import time:       200 |        200 |       pydantic.version
import time:      4000 |       4200 |     pydantic
import time:      6000 |      10200 |   claimcheck.model
import time:       500 |      10700 | claimcheck.batch
import time:      2000 |       2000 | yaml
"""


def test_import_budget_adds_up() -> None:
    speed = _module("speed")
    budget = speed.parse_importtime(IMPORTTIME)
    assert budget.total_us == 1300 + 10700 + 2000
    assert budget.slowest == [("claimcheck.batch", 10700), ("yaml", 2000), ("site", 1300)]
    assert budget.by_package == {
        "_io": 300,
        "site": 1000,
        "pydantic": 4200,
        "claimcheck": 6500,
        "yaml": 2000,
    }


def test_drafting_benchmark_reads_the_scorer_lines() -> None:
    drafting = _module("drafting")
    rows = drafting.parse(
        "a: claims=4 linked=3 verdict_right=2 false_supported=0 drafted=5 sources=tables\n"
        "b: claims=2 linked=0 verdict_right=0 false_supported=0 drafted=0 sources=- ERROR x\n"
    )
    assert [(r.name, r.linked, r.right, r.mode, r.error) for r in rows] == [
        ("a", 3, 2, "tables", ""),
        ("b", 0, 0, "-", "ERROR x"),
    ]
    text = drafting.table(rows)
    assert text.splitlines()[-1].split()[:4] == ["overall", "6", "3", "50.0%"]


REAL_SENTENCES = Path(__file__).resolve().parents[2] / "realsentences" / "sentences.yaml"


def test_real_sentences_set_reads_and_scores(tmp_path: Path) -> None:
    # A two-entry set in the same format, so the scorer is exercised without the real set.
    real = _module("real_sentences")
    path = tmp_path / "set.yaml"
    path.write_text(
        "- id: rise\n"
        "  quote: 'went up from 200 to 250, a rise of 25%'\n"
        "  before: '200'\n"
        "  after: '250'\n"
        "  expect: supported\n"
        "  class: [1]\n"
        "- id: wrong\n"
        "  quote: 'doubled to 250'\n"
        "  before: '200'\n"
        "  after: '250'\n"
        "  expect: supported\n",
        encoding="utf-8",
    )
    outcomes = [real.run_entry(entry) for entry in real.load_set(path)]
    result = real.score(outcomes)
    assert (result.total, result.right, result.false_contradicted) == (2, 1, 1)
    assert (
        "class   1:   0 missed of   1 as main difficulty,   0 of   1 exercising it"
        in real.report(outcomes, verbose=True)
    )


def test_real_sentences_script_refuses_a_missing_set(tmp_path: Path) -> None:
    real = _module("real_sentences")
    assert real.main([str(tmp_path / "absent.yaml")]) == 2
    if not REAL_SENTENCES.is_file():
        pytest.skip("the set of real sentences is kept outside the project and is absent here")
    assert real.main([str(REAL_SENTENCES)]) == 0


def test_the_startup_benchmark_compares_each_command_with_its_baseline() -> None:
    startup = _module("startup")
    names = [command.name for command in startup.commands()]
    assert names[0] == "python -c pass"
    assert names[1] == 'python -c "import pydantic, yaml"'
    assert names[2].startswith("claimcheck check ")
    assert names[3].startswith("claimcheck scan ")
    lines = startup._figures(dict(zip(names, (0.05, 0.2, 0.3, 0.25), strict=True)))
    assert "1.50x  check against import pydantic, yaml (target at most 2x: met)" in lines[4]
    assert "5.00x  scan against python -c pass (target at most 4x: MISSED)" in lines[5]

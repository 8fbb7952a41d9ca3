"""Numbers a quote repeats from the name of a referenced figure's line
(engine/read/line_names.py): part of what the figure is of, not a second statement. The
tables and sentences are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _wording import case_id

import claimcheck
from claimcheck.engine.read.line_names import name_words
from claimcheck.engine.read.reader import read
from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

TABLE = (
    "Measure,2024\n"
    "Surgeries taking fewer than one new patient a week,41%\n"
    '"Households with 3 or more cars","1,250"\n'
    "Ferries more than 10 minutes late,18%\n"
)

CASES: list[tuple[str, str, Verdict, str]] = [
    ("Some 41 per cent took fewer than one new patient a week",
     "Surgeries taking fewer than one new patient a week", S, "'one' is in the line's name"),
    ("Some 41 per cent took fewer than two new patients a week",
     "Surgeries taking fewer than one new patient a week", R,
     "'two' is not the line's threshold: a number to question"),
    ("There were 1,250 households with 3 or more cars", "Households with 3 or more cars", S,
     "the band is the line's name"),
    ("Ferries more than 10 minutes late made up 18% of sailings",
     "Ferries more than 10 minutes late", S, "a threshold of the line"),
    ("Some 60 per cent took fewer than one new patient a week",
     "Surgeries taking fewer than one new patient a week", C,
     "the name's number is left alone, the figure is still checked"),
    ("Some 41 per cent took fewer than one patient a week",
     "Surgeries taking fewer than one new patient a week", S,
     "one word of the name left out between the number and the word after"),
    ("Some 41 per cent had fewer than one visit a week",
     "Surgeries taking fewer than one new patient a week", R,
     "a word after the number the name does not have: the phrase is not the name's"),
]  # fmt: skip


def _check(folder: Path, quote: str, line: str) -> Verdict:
    (folder / "t.csv").write_text(TABLE, encoding="utf-8")
    body = f'  - id: c\n    quote: {quote}\n    figure: \'t["{line}", "2024"]\'\n'
    path = folder / "claims.yaml"
    path.write_text(f"sources:\n  t:\n    table: t.csv\nclaims:\n{body}", encoding="utf-8")
    [finding] = claimcheck.check(claimcheck.load(path)).claims
    return finding.verdict


@pytest.mark.parametrize(
    ("quote", "line", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_a_number_in_the_lines_name(
    tmp_path: Path, quote: str, line: str, verdict: Verdict, why: str
) -> None:
    assert _check(tmp_path, quote, line) is verdict, why


def test_name_words_spell_a_slug_and_a_label_alike() -> None:
    assert name_words("fewer_than_one_fine") == name_words("Fewer than one fine")
    assert name_words("Households with 1,000 cars") == " households with 1000 cars "


def test_one_word_in_common_is_not_a_phrase() -> None:
    names = [name_words("Fines issued in one week")]
    reading = read("one in ten councils issued fines", (), names)
    assert any(mention.text.startswith("one in ten") for mention in reading.mentions)

"""Quotes and labels longer than any story needs are refused up front, at the place written.

Reading is linear in a quote's length, but a quote of tens of thousands of numbers still costs
seconds; the limits (docs/claim-files.md, "Limits") refuse such input before any checking.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.claimfile.limits import MAX_LABEL, MAX_QUOTE
from claimcheck.claimfile.loader import load, loads
from claimcheck.errors import ClaimFileError

SOURCE = "sources:\n  police:\n    figures:\n      thefts: 120\n"


def _claim(quote: str, says: str | None = None) -> str:
    text = SOURCE + f"claims:\n  - id: long\n    quote: '{quote}'\n    figure: police.thefts\n"
    return text + (f"    says: '{says}'\n" if says is not None else "")


def _problems(text: str, name: str = "story.yaml") -> list[str]:
    with pytest.raises(ClaimFileError) as caught:
        loads(text, name)
    return [str(problem) for problem in caught.value.problems]


def test_a_quote_at_the_limit_is_read() -> None:
    quote = ("Thefts reached 120 in the year. " * MAX_QUOTE)[:MAX_QUOTE]
    assert len(loads(_claim(quote)).claims[0].quote) == MAX_QUOTE


def test_a_quote_over_the_limit_is_refused_at_the_quote() -> None:
    quote = "1," * (MAX_QUOTE // 2 + 1)
    assert _problems(_claim(quote)) == [
        f"story.yaml:7:12: claims[0].quote is {len(quote):,} characters long; the limit is "
        f"{MAX_QUOTE:,} (a quote is a sentence or a paragraph; split a longer passage)"
    ]


def test_the_wording_to_check_has_the_same_limit() -> None:
    says = "one " * (MAX_QUOTE // 4 + 1)
    (problem,) = _problems(_claim("Thefts reached 120.", says))
    assert problem.startswith("story.yaml:9:11: claims[0].says is 5,004 characters long")


def test_a_series_label_over_the_limit_is_refused_at_its_key() -> None:
    label = "x" * (MAX_LABEL + 1)
    text = f"sources:\n  police:\n    figures:\n      thefts:\n        {label}: 120\n        b: 3\n"
    (problem,) = _problems(text + "claims: []\n")
    assert problem.startswith(
        f"story.yaml:5:9: sources.police.figures.thefts: a label is {MAX_LABEL + 1:,} characters"
    )


def _csv_problems(folder: Path, csv: str) -> list[str]:
    (folder / "t.csv").write_text(csv, encoding="utf-8")
    story = folder / "story.yaml"
    story.write_text("sources:\n  t:\n    csv: t.csv\nclaims: []\n", encoding="utf-8")
    with pytest.raises(ClaimFileError) as caught:
        load(story)
    return [str(problem) for problem in caught.value.problems]


def test_a_table_row_label_over_the_limit_is_refused_at_its_cell(tmp_path: Path) -> None:
    label = "North " * (MAX_LABEL // 6 + 1)
    (message,) = _csv_problems(tmp_path, f"Region,Thefts\nSouth,12\n{label},14\n")
    assert "the row label is" in message
    assert f"the limit is {MAX_LABEL:,}" in message
    assert message.startswith(f"{tmp_path / 't.csv'}:3:1: ")


def test_a_table_column_header_over_the_limit_is_refused(tmp_path: Path) -> None:
    header = ("Thefts " * (MAX_LABEL // 7 + 2)).strip()
    (message,) = _csv_problems(tmp_path, f"Region,{header}\nSouth,12\n")
    assert message.startswith(f"{tmp_path / 't.csv'}:1:8: the column header is")


def test_a_long_note_under_a_table_is_no_label(tmp_path: Path) -> None:
    note = "Figures are provisional and subject to revision " * 30
    (tmp_path / "t.csv").write_text(f"Region,Thefts\nSouth,12\n{note}\n", encoding="utf-8")
    story = tmp_path / "story.yaml"
    story.write_text("sources:\n  t:\n    csv: t.csv\nclaims: []\n", encoding="utf-8")
    assert load(story).figures

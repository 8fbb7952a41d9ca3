"""Records placed in a span with no year ("the highest for more than 15 years", "the lowest
in nearly two decades", "the biggest rise in a decade"), and records whose measure only the
table's title names. The sentences and tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import by_quote, drafted_article

from claimcheck.article.drafting.records import series_clauses
from claimcheck.article.drafting.series_reach import start_year

FERRIES = "Ferry crossings, Eastport\nYear,Crossings\n" + "".join(
    f"{year},{value}\n"
    for year, value in zip(
        range(2008, 2025),
        (812, 790, 805, 770, 760, 741, 733, 720, 702, 695, 688, 640, 420, 515, 590, 610, 905),
        strict=True,
    )
)

ROADS = (
    "Casualties on rural roads, Westshire\n"
    "Road user,2019,2020,2021,2022,2023\n"
    "Walkers,45,38,35,37,52\n"
    "Riders,20,16,19,17,22\n"
    "Drivers,145,101,110,115,131\n"
    "All road users,210,155,164,169,205\n"
)

CLAUSES = [
    ("Crossings were the highest for more than 15 years.",
     ["Crossings were the highest for more than 15 years"]),
    ("Sailings hit their lowest level for nearly two decades.",
     ["Sailings hit their lowest level for nearly two decades"]),
    ("Fares reached the highest for a decade in the spring.",
     ["Fares reached the highest for a decade in the spring"]),
    # a group, not a span
    ("The highest for women of any region.", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CLAUSES)
def test_a_span_after_for_is_a_series_statement(sentence: str, expected: list[str]) -> None:
    found = [sentence[c.start : c.end] for c in series_clauses(sentence, (0, len(sentence)))]
    assert found == expected


STARTS = [
    ("the highest in 12 years", 2012),
    ("the highest for more than 15 years", 2009),
    ("their lowest in nearly five decades", 1974),
    ("the biggest rise in a decade", 2014),
    ("the most passengers of any year for more than a century", 1924),
    ("the highest crossings in the bay for a century", 1924),
    ("the busiest for at least 30 years", None),  # no superlative the words know
    ("the lowest for two months", None),  # months: not years of the line
]


@pytest.mark.parametrize(("words", "year"), STARTS)
def test_the_year_a_span_reaches_back_to(words: str, year: int | None) -> None:
    assert start_year(words, 0, len(words), 2024) == year


SPANS = [
    # the line reaches back: from the year the span starts
    ("Ferry crossings were the highest for more than 15 years.",
     "Ferry crossings were the highest for more than 15 years",
     {"from": "f.crossings[2009]", "to": "f.crossings[2024]"}, "supported"),
    ("It was the biggest rise in ferry crossings in a decade.",
     "It was the biggest rise in ferry crossings in a decade",
     {"from": "f.crossings[2014]", "to": "f.crossings[2024]"}, "supported"),
    # the line does not reach back: the whole line, and the check asks for review
    ("Ferry crossings were the highest in nearly five decades.",
     "Ferry crossings were the highest in nearly five decades",
     {"from": "f.crossings[2008]", "to": "f.crossings[2024]"}, "needs_review"),
    ("Ferry crossings were the highest for more than 40 years.",
     "Ferry crossings were the highest for more than 40 years",
     {"from": "f.crossings[2008]", "to": "f.crossings[2024]"}, "needs_review"),
]  # fmt: skip


@pytest.mark.parametrize(("article", "quote", "references", "verdict"), SPANS)
def test_a_record_in_a_span_runs_over_the_span_or_the_whole_line(
    article: str, quote: str, references: dict[str, str], verdict: str, tmp_path: Path
) -> None:
    text, report = drafted_article(tmp_path, {"f.csv": FERRIES}, article)
    assert by_quote(report)[quote] == (references, verdict), text


def test_the_whole_line_is_said_in_the_comment(tmp_path: Path) -> None:
    article = "Ferry crossings were the highest in nearly five decades."
    text, _ = drafted_article(tmp_path, {"f.csv": FERRIES}, article)
    assert "the whole line, from 2008: its words reach back to 1974" in text


TITLED = [
    # the measure is named only in the title: the total line
    ("Last year saw the largest number of casualties since 2019.",
     "Last year saw the largest number of casualties since 2019",
     {"from": "r.all_road_users[2019]", "to": "r.all_road_users[2023]"}, "supported"),
    ("Casualties reached their highest level since 2020.",
     "Casualties reached their highest level since 2020",
     {"from": "r.all_road_users[2020]", "to": "r.all_road_users[2023]"}, "contradicted"),
    # a line named by its own label keeps it
    ("Casualties among riders reached a record high.",
     "Casualties among riders reached a record high",
     {"from": "r.riders[2022]", "to": "r.riders[2023]"}, "supported"),
    # "than in any year since": the year is where the comparison starts
    ("There were more casualties among walkers than in any year since 2019.",
     "There were more casualties among walkers than in any year since 2019",
     {"from": "r.walkers[2019]", "to": "r.walkers[2023]"}, "supported"),
]  # fmt: skip


@pytest.mark.parametrize(("article", "quote", "references", "verdict"), TITLED)
def test_a_numberless_record_takes_its_line_from_subject_and_table(
    article: str, quote: str, references: dict[str, str], verdict: str, tmp_path: Path
) -> None:
    text, report = drafted_article(tmp_path, {"r.csv": ROADS}, article)
    assert by_quote(report)[quote] == (references, verdict), text

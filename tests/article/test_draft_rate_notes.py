"""Rates whose base a table's note gives, and numbers written like clock times (issue 12).

- a rate row whose label names no base ("Detention rate [note 1]") takes the base its note
  gives ("[note 1] ... as a percentage of pupils (x100)"), so "245 per 10,000" is set against
  2.45 through a derived figure, and a restatement in brackets is a claim of its own;
- a note on a count line, or a note that names two bases, gives none;
- "at 0.12", "held rates at 5.25", "stood at 4.13" are levels, not times of day; "rates
  meeting at 9.30 GMT" and "the bus left at 9.30" are times; "for every 1,000" is a base,
  not a statistic.

The sentences and the small tables are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import assert_listed, by_quote_listed, drafted_article

from claimcheck.article.drafting.stated import stated
from claimcheck.article.scan import scan

DETENTIONS = (
    '"Table 2: Detentions by school phase, Northshire",,,\n'
    "Phase and measure,2020/21,2021/22,2022/23\n"
    'All schools - Number of detentions,"11,020","11,480","12,370"\n'
    "All schools - Detention rate [note 1],2.31,2.31,2.45\n"
    "Infant schools - Detention rate [note 1],0.12,0.19,0.31\n"
    '"[note 1] Detentions as a percentage of the pupil headcount (x100).",,,\n'
)
TWO_BASES = DETENTIONS.replace("(x100)", "(x100); older years per 1,000")
ON_COUNTS = DETENTIONS.replace("Number of detentions,", "Number of detentions [note 1],").replace(
    "Detention rate [note 1]", "Detention rate"
)

RATE = "detentions.all_schools_detention_rate[{}]"
DERIVED = "worked_out.all_schools_detention_rate_{}_per_10000"

# name, tables, article, {quote: (references, verdict)}
CASES = [
    (
        "a restatement at another base, from the base its note gives",
        {"detentions.csv": DETENTIONS},
        "The detention rate rose to 2.45 in 2022/23, equivalent to 245 pupils for every "
        "10,000 on the roll.",
        {
            "The detention rate rose to 2.45 in 2022/23": (
                [("from", RATE.format("2021/22")), ("to", RATE.format("2022/23"))],
                "supported",
            ),
            "equivalent to 245 pupils for every 10,000 on the roll": (
                [("figure", DERIVED.format("2022_23"))],
                "supported",
            ),
        },
    ),
    (
        "a level held at a rate, with its restatement in brackets",
        {"detentions.csv": DETENTIONS},
        "The rate of detentions has stayed at 2.31 in 2021/22 (231 pupils per 10,000).",
        {
            "The rate of detentions has stayed at 2.31 in 2021/22": (
                [("from", RATE.format("2020/21")), ("to", RATE.format("2021/22"))],
                "supported",
            ),
            "231 pupils per 10,000": ([("figure", DERIVED.format("2021_22"))], "supported"),
        },
    ),
    (
        "a note that names two bases gives none",
        {"detentions.csv": TWO_BASES},
        "That is equivalent to 245 pupils per 10,000.",
        {"That is equivalent to 245 pupils per 10,000": ([], "unsourced")},
    ),
    (
        "a note on a count line gives no base to the rate",
        {"detentions.csv": ON_COUNTS},
        "That is equivalent to 245 pupils per 10,000.",
        {"That is equivalent to 245 pupils per 10,000": ([], "unsourced")},
    ),
]


@pytest.mark.parametrize(
    ("name", "tables", "article", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_rates_by_their_notes(
    name: str,
    tables: dict[str, str],
    article: str,
    expected: dict[str, tuple[list[tuple[str, str]], str]],
    tmp_path: Path,
) -> None:
    assert_listed(tmp_path, tables, article, expected)


# text, the number, whether a draft states it as a statistic
NUMBERS = [
    ("The share has remained at 0.12 since the spring.", "0.12", True),
    ("The bank held rates at 5.25 for a fourth month.", "5.25", True),
    ("Its rate stood at 4.13 in the autumn.", "4.13", True),
    ("The rates meeting opens at 9.30 GMT in the library.", "9.30", False),
    ("The last bus left at 11.45 from the square.", "11.45", False),
    ("The levels stayed the same, and the doors shut at 10.15 each night.", "10.15", False),
    ("There were 31 thefts for every 1,000 homes.", "1,000", False),
    ("There were 31 thefts for every 1,000 homes.", "31", True),
]


@pytest.mark.parametrize(
    ("text", "number", "expected"), NUMBERS, ids=[f"{t[0]}-{t[1]}" for t in NUMBERS]
)
def test_levels_and_times(text: str, number: str, expected: bool) -> None:
    (mention,) = [m for m in scan(text) if m.text == number]
    assert stated(text, mention) is expected


PER_DAY = (
    "Year,Number of detentions,Detentions per school day\n"
    '2021/22,"11,480",60.4\n'
    '2022/23,"12,370",65.1\n'
)


def test_a_level_after_with_is_a_claim_of_its_own(tmp_path: Path) -> None:
    """A change said with no number, then "with" and a level of another measure: the level is
    its own claim, not the change's end."""
    article = (
        "The number of detentions in Northshire has gone up, with the equivalent of 65 pupils "
        "kept behind every school day."
    )
    text, report = drafted_article(tmp_path, {"days.csv": PER_DAY}, article)
    found = by_quote_listed(report)
    assert found.get("the equivalent of 65 pupils kept behind every school day") == (
        [("figure", "days.detentions_per_school_day[2022/23]")],
        "supported",
    ), text
    assert "The number of detentions in Northshire has gone up" in found, text

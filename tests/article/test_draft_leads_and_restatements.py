"""Three ways a sentence's statements get quotes of their own (issue 12): a percentage after
", or" that restates a change its one referenced figure states in another unit; a lead with no
number before ", including" and the statements it lists; and series words said of "its" record
after a statement whose number links nothing, which take that statement's subject.

The tables and sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import by_quote, drafted_article

# A change published with no levels beside it.
JOURNEYS = "Measure,2023\nChange in bus journeys from previous year (million),14.2\n"
# Changes in per cent by group, with no levels.
INJURIES = "Road user,Percent change 2022 to 2023\nCyclists,-6\nPedestrians,-2\nRiders,3\n"
# Two years of one count.
CROSSINGS = 'Year,Ferry crossings\n2022,"4,400"\n2023,"4,840"\n'
# Three months of one rate.
VACANCIES = "Category,Jan 2024,Feb 2024,Mar 2024\nVacancy rate (%),4.1,4.0,3.8\n"

JOURNEY = "journeys.change_in_bus_journeys_from_previous_year_million[2023]"
CYCLISTS = "injuries.cyclists[Percent change 2022 to 2023]"
PEDESTRIANS = "injuries.pedestrians[Percent change 2022 to 2023]"
RATE = "vacancies.vacancy_rate"

# tables, article, claims drafted (quote: references, verdict), why
CASES = [
    (
        {"journeys.csv": JOURNEYS},
        "Bus journeys increased by about 14.2 million, or 1.1%, in 2023.",
        {
            "Bus journeys increased by about 14.2 million": ({"figure": JOURNEY}, "supported"),
            "or 1.1%, in 2023": ({}, "unsourced"),
        },
        "the per cent restates a change the one figure cannot give: a claim of its own",
    ),
    (
        {"crossings.csv": CROSSINGS},
        "Ferry crossings rose by 440, or 10%, in 2023.",
        {
            "Ferry crossings rose by 440, or 10%, in 2023": (
                {
                    "from": "crossings.ferry_crossings[2022]",
                    "to": "crossings.ferry_crossings[2023]",
                },
                "supported",
            ),
        },
        "with both levels referenced the per cent is the same change worked out: one claim",
    ),
    (
        {"injuries.csv": INJURIES},
        "Injuries fell in most groups of road users, including a 6% drop among cyclists and a "
        "2% drop among pedestrians.",
        {
            "a 6% drop among cyclists": ({"figure": CYCLISTS}, "supported"),
            "a 2% drop among pedestrians": ({"figure": PEDESTRIANS}, "supported"),
        },
        "the lead with no number is the items' subject, not part of their quotes",
    ),
    (
        {"vacancies.csv": VACANCIES},
        "The vacancy rate has dropped three-tenths of a point since December, falling to its "
        "lowest level since May 2019.",
        {
            "The vacancy rate has dropped three-tenths of a point since December, falling to its "
            "lowest level since May 2019": ({}, "unsourced"),
            "its lowest level since May 2019": (
                {"from": f"{RATE}[Feb 2024]", "to": f"{RATE}[Mar 2024]"},
                "needs_review",
            ),
        },
        "'its' record is of the subject of the statement it follows, which links nothing",
    ),
]


@pytest.mark.parametrize(("tables", "article", "expected", "why"), CASES, ids=[c[3] for c in CASES])
def test_statements_of_their_own(
    tmp_path: Path,
    tables: dict[str, str],
    article: str,
    expected: dict[str, tuple[dict[str, str], str]],
    why: str,
) -> None:
    text, report = drafted_article(tmp_path, tables, article)
    assert by_quote(report) == expected, f"{why}\n{text}"

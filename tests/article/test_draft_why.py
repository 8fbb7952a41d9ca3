"""The draft's ``# why:`` comments name the evidence each proposed link rests on (issue 12):
the words of the quote (or of its sentence) that agree with the figures' labels, as the
article writes them; the periods the words name, or that a figure is the latest of its line
or the period before the one named; the unit both share; and each stated number's agreement
with its figure, or with the change, share or multiple its figures give: as published,
exactly, or only within its rounding or what its qualifier allows. A link no word supports
says that its figures were chosen by value or by the story before.

The tables and sentences are written for these tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _drafting import drafted_article

# A long table: one row a year, three measures.
PARCELS = (
    "Parcel deliveries, Westmarch\n"
    "Year,Parcels delivered,Parcels lost,Lost per 1000 parcels\n"
    '2021,"48,120",912,19.0\n'
    '2022,"52,460","1,004",19.1\n'
    '2023,"55,030","1,310",23.8\n'
)
# A wide table of depots over two years.
DEPOTS = (
    "Parcels delivered by depot\n"
    "Depot,2022,2023\n"
    'Harbour Road,"12,400","15,870"\n'
    'Mill Lane,"8,310","7,950"\n'
    'All depots,"20,710","23,820"\n'
)
# Two measures of one service over two years: a part and its whole.
TICKETS = (
    'Ferry tickets\nMeasure,2023,2024\nTickets sold,"2,540","2,610"\nTickets refunded,310,402\n'
)

# A rate published in per cent, which a story states per 10,000.
RATES = "Year,Return rate (%)\n2022/23,0.16\n2023/24,0.20\n"

# A survey that publishes a share in per cent.
WARDENS = "Measure,2024\nCouncils that replied,212\nCouncils with no wardens (%),17\n"

# article, tables, the claim's quote, fragments its comments hold, fragments they must not
CASES = [
    (
        "Couriers delivered 55,030 parcels in 2023.",
        {"parcels.csv": PARCELS},
        "Couriers delivered 55,030 parcels in 2023",
        [
            'words "delivered", "parcels" agree with its labels',
            "'2023' named",
            "55,030 as published",
        ],
        [],
    ),
    (
        "The number of parcels lost rose by 30.5% to 1,310 last year.",
        {"parcels.csv": PARCELS},
        "The number of parcels lost rose by 30.5% to 1,310 last year",
        [
            'words "parcels lost" agree with its labels',
            "no period named: '2023' the latest; '2022' the period before",
            "1,310 as published",
            "30.5% for 30.48%, within its rounding",
        ],
        ["(words:"],
    ),
    (
        "Losses reached 23.8 per 1,000 parcels in 2023, up from 19.1 in 2022.",
        {"parcels.csv": PARCELS},
        "Losses reached 23.8 per 1,000 parcels in 2023, up from 19.1 in 2022",
        ["'2022' and '2023' named", "both per 1,000", "23.8 and 19.1 as published"],
        [],
    ),
    (
        "Harbour Road delivered 15,870 parcels in 2023, 77% of the 20,710 handled by all depots.",
        {"depots.csv": DEPOTS},
        "Harbour Road delivered 15,870 parcels in 2023",
        ['"Harbour Road"', "'2023' named", "15,870 as published"],
        [],
    ),
    (
        "Parcels lost were 1,310 in 2023, and 1,004 in 2022.",
        {"parcels.csv": PARCELS},
        "1,004 in 2022",
        ['words of its sentence "Parcels lost" agree with its labels', "'2022' named"],
        [],
    ),
    (
        "Parcels lost grew 1.4-fold between 2021 and 2023.",
        {"parcels.csv": PARCELS},
        "Parcels lost grew 1.4-fold between 2021 and 2023",
        ["'2021' and '2023' named", "1.4 for 1.44 times, within its rounding"],
        [],
    ),
    (
        "In 2024, 2,610 tickets were sold. Of these, 402 (15%) were refunded.",
        {"tickets.csv": TICKETS},
        "Of these, 402 (15%) were refunded",
        ['words "refunded" agree with its labels', "402 as published", "15% for 15.4%"],
        [],
    ),
    (
        "Parcels lost reached a record high last year.",
        {"parcels.csv": PARCELS},
        "Parcels lost reached a record high last year",
        ["no period named: '2023' the latest; '2022' the period before"],
        [],
    ),
    (
        "Losses hit 23.8 per 1,000 parcels in 2023, the highest since 2021.",
        {"parcels.csv": PARCELS},
        "the highest since 2021",
        ['words of its sentence "per 1,000", "parcels"', "'2021' named"],
        [],
    ),
    (
        "The return rate was 20 per 10,000 parcels in 2023/24.",
        {"rates.csv": RATES},
        "The return rate was 20 per 10,000 parcels in 2023/24",
        ["derived worked_out.", 'words "return rate"', "'2023/24' named"],
        [],
    ),
    (
        "One in six councils had no wardens in 2024.",
        {"wardens.csv": WARDENS},
        "One in six councils had no wardens in 2024",
        ['words "councils", "wardens"', "One in six (16.7%) for 17%;"],
        [],
    ),
    (
        "The tally was 48,120 in the end.",
        {"parcels.csv": PARCELS},
        "The tally was 48,120 in the end",
        ["no word of its sentence names the figures: chosen by value"],
        [],
    ),
    (
        "Deliveries at Mill Lane fell to nearly 8,000 in 2023.",
        {"depots.csv": DEPOTS},
        "Deliveries at Mill Lane fell to nearly 8,000 in 2023",
        ['"Mill Lane"', "nearly 8,000 for 7,950, as 'nearly' allows"],
        [],
    ),
]


def _comments(text: str, quote: str) -> list[str]:
    """The ``# why:`` lines of the claim quoting ``quote`` in a draft."""
    found = re.search(
        r"quote: \"" + re.escape(quote) + r"\"\n(?P<body>(?:    [^\n]*\n)*?)(?:  - id:|\Z)",
        text,
    )
    assert found is not None, text
    return [
        line.strip().removeprefix("# why: ")
        for line in found["body"].splitlines()
        if "# why:" in line
    ]


@pytest.mark.parametrize(
    ("article", "tables", "quote", "holds", "lacks"), CASES, ids=[c[2][:40] for c in CASES]
)
def test_the_comment_names_the_evidence(
    tmp_path: Path,
    article: str,
    tables: dict[str, str],
    quote: str,
    holds: list[str],
    lacks: list[str],
) -> None:
    text, _ = drafted_article(tmp_path, tables, article)
    said = " | ".join(_comments(text, quote)) + ";"
    for fragment in holds:
        assert fragment in said, text
    for fragment in lacks:
        assert fragment not in said, text


def test_comments_show_no_internal_words(tmp_path: Path) -> None:
    """The words shown are the article's, never the draft's stems or joined age bands."""
    article = (
        "Parcels lost rose by 30.5% to 1,310 last year. Deliveries at Mill Lane fell to "
        "nearly 8,000 in 2023, while Harbour Road's rose to 15,870."
    )
    text, _ = drafted_article(tmp_path, {"parcels.csv": PARCELS, "depots.csv": DEPOTS}, article)
    comments = [line for line in text.splitlines() if "# why:" in line]
    assert comments, text
    for line in comments:
        assert "(words:" not in line
        assert re.search(r"\b(?:lo|deliver|depot)\b|aged\d", line) is None, line

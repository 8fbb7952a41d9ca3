"""One claim per statement: where a sentence is cut, and what a quote leaves out."""

from __future__ import annotations

import pytest

from claimcheck.article.drafting.plan import stated
from claimcheck.article.drafting.statements import pieces, sentences
from claimcheck.article.scan import scan

STATEMENTS = [
    # a list of figures: one statement each
    (
        "Thefts rose from 20 to 30, burglaries from 40 to 50 and robberies from 60 to 70.",
        ["Thefts rose from 20 to 30", "burglaries from 40 to 50", "robberies from 60 to 70"],
    ),
    # a relative clause with no figure of its own stays with its statement
    (
        "The ratio slipped to 0.87, which is the lowest level since records began in 1962.",
        ["The ratio slipped to 0.87, which is the lowest level since records began in 1962"],
    ),
    # bare numbers joined by "and" are one statement
    (
        "Fines in 2018 and 2019 were 120 and 340 respectively.",
        ["Fines in 2018 and 2019 were 120 and 340 respectively"],
    ),
    # a contrast that states no number is left out of the quote
    (
        "Vacancies fell to 812, while hiring stayed slow.",
        ["Vacancies fell to 812"],
    ),
    # so is a concession before the statement, and a dateline
    (
        "March 3, 2024 — Although demand was weak, sales rose by about 12 per cent.",
        ["sales rose by about 12 per cent"],
    ),
    # a parenthesis opening with "a" is a statement of its own
    (
        "There were 410 thefts (a nine per cent rise) in the year.",
        ["There were 410 thefts", "a nine per cent rise"],
    ),
    # "by N councils" after a verb that is no change starts a statement
    (
        "In all 3,100 notices were issued by 140 councils.",
        ["In all 3,100 notices were issued", "by 140 councils"],
    ),
    # "and" cuts before the statement that follows it, not inside a name
    (
        "Letters went to 338 councils in England and Wales and 290 replied, or 86% of them.",
        ["Letters went to 338 councils in England and Wales", "290 replied, or 86% of them"],
    ),
    # a change stated with no number, joined to a change stated with one: two statements
    (
        "Pay was flat on the month and up 2.4% on the year.",
        ["Pay was flat on the month", "up 2.4% on the year"],
    ),
    (
        "Sales fell on the month but were 3% higher than a year before.",
        ["Sales fell on the month", "were 3% higher than a year before"],
    ),
    # ... unless the first names the only period: it may be the second's too
    (
        "In 2023 pay was flat on the month and up 2.4% on the year.",
        ["In 2023 pay was flat on the month and up 2.4% on the year"],
    ),
    # ... but a level after the change is where the change ended: one statement
    (
        "Crime rose and reached 5,100 last year.",
        ["Crime rose and reached 5,100 last year"],
    ),
    # ... and a share after it is no change of its own
    (
        "Prices rose and 12% of buyers were first-time buyers.",
        ["Prices rose and 12% of buyers were first-time buyers"],
    ),
    # a subject and the relative clause after it, with no number, stay out of the quote
    (
        "The jobless measure, which counts part-time workers, fell to 8.1% from 8.4%.",
        ["fell to 8.1% from 8.4%"],
    ),
    (
        "Kent, Essex and Surrey councils, which hire private firms, issued 4,100 notices.",
        ["issued 4,100 notices"],
    ),
    # ... unless the words left out name a period the statement may need
    (
        "Burglaries in 2016, which police count by month, fell to 5,100.",
        ["Burglaries in 2016, which police count by month, fell to 5,100"],
    ),
    # ... or the clause after it opens with a joining word: the subject goes on
    (
        "Fines, which councils issue, and notices rose to 900.",
        ["Fines, which councils issue, and notices rose to 900"],
    ),
    # a line break inside a sentence does not cut it
    (
        "Across the county the number of recorded burglaries\nrose to 5,120 last year.",
        ["Across the county the number of recorded burglaries\nrose to 5,120 last year"],
    ),
]


@pytest.mark.parametrize(("sentence", "quotes"), STATEMENTS)
def test_statements(sentence: str, quotes: list[str]) -> None:
    mentions = [m for m in scan(sentence, html=False) if stated(sentence, m)]
    found = [
        sentence[piece.start : piece.end]
        for span in sentences(sentence)
        for piece in pieces(sentence, span, mentions)
    ]
    assert found == quotes


def test_a_statement_keeps_the_subject_its_quote_leaves_out() -> None:
    # for linking: the words before a relative clause, or before a change with no number
    text = (
        "Pay was flat on the month and up 2.4% on the year. The rate, which counts all, fell 2%."
        " Burglary fell and robbery rose by 5%."
    )
    mentions = [m for m in scan(text, html=False) if stated(text, m)]
    found = [piece for span in sentences(text) for piece in pieces(text, span, mentions)]
    subjects = [
        None if piece.subject is None else text[piece.subject[0] : piece.subject[1]].strip()
        for piece in found
    ]
    assert [piece.numberless for piece in found] == [True, False, False, True, False]
    # "robbery rose by 5%" has a subject of its own: burglary's words must not link it
    assert subjects == [None, "Pay was", "The rate", None, None]


WRAPPED = (
    "Across the county, callouts at lifeboat stations rose from\n4,120 in 2022 to 4,388 in 2023."
)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a table printed as lines: each row its own sentence, the heading too
        (
            "Lowest callout times by station, in minutes\n"
            "1 Harbourside Lifeboat Station 4,120 38 0.9%\n"
            "2 Northcliffe Lifeboat Station 2,315 27 1.2%\n"
            "= 3 Kelpie Bay Inshore Station 6,004 81 1.3%",
            [
                "Lowest callout times by station, in minutes",
                "1 Harbourside Lifeboat Station 4,120 38 0.9%",
                "2 Northcliffe Lifeboat Station 2,315 27 1.2%",
                "= 3 Kelpie Bay Inshore Station 6,004 81 1.3%",
            ],
        ),
        # prose wrapped before a number still joins: the line ends on a little word
        (
            WRAPPED,
            [WRAPPED],
        ),
    ],
)
def test_a_table_printed_as_lines_ends_a_sentence_at_each_row(text: str, lines: list[str]) -> None:
    assert [text[start:end] for start, end in sentences(text)] == lines

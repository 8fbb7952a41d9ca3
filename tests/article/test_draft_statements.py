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
        "The rate fell to 1.21, which is the lowest since records began in 1950.",
        ["The rate fell to 1.21, which is the lowest since records began in 1950"],
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

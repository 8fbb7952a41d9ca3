"""Series statements with no number: which clauses of a sentence are drafted as claims."""

from __future__ import annotations

import pytest

from claimcheck.article.drafting.records import series_clauses

CLAUSES = [
    # series words: a record, an all-time high or low, a superlative since or in N years
    ("Thefts fell to a new record low.", ["Thefts fell to a new record low"]),
    ("Rents hit record highs in the capital.", ["Rents hit record highs in the capital"]),
    ("Sales reached an all-time high this spring.", ["Sales reached an all-time high this spring"]),
    ("Output is at its lowest since the pandemic.", ["Output is at its lowest since the pandemic"]),
    ("Visits were the highest on record.", ["Visits were the highest on record"]),
    ("Fares rose to their highest in nearly three decades.",
     ["Fares rose to their highest in nearly three decades"]),
    ("Exports grew to the highest level in 12 years.",
     ["Exports grew to the highest level in 12 years"]),
    # each clause with its own subject stands alone
    ("Imports slowed, while exports reached a record high.", ["exports reached a record high"]),
    ("Hiring was strong as the jobless rate fell to its lowest since May 2001.",
     ["the jobless rate fell to its lowest since May 2001"]),
    ("Prices hit an all-time high; wages lagged.", ["Prices hit an all-time high"]),
    # rankings of places or groups, and records in another sense, are not series statements
    ("The county has the lowest crime rate in the region.", []),
    ("She set a record time in the final.", []),
    ("The highest-paid staff took a cut.", []),
    ("Police recorded fewer burglaries.", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CLAUSES)
def test_series_clauses(sentence: str, expected: list[str]) -> None:
    found = [sentence[c.start : c.end] for c in series_clauses(sentence, (0, len(sentence)))]
    assert found == expected

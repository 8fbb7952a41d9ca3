"""Two levels set against each other by a comparative: one claim with both figures.

"Riverside recorded 41 crimes per 1,000 residents, below the average for all forces of 63"
states two figures (Riverside's rate, the average) and how they stand (below). Cut in two, the
first claim checks 41 and the second 63, and "below" is checked by neither. When two claims
in a row of one sentence each link one figure, the two figures are of one column of one table
(two groups in one measure and period), and the words between the numbers open with a
comparative and name what the second number is ("below the ... average of", "higher than
the rate for Wales,"), the claims become one with ``figures:`` listing both, in the order of
the sentence. The check binds each number to its figure and judges the comparison between
them (``engine.judge.between``, docs/policy.md "Two figures of the list compared").

A comparative right before the second number ("more than 63") bounds that number and joins
nothing; neither does a comparison with another period ("higher than in 2022"), which is a
change, or two figures of different columns, or two lines that are different measures (a count
and a rate, ``text.measures``).
"""

from __future__ import annotations

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link_result import Link
from claimcheck.engine.judge.between import between
from claimcheck.text.measures import mixed_measures

__all__ = ["with_compared"]


def with_compared(text: str, drafted: list[Drafted]) -> list[Drafted]:
    """The sentence's claims with each pair of levels a comparative sets against each other
    joined into one (see the module)."""
    out: list[Drafted] = []
    for claim in drafted:
        joined = _joined(text, out[-1], claim) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(claim)
    return out


def _joined(text: str, first: Drafted, second: Drafted) -> Drafted | None:
    one, other = first.link, second.link
    if not (_one_figure(one) and _one_figure(other) and first.mentions and second.mentions):
        return None
    left, right = one.cells[0], other.cells[0]
    if (
        left.ref == right.ref
        or left.figure.source.id != right.figure.source.id
        or left.column_title != right.column_title
        or left.period != right.period
        or mixed_measures([left.figure.label or "", right.figure.label or ""]) is not None
    ):
        return None
    stated, against = first.mentions[-1], second.mentions[0]
    found = between(text, stated.end, against.start) if stated.end <= against.start else None
    if found is None:
        return None
    said = text[found.start : found.end].strip()
    why = f"{left.ref} and {right.ref} set against each other: {said!r}"
    link = Link(
        (("figures", left.ref), ("figures", right.ref)),
        (left, right),
        (*one.reasons, *other.reasons, why),
        tuple(dict.fromkeys(one.todos + other.todos)),
    )
    return Drafted(first.start, second.end, link, first.mentions + second.mentions)


def _one_figure(link: Link) -> bool:
    return len(link.cells) == 1 and [role for role, _ in link.references] == ["figure"]

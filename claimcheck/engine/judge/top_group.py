"""A top-N group naming each of its members: "the two most common offences were theft and
violence", with one figure listed (``figures:``) for each member named.

The sentence states no figure: its number counts the group. Each member listed is checked
as one claim over the whole sentence, so each must stand in the top (or bottom) N of its
series, or down its table's column. A quote may name only some of the members; a list longer
than N needs review, since the group cannot hold them all.
"""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.claimfile.records import Claim, Reference, Role
from claimcheck.engine.read.mentions import number_form
from claimcheck.engine.read.reader import read
from claimcheck.model import FigureUse, Finding, Quantity, Statement, Verdict

__all__ = ["group_size", "top_group"]

_GROUPS = frozenset({"rank-high", "rank-low"})


def group_size(text: str) -> int | None:
    """N when the sentence's only number counts a top-N group ("the two most common")."""
    reading = read(text)
    groups = [
        mention
        for mention in reading.mentions
        if mention.family.id in _GROUPS
        and mention.number is not None
        and number_form(mention.number) == "cardinal"
    ]
    if len(groups) != 1:
        return None
    group = groups[0]
    if any(m.number is not None and m is not group for m in reading.mentions):
        return None
    value = group.stated.value
    return int(value) if value.denominator == 1 and value >= 1 else None


def top_group(
    claim: Claim, check_one: Callable[[Claim], Finding]
) -> tuple[list[Statement], list[str], list[FigureUse]] | None:
    """Each listed member judged against the group; None when the sentence is no such group."""
    size = group_size(claim.wording)
    if size is None:
        return None
    statements: list[Statement] = []
    notes: list[str] = []
    used: list[FigureUse] = []
    for listed in claim.several:
        reference = Reference(
            Role.FIGURE, listed.written, listed.figure, listed.series, lines=listed.lines
        )
        one = Claim(id=claim.id, quote=claim.wording, references={Role.FIGURE: reference})
        finding = check_one(one)
        statements += finding.statements
        notes += [note for note in finding.notes if note not in notes]
        used += [use.model_copy(update={"role": Role.FIGURES.value}) for use in finding.sources]
    if len(claim.several) > size:
        why = (
            f"the sentence names a group of {size} and the claim lists {len(claim.several)} "
            "figures: a group cannot hold more members than it counts"
        )
        statements.append(
            Statement(
                stated=claim.wording,
                computed=str(len(claim.several)),
                rule="a top-N group lists at most N members",
                verdict=Verdict.NEEDS_REVIEW,
                explanation=f"{why} ({Verdict.NEEDS_REVIEW.words})",
                quantity=Quantity.RANK,
                rule_id="several.group-size",
            )
        )
    return statements, notes, used

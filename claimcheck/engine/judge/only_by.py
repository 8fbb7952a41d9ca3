"""A place in a ranking said by what alone beat it: "topped only by 2016", "second only to
London", "exceeded only by the 1990s peak".

Such words rank the claim's figure just below one other, over a series or a set of groups.
The wording table reads rankings with an ordinal or a superlative ("the second highest"); this
form has neither, and passed over, the claim was supported on its number alone, though the
ranking was never checked. When no statement of the quote ranked anything, the phrase makes the
claim need review and says so.
"""

from __future__ import annotations

import re
from typing import Final

from claimcheck.engine.judge.judged import Judged, span_review
from claimcheck.model import Quantity
from claimcheck.text.lazy import lazy_pattern

__all__ = ["ranked_only_by"]

_ONLY_BY: Final = lazy_pattern(
    r"\b(?:(?:topped|beaten|exceeded|surpassed|outdone|bettered|eclipsed)\s+only\s+by"
    r"|only\s+(?:topped|beaten|exceeded|surpassed|outdone|bettered|eclipsed)\s+by"
    r"|second\s+only\s+to)\b",
    re.IGNORECASE,
)


def ranked_only_by(wording: str, out: Judged) -> None:
    """Add a needs-review statement for a ranking said by what alone beat the figure."""
    if "only" not in wording.lower():
        return  # most quotes stop here
    if any(item.quantity is Quantity.RANK for item in out.statements):
        return
    found = _ONLY_BY.search(wording)
    if found is None:
        return
    out.statements.append(
        span_review(
            found.group(),
            found.start(),
            found.end(),
            "ranks the figure just below one other, which is not checked against the "
            "figures it is ranked against: check the ranking by hand",
            quantity=Quantity.RANK,
            rule="a ranking needs the figures it ranks against",
            rule_id="rank.only-by",
        )
    )

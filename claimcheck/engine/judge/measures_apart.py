"""A series claim over lines that are different measures needs review (docs/policy.md,
"Lines that are different measures").

"Live births were the highest" against a "Measure, Value" column that holds a count, a rate
and an average ranks figures that cannot be compared, and a record or a run along it follows
no line in time. When the lines' own labels say they are different measures
(``text.measures``) and they are no periods, the claim is asked about, with the reason,
instead of being judged along the column.
"""

from __future__ import annotations

from claimcheck.claimfile.records import Reference
from claimcheck.engine.judge.judged import Judged, review
from claimcheck.engine.read.reader import Mention
from claimcheck.model import Quantity
from claimcheck.text.measures import mixed_measures

__all__ = ["measures_apart"]


def measures_apart(mention: Mention, reference: Reference, in_time: bool, out: Judged) -> bool:
    """Whether the series claim is left for review because the referenced column's lines
    are different measures (see the module); ``in_time``: its labels are periods."""
    if in_time:
        return False
    if reference.lines is not None:
        labels = [figure.label or "" for figure in reference.lines.figures]
    elif reference.series is not None:
        labels = list(reference.series.labels)
    else:
        return False
    why = mixed_measures(labels)
    if why is None:
        return False
    out.statements.append(
        review(
            mention,
            Quantity.RANK,
            f"{why}, so the column is no series to rank along or follow in time",
        )
    )
    return True

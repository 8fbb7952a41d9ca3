"""A ranking down a column whose lines are different measures needs review (docs/policy.md,
"Lines that are different measures").

"Live births were the highest" against a "Measure, Value" column that holds a count, a rate
and an average ranks figures that cannot be compared. When the lines' own labels say they are
different measures (``text.measures``) and they are no periods, the ranking is asked about,
with the reason, instead of being judged down the column. (A record or a run along such a
column already needs review: its labels are no periods to follow.)
"""

from __future__ import annotations

from claimcheck.claimfile.records import Reference
from claimcheck.text.measures import mixed_measures

__all__ = ["APART_RULE", "apart"]

APART_RULE = "lines that are different measures are no series to rank"


def apart(reference: Reference, in_time: bool) -> str | None:
    """Why the referenced column's lines are different measures, for the working; None when
    they are one measure's categories or periods (``in_time``)."""
    if in_time:
        return None
    if reference.lines is not None:
        labels = [figure.label or "" for figure in reference.lines.figures]
    elif reference.series is not None:
        labels = list(reference.series.labels)
    else:
        return None
    why = mixed_measures(labels)
    return None if why is None else f"{why}, so the column is no series to rank along"

"""A month the quote compares with that the referenced figures are not for.

"The rate fell from June to 8.3%" against figures for July 2011 and July 2012: the change
the figures show is a year's, the one the words state is a month's, and the June figure is
not referenced. So the claim **needs review** (rule ``date.month``, docs/policy.md section 7,
as a year the labels do not cover already does), and a change the referenced figures
disprove is not called wrong. A month counts only after a word of comparison ("from", "on",
"since", "than in", "compared with", "against"), not as a date ("on June 5"), and only when
the referenced labels name months: a table of years says nothing of months.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Final

from claimcheck.engine.judge.judged import Judged, span_review
from claimcheck.model import Quantity, Verdict
from claimcheck.text.calendar import MONTH_WORDS, month_pattern
from claimcheck.text.lazy import lazy_pattern

__all__ = ["unreferenced_months"]

# A word of comparison, then a month (capitalised, so that "may" the verb is no month).
_COMPARED_MONTH: Final = lazy_pattern(
    r"(?<![A-Za-z])(?i:from|on|since|than\s+in|than|compared\s+(?:with|to)|against|versus)"
    rf"\s+(?:(?i:the\s+end\s+of|early|late|mid-?)\s*)?(?P<month>{month_pattern()})\b\.?"
    r"(?!\s*\d{1,2}(?!\d))",  # "on June 5" is a date, not a month compared with
)
# Each month word's month, by its first three letters ("Sept" and "September" alike).
_WORDS: Final = {word[:3].lower() for word in MONTH_WORDS}
_LOWER: Final = frozenset(word.lower() for word in MONTH_WORDS)
_IN_LABEL: Final = re.compile(r"[A-Za-z]+")


def _months(labels: Iterable[str]) -> set[str]:
    """The months (first three letters) the labels name."""
    found = set()
    for label in labels:
        for word in _IN_LABEL.findall(label):
            head = word[:3].lower()
            if head in _WORDS and word.lower() in _LOWER:
                found.add(head)
    return found


_CHANGES: Final = frozenset(
    {
        Quantity.DIRECTION,
        Quantity.PERCENT_CHANGE,
        Quantity.DIFFERENCE,
        Quantity.POINTS,
        Quantity.RATIO,
    }
)


def _not_wrong(out: Judged, month: str) -> None:
    """A change the figures disprove speaks, by the words, of a change from ``month``, which
    they do not hold: it needs review, not contradicted."""
    for index, item in enumerate(out.statements):
        if item.verdict is not Verdict.CONTRADICTED or item.quantity not in _CHANGES:
            continue
        why = f"the words compare with {month}, which the referenced figures are not for"
        out.statements[index] = item.model_copy(
            update={
                "verdict": Verdict.NEEDS_REVIEW,
                "explanation": f"{item.explanation.rsplit(' (', 1)[0]}; {why} "
                f"({Verdict.NEEDS_REVIEW.words})",
            }
        )


def unreferenced_months(wording: str, labels: Collection[str], out: Judged) -> None:
    """A needs-review statement for each month compared with that no referenced label names,
    when the labels name months."""
    if not any(map(wording.__contains__, MONTH_WORDS)):
        return  # most quotes stop here
    known = _months(labels)
    if not known:
        return
    named = [
        match
        for match in _COMPARED_MONTH.finditer(wording)
        if match.group("month")[:3].lower() not in known
    ]
    if named:
        _not_wrong(out, named[0].group("month"))
    for match in named:
        month = match.group("month")
        shown = ", ".join(sorted(labels))
        out.statements.append(
            span_review(
                match.group().strip(),
                match.start("month"),
                match.end("month"),
                f"the referenced figures are for {shown}, not {month}",
                quantity=Quantity.PERIOD,
                rule="a month the quote compares with should be one the referenced figures are for",
                rule_id="date.month",
                computed=shown,
                said=month,
            )
        )

"""Month names, which both the article scanner and the checking engine read: one list, so the
two never disagree on what is a date."""

from __future__ import annotations

from typing import Final

MONTH_WORDS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def month_pattern(*, lower: bool = False) -> str:
    """The month words as a regular-expression alternation (no group), full names first.

    The scanner matches them capitalised, so that "may" the verb is not a month; the engine
    reads text folded to lower case and asks for ``lower=True``.
    """
    return "|".join(word.lower() if lower else word for word in MONTH_WORDS)

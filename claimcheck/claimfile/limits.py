"""How long a quote and a label may be: limits that refuse a hostile file up front.

Every stage of a check is linear in its input, but linear is not free: a quote of 100,000
characters of "1,1,1,..." is 50,000 numbers, each judged against the figure. A real quote is a
sentence or a paragraph (the longest in the development set's gold files is 171 characters)
and a real label a year, a region or a column header, so the limits sit far above anything a
story needs and far below what could hold a CI runner. docs/claim-files.md lists them with the
file-size limits beside them.
"""

from __future__ import annotations

from typing import Final

from claimcheck.claimfile.tables.labels import MAX_LABEL

MAX_QUOTE: Final = 5_000
"""Characters in a claim's ``quote`` or ``says``: a long paragraph is about 1,000. (Labels:
``claimcheck.claimfile.tables.labels.MAX_LABEL``.)"""


def too_long(what: str, length: int, limit: int, hint: str) -> str:
    """The problem's message: 'the quote is 12,000 characters long; ...'."""
    return f"{what} is {length:,} characters long; the limit is {limit:,} ({hint})"


__all__ = ["MAX_LABEL", "MAX_QUOTE", "too_long"]

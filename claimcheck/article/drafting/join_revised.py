"""A revision and its earlier estimate said after a comma are one statement.

"July's gain was revised up to 166,000, from the 141,000 first reported" states one revision:
the clause before the comma links ``from`` July's earlier estimate ``to`` its revised one
(``link_revised``), and the clause after it names the earlier estimate again. Read apart, the
second clause was a claim of its own checked against the earlier estimate alone, and the quote
of the revision lost its base. They are one claim, with the revision's link, when the clause
after the comma opens with "from" ("up from", "down from") and states one number, whose figure
is the revision's ``from`` cell. Otherwise nothing is joined.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link_revised import is_revision
from claimcheck.article.drafting.link_table import Catalog
from claimcheck.text.lazy import lazy_pattern

__all__ = ["with_revision_bases"]

_GAP = lazy_pattern(r"\s*,\s*\Z")
_FROM = lazy_pattern(r"(?:(?:up|down)\s+)?from\b", re.IGNORECASE)


def with_revision_bases(text: str, drafted: Sequence[Drafted], catalog: Catalog) -> list[Drafted]:
    """The drafted claims, each revision joined with the earlier estimate the clause after
    it restates (see the module)."""
    result: list[Drafted] = []
    for claim in drafted:
        if result and _restates_base(text, result[-1], claim, catalog):
            revision = result[-1]
            result[-1] = replace(
                revision, end=claim.end, mentions=revision.mentions + claim.mentions
            )
        else:
            result.append(claim)
    return result


def _restates_base(text: str, revision: Drafted, after: Drafted, catalog: Catalog) -> bool:
    if not is_revision(revision.link, catalog) or len(after.mentions) != 1:
        return False
    if _GAP.search(text, revision.end, after.start) is None:
        return False
    if _FROM.match(text, after.start, after.end) is None:
        return False
    roles = dict(after.link.references)
    return set(roles) == {"figure"} and roles["figure"] == dict(revision.link.references)["from"]

""" "One" as a count, when the sentence counts something a table's labels name.

The scanner takes "one" for a pronoun or an article ("one of the", "no one", "one man said"),
not a statistic. In a sentence that counts ("There was one murder in the borough", "police recorded
just one robbery") it is the figure of a table row, and a draft that leaves it out lets the
next statement swallow the sentence: "There was one murder, and 412 reports of stalking" was
one claim linked to the stalking line alone. So a draft states "one" as a count when

- the words before it count: "there was (also, only, just)", "there has been", "recorded",
  "reported", "registered", "saw" (a verb of counting, not "just one" alone: "Councils send
  just one fine a week" states a rate, which no row holds as a count); and
- the word after it names what a table's labels name (its concept is one of the catalog's
  words: "homicide" beside a row "Homicide").

A "one" after "just" or "only" that a person and a verb follow counts too when the verb is what
a table counts ("just one person died": deaths; "only one driver was arrested": arrests): the
way a story writes a count of one of anything that happens to people.

Anything else keeps the scanner's reading: "one reason", "one of the main factors", "one
resident said" state nothing to check.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.article.drafting.link_table import Catalog
from claimcheck.article.drafting.link_words import concept
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["counted_ones"]

_COUNTING = lazy_pattern(
    r"\b(?:there\s+(?:was|were|is|has\s+been|had\s+been)|recorded|reported|registered|saw)"
    r"\s+(?:also\s+|only\s+|just\s+)?\Z",
    re.IGNORECASE,
)
_NEXT_WORD = lazy_pattern(r"\s+([A-Za-z][a-z'-]*)")
_JUST = lazy_pattern(r"\b(?:just|only)\s+\Z", re.IGNORECASE)
_PERSON_DID = lazy_pattern(
    r"\s+(?:person|man|woman|child|pupil|student|driver|rider|cyclist|pedestrian|motorcyclist"
    r"|passenger|resident|teenager|boy|girl|officer|patient)\s+(?:was\s+|has\s+been\s+"
    r"|had\s+been\s+|is\s+)?([a-z][a-z'-]*)",
    re.IGNORECASE,
)


def counted_ones(text: str, mentions: list[Mention], catalog: Catalog | None) -> list[Mention]:
    """``mentions`` with each "one" that counts a table's thing made a statistic."""
    if catalog is None:
        return mentions
    vocabulary = catalog.vocabulary
    return [
        replace(mention, statistical=True) if _counts(text, mention, vocabulary) else mention
        for mention in mentions
    ]


def _counts(text: str, mention: Mention, vocabulary: frozenset[str]) -> bool:
    if mention.statistical or mention.kind is not MentionKind.COUNT:
        return False
    if mention.text.lower() != "one":
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    if _JUST.search(before) is not None:
        did = _PERSON_DID.match(text, mention.end)
        if did is not None and concept(did.group(1)) in vocabulary:
            return True
    if _COUNTING.search(before) is None:
        return False
    after = _NEXT_WORD.match(text, mention.end)
    if after is None:
        return False
    named = concept(after.group(1))
    return named is not None and named in vocabulary

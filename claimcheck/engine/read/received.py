"""A rise word that names who is counted, not a rise: "20.5% of entries gained an A grade".

Part of the reader's direction pass (reader.py); docs/policy.md, "Verbs of receiving".
"""

from __future__ import annotations

from claimcheck.text.lazy import lazy_pattern

__all__ = ["received"]

# "20.5% of entries gained an A grade", "the share of pupils who gained a place": "gained" as
# obtained, a verb of receiving inside the words that describe a share's group, with an article
# before what was received: it names who is counted, not a rise of the figures. An amount after
# the article ("gained a further 3%", "gained a point") keeps the rise, and so does "gained"
# outside a share's group ("the party gained a seat", "Labour, which gained a seat").
_DESCRIBED_GROUP = lazy_pattern(
    r"(?:per\s*cent|percent|%|proportion|share)\s+of\s+(?:all\s+)?(?:[a-z-]+\s+){0,3}"
    r"(?:(?:who|that)\s+(?:had\s+|have\s+|has\s+)?)?$"
)
_RECEIVED = lazy_pattern(
    r"\s+(?:an?|the)\s+(?!(?:further|additional|extra|net|total|modest|small|slight|massive"
    r"|huge|sharp|strong|record|whopping|hefty|fraction|point|percentage|per|third|quarter"
    r"|half|fifth|tenth|few|bit|little|lot|tad|touch|couple|dozen|hundred|thousand|million"
    r"|billion|one|two|three|four|five|six|seven|eight|nine|ten|[\d£$€])(?![a-z]))[a-z]"
)


def received(text: str, start: int, end: int) -> bool:
    """'20.5% of entries gained an A grade': a verb of receiving that describes a share's
    group, not a rise of the figures."""
    return (
        text[start:end].startswith("gain")
        and _RECEIVED.match(text, end) is not None
        and _DESCRIBED_GROUP.search(text, max(0, start - 50), start) is not None
    )

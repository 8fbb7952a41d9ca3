"""Lines named by a direction (``link_directed``): a clause that says one direction never links
by value to the line named by the other, and names its own direction's line instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import by_quote, drafted_article

SCHOOLS = (
    "Schools by change in pupil numbers,Number of schools\n"
    "Schools with increases,19\nSchools with decreases,24\nSchools with no change,3\n"
)
UP = "schools.number_of_schools[Schools with increases]"
DOWN = "schools.number_of_schools[Schools with decreases]"

# article, {quote: (references, verdict)}
CASES = [
    # the story swapped the two counts: each number is checked against its words' line
    (
        "Twenty-four schools reported increases in pupil numbers, while 19 saw a decrease.",
        {
            "Twenty-four schools reported increases in pupil numbers": (
                {"figure": UP},
                "contradicted",
            ),
            "19 saw a decrease": ({"figure": DOWN}, "contradicted"),
        },
    ),
    (
        "Nineteen schools reported increases in pupil numbers, while 24 saw a decrease.",
        {
            "Nineteen schools reported increases in pupil numbers": ({"figure": UP}, "supported"),
            "24 saw a decrease": ({"figure": DOWN}, "supported"),
        },
    ),
    # no direction in the clause: the value links, as for any line
    (
        "In all, 24 schools were counted in the survey of pupil numbers.",
        {
            "In all, 24 schools were counted in the survey of pupil numbers": (
                {"figure": DOWN},
                "supported",
            )
        },
    ),
]


@pytest.mark.parametrize(("article", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_directed_lines(
    article: str, expected: dict[str, tuple[dict[str, str], str]], tmp_path: Path
) -> None:
    text, report = drafted_article(tmp_path, {"schools.csv": SCHOOLS}, article)
    found = by_quote(report)
    for quote, (references, verdict) in expected.items():
        assert quote in found, text
        assert found[quote] == (references, verdict), text

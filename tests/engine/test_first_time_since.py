"""'For the first time since' and a numberless 'the largest since', judged along the referenced
series (engine/judge/first_time.py, engine/judge/records.py; docs/policy.md "The first time
since a year, along a series").

The sentences are the project's own, each with the reason for its verdict.
"""

from __future__ import annotations

from typing import Any

import pytest
from _wording import case_id, check_case, ser

from claimcheck.model import Verdict

S, R, C = Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED

CASUALTIES = (
    ("2014", "512"),
    ("2015", "498"),
    ("2016", "530"),
    ("2017", "470"),
    ("2018", "455"),
    ("2019", "462"),
    ("2020", "505"),
)

CASES: list[tuple[str, dict[str, Any], Verdict, str]] = [
    # A line crossed: the label over it, nothing between, the year itself over it.
    (
        "casualties rose above 500 for the first time since 2016",
        ser("2020", *CASUALTIES),
        S,
        "2016 was over 500, 2017-2019 were not, 2020 is",
    ),
    (
        "casualties rose above 500 for the first time since 2014",
        ser("2020", *CASUALTIES),
        C,
        "2016 was over 500 too",
    ),
    (
        "the first time since 2015 that casualties have exceeded 500",
        ser("2020", *CASUALTIES),
        C,
        "2015 was under 500: the last time was earlier",
    ),
    (
        "casualties fell below 480 for the first time since 2017",
        ser("2018", *CASUALTIES),
        S,
        "2017 was under 480 and 2018 is",
    ),
    (
        "the first time since 2016 that casualties were above 510",
        ser("2020", *CASUALTIES),
        C,
        "505 is not above 510",
    ),
    (
        "casualties exceeded 505 for the first time since 2016",
        ser("2020", *CASUALTIES),
        C,
        "505 is exactly the line, not over it",
    ),
    # A step: a rise (or fall) for the first time since the year's step.
    (
        "casualties rose for the first time since 2016",
        ser("2019", *CASUALTIES),
        S,
        "2016's step rose, 2017 and 2018 fell, 2019 rose",
    ),
    (
        "casualties rose for the first time since 2014",
        ser("2019", *CASUALTIES),
        C,
        "2016 rose too, whatever 2014 did",
    ),
    (
        "casualties fell for the first time since 2014",
        ser("2015", *CASUALTIES),
        R,
        "the step into 2014 is not in the series",
    ),
    (
        "casualties rose for the first time since 2015",
        ser("2020", *CASUALTIES),
        C,
        "2016 and 2019 rose too",
    ),
    ("for the first time since 2016", ser("2020", *CASUALTIES), R, "no line, no direction"),
    (
        "rose above 500 for the first time since the slump",
        ser("2020", *CASUALTIES),
        R,
        "no year: the span is not known",
    ),
    # The largest since a year with no number in the clause: a series claim.
    ("the largest toll since 2016", ser("2020", *CASUALTIES), S, "2016 was higher, none between"),
    ("the largest toll since 2014", ser("2020", *CASUALTIES), C, "2016 was higher"),
    ("the lowest toll since 2015", ser("2018", *CASUALTIES), C, "2017 and 2018 fall below 2015"),
]


@pytest.mark.parametrize(
    ("quote", "figures", "verdict", "why"), CASES, ids=[case_id(c[0], c[2]) for c in CASES]
)
def test_first_time_since(quote: str, figures: dict[str, Any], verdict: Verdict, why: str) -> None:
    finding = check_case(quote, figures)
    assert finding.verdict is verdict, f"{why}: {finding.explanation}"

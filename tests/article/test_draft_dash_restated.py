"""A value and its percentage set off by a dash are one claim with both figures
(``dash_restated``); a dash before anything more still cuts. The sentences and tables are the
project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, drafted

TRIPS = (
    'Bus journeys (thousands)\nRoute,2023,2024\nCity routes,"2,500","2,180"\nRural routes,640,610\n'
)

CASES = [
    ("en-dash-closing", "Journeys on city routes fell by 320,000 – some 13% – last year.",
     "Journeys on city routes fell by 320,000 – some 13% – last year", "supported"),
    ("hyphen-to-the-end", "Journeys on rural routes dropped by 30,000 - nearly 5%.",
     "Journeys on rural routes dropped by 30,000 - nearly 5%", "supported"),
    ("wrong-percentage", "Journeys on rural routes dropped by 30,000 - about 9%.",
     "Journeys on rural routes dropped by 30,000 - about 9%", "not supported"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "article", "quote", "verdict"), CASES, ids=[c[0] for c in CASES])
def test_a_percentage_after_a_dash_is_the_same_change(
    name: str, article: str, quote: str, verdict: str, tmp_path: Path
) -> None:
    text, report = drafted(tmp_path, Case(name, {"trips.csv": TRIPS}, article, "", {}, "", None))
    (finding,) = report.claims
    assert finding.quote == quote, text
    if verdict == "not supported":
        assert finding.verdict.value != "supported", text
    else:
        assert finding.verdict.value == verdict, text


def test_a_dash_before_more_words_still_cuts(tmp_path: Path) -> None:
    article = "Journeys on rural routes dropped by 30,000 - 5% of all journeys."
    text, report = drafted(tmp_path, Case("", {"trips.csv": TRIPS}, article, "", {}, "", None))
    assert len(report.claims) == 2, text

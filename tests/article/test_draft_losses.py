"""A loss word gives a negative number (``link_slack.signed_fall``): "shed 6,000 jobs", "cut
3,000 posts", "2,000 fewer" stand for a negative figure of the line their words name (a
monthly change whose table does not say it holds changes), never for a positive one, and a
rising word never for a negative one. The sentences and tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, drafted

PAYROLLS = (
    "Payrolls by industry, seasonally adjusted (thousands)\n"
    "Industry,Feb. 2025,Mar. 2025\n"
    "Mining,-3,-6\n"
    "Wholesale trade,4,-2\n"
    "Leisure and hospitality,31,-3\n"
)

CASES = [
    ("shed", "Mining shed 6,000 jobs in March.", {"figure": "pay.mining[Mar. 2025]"},
     "supported"),
    ("lost-named-month", "Mining lost 3,000 jobs in February.",
     {"figure": "pay.mining[Feb. 2025]"}, "supported"),
    ("fewer", "There were 2,000 fewer wholesale trade jobs in March.",
     {"figure": "pay.wholesale_trade[Mar. 2025]"}, "supported"),
    ("cut", "Leisure and hospitality cut 3,000 jobs in March.",
     {"figure": "pay.leisure_and_hospitality[Mar. 2025]"}, "supported"),
    ("a-rise-is-not-a-loss", "Mining added 6,000 jobs in March.", {}, "unsourced"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "article", "references", "verdict"), CASES, ids=[c[0] for c in CASES]
)
def test_a_loss_word_links_a_negative_figure(
    name: str, article: str, references: dict[str, str], verdict: str, tmp_path: Path
) -> None:
    text, report = drafted(tmp_path, Case(name, {"pay.csv": PAYROLLS}, article, "", {}, "", None))
    (finding,) = report.claims
    assert {source.role: source.ref for source in finding.sources} == references, text
    assert finding.verdict.value == verdict, text


def test_a_positive_figure_is_a_level_not_a_loss(tmp_path: Path) -> None:
    """A loss word before a positive figure does not flip its sign: "Wholesale trade lost
    4,000 jobs in February" against +4 is no link by value."""
    article = "Wholesale trade lost 4,000 jobs in February."
    text, report = drafted(tmp_path, Case("", {"pay.csv": PAYROLLS}, article, "", {}, "", None))
    (finding,) = report.claims
    assert finding.verdict.value != "supported", text

"""A count in brackets after a percentage of the same row ("at 41% (8,230 recorded crimes)",
"up 6% (1,140 offences)") is a second figure of that row: one claim with both figures
(``row_brackets``). The sentences and tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, drafted

SHARES = (
    "Offences recorded in the year to March 2025\n"
    "Offence,Offences,Share of all offences (%)\n"
    'Criminal damage,"4,410",17\n'
    'Public order,"2,080",8\n'
)
SHARE = "s.share_of_all_offences[{}]"
COUNT = "s.offences[{}]"

CASES = [
    ("at-share-then-count",
     "Of all offences, criminal damage was at 17% (4,410 recorded crimes).",
     [SHARE.format("Criminal damage"), COUNT.format("Criminal damage")], "supported"),
    ("stood-at", "Public order offences stood at 8% (2,080 offences).",
     [SHARE.format("Public order"), COUNT.format("Public order")], "supported"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "article", "figures", "verdict"), CASES, ids=[c[0] for c in CASES]
)
def test_a_bracketed_count_of_the_row(
    name: str, article: str, figures: list[str], verdict: str, tmp_path: Path
) -> None:
    text, report = drafted(tmp_path, Case(name, {"s.csv": SHARES}, article, "", {}, "", None))
    (finding,) = report.claims
    assert [source.ref for source in finding.sources if source.role == "figures"] == figures, text
    assert finding.verdict.value == verdict, text


def test_a_bracketed_count_of_another_row_is_its_own(tmp_path: Path) -> None:
    """The count in brackets is another row's: not joined to the share."""
    article = "Criminal damage stood at 17% (2,080 public order offences)."
    text, report = drafted(tmp_path, Case("", {"s.csv": SHARES}, article, "", {}, "", None))
    refs = [source.ref for finding in report.claims for source in finding.sources]
    assert SHARE.format("Criminal damage") in refs, text
    assert not any(f.verdict.value == "supported" and len(f.sources) > 1 for f in report.claims)

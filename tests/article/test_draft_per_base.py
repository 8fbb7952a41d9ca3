"""A rate said "N in every B" against a rate published in per cent (``per_base``): converted
exactly, within the count's written precision, and linked only when the words name the rate.
The sentences and tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, drafted

from claimcheck.article.drafting.per_base import in_percent
from claimcheck.article.scan import scan

ABSENCE = (
    "Pupils missing school, England\n"
    "Measure,2022/23,2023/24\n"
    'Pupils persistently absent,"41,200","39,800"\n'
    "Persistent absence rate (%),0.52,0.48\n"
)

CASES = [
    ("in-every", "That is 48 in every 10,000 pupils.",
     {"figure": "a.persistent_absence_rate[2023/24]"}, "supported"),
    ("named-year", "The absence rate was 52 in every 10,000 in 2022/23.",
     {"figure": "a.persistent_absence_rate[2022/23]"}, "supported"),
    ("no-fit", "That is 61 in every 10,000 pupils.", {}, "unsourced"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "article", "references", "verdict"), CASES, ids=[c[0] for c in CASES]
)
def test_in_every_ten_thousand_is_a_percentage(
    name: str, article: str, references: dict[str, str], verdict: str, tmp_path: Path
) -> None:
    text, report = drafted(tmp_path, Case(name, {"a.csv": ABSENCE}, article, "", {}, "", None))
    (finding,) = report.claims
    assert {source.role: source.ref for source in finding.sources} == references, text
    assert finding.verdict.value == verdict, text


@pytest.mark.parametrize(
    ("text", "percent"),
    [("48 in every 10,000 pupils", "0.48"), ("one in five pupils", None), ("48% of pupils", None)],
)
def test_in_percent(text: str, percent: str | None) -> None:
    (mention,) = scan(text)
    found = in_percent(mention)
    assert (str(float(found.value)) if found is not None else None) == percent

"""Country synonyms (``link_words.SYNONYMS``): "Britain" and "the UK" name a row "United
Kingdom", "England" its own row. The sentences and tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, drafted

NATIONS = (
    "Marriages by country\n"
    "Country,2022,2023\n"
    'England,"201,400","188,000"\n'
    'United Kingdom,"231,800","218,600"\n'
)


@pytest.mark.parametrize(
    ("article", "line"),
    [
        ("Marriages in Britain fell by 13,200 last year.", "n.united_kingdom"),
        ("In the UK there were 218,600 marriages in 2023.", "n.united_kingdom"),
        ("Marriages in England fell by 13,400.", "n.england"),
    ],
)
def test_britain_and_the_uk_name_the_united_kingdom(
    article: str, line: str, tmp_path: Path
) -> None:
    """Country synonyms (``link_words.SYNONYMS``): "Britain" and "the UK" name a row "United
    Kingdom"; "England" names its own row."""
    text, report = drafted(tmp_path, Case("", {"n.csv": NATIONS}, article, "", {}, "", None))
    (finding,) = report.claims
    assert finding.sources, text
    assert all(source.ref.startswith(line + "[") for source in finding.sources), text

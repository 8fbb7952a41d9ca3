"""A change is drafted forward in time, whatever order the sentence names its periods in: the
earlier period is always ``from`` (article/drafting/link_result.change_link). The sentences and
tables are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import Case, drafted

# a release laid out newest first
LONG = 'Year,Library loans\n2021,"40,010"\n2020,"41,900"\n2014,"48,200"\n'


@pytest.mark.parametrize(
    ("name", "article"),
    [
        ("later-first", "Library loans were 40,010 in 2021, down 17 per cent on 2014."),
        ("earlier-first", "Library loans fell from 48,200 in 2014 to 40,010 in 2021."),
    ],
)
def test_a_change_runs_forward_in_time(name: str, article: str, tmp_path: Path) -> None:
    text, report = drafted(tmp_path, Case(name, {"loans.csv": LONG}, article, "", {}, "", None))
    (finding,) = report.claims
    roles = {source.role: source.ref for source in finding.sources}
    assert roles.get("from", "").endswith("[2014]"), text
    assert roles.get("to", "").endswith("[2021]"), text
    assert finding.verdict.value == "supported", text

"""A ranking whose group only the sentence before names ("Cardiff had the lowest" after a
sentence on Wales) is checked within that group (``rank_carried``). The sentences and tables
are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _drafting import by_quote, drafted_article

FIRES = (
    "Dwelling fires per 10,000 homes by area\n"
    "Area,Nation,Rate 2024\n"
    "Penbrook,Wales,6.2\n"
    "Aberlyn,Wales,8.4\n"
    "Tregaron Vale,Wales,9.1\n"
    "Ashford Hythe,England,5.3\n"
    "Kelby,England,10.6\n"
    "Mossley,England,11.8\n"
)

CARRIED = [
    # the group of the sentence before: ranked within it
    ("Dwelling fires fell across Wales last year. Penbrook had the lowest rate, at 6.2.",
     "Penbrook had the lowest rate, at 6.2", "supported", True),
    ("Dwelling fires fell across Wales last year. Penbrook had the lowest rate.",
     "Penbrook had the lowest rate", "supported", True),
    ("Fire services in Welsh areas published rates. Tregaron Vale had the highest, at 9.1.",
     "Tregaron Vale had the highest, at 9.1", "supported", True),
    # within the group the ranking fails: contradicted on either reading
    ("Dwelling fires fell across Wales last year. Aberlyn had the lowest rate, at 8.4.",
     "Aberlyn had the lowest rate, at 8.4", "contradicted", True),
    # two groups named before: nothing carried, and the check asks
    ("Dwelling fires fell in Wales and England. Penbrook had the lowest rate, at 6.2.",
     "Penbrook had the lowest rate, at 6.2", "needs_review", False),
    # the group two sentences back: nothing carried
    ("Dwelling fires fell across Wales. Crews were busy. Penbrook had the lowest rate, at 6.2.",
     "Penbrook had the lowest rate, at 6.2", "needs_review", False),
    # the ranked line is of another group than the one named: nothing carried
    ("Dwelling fires fell across Wales. Ashford Hythe had the lowest rate, at 5.3.",
     "Ashford Hythe had the lowest rate, at 5.3", "supported", False),
    # the sentence names its own group: ranked as it says
    ("Dwelling fires fell across Wales. Penbrook, at 6.2, had the lowest rate in England.",
     "Penbrook, at 6.2, had the lowest rate in England", "contradicted", False),
]  # fmt: skip


@pytest.mark.parametrize(("article", "quote", "verdict", "carried"), CARRIED)
def test_the_group_of_the_sentence_before(
    article: str, quote: str, verdict: str, carried: bool, tmp_path: Path
) -> None:
    text, report = drafted_article(tmp_path, {"f.csv": FIRES}, article)
    assert by_quote(report)[quote][1] == verdict, text
    assert ("says:" in text) is carried, text
    assert ("the ranking's group, Wales, is named in the sentence before" in text) is carried

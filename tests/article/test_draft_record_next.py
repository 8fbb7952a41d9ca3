"""A record stated first and its figure in the next sentence (``record_next``).

The tables and sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from _drafting import drafted_article

QUEUE = (
    "Month,Estimated total waiting list (thousands),Waiting over a year (thousands)\n"
    "Jan 2024,398,14\nFeb 2024,401,14\nMar 2024,405,15\nApr 2024,412,15\n"
)


def test_a_next_sentence_about_something_else_gives_no_line(tmp_path: Path) -> None:
    article = (
        "Hospital waits have hit a new record high.\n\n"
        "In all, 412,000 were on the list at the end of April, up from 405,000 in March."
    )
    text, _ = drafted_article(tmp_path, {"queue.csv": QUEUE}, article)
    assert "the line of the figure the next sentence states" not in text

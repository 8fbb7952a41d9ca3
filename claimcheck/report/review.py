"""``claimcheck review``'s output: the article with every statistical number's state.

Three formats, each a pure function of a ``Review``:

- text: one line per statistical number (line, number, state, claim, verdict), then the
  claims' report as ``check`` prints it;
- json: ``{"numbers": [{span, text, state, claim, verdict}], "report": <check's JSON>}``;
- html: one self-contained page (no scripts, no external assets) showing the article as text
  with each number highlighted by state; each highlight links to its claim's card, which
  shows the working, the rule and the cell each figure came from. Every occurrence of a
  claim's quote is underlined.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from claimcheck.article.review import NO_FIGURE, PROPOSED_STATE, NumberState, Review
from claimcheck.model import Finding
from claimcheck.report._common import line_of, working

if TYPE_CHECKING:
    import jinja2

__all__ = ["FORMATS", "STATE_WORDS", "render"]

FORMATS = ("text", "json", "html")
STATE_WORDS = {
    "confirmed": "checked",
    PROPOSED_STATE: "proposed: confirm",
    NO_FIGURE: "no figure found",
}


def render(result: Review, fmt: str) -> str:
    """The review in ``fmt`` (one of ``FORMATS``), ending in a newline."""
    if fmt == "text":
        return _text(result)
    if fmt == "json":
        return json.dumps(as_data(result), indent=2, ensure_ascii=False) + "\n"
    if fmt == "html":
        return _html(result)
    raise ValueError(f"unknown review format {fmt!r}; expected one of {', '.join(FORMATS)}")


def as_data(result: Review) -> dict[str, object]:
    """The review as plain JSON data."""
    from claimcheck.report.json_report import as_data as report_data

    counts = dict.fromkeys(STATE_WORDS, 0)
    for number in result.numbers:
        counts[number.state] += 1
    return {
        "numbers": [number.as_json() for number in result.numbers],
        "states": counts,
        "report": report_data(result.report),
    }


def _text(result: Review) -> str:
    from claimcheck.report.text import render as text_report

    lines = ["Numbers in the article:"]
    for number in result.numbers:
        line = line_of(result.text, number.start)
        where = f"line {line}" if line is not None else "?"
        verdict = f" — {number.verdict.words}" if number.verdict is not None else ""
        claim = f" [{number.claim}]" if number.claim else ""
        lines.append(f"  {where}: {number.text} — {STATE_WORDS[number.state]}{claim}{verdict}")
    if not result.numbers:
        lines.append("  (no statistical numbers)")
    return "\n".join(lines) + "\n\n" + text_report(result.report)


@dataclass(frozen=True)
class Segment:
    """A run of article text: plain, inside quotes, or a number with its state."""

    text: str
    number: NumberState | None
    quoted: bool
    anchor: str | None
    tagged: bool = False  # the first number of its claim carries the "proposed: confirm" tag


@dataclass(frozen=True)
class Card:
    finding: Finding
    anchor: str
    state: str
    working: list[str]


def segments(result: Review, anchors: dict[str, str]) -> list[list[Segment]]:
    """The article as paragraphs of segments, cut at every number and quote edge."""
    text = result.text
    edges = {0, len(text)}
    quoted = [span for spans in result.spans.values() for span in spans]
    for start, end in quoted:
        edges.update((start, end))
    for state in result.numbers:
        edges.update((state.start, state.end))
    for at, char in enumerate(text):
        if char == "\n":
            edges.update((at, at + 1))
    cuts = sorted(edges)
    numbers = {number.start: number for number in result.numbers}
    paragraphs: list[list[Segment]] = [[]]
    tagged: set[str] = set()
    for start, end in itertools.pairwise(cuts):
        piece = text[start:end]
        if piece == "\n":
            paragraphs.append([])
            continue
        found = numbers.get(start)
        number = found if found is not None and found.end == end else None
        inside = any(a <= start and end <= b for a, b in quoted)
        claim = number.claim if number is not None else None
        anchor = anchors.get(claim) if claim else None
        tag = claim is not None and claim not in tagged
        if claim is not None:
            tagged.add(claim)
        paragraphs[-1].append(Segment(piece, number, inside, anchor, tag))
    return [p for p in paragraphs if any(s.text.strip() for s in p)]


def _anchors(findings: list[Finding]) -> dict[str, str]:
    found: dict[str, str] = {}
    for index, finding in enumerate(findings):
        cleaned = "".join(c if c.isalnum() or c in "-_" else "-" for c in finding.id)
        found[finding.id] = f"claim-{index + 1}-{cleaned.strip('-') or 'x'}"
    return found


def _html(result: Review) -> str:
    anchors = _anchors(result.report.claims)
    cards = [
        Card(finding, anchors[finding.id], result.state_of(finding), working(finding))
        for finding in result.report.claims
    ]
    counts = dict.fromkeys(STATE_WORDS, 0)
    for number in result.numbers:
        counts[number.state] += 1
    title = next((a.title for a in result.report.articles if a.title), None) or "Article"
    page = (
        _environment()
        .get_template("review.html.j2")
        .render(
            title=title,
            version=result.report.claimcheck,
            paragraphs=segments(result, anchors),
            cards=cards,
            counts=counts,
            words=STATE_WORDS,
        )
    )
    return page.rstrip("\n") + "\n"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("claimcheck.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )

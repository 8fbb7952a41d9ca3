"""Draft and check in one step: every statistical number of an article with its state.

``review(article_text, sources)`` drafts a claim file (or re-drafts ``previous``, keeping what
the reporter confirmed), checks it against the article, and gives each statistical number of
the article one state:

- ``confirmed``: a claim whose references the reporter confirmed checks it (its verdict);
- ``proposed``: a drafted claim checks it through references proposed for the reporter to
  confirm (its verdict);
- ``no_figure``: no source figure was found for it; a question for the reporter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.article.drafting.compose import PROPOSED, draft, readable
from claimcheck.article.drafting.plan import stated
from claimcheck.article.scan import scan
from claimcheck.claimfile.records import ClaimFile
from claimcheck.model import Finding, Report, Verdict
from claimcheck.text.quotes import normalise, quote_spans

__all__ = ["NumberState", "Review", "State", "review"]

State = str
CONFIRMED: State = "confirmed"
PROPOSED_STATE: State = "proposed"
NO_FIGURE: State = "no_figure"


@dataclass(frozen=True, slots=True)
class NumberState:
    """One statistical number of the article: its span in the readable text, its state, and
    the claim that checks it (with that claim's verdict) when there is one."""

    start: int
    end: int
    text: str
    state: State
    claim: str | None = None
    verdict: Verdict | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "span": [self.start, self.end],
            "text": self.text,
            "state": self.state,
            "claim": self.claim,
            "verdict": None if self.verdict is None else self.verdict.value,
        }


@dataclass(frozen=True, slots=True)
class Review:
    """The readable article, the drafted claim file, its report, and every number's state."""

    text: str
    claims_yaml: str
    report: Report
    numbers: tuple[NumberState, ...]
    proposed: frozenset[str]
    spans: dict[str, tuple[tuple[int, int], ...]]

    def state_of(self, finding: Finding) -> State:
        if not finding.sources:
            return NO_FIGURE
        return PROPOSED_STATE if finding.id in self.proposed else CONFIRMED


def review(
    article_text: str,
    sources: ClaimFile,
    *,
    previous: str | None = None,
    folder: Path | None = None,
    sources_block: Sequence[str] | None = None,
    name: str = "review.yaml",
) -> Review:
    """Draft (over ``previous``, a claim file's text, when given) and check an article.

    ``folder`` is where the drafted claim file is read from (so a CSV source keeps its cells);
    by default the folder of the sources' claim file. ``sources_block`` is the ``sources:``
    section to write instead of the one copied from ``sources`` (table files given directly:
    ``claimcheck.claimfile.table_sources.draft_sources``). ``name`` names the drafted file in
    the report.
    """
    from claimcheck.checking import check
    from claimcheck.claimfile.loader import loads

    text = readable(article_text)
    base = folder if folder is not None else Path(sources.path).resolve().parent
    claims_yaml = draft(text, sources, output_dir=base, previous=previous)
    if sources_block is not None:
        from claimcheck.claimfile.table_sources import splice_sources

        claims_yaml = splice_sources(claims_yaml, sources_block)
    claim_file = loads(claims_yaml, path=str(base / name), base_dir=base, allow_outside=True)
    report = check(claim_file, article=text)
    proposed = proposed_ids(claims_yaml)
    spans = _spans(text, report.claims)
    numbers = _states(text, report.claims, spans, proposed)
    return Review(text, claims_yaml, report, numbers, proposed, spans)


def proposed_ids(claims_yaml: str) -> frozenset[str]:
    """The ids of the claims whose references are proposed, not yet confirmed."""
    found: set[str] = set()
    current: str | None = None
    for line in claims_yaml.splitlines():
        stripped = line.strip()
        if stripped.startswith("- id:"):
            current = stripped[5:].split("#", 1)[0].strip().strip("'\"")
        elif current is not None and PROPOSED in line:
            found.add(current)
    return frozenset(found)


def _spans(text: str, findings: list[Finding]) -> dict[str, tuple[tuple[int, int], ...]]:
    """Every occurrence of each claim's quote in the text."""
    folded, offsets = normalise(text)
    return {f.id: tuple(quote_spans(f.quote, folded, offsets)) for f in findings}


def _states(
    text: str,
    findings: list[Finding],
    spans: dict[str, tuple[tuple[int, int], ...]],
    proposed: frozenset[str],
) -> tuple[NumberState, ...]:
    numbers: list[NumberState] = []
    for mention in scan(text, html=False):
        if not stated(text, mention):
            continue
        covering = [
            finding
            for finding in findings
            if any(a <= mention.start and mention.end <= b for a, b in spans.get(finding.id, ()))
        ]
        sourced = [finding for finding in covering if finding.sources]
        if sourced:
            finding = min(sourced, key=lambda f: f.id in proposed)
            state = PROPOSED_STATE if finding.id in proposed else CONFIRMED
            numbers.append(
                NumberState(
                    mention.start, mention.end, mention.text, state, finding.id, finding.verdict
                )
            )
        else:
            claim = covering[0].id if covering else None
            numbers.append(NumberState(mention.start, mention.end, mention.text, NO_FIGURE, claim))
    return tuple(numbers)

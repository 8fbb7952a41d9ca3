"""A first claim file for an article: one claim per statement that states a statistic.

``draft(article_text)`` writes a claim-file skeleton in YAML: each claim's quote is the
shortest clause that holds its statement (an exact span of the article's readable text), and
its references are left as ``# TODO`` comments, so the file loads and checks (its claims are
unsourced) until the reporter fills them in. Given sources, ``draft(article_text, sources)``
links each statement to the figures it states by meaning (``claimcheck.article.drafting.link``) and
marks each reference ``# proposed: confirm``, with a ``# why:`` comment; where nothing stands
out it proposes nothing and says why in a ``# TODO:`` comment.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from functools import cache
from pathlib import Path

from claimcheck.article.drafting.drafted_places import in_their_places
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.plan import Drafted, plan
from claimcheck.article.drafting.pointed_changes import with_pointed_changes
from claimcheck.article.drafting.rank_carried import with_groups_carried
from claimcheck.article.drafting.record_next import with_records_named_next
from claimcheck.article.drafting.row_shares import with_row_shares
from claimcheck.article.drafting.share_of_total import with_shares_of_totals
from claimcheck.article.drafting.sources import quoted, sources_yaml
from claimcheck.article.drafting.span_back import with_spans_back
from claimcheck.article.drafting.statements import sentences
from claimcheck.article.drafting.update import Previous, kept_claims, read_previous
from claimcheck.article.drafting.why import Span, evidence
from claimcheck.article.scan import Mention, MentionKind, scan
from claimcheck.claimfile.records import ClaimFile
from claimcheck.text import html as _html
from claimcheck.text.lazy import lazy_pattern

__all__ = ["draft", "draft_claims", "readable", "sentences"]

PROPOSED = "# proposed: confirm"
_MARKDOWN_LEAD = lazy_pattern(r"(?:#{1,6}|>|[-*+])[ \t]+")
_SLUG = lazy_pattern(r"[a-z0-9]+")
_NEXT_WORD = lazy_pattern(r"[^\W\d_]{3,}")
_STOPWORDS = frozenset(["the", "and", "for", "from", "with", "that", "this", "than", "were", "was"])


def _slug(text: str, mention: Mention | None, taken: set[str], sentence: tuple[int, int]) -> str:
    """An id from the mention and the next word of its own sentence, or the last word before
    the mention when none follows it."""
    start, end = sentence
    if mention is None:
        mention = Mention(start, start, "", Fraction(0), MentionKind.OTHER)
    words = [
        w.group() for w in _NEXT_WORD.finditer(text, mention.end, min(end, mention.end + 80))
        if w.group().lower() not in _STOPWORDS
    ]  # fmt: skip
    if words:
        phrase = f"{mention.text} {words[0]}"
    else:
        before = [
            w.group() for w in _NEXT_WORD.finditer(text, max(start, mention.start - 80),
                                                   mention.start)
            if w.group().lower() not in _STOPWORDS
        ]  # fmt: skip
        phrase = f"{before[-1] if before else 'claim'} {mention.text}"
    base = "-".join(_SLUG.findall(phrase.lower()))[:40].strip("-")
    if not base or base.replace("-", "").isdigit():
        base = f"claim-{base}".strip("-")
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _comment(text: str) -> str:
    """Text safe on one YAML comment line."""
    return " ".join(text.split())


def _title(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    lead = _MARKDOWN_LEAD.match(first)
    if lead is not None:
        first = first[lead.end() :]
    if 0 < len(first) <= 150 and first[-1] not in '.!?:"”' and "\n" in text.strip():
        return first
    return None


def readable(article_text: str) -> str:
    """The article's readable text: HTML without its markup, anything else as given."""
    if _html.looks_like_html(article_text):
        return _html.strip(article_text).text
    return article_text


def draft_claims(article_text: str, sources: ClaimFile | None = None) -> list[Drafted]:
    """The claims a draft proposes for the readable text of an article, in order."""
    return _planned(article_text, None if sources is None else Catalog.of(sources))


def _planned(article_text: str, catalog: Catalog | None) -> list[Drafted]:
    drafted = plan(article_text, scan(article_text, html=False), catalog)
    drafted = with_pointed_changes(article_text, drafted, catalog)  # "That figure was up 30%"
    drafted = with_spans_back(article_text, drafted, catalog)
    drafted = with_shares_of_totals(article_text, drafted, catalog)
    drafted = with_records_named_next(article_text, drafted, catalog)
    drafted = with_row_shares(article_text, drafted, catalog)
    drafted = with_groups_carried(article_text, drafted, catalog)
    return in_their_places(article_text, drafted, catalog)


def _latest(catalog: Catalog | None) -> Callable[[Cell], bool] | None:
    """Whether a cell is the latest of its line, for the draft's comments."""
    if catalog is None:
        return None

    def latest(cell: Cell) -> bool:
        last = None if cell.line is None else catalog.latest(cell.line)
        return last is not None and last.ref == cell.ref

    return latest


def draft(
    article_text: str,
    sources: ClaimFile | None = None,
    *,
    output_dir: Path | None = None,
    previous: str | None = None,
) -> str:
    """The YAML text of a claim-file skeleton for ``article_text`` (plain text, Markdown or
    HTML; quotes are taken from the readable text, without markup).

    ``output_dir`` is the folder the claim file will be written to. Given it, a source that
    reads its figures from a CSV file keeps its ``csv:`` definition, with the path made
    relative to that folder, so the report still shows each figure's row and column; the
    figures are copied in instead when the CSV is not inside that folder (a claim file reads
    nothing outside its own folder) or no folder is given.

    ``previous`` is the text of a claim file drafted (and worked on) before: its claims,
    ``article:`` section and, without new ``sources``, its ``sources:`` are kept as written
    (see ``claimcheck.article.drafting.update``); claims are added for statements it lacks.
    """
    article_text = readable(article_text)
    if previous is not None:
        return _redraft(article_text, sources, output_dir, read_previous(previous))
    lines = [
        "# Claim file drafted by `claimcheck draft`. Check every quote and reference before",
        "# relying on it; claims without references are reported as unsourced.",
    ]
    title = _title(article_text)
    if title is not None:
        lines += ["article:", f"  title: {quoted(title)}"]
    lines += sources_yaml(sources, output_dir)
    catalog = None if sources is None else Catalog.of(sources)
    drafted = _planned(article_text, catalog)
    lines += claims_yaml(article_text, drafted, sources is not None, latest=_latest(catalog))
    return "\n".join(lines) + "\n"


def _redraft(
    text: str, sources: ClaimFile | None, output_dir: Path | None, previous: Previous
) -> str:
    lines = [
        "# Claim file re-drafted by `claimcheck draft`: claims written before are kept as they",
        "# were; new claims are marked # proposed: confirm.",
    ]
    title = _title(text)
    if previous.article:
        lines += previous.article
    elif title is not None:
        lines += ["article:", f"  title: {quoted(title)}"]
    if sources is None and previous.sources:
        lines += previous.sources
    else:
        lines += sources_yaml(sources, output_dir)
    kept, covered = kept_claims(previous, text)
    catalog = None if sources is None else Catalog.of(sources)
    fresh = [
        claim
        for claim in _planned(text, catalog)
        if not all(any(a <= m.start and m.end <= b for a, b in covered) for m in claim.mentions)
    ]
    taken = set(previous.ids)
    latest = _latest(catalog)
    added = [
        line
        for claim in fresh
        for line in claim_yaml(text, claim, sources is not None, taken, latest)
    ]
    if not kept and not added:
        lines.append("claims: []  # no statistical numbers found")
    else:
        lines += ["claims:", *kept, *added]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def claims_yaml(
    text: str,
    drafted: list[Drafted],
    with_sources: bool,
    taken: set[str] | None = None,
    latest: Callable[[Cell], bool] | None = None,
) -> list[str]:
    """The ``claims:`` section for drafted claims (ids unique among ``taken``); ``latest``
    tells the comments which figures are the latest of their lines."""
    lines = ["claims:"]
    taken = set() if taken is None else taken
    for claim in drafted:
        lines += claim_yaml(text, claim, with_sources, taken, latest)
    if len(lines) == 1:
        lines[-1] = "claims: []  # no statistical numbers found"
    return lines


def claim_yaml(
    text: str,
    claim: Drafted,
    with_sources: bool,
    taken: set[str],
    latest: Callable[[Cell], bool] | None = None,
) -> list[str]:
    """The lines of one drafted claim."""
    quote = text[claim.start : claim.end]
    first = claim.mentions[0] if claim.mentions else None
    lines = [
        f"  - id: {_slug(text, first, taken, (claim.start, claim.end))}",
        f"    quote: {quoted(' '.join(quote.split()))}",
    ]
    link = claim.link
    if not link.references and not link.todos:
        lines.append("    # TODO: from/to, figure, or part/whole, e.g. from: source.figure[2011]")
    if link.says is not None:
        lines.append(f"    says: {quoted(link.says)}  {PROPOSED}")
    lines += [
        f"    {role}: {ref}  {PROPOSED}" for role, ref in link.references if role != "figures"
    ]
    listed = [ref for role, ref in link.references if role == "figures"]
    if listed:
        lines += [f"    figures:  {PROPOSED}", *(f"      - {ref}" for ref in listed)]
    lines += [f"    # why: {_comment(reason)}" for reason in link.reasons]
    if link.references:
        span = Span(claim.start, claim.end, _sentence_of(text, claim))
        said = evidence(text, span, link, claim.mentions, latest)
        lines += [] if said is None else [f"    # why: {_comment(said)}"]
    lines += [f"    # TODO: {_comment(todo)}" for todo in link.todos]
    return lines


def _sentence_of(text: str, claim: Drafted) -> tuple[int, int]:
    """The sentence that holds a claim's quote (the quote itself when none does)."""
    for start, end in _sentences(text):
        if start <= claim.start < end:
            return start, max(end, claim.end)
    return claim.start, claim.end


@cache
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(sentences(text))

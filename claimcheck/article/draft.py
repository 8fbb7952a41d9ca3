"""A first claim file for an article: one claim per sentence that states a statistic.

``draft(article_text)`` writes a claim-file skeleton in YAML: each claim's quote is filled in
and its references are left as ``# TODO`` comments, so the file loads and checks (its claims
are unsourced) until the reporter fills them in. Given a claim file whose ``sources:`` are
filled in, ``draft(article_text, sources)`` proposes references itself wherever the stated
numbers match source figures, and marks each with ``# proposed: confirm``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from claimcheck.article.draft_match import propose
from claimcheck.article.draft_sources import quoted, sources_yaml
from claimcheck.article.scan import Mention, scan
from claimcheck.claimfile.records import ClaimFile
from claimcheck.text import html as _html
from claimcheck.text.vocabulary import QUOTE_MARKS

__all__ = ["draft", "sentences"]

# A sentence ends at . ! or ? (and any closing quote) before a space, or at a line break.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’']?[ \t]+(?=[\"“‘'(\[]?[A-Z0-9£$€])|\n+")
_EDGE = " \t" + QUOTE_MARKS
# A Markdown heading, quote or bullet mark at the start of a line is no part of a quote.
_MARKDOWN_LEAD = re.compile(r"(?:#{1,6}|>|[-*+])[ \t]+")
_LINE_START = re.compile(r"\n[ \t]{0,3}\Z")
_SLUG = re.compile(r"[a-z0-9]+")
_NEXT_WORD = re.compile(r"[^\W\d_]{3,}")
_STOPWORDS = frozenset(["the", "and", "for", "from", "with", "that", "this", "than", "were", "was"])


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of ``text``, without surrounding spaces or quote marks."""
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        yield from _trimmed(text, start, boundary.start())
        start = boundary.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start] in _EDGE:
        start += 1
    if start == 0 or text[start - 1] == "\n" or _LINE_START.search(text, 0, start):
        lead = _MARKDOWN_LEAD.match(text, start, end)
        if lead is not None:
            start = lead.end()
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if start < end:
        yield start, end


def _slug(text: str, mention: Mention, taken: set[str], sentence: tuple[int, int]) -> str:
    """An id from the mention and the next word of its own sentence, or the last word before
    the mention when none follows it."""
    start, end = sentence
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


def draft(
    article_text: str, sources: ClaimFile | None = None, *, output_dir: Path | None = None
) -> str:
    """The YAML text of a claim-file skeleton for ``article_text`` (plain text, Markdown or
    HTML; quotes are taken from the readable text, without markup).

    ``output_dir`` is the folder the claim file will be written to. Given it, a source that
    reads its figures from a CSV file keeps its ``csv:`` definition, with the path made
    relative to that folder, so the report still shows each figure's row and column; the
    figures are copied in instead when the CSV is not inside that folder (a claim file reads
    nothing outside its own folder) or no folder is given.
    """
    if _html.looks_like_html(article_text):
        article_text = _html.strip(article_text).text
    mentions = scan(article_text, html=False)
    lines = [
        "# Claim file drafted by `claimcheck draft`. Check every quote and reference before",
        "# relying on it; claims without references are reported as unsourced.",
    ]
    title = _title(article_text)
    if title is not None:
        lines += ["article:", f"  title: {quoted(title)}"]
    lines += sources_yaml(sources, output_dir)
    lines.append("claims:")
    taken: set[str] = set()
    count = 0
    for start, end in sentences(article_text):
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        stated = [m for m in inside if m.statistical]
        if not stated:
            continue
        quote = article_text[start:end]
        count += 1
        lines.append(f"  - id: {_slug(article_text, stated[0], taken, (start, end))}")
        lines.append(f"    quote: {quoted(' '.join(quote.split()))}")
        proposal = None if sources is None else propose(inside, sources, quote)
        if proposal is None:
            lines.append(
                "    # TODO: from/to, figure, or part/whole, e.g. from: source.figure[2011]"
            )
        else:
            lines += [
                f"    {role}: {ref}  # proposed: confirm" for role, ref in proposal.references
            ]
            lines += [f"    # TODO: {_comment(todo)}" for todo in proposal.todos]
    if count == 0:
        lines[-1] = "claims: []  # no statistical numbers found"
    return "\n".join(lines) + "\n"

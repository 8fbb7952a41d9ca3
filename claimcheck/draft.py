"""A first claim file for an article: one claim per sentence that states a statistic.

``draft(article_text)`` writes a claim-file skeleton in YAML: each claim's quote is filled in
and its references are left as ``# TODO`` comments, so the file loads and checks (its claims
are unsourced) until the reporter fills them in. Given a claim file whose ``sources:`` are
filled in, ``draft(article_text, sources)`` proposes references itself wherever the stated
numbers match source figures, and marks each with ``# proposed: confirm``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from claimcheck import _html
from claimcheck._draft_match import propose
from claimcheck.claimfile import ClaimFile, Figure, Source
from claimcheck.scanning import Mention, scan

__all__ = ["draft", "sentences"]

# A sentence ends at . ! or ? (and any closing quote) before a space, or at a line break.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’']?[ \t]+(?=[\"“‘'(\[]?[A-Z0-9£$€])|\n+")
_EDGE = " \t\"'“”‘’"
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


# Characters YAML will not take raw in a double-quoted scalar: escape them.
_UNPRINTABLE = re.compile(
    "[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is a subset of it)."""
    escaped = json.dumps(text, ensure_ascii=False)
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", escaped)


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


def draft(article_text: str, sources: ClaimFile | None = None) -> str:
    """The YAML text of a claim-file skeleton for ``article_text`` (plain text, Markdown or
    HTML; quotes are taken from the readable text, without markup)."""
    if _html.looks_like_html(article_text):
        article_text = _html.strip(article_text).text
    mentions = scan(article_text, html=False)
    lines = [
        "# Claim file drafted by `claimcheck draft`. Check every quote and reference before",
        "# relying on it; claims without references are reported as unsourced.",
    ]
    title = _title(article_text)
    if title is not None:
        lines += ["article:", f"  title: {_quoted(title)}"]
    lines += _sources(sources)
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
        lines.append(f"    quote: {_quoted(' '.join(quote.split()))}")
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


def _sources(sources: ClaimFile | None) -> list[str]:
    if sources is None or not sources.sources:
        return ["sources: {}  # TODO: add the sources the figures come from"]
    lines = [f"# Sources and figures copied from {sources.path}.", "sources:"]
    for source in sources.sources.values():
        lines += _source(source, sources)
    return lines


def _source(source: Source, sources: ClaimFile) -> list[str]:
    lines = [f"  {source.id}:"]
    for key in ("title", "publisher", "url", "retrieved"):
        value = getattr(source, key)
        if value is not None:
            lines.append(f"    {key}: {_quoted(str(value))}")
    lines.append("    figures:")
    seen: set[str] = set()
    for figure in sources.figures.values():
        if figure.source.id != source.id or figure.name in seen:
            continue
        seen.add(figure.name)
        series = sources.series.get(f"{source.id}.{figure.name}")
        if series is None:
            lines.append(f"      {figure.name}: {_figure_text(figure)}")
            continue
        values = ", ".join(f"{_quoted(f.label or '')}: {_figure_text(f)}" for f in series.figures)
        lines.append(f"      {figure.name}: {{{values}}}")
    return lines


def _figure_text(figure: Figure) -> str:
    text = figure.number.text
    return text if re.fullmatch(r"-?[0-9]+(?:\.[0-9]+)?", text) else _quoted(text)

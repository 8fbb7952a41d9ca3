"""The report as one self-contained HTML page: no scripts, no external assets, no network.

Every string from a claim file or an article is untrusted: the Jinja2 environment escapes
everything it prints, links are made only from http(s) URLs, and the page's content security
policy refuses scripts outright should anything slip through.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from claimcheck.model import ArticleInfo, Finding, Report, Unchecked
from claimcheck.report._article import Mark, Piece, every_quote, paragraphs, stated
from claimcheck.report._chart import Chart, change_chart
from claimcheck.report._common import (
    VERDICT_ORDER,
    Out,
    articles_by_file,
    articles_with_text,
    count_line,
    figures_by_source,
    line_of,
    location,
    working,
)
from claimcheck.text.safe import safe_url, visible

if TYPE_CHECKING:
    import jinja2


@dataclass(frozen=True)
class Card:
    """What the page shows of one claim."""

    finding: Finding
    anchor: str
    quote: list[Piece]
    location: str
    working: list[str]
    chart: Chart | None
    highlighted: bool


@dataclass(frozen=True)
class ArticleView:
    article: ArticleInfo
    paragraphs: list[list[Piece]]
    unchecked: int


def render(report: Report) -> str:
    """The page, deterministic for a given report."""
    out = io.StringIO()
    write(report, out)
    return out.getvalue()


def write(report: Report, out: Out) -> None:
    """``render``'s page written to ``out`` a few thousand template pieces at a time; each
    claim's card is made as the template reaches it and let go after."""
    anchors = _anchors(report.claims)
    articles, marked = _articles(report, anchors)
    cards = (
        Card(
            finding,
            anchor,
            stated(finding.quote, finding.statements),
            location(finding),
            working(finding),
            change_chart(finding),
            anchor in marked,
        )
        for finding, anchor in zip(report.claims, anchors, strict=True)
    )
    line = articles_with_text(report)
    pieces = (
        _environment()
        .get_template("report.html.j2")
        .generate(
            report=report,
            title=_title(report),
            count_line=count_line(report.summary),
            verdicts=VERDICT_ORDER,
            counts=report.summary.model_dump(),
            cards=cards,
            articles=articles,
            unchecked=[(mention, _line(line, mention)) for mention in report.unchecked],
            uses=figures_by_source(report),
        )
    )
    _write_page(pieces, out)


def _write_page(pieces: Iterable[str], out: Out) -> None:
    """The template's output, joined a few thousand pieces at a time (a large report is
    millions of small pieces) and ending in exactly one line break: trailing line breaks are
    held back until something other than a line break follows them."""
    batch: list[str] = []
    held = ""
    for piece in pieces:
        batch.append(piece)
        if len(batch) == 4096:
            held = _flush(batch, held, out)
    _flush(batch, held, out)
    out.write("\n")


def _flush(batch: list[str], held: str, out: Out) -> str:
    text = held + "".join(batch)
    batch.clear()
    kept = text.rstrip("\n")
    out.write(kept)
    return text[len(kept) :]


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("claimcheck.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_shown,
    )
    environment.filters["link"] = safe_url
    return environment


def _shown(value: object) -> object:
    """Every printed string with its control characters and bidirectional overrides shown as
    escapes (``claimcheck.text.safe``); Jinja2 then escapes its markup."""
    return visible(value) if isinstance(value, str) else value


def _line(article_of: Callable[[Unchecked], ArticleInfo | None], mention: Unchecked) -> int | None:
    article = article_of(mention)
    return line_of(article.text if article else None, mention.start)


def _title(report: Report) -> str:
    titles = [article.title for article in report.articles if article.title]
    if len(titles) == 1:
        return titles[0]
    files = sorted({finding.file for finding in report.claims if finding.file})
    return files[0] if len(files) == 1 else "Claims"


def _anchors(findings: list[Finding]) -> list[str]:
    """A unique, readable element id per card: 'claim-crimes-quadrupled'."""
    anchors: list[str] = []
    taken: set[str] = set()
    tried: dict[str, int] = {}  # the last number tried for a base: taken only grows
    for finding in findings:
        base = "claim-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", finding.id).strip("-") or "x")
        n = tried.get(base, 1)
        anchor = base if n == 1 else f"{base}-{n}"
        while anchor in taken:
            n += 1
            anchor = f"{base}-{n}"
        tried[base] = n
        anchors.append(anchor)
        taken.add(anchor)
    return anchors


def _articles(report: Report, anchors: list[str]) -> tuple[list[ArticleView], set[str]]:
    views: list[ArticleView] = []
    marked: set[str] = set()
    article_for = articles_by_file(report)
    claims: dict[int, list[tuple[Finding, str]]] = {}  # by the article's id(): one pass
    if any(article.text is not None for article in report.articles):
        for finding, anchor in zip(report.claims, anchors, strict=True):
            article = article_for(finding)
            if article is not None:
                claims.setdefault(id(article), []).append((finding, anchor))
    for article in report.articles:
        if article.text is None:
            continue
        mine = claims.get(id(article), [])
        places = every_quote(article.text, [finding.quote for finding, _ in mine])
        marks = [
            Mark(start, end, anchor, finding.id, finding.verdict, occurrence)
            for (finding, anchor), spans in zip(mine, places, strict=True)
            for occurrence, (start, end) in enumerate(spans)
        ]
        marks.sort(key=lambda mark: mark.occurrence)  # a first place wins over a repeat
        mentions = [
            mention
            for mention in report.unchecked
            if mention.file is None or mention.file == article.file
        ]
        pieces = paragraphs(article.text, marks, mentions)
        views.append(ArticleView(article, pieces, len(mentions)))
        marked.update(mark.anchor for mark in marks)
    return views, marked


__all__ = ["render", "safe_url"]

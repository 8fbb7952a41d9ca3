"""The report as schema.org ClaimReview JSON-LD, one review per claim (docs/claimreview.md).

Ratings use a three-point scale: 1 contradicted, 2 not established (needs review, or
unsourced), 3 supported; ``alternateName`` carries the verdict in words.
"""

from __future__ import annotations

import io
from typing import Any

from claimcheck.model import ArticleInfo, Finding, Report, Verdict
from claimcheck.report._common import Out, articles_by_file
from claimcheck.text.safe import safe_url

WORST_RATING = 1
BEST_RATING = 3
RATINGS = {
    Verdict.CONTRADICTED: 1,
    Verdict.NEEDS_REVIEW: 2,
    Verdict.UNSOURCED: 2,
    Verdict.SUPPORTED: 3,
}
_NAMES = {
    Verdict.SUPPORTED: "Supported by the source figures",
    Verdict.NEEDS_REVIEW: "Needs review",
    Verdict.CONTRADICTED: "Contradicted by the source figures",
    Verdict.UNSOURCED: "Unsourced: no published figure to check against",
}
CLAIM_LENGTH = 75


def render(report: Report, *, author: str | None = None) -> str:
    """A JSON array of ClaimReview objects, in claim order.

    ``author`` (the fact-checker) wins over the claim file's ``article.author``.
    """
    out = io.StringIO()
    write(report, out, author=author)
    return out.getvalue()


def write(report: Report, out: Out, *, author: str | None = None) -> None:
    """``render``'s array written to ``out`` a review at a time, each indented to its place
    in the array (a raw line break never occurs inside a JSON string)."""
    if not report.claims:
        out.write("[]\n")
        return
    from pydantic_core import to_json

    article_for = articles_by_file(report)
    for index, finding in enumerate(report.claims):
        data = review(finding, article_for(finding), author)
        # pydantic's serializer writes what json.dumps(indent=2, ensure_ascii=False) does, in
        # compiled code: the pure-Python encoder an indent needs builds closures in cycles at
        # every call, which pile up while the command holds the collector off.
        text = to_json(data, indent=2).decode("utf-8").replace("\n", "\n  ")
        out.write(("[\n  " if index == 0 else ",\n  ") + _script_safe(text))
    out.write("\n]\n")


def _script_safe(text: str) -> str:
    """Safe to paste into <script type="application/ld+json">: no '</script>' can close it."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def review(finding: Finding, article: ArticleInfo | None, author: str | None) -> dict[str, Any]:
    """One ClaimReview; keys with nothing to say are left out."""
    article = article or ArticleInfo()
    url = safe_url(article.url)  # only http(s): a page embedding this must not link elsewhere
    claim: dict[str, Any] = {"@type": "Claim"}
    if article.published:
        claim["datePublished"] = article.published
    if url:
        appearance = {"@type": "CreativeWork", "url": url}
        if article.title:
            appearance["headline"] = article.title
        claim["appearance"] = appearance
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "ClaimReview"}
    if url:
        data["url"] = url
    if article.published:
        data["datePublished"] = article.published
    name = author or article.author
    if name:
        data["author"] = {"@type": "Organization", "name": name}
    data["claimReviewed"] = trim(finding.quote)
    data["itemReviewed"] = claim
    data["reviewRating"] = {
        "@type": "Rating",
        "ratingValue": RATINGS[finding.verdict],
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": _NAMES[finding.verdict],
    }
    data["reviewBody"] = finding.explanation
    data["identifier"] = finding.id
    return data


def trim(quote: str, limit: int = CLAIM_LENGTH) -> str:
    """The quote on one line, cut at a word to at most ``limit`` characters with '…'."""
    text = " ".join(quote.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and cut[-1].isalnum() and text[limit - 1].isalnum():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"

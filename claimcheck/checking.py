"""Checking a claim file, and optionally the article it belongs to.

``check`` runs the engine over every claim; when the article text is known (given here, or
named by ``article.text`` in the claim file) it also reports the statistical numbers that no
claim covers and the claims whose quote is no longer in the article.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.errors import ClaimFileError, Problem

if TYPE_CHECKING:  # imported where used: ``claimcheck scan`` reads articles without pydantic
    from claimcheck.claimfile.records import ClaimFile, Location
    from claimcheck.model import Report


def check(claim_file: ClaimFile, *, article: str | None = None) -> Report:
    """Check every claim in ``claim_file``: one finding per claim, in file order.

    ``article`` is the text of the story. Without it, the article named by the claim file's
    ``article.text`` is read, if any. A false claim is a finding, never an exception; a named
    article that cannot be read is a ``ClaimFileError``.
    """
    from claimcheck.engine import check as check_claims

    report = check_claims(claim_file)
    text, path = article, None
    if text is None and claim_file.article.text_path is not None:
        path = claim_file.article.text_path
        text = read_article(path, named_at=claim_file.article.text_location)
    if text is None:
        return report
    return with_article(report, claim_file, text, path=path)


def with_article(
    report: Report, claim_file: ClaimFile, text: str, *, path: Path | str | None = None
) -> Report:
    """The report with the article's coverage: unchecked numbers and quotes no longer there."""
    from claimcheck.article.coverage import cover
    from claimcheck.model import ArticleInfo, Report

    findings, unchecked = cover(report.claims, claim_file.claims, text, file=claim_file.path)
    articles = [
        article.model_copy(update={"text": text, "path": None if path is None else str(path)})
        if article.file == claim_file.path
        else article
        for article in report.articles
    ] or [ArticleInfo(file=claim_file.path, text=text, path=None if path is None else str(path))]
    return Report.of(findings, sources=report.sources, articles=articles, unchecked=unchecked)


def read_article(path: Path | str, *, named_at: Location | None = None) -> str:
    """Read an article's text as UTF-8, or raise ClaimFileError.

    The problem points at ``named_at`` (the ``article.text`` line of a claim file) when given,
    otherwise at the article file itself.
    """
    from claimcheck.text.decode import NotUtf8, decode_utf8

    where = named_at or Problem(str(path), 1, 1, "")
    try:
        return decode_utf8(Path(path).read_bytes())
    except NotUtf8 as error:
        if named_at is None:
            where = Problem(str(path), error.line, error.column, "")
        message = f"article {path} {error.detail}; save it as UTF-8"
    except OSError as error:
        message = f"cannot read article {path}: {error.strerror or error}"
    raise ClaimFileError([Problem(where.path, where.line, where.column, message)])

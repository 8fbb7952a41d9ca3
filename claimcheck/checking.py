"""Checking a claim file, and optionally the article it belongs to.

``check`` runs the engine over every claim; when the article text is known (given here, or
named by ``article.text`` in the claim file) it also reports the statistical numbers that no
claim covers and the claims whose quote is no longer in the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.claimfile.records import ClaimFile, Location
from claimcheck.errors import ClaimFileError, Problem
from claimcheck.model import ArticleInfo, Report

if TYPE_CHECKING:
    from claimcheck.text.documents import Document


def check(claim_file: ClaimFile, *, article: str | None = None) -> Report:
    """Check every claim in ``claim_file``: one finding per claim, in file order.

    ``article`` is the text of the story. Without it, the article named by the claim file's
    ``article.text`` is read, if any (text, Markdown, HTML or Word: ``read_document``). A false
    claim is a finding, never an exception; a named article that cannot be read is a
    ``ClaimFileError``.
    """
    from claimcheck.engine import check as check_claims

    report = check_claims(claim_file)
    text, path = article, None
    notes: tuple[str, ...] = ()
    if text is None and claim_file.article.text_path is not None:
        path = claim_file.article.text_path
        document = read_document(path, named_at=claim_file.article.text_location)
        text, notes = document.text, document.notes
    if text is None:
        return report
    return with_article(report, claim_file, text, path=path, notes=notes)


def with_article(
    report: Report,
    claim_file: ClaimFile,
    text: str,
    *,
    path: Path | str | None = None,
    notes: Sequence[str] = (),
) -> Report:
    """The report with the article's coverage: unchecked numbers and quotes no longer there.

    ``notes`` say what was assumed in reading the article (an encoding, say).
    """
    from claimcheck.article.coverage import cover

    findings, unchecked = cover(report.claims, claim_file.claims, text, file=claim_file.path)
    update = {"text": text, "path": None if path is None else str(path), "notes": list(notes)}
    articles = [
        article.model_copy(update=update) if article.file == claim_file.path else article
        for article in report.articles
    ] or [ArticleInfo(file=claim_file.path, **update)]
    return Report.of(findings, sources=report.sources, articles=articles, unchecked=unchecked)


def read_article(path: Path | str, *, named_at: Location | None = None) -> str:
    """An article's readable text (see ``read_document``), or ClaimFileError."""
    return read_document(path, named_at=named_at).text


def read_document(path: Path | str, *, named_at: Location | None = None) -> Document:
    """Read an article (text, Markdown, HTML or Word; ``claimcheck.text.documents``), or raise
    ClaimFileError.

    The problem points at ``named_at`` (the ``article.text`` line of a claim file) when given,
    otherwise at the article file itself.
    """
    from claimcheck.text.documents import NotAnArticle
    from claimcheck.text.documents import read_document as read

    where = named_at or Location(str(path), 1, 1)
    try:
        return read(path)
    except NotAnArticle as error:
        if named_at is None:
            where = Location(str(path), error.line, error.column)
        message = f"article {path} {error.detail}"
    except (OSError, ValueError) as error:  # ValueError: a path the system cannot name
        message = f"cannot read article {path}: {getattr(error, 'strerror', None) or error}"
    raise ClaimFileError([Problem(where.path, where.line, where.column, message)])

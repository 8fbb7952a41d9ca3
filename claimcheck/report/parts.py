"""A report rendered in parts: each claim file's share rendered where it was checked.

``claimcheck check FOLDER --jobs N`` checks files in worker processes. Rather than send each
file's report back as a model for the main process to rebuild and render, a worker renders its
file's share of the report itself (``part``) and sends back that text with the few counts the
command needs; the main process only joins the parts (``write_parts``). It rebuilds no model
and renders no claim, so it stays out of the workers' way, and holds only text: the same
bytes as ``write`` gives for the merged report.

Formats whose pieces depend on the whole report (the HTML page's anchors and its figures by
source, Markdown's and JUnit's sections) are not rendered in parts: ``PARTED`` names those that
are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.model import Report, Summary, Verdict
from claimcheck.report._common import Out

PARTED: tuple[str, ...] = ("text", "json")
"""The formats a report can be rendered in by parts."""

_ORDER = (Verdict.SUPPORTED, Verdict.NEEDS_REVIEW, Verdict.CONTRADICTED, Verdict.UNSOURCED)


@dataclass(frozen=True, slots=True)
class Style:
    """How the parts are rendered: the format, and the text format's colour and width."""

    fmt: str
    color: bool = False
    width: int | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """A claim whose check failed (an internal error), for the command to print."""

    id: str
    file: str | None
    line: int | None
    traceback: str | None
    internal_error: bool = True


@dataclass(frozen=True, slots=True)
class Part:
    """One claim file's share of a report: its rendered pieces and what the command needs."""

    sections: tuple[str, ...]
    counts: tuple[int, int, int, int]  # supported, needs review, contradicted, unsourced
    scanned: bool  # an article's text was read
    unchecked: int  # numbers in the article no claim checks
    failures: tuple[Failure, ...] = ()
    article_paths: tuple[str, ...] = ()


def part(report: Report, style: Style) -> Part:
    """``report``'s share of the whole, rendered in ``style``."""
    summary = report.summary
    counts = (summary.supported, summary.needs_review, summary.contradicted, summary.unsourced)
    failures = tuple(
        Failure(finding.id, finding.file, finding.line, finding.traceback)
        for finding in report.claims
        if finding.internal_error
    )
    return Part(
        _sections(report, style),
        counts,
        any(article.text is not None for article in report.articles),
        len(report.unchecked),
        failures,
        tuple(article.path for article in report.articles if article.path),
    )


def _sections(report: Report, style: Style) -> tuple[str, ...]:
    if style.fmt == "text":
        from claimcheck.report import text

        claims = text.claims_text(report, color=style.color, width=style.width)
        return claims, text.notes_text(report), text.mention_lines(report)
    if style.fmt == "json":
        from claimcheck.report import json_report

        return json_report.fragments(report)
    raise ValueError(f"the {style.fmt} format is not rendered in parts; expected one of {PARTED}")


def summary(parts: Sequence[Part]) -> Summary:
    """The whole report's counts."""
    totals = [sum(counts) for counts in zip(*(p.counts for p in parts), strict=True)] or [0] * 4
    return Summary(**{verdict.value: total for verdict, total in zip(_ORDER, totals, strict=True)})


def worst(totals: Summary) -> Verdict:
    """The worst verdict any claim got, as ``Report.worst`` gives it."""
    given = [verdict for verdict in _ORDER if getattr(totals, verdict.value)]
    return max(given, key=lambda verdict: verdict.severity, default=Verdict.SUPPORTED)


def write_parts(parts: Sequence[Part], style: Style, out: Out) -> None:
    """The whole report, as ``claimcheck.report.write`` gives it for the merged report."""
    from claimcheck._version import __version__

    totals = summary(parts)
    scanned = any(p.scanned for p in parts)
    if style.fmt == "text":
        from claimcheck.report import text

        out.write(f"claimcheck {__version__}\n\n")
        for index in (0, 1):
            for piece in parts:
                out.write(piece.sections[index])
        mentions = "".join(piece.sections[2] for piece in parts)
        out.write(text.tail(mentions, scanned, worst(totals), totals, color=style.color))
        return
    from claimcheck.report import json_report

    out.write(json_report.head(__version__, totals))
    for index, name in enumerate(json_report.LISTS):
        if name == "unchecked" and not scanned and not any(p.unchecked for p in parts):
            continue  # without an article, "unchecked" means nothing (as_data)
        json_report.write_list(out, name, (piece.sections[index] for piece in parts))
    out.write("\n}\n")


__all__ = ["PARTED", "Failure", "Part", "Style", "part", "summary", "worst", "write_parts"]

"""The report for a terminal: a verdict per claim, the working, notes and a summary line."""

from __future__ import annotations

import io
import textwrap

from claimcheck.model import Finding, Report, Summary, Verdict
from claimcheck.report._common import (
    Out,
    articles_with_text,
    count_line,
    line_of,
    location,
    working,
)
from claimcheck.text.safe import one_line

_COLORS = {
    Verdict.SUPPORTED: "\x1b[32m",
    Verdict.NEEDS_REVIEW: "\x1b[33m",
    Verdict.CONTRADICTED: "\x1b[1;31m",
    Verdict.UNSOURCED: "\x1b[36m",
}
_DIM = "\x1b[2m"
_RESET = "\x1b[0m"
_WIDTH = max(len(verdict.words) for verdict in Verdict)


def render(report: Report, *, color: bool = False, width: int | None = None) -> str:
    """The whole report as lines of text; ANSI colour only when ``color`` is set.

    With a ``width`` (a terminal's columns), long lines wrap with a hanging indent so the
    working stays readable; without one, each statement stays on one line for tools to grep.
    """
    out = io.StringIO()
    write(report, out, color=color, width=width)
    return out.getvalue()


def write(report: Report, out: Out, *, color: bool = False, width: int | None = None) -> None:
    """``render``'s text written to ``out`` a claim at a time."""
    paint = _Painter(color)
    out.write(f"claimcheck {report.claimcheck}\n\n")
    for finding in report.claims:
        out.write("\n".join(_finding(finding, paint, width)) + "\n\n")
    out.write(notes_text(report))
    scanned = any(article.text is not None for article in report.articles)
    out.write(tail(mention_lines(report), scanned, report.worst, report.summary, color=color))


def notes_text(report: Report) -> str:
    """The article notes, each followed by a blank line."""
    return "".join(
        f"article note ({_clean(article.path or article.file or 'article')}): {_clean(note)}\n\n"
        for article in report.articles
        for note in article.notes
    )


def claims_text(report: Report, *, color: bool = False, width: int | None = None) -> str:
    """Every claim's lines, each claim followed by a blank line: one file's share of a report
    when a worker renders it (``claimcheck.report.parts``)."""
    paint = _Painter(color)
    return "".join("\n".join(_finding(f, paint, width)) + "\n\n" for f in report.claims)


def tail(
    mentions: str, scanned: bool, worst: Verdict, summary: Summary, *, color: bool = False
) -> str:
    """The end of the report: the numbers no claim checks (``mentions``, a line each, from
    ``mention_lines``), or that there are none when an article was read, and the count line."""
    paint = _Painter(color)
    if mentions:
        block = f"Numbers in the article that no claim checks:\n{mentions}\n"
    elif scanned:
        block = "Every statistical number in the article is checked by a claim.\n\n"
    else:
        block = ""
    return block + paint.verdict(worst, count_line(summary)) + "\n"


class _Painter:
    def __init__(self, color: bool) -> None:
        self.color = color

    def verdict(self, verdict: Verdict, text: str) -> str:
        return f"{_COLORS[verdict]}{text}{_RESET}" if self.color else text

    def dim(self, text: str) -> str:
        return f"{_DIM}{text}{_RESET}" if self.color else text


def _clean(text: str) -> str:
    """One line, with control characters and bidirectional overrides shown as escapes rather
    than obeyed (``claimcheck.text.safe``)."""
    return one_line(" ".join(text.split()), limit=len(text) + 1)


def _finding(finding: Finding, paint: _Painter, width: int | None) -> list[str]:
    head = paint.verdict(finding.verdict, finding.verdict.words.upper().ljust(_WIDTH))
    where = location(finding)
    lines = [f"{head}  {_clean(finding.id)}" + (paint.dim(f"  {_clean(where)}") if where else "")]
    lines += _wrap(f"“{_clean(finding.quote)}”", "  ", "   ", width)
    for line in working(finding):
        lines += _wrap(_clean(line), "  - ", "    ", width)
    roles = max((len(use.role) for use in finding.sources), default=0)
    for use in finding.sources:
        # Where a spreadsheet figure sits, so an editor can find the cell to check or fix it.
        cell = f" ({_clean(use.cell)})" if use.cell else ""
        # When the source was published, so an archive re-check can tell a revision.
        published = f", published {_clean(use.published)}" if use.published else ""
        figure = f"{_clean(use.ref)} = {_clean(use.value)}{cell}{published}"
        indent = f"  {use.role.ljust(roles)}  "
        lines += [paint.dim(line) for line in _wrap(figure, indent, " " * len(indent), width)]
    for note in finding.notes:
        lines += _wrap(_clean(note), "  note: ", "        ", width)
    if finding.note:
        lines += _wrap(_clean(finding.note), "  reporter's note: ", "    ", width)
    return lines


def _wrap(text: str, first: str, rest: str, width: int | None) -> list[str]:
    """``text`` after ``first``, wrapped at ``width`` with ``rest`` before each further line."""
    if width is None or len(first) + len(text) <= width:
        return [first + text]
    return textwrap.wrap(
        text,
        width=max(width, len(rest) + 20),
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )


def mention_lines(report: Report) -> str:
    """A line for each number in the article that no claim checks, with its article line."""
    lines = []
    article_of = articles_with_text(report)
    for mention in report.unchecked:
        article = article_of(mention)
        line = line_of(article.text if article else None, mention.start)
        where = f"line {line}: " if line is not None else ""
        lines.append(f"  {where}{_clean(mention.text)} ({_clean(mention.kind)})\n")
    return "".join(lines)


__all__ = ["claims_text", "mention_lines", "notes_text", "render", "tail", "write"]

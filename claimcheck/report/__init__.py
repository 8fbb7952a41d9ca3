"""Renderers: each writes a ``Report`` to a text stream, or returns it as a string, one
module per format.

Every renderer is a pure function of the report (no clock, no files, no network), so the same
report always renders to the same bytes. ``write`` sends the report to a stream piece by piece
(a claim or a few thousand template pieces at a time), so a report of 100,000 claims is never
held whole in memory; ``render`` is ``write`` into a string. Modules are imported on first use:
the HTML renderer needs Jinja2, which a plain ``claimcheck check`` should not pay for.
"""

from __future__ import annotations

import io
from importlib import import_module

from claimcheck.model import Report
from claimcheck.report._common import Out

__all__ = ["FORMATS", "render", "write"]

FORMATS: tuple[str, ...] = ("text", "json", "markdown", "html", "junit", "claimreview")

_MODULES = {
    "text": "claimcheck.report.text",
    "json": "claimcheck.report.json_report",
    "markdown": "claimcheck.report.markdown",
    "html": "claimcheck.report.html",
    "junit": "claimcheck.report.junit",
    "claimreview": "claimcheck.report.claimreview",
}


def render(
    report: Report,
    fmt: str,
    *,
    color: bool = False,
    author: str | None = None,
    width: int | None = None,
) -> str:
    """The report in format ``fmt`` (one of ``FORMATS``), ending in a newline.

    ``color`` asks the text format for ANSI colour and ``width`` for lines wrapped to a
    terminal's columns (the caller decides whether the terminal wants either); ``author``
    names the fact-checker in ClaimReview, over the claim file's own.
    """
    out = io.StringIO()
    write(report, fmt, out, color=color, author=author, width=width)
    return out.getvalue()


def write(
    report: Report,
    fmt: str,
    out: Out,
    *,
    color: bool = False,
    author: str | None = None,
    width: int | None = None,
) -> None:
    """Write the report in format ``fmt`` to ``out``, piece by piece: the same text as
    ``render`` gives, without ever holding all of it. The options are ``render``'s."""
    module = _MODULES.get(fmt)
    if module is None:
        raise ValueError(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")
    renderer = import_module(module)
    if fmt == "text":
        renderer.write(report, out, color=color, width=width)
    elif fmt == "claimreview":
        renderer.write(report, out, author=author)
    else:
        renderer.write(report, out)

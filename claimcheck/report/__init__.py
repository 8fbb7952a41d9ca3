"""Renderers: each turns a ``Report`` into a string, one module per format.

Every renderer is a pure function of the report (no clock, no files, no network), so the same
report always renders to the same bytes. Modules are imported on first use: the HTML renderer
needs Jinja2, which a plain ``claimcheck check`` should not pay for.
"""

from __future__ import annotations

from importlib import import_module

from claimcheck.model import Report

__all__ = ["FORMATS", "render"]

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
    module = _MODULES.get(fmt)
    if module is None:
        raise ValueError(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")
    renderer = import_module(module)
    if fmt == "text":
        return str(renderer.render(report, color=color, width=width))
    if fmt == "claimreview":
        return str(renderer.render(report, author=author))
    return str(renderer.render(report))

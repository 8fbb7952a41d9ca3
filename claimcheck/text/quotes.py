"""Finding a quote in an article as an editor would: ignoring case, whitespace, and the style
of quote marks and dashes, in which a story's copy and its claim file often differ.

Coverage (is each claim's quote still in the story?) and the HTML report (highlight it) both
use this, so a quote the one finds the other highlights.
"""

from __future__ import annotations

from claimcheck.text.vocabulary import DASH_CHARS, DOUBLE_QUOTES, SINGLE_QUOTES

__all__ = ["normalise", "quote_spans"]

_QUOTES = dict.fromkeys(SINGLE_QUOTES, "'") | dict.fromkeys(DOUBLE_QUOTES, '"')
_DASHES = dict.fromkeys(DASH_CHARS, "-")
_FOLD = _QUOTES | _DASHES | {"\u00ad": ""}


def normalise(text: str) -> tuple[str, list[int]]:
    """Text folded for comparison, and for each folded character its offset in ``text``.

    Case is lowered, quote marks and dashes take one style, and each run of whitespace
    becomes one space.
    """
    out: list[str] = []
    offsets: list[int] = []
    in_space = False
    for i, char in enumerate(text):
        if char.isspace():
            if not in_space and out:
                out.append(" ")
                offsets.append(i)
            in_space = True
            continue
        in_space = False
        folded = _FOLD.get(char)
        if folded is None:
            lower = char.lower()
            folded = lower if len(lower) == 1 else char
        if folded:
            out.append(folded)
            offsets.append(i)
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return "".join(out), offsets


def quote_spans(quote: str, folded: str, offsets: list[int]) -> list[tuple[int, int]]:
    """Every place the quote appears in the article, as spans of the original text."""
    needle, _ = normalise(quote)
    if not needle:
        return []
    spans = []
    at = folded.find(needle)
    while at >= 0:
        spans.append((offsets[at], offsets[at + len(needle) - 1] + 1))
        at = folded.find(needle, at + 1)
    return spans

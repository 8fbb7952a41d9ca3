"""HTML as readable text, with a map from every readable position back to the original.

Tags become a space (a newline for block elements, so paragraphs stay apart), scripts, styles
and comments vanish, and entities are decoded. ``Stripped.span`` maps a span of the readable
text back into the original markup, so a mention found in the text still points at the words
the reporter wrote. Every pattern stops at the next ``<`` or ``;``: the cost is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from claimcheck.text.lazy import lazy_pattern

_LOOKS_LIKE_HTML = lazy_pattern(
    r"<(?:!doctype|html|head|body|p|div|span|a|br|h[1-6]|article|section|li|ul|ol|table|td|"
    r"tr|em|strong|b|i|blockquote|figure|img|meta|title)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_MARKUP = lazy_pattern(
    r"<!--|<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9]{0,20})\b[^<>]*>|<![^<>]*>|<\?[^<>]*>"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});"
)
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "title",
    ]
)
_HIDDEN = frozenset(["script", "style", "noscript", "template"])


def looks_like_html(text: str) -> bool:
    """Whether ``text`` carries HTML markup worth stripping (a known tag somewhere)."""
    return _LOOKS_LIKE_HTML.search(text) is not None


@dataclass(frozen=True, slots=True)
class Stripped:
    """Readable text and the way back to the original.

    ``pieces`` lists (readable start, original start, original end, literal): a literal piece
    maps character for character; any other piece (a decoded entity, a tag turned into a space)
    maps as a whole to its original span.
    """

    text: str
    pieces: tuple[tuple[int, int, int, bool], ...]
    starts: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the readable span ``[start, end)``."""
        return self._position(start, at_end=False), self._position(end - 1, at_end=True)

    def _position(self, index: int, *, at_end: bool) -> int:
        if not self.pieces:
            return 0
        i = max(bisect_right(self.starts, index) - 1, 0)
        readable, original, original_end, literal = self.pieces[i]
        if literal:
            return original + (index - readable) + (1 if at_end else 0)
        return original_end if at_end else original


def strip(markup: str) -> Stripped:
    """Strip tags, drop scripts, styles and comments, decode entities."""
    from html import unescape  # only for markup (its table of entities is large)

    out: list[str] = []
    pieces: list[tuple[int, int, int, bool]] = []
    length = 0
    pos = 0
    missing: set[str] = set()  # closing tags known to be absent: never search for them twice

    def emit(chunk: str, start: int, end: int, literal: bool) -> None:
        nonlocal length
        if not chunk:
            return
        pieces.append((length, start, end, literal))
        out.append(chunk)
        length += len(chunk)

    while True:
        m = _MARKUP.search(markup, pos)
        if m is None:
            emit(markup[pos:], pos, len(markup), True)
            break
        emit(markup[pos : m.start()], pos, m.start(), True)
        token = m.group()
        end = m.end()
        if token == "<!--":
            close = -1 if "-->" in missing else markup.find("-->", end)
            if close < 0:
                missing.add("-->")
                end = len(markup)
            else:
                end = close + 3
            emit(" ", m.start(), end, False)
        elif token.startswith("&"):
            emit(unescape(token), m.start(), end, False)
        else:
            name = (m.group("name") or "").lower()
            if name in _HIDDEN and not m.group("close"):
                closing = f"</{name}"
                close = -1 if closing in missing else _find_closing(markup, closing, end)
                if close < 0:
                    missing.add(closing)
                else:
                    gt = markup.find(">", close)
                    end = len(markup) if gt < 0 else gt + 1
            emit("\n" if name in _BLOCKS else " ", m.start(), end, False)
        pos = end
    return Stripped("".join(out), tuple(pieces), tuple(piece[0] for piece in pieces))


def _find_closing(markup: str, closing: str, start: int) -> int:
    m = re.compile(re.escape(closing), re.IGNORECASE).search(markup, start)
    return -1 if m is None else m.start()

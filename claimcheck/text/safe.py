"""Text from input made safe to show: in a log line, a terminal, Markdown or HTML.

Claim files, tables and articles arrive in pull requests nobody has reviewed yet, so every
string that came from them is shown as written but never obeyed:

- ``one_line``: for stderr and the text report. No line breaks (a newline in a file name
  would forge a second ``file:1:1:`` problem line), no control or escape characters (which
  move the cursor or recolour a terminal), no bidirectional overrides (which reverse what
  is shown), no line starting a CI workflow command (``::error ...::``); each is shown as an
  escape such as ``\\n`` or ``\\u202e``.
- ``visible``: the same for text that keeps its line breaks (the HTML and Markdown reports).
- ``markdown``: inline Markdown that cannot make a link, a mention, an image or a column.
- ``safe_url``: a URL to link to only when it is http or https.
- ``listing``: at most a few items of a long list, then "and N more".

Every renderer and the command line use these, and nothing else, for that job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from claimcheck.text.lazy import lazy_pattern

# C0 and C1 control characters, DEL, the line and paragraph separators, and the
# bidirectional marks, embeddings, overrides and isolates.
_HIDDEN: Final = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
)
_HIDDEN_OR_BREAK: Final = lazy_pattern(f"[\t\n\r{_HIDDEN}]")
_HIDDEN_ONLY: Final = lazy_pattern(f"[{_HIDDEN}]")
_NAMED: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# The longest line of input shown in one message; the rest is counted, not shown.
LONGEST: Final = 1000


def _escape(char: str) -> str:
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str, *, limit: int = LONGEST) -> str:
    """``text`` on one line with nothing hidden or obeyed, at most ``limit`` characters of it."""
    more = len(text) - limit
    if more > 0:
        text = text[:limit]
    shown = _HIDDEN_OR_BREAK.sub(lambda match: _escape(match.group()), text)
    if shown.startswith("::"):
        shown = "\\x3a" + shown[1:]  # not a CI workflow command
    return shown + (f"… ({more:,} more characters)" if more > 0 else "")


def visible(text: str) -> str:
    """``text`` with its line breaks and tabs, every other hidden character shown as an escape."""
    return _HIDDEN_ONLY.sub(lambda match: _escape(match.group()), text)


def has_hidden(text: str) -> bool:
    """Whether ``text`` holds a character ``visible`` would show as an escape."""
    return _HIDDEN_ONLY.search(text) is not None


# Markdown: inline syntax only (every escaped string sits inside a line, never at its start).
_MD_SPECIAL: Final = lazy_pattern(r"([\\`*_\[\]|~$])")
_MD_ENTITIES: Final = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# What GitHub-flavoured Markdown and most CMSs turn into links or notifications on their own:
# a scheme ("https://", "mailto:"), "www.", "@name" and an e-mail address. A word joiner
# (U+2060) inside each breaks the pattern without changing what a reader sees.
_AUTOLINK: Final = lazy_pattern(r"(?i)(?<=[a-z])(?=://)|(?<=\bwww)(?=\.)|(?<=mailto)(?=:)|(?<=@)")
_JOINER: Final = "\u2060"


def markdown(text: str, *, link: bool = False) -> str:
    """Text that Markdown shows as written, on one line, linking and mentioning nothing.

    With ``link``, ``text`` is a URL that may stay a link when ``safe_url`` allows it.
    """
    text = one_line(" ".join(text.split()), limit=len(text) + 1)
    text = "".join(_MD_ENTITIES.get(char, char) for char in text)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    if link and safe_url(text) is not None:
        return text
    return _AUTOLINK.sub(_JOINER, text)


_SAFE_URL: Final = lazy_pattern(r"https?://[^\s\x00-\x1f\x7f-\x9f<>\"'`]+", re.IGNORECASE)


def safe_url(url: str | None) -> str | None:
    """The URL when it is safe to link to (http or https, nothing hidden), else None."""
    if url and _SAFE_URL.fullmatch(url) and not has_hidden(url):
        return url
    return None


def listing(items: Sequence[str], *, most: int = 10, quote: bool = True) -> str:
    """'a', 'b', 'c' ... and N more: at most ``most`` items, each on one line."""
    shown = [one_line(item, limit=80) for item in items[:most]]
    if quote:
        shown = [f"'{item}'" for item in shown]
    rest = len(items) - len(shown)
    return ", ".join(shown) + (f" and {rest:,} more" if rest > 0 else "")

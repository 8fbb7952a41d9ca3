"""Row and column labels as a reference names them: matched ignoring case, surrounding and
repeated spaces, dash and quote styles and footnote markers, with "did you mean" on a miss.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.claimfile.tables.cells import strip_markers
from claimcheck.text.lazy import lazy_pattern

MAX_LABEL = 1_000
"""Characters in a label: a series key in a claim file, a table's row label or column header
(a header of a few hundred characters is already rare). Longer is refused up front, at the
cell or key, by ``too_long``."""


def too_long(what: str, length: int) -> str:
    """The problem with a label over ``MAX_LABEL``: 'the row label is 1,234 characters...'."""
    return (
        f"{what} is {length:,} characters long; the limit is {MAX_LABEL:,} "
        "(a label is a year, a period, a place or a category)"
    )


_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-"))
_QUOTES = str.maketrans({**dict.fromkeys("‘’‚‛′`´", "'"), **dict.fromkeys("“”„‟″", '"')})
_SPACES = lazy_pattern(r"\s+")
_AROUND_DASH = lazy_pattern(r"\s*-\s*")
_PARENTHESES = lazy_pattern(r"\s*\([^()]*\)")


def label_key(label: str) -> str:
    """The form two labels are compared in: "North–East [note 2] " → "north-east"."""
    text = unicodedata.normalize("NFKC", strip_markers(label))
    text = text.translate(_DASHES).translate(_QUOTES).casefold()
    text = _AROUND_DASH.sub("-", _SPACES.sub(" ", text).strip())
    if len(text) > 1 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1].strip()
    return text


def loose_key(label: str) -> str:
    """The key without words in parentheses: a unit or an aside need not be written."""
    return label_key(_PARENTHESES.sub("", strip_markers(label)))


@dataclass(frozen=True, slots=True)
class Match:
    """The index of the label found, or the reason none was (with a suggestion)."""

    index: int | None
    message: str = ""


def find_label(wanted: str, labels: Sequence[str], what: str) -> Match:
    """The one label in ``labels`` that ``wanted`` names, or a message saying why none does.

    ``what`` names the kind of label in messages ("row", "column").
    """
    key = label_key(wanted)
    exact = [index for index, label in enumerate(labels) if label_key(label) == key]
    if len(exact) == 1:
        return Match(exact[0])
    if not exact:
        loose = loose_key(wanted)
        exact = [index for index, label in enumerate(labels) if loose_key(label) == loose]
        if len(exact) == 1:
            return Match(exact[0])
    if exact:
        places = ", ".join(repr(labels[index]) for index in exact)
        return Match(None, f"{what} {wanted!r} is ambiguous: it matches {places}")
    shown = [label for label in labels if label]
    keys = {label_key(label): label for label in shown}
    # A near year or number is another figure, not a misspelling: list them instead.
    close = [] if key.isdigit() else difflib.get_close_matches(key, list(keys), n=1, cutoff=0.6)
    hint = f" (did you mean {keys[close[0]]!r}?)" if close else ""
    listing = ", ".join(repr(label) for label in shown[:12])
    more = ", …" if len(shown) > 12 else ""
    return Match(None, f"no {what} {wanted!r}{hint or f' ({what}s: {listing}{more})'}")

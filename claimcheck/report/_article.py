"""The article text cut into marked pieces: checked quotes and unchecked numbers.

Quotes are found ignoring whitespace, case, quote-mark and dash style, as an editor's copy
often differs from the claim file in exactly those ways.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.model import Statement, Unchecked, Verdict
from claimcheck.text.quotes import normalise, quote_spans


@dataclass(frozen=True)
class Mark:
    """A checked quote's place in the article, with the card it links to."""

    start: int
    end: int
    anchor: str
    claim: str
    verdict: Verdict
    occurrence: int = 0  # 0 for the first place the quote appears, 1 for the next...


@dataclass(frozen=True)
class Piece:
    """A run of article text: plain, a checked quote (``mark``) or an unchecked number."""

    text: str
    mark: Mark | None = None
    unchecked: Unchecked | None = None
    first: bool = True  # False for the later parts of a quote split across paragraphs


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """The span of ``quote`` in ``text``, or None when it is not there."""
    return find_quotes(text, [quote])[0]


def find_quotes(text: str, quotes: list[str]) -> list[tuple[int, int] | None]:
    """The span of each quote in ``text`` (its first occurrence), or None where it is not.

    Quotes are found as coverage finds them (``claimcheck.text.quotes``), so a quote the check
    found in the article is the one highlighted.
    """
    folded, offsets = normalise(text)
    return [next(iter(quote_spans(quote, folded, offsets)), None) for quote in quotes]


def every_quote(text: str, quotes: list[str]) -> list[list[tuple[int, int]]]:
    """Every place each quote appears in ``text``: a quote repeated in the story is marked
    wherever it stands."""
    folded, offsets = normalise(text)
    return [quote_spans(quote, folded, offsets) for quote in quotes]


def paragraphs(text: str, marks: list[Mark], unchecked: list[Unchecked]) -> list[list[Piece]]:
    """The text as paragraphs (split at line breaks) of pieces."""
    return _split_lines(pieces(text, marks, unchecked))


def pieces(text: str, marks: list[Mark], unchecked: list[Unchecked]) -> list[Piece]:
    """The text cut at the marks and unchecked numbers; a span overlapping one before it in
    the lists is dropped, so a quote may not overlap an unchecked number.

    Linear in the text and the spans: which characters are taken is kept as one byte a
    character, so a span is checked against every earlier one by a single C-speed search of
    its own characters, then the kept spans are sorted and swept once.
    """
    taken = bytearray(len(text))
    kept: list[_Span] = []
    candidates = [_Span(m.start, m.end, m, None) for m in marks]
    candidates += [_Span(u.start, u.end, None, u) for u in unchecked]
    for span in candidates:
        if 0 <= span.start < span.end <= len(text) and taken.find(1, span.start, span.end) < 0:
            taken[span.start : span.end] = b"\x01" * (span.end - span.start)
            kept.append(span)
    kept.sort(key=lambda span: span.start)
    result: list[Piece] = []
    at = 0
    for span in kept:
        result.append(Piece(text[at : span.start]))
        result.append(Piece(text[span.start : span.end], span.mark, span.unchecked))
        at = span.end
    result.append(Piece(text[at:]))
    return [piece for piece in result if piece.text]


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    mark: Mark | None
    unchecked: Unchecked | None


def stated(quote: str, statements: list[Statement]) -> list[Piece]:
    """The quote cut at the words each statement was read from, marked with its verdict."""
    marks = [
        Mark(statement.start, statement.end, "", statement.stated, statement.verdict)
        for statement in statements
        if statement.start is not None and statement.end is not None
    ]
    return pieces(quote, marks, [])


def _split_lines(pieces: list[Piece]) -> list[list[Piece]]:
    result: list[list[Piece]] = [[]]
    for piece in pieces:
        first = piece.mark is None or piece.mark.occurrence == 0
        for number, line in enumerate(piece.text.split("\n")):
            if number:
                result.append([])
            if line:
                result[-1].append(Piece(line, piece.mark, piece.unchecked, first))
                first = False
    return [paragraph for paragraph in result if any(p.text.strip() for p in paragraph)]

"""Changes whose subject points back at the figure of a statement before them.

"There were 390 thefts in 2021. That figure was up 30% on 2018." The second sentence names no
measure: its subject ("this", "that", "it", "the figure", "the number", "the total" before its
verb) is the figure the statement before linked, so the change runs along that figure's line,
``to`` that figure, ``from`` the year the sentence names as its base ("on 2018", "than in
2018"), else the period just before (none named, or "the year before", "a year earlier").
The claim's comment says where its measure came from.

Nothing is proposed, and the claim asks, when the subject is not settled: the statement before
linked no one line (a part and a whole, two lines), its sentence links another line too, the
text between names a measure of
another line ("Burglaries are another story. This fell ..."), or the periods named do not
give one earlier period of that line. A change whose own words name a line is linked by them
(``link``), and one whose base a "when" clause states ("..., when the yield was 12.4") by
``join_when``: both are left alone here, as is a change against a base that is no period
("3% above the national average") and an empty "it" ("It was 5% cheaper to rent").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.link_result import Link
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.scan import MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["empty_subject", "with_pointed_changes"]

_POINTING = lazy_pattern(
    r"(?P<subject>this|that|it|(?:the|this|that)\s+(?:figure|total|number|count))\s+"
    r"(?:(?:is|was|has|had|have)\s+)?(?:been\s+)?"
    r"(?:up|down|rose|fell|risen|fallen|grew|grown|increased|decreased|declined|dropped"
    r"|climbed|jumped|higher|lower|more|fewer|less|an?\s+(?:rise|fall|increase|decrease"
    r"|drop|jump)|\d+|almost|nearly|about|around|some|over|just)\b",
    re.IGNORECASE,
)
_CHANGE_KINDS = frozenset([MentionKind.CHANGE, MentionKind.PERCENT, MentionKind.MULTIPLE])
# "90 more than in 2019": a count that is the amount of a change
_MORE = lazy_pattern(r"\s+(?:more|fewer|less|higher|lower)\b", re.IGNORECASE)
_YEAR = lazy_pattern(r"(?<![\d,.])((?:19|20)\d\d)(?![\d%])")
_A_YEAR_BACK = lazy_pattern(
    r"\b(?:the\s+(?:previous|preceding)\s+year|the\s+year\s+before|a\s+year\s+(?:earlier"
    r"|before|ago)|last\s+year|on\s+the\s+year|year[-\s]on[-\s]year)\b",
    re.IGNORECASE,
)
_WHEN_BASE = lazy_pattern(r"\s*,?\s*when\b", re.IGNORECASE)
_BASE = lazy_pattern(
    r"\b(?:than|on|from|compared\s+(?:with|to)|above|below|against|over|versus)\s+"
    r"(?P<base>[^,;.]*)",
    re.IGNORECASE,
)
_EMPTY_IT = lazy_pattern(
    r"\b(?:more|less|cheaper|dearer|costlier|harder|easier|quicker|slower|faster)\s+"
    r"(?:\w+\s+)?to\s+[a-z]",
    re.IGNORECASE,
)
_REACH = 400  # characters back to the statement whose figure is carried: a sentence or two
_ONE_FIGURE = (frozenset(["figure"]), frozenset(["from", "to"]))


def with_pointed_changes(
    text: str, drafted: Sequence[Drafted], catalog: Catalog | None
) -> list[Drafted]:
    """The drafted claims, each change with no references whose subject points back at the
    figure before it linked along that figure's line (see the module)."""
    result = list(drafted)
    if catalog is None:
        return result
    for index, claim in enumerate(result):
        pointing = _pointing(text, claim)
        if pointing is None or _names_a_line(text[claim.start : claim.end], catalog):
            continue
        if _WHEN_BASE.match(text, claim.end) is not None:
            continue  # "..., when the yield was 12.4": the base's own rule (``join_when``)
        if not _over_time(text[claim.start : claim.end]):
            continue  # "This is 3% above the national average": no change over time
        found = _pointed(text, result[:index], claim, pointing, catalog)
        if found is not None:
            result[index] = replace(claim, link=found)
    return result


def empty_subject(text: str) -> bool:
    """Whether a change is said of an empty subject ("It was 5% cheaper to insure a bike"):
    the per cent compares a cost or an effort, not a figure carried from before."""
    return _EMPTY_IT.search(text) is not None


def _over_time(quote: str) -> bool:
    """Whether the change's base, if it names one, is a period ("on 2018", "than the year
    before"), not an average, a group or a target; and "it" is no empty subject ("It was 5%
    cheaper to rent")."""
    if empty_subject(quote):
        return False
    base = _BASE.search(quote)
    if base is None:
        return True
    said = base.group("base")
    return _YEAR.search(said) is not None or _A_YEAR_BACK.search(base.group()) is not None


def _pointing(text: str, claim: Drafted) -> str | None:
    """The subject that points back, for a claim with no references that states only a change."""
    if claim.link.references or claim.bare or not claim.mentions:
        return None
    if not all(
        mention.kind in _CHANGE_KINDS
        or (mention.kind is MentionKind.COUNT and _MORE.match(text, mention.end) is not None)
        for mention in claim.mentions
    ):
        return None  # a level ("This fell to 95") is linked by its value, not carried
    found = _POINTING.match(text, claim.start, claim.end)
    return None if found is None else found.group("subject")


def _names_a_line(quote: str, catalog: Catalog) -> bool:
    return bool(concepts(quote) & catalog.vocabulary)


def _pointed(
    text: str, before: Sequence[Drafted], claim: Drafted, subject: str, catalog: Catalog
) -> Link | None:
    antecedent = next((c for c in reversed(before) if c.link.references), None)
    if antecedent is None or claim.start - antecedent.end > _REACH:
        return None
    last = _last_figure(antecedent.link)
    if last is not None and last.line is None:
        return _asks(
            f"{subject!r} points at {last.ref}, which is on no line of periods: add the "
            "`from` and `to` references"
        )
    if last is None or last.line is None or _other_lines(text, before, antecedent, last.line):
        return _asks(f"the statement before links no one line for {subject!r} to point at")
    between = concepts(text[antecedent.end : claim.start])
    own = catalog.line(last)
    own_words = frozenset(word for cell in own if cell is not None for word in cell.words)
    others = frozenset(
        word for cell in catalog.cells if cell.line != last.line for word in cell.words
    )
    if between & (others - own_words):
        return _asks(
            f"{subject!r} may point at another measure than {last.ref}, named between them; "
            "add references"
        )
    first = _base(text[claim.start : claim.end], claim, last, catalog)
    if first is None:
        return _asks(
            f"{subject!r} points at {last.ref}, but the periods named give no one earlier "
            "figure on its line; add the `from` reference"
        )
    reason = (
        f"change along {last.line}: {subject!r} names no measure of its own, so its measure "
        f"is that of the statement before it ({last.ref})"
    )
    return Link((("from", first.ref), ("to", last.ref)), (first, last), (reason,))


def _other_lines(text: str, before: Sequence[Drafted], antecedent: Drafted, line: str) -> bool:
    """Whether the sentence of the statement pointed at links another line too ("There were
    390 thefts and 95 burglaries. This was up 30%": either may be meant)."""
    opened = max(text.rfind(". ", 0, antecedent.start), text.rfind("\n", 0, antecedent.start))
    return any(
        other.link.lines - {line}
        for other in before
        if other.link.references and other.start > opened
    )


def _asks(todo: str) -> Link:
    return Link(todos=(todo,))


def _last_figure(link: Link) -> Cell | None:
    """The figure a statement's link ends on: its figure, or the end of its change."""
    roles = frozenset(role for role, _ in link.references)
    if roles not in _ONE_FIGURE or len(link.lines) > 1:
        return None
    refs = dict(link.references)
    cells = {cell.ref: cell for cell in link.cells}
    return cells.get(refs.get("to") or refs["figure"])


def _base(quote: str, claim: Drafted, last: Cell, catalog: Catalog) -> Cell | None:
    """The earlier figure of ``last``'s line the change runs from: the one year the quote
    names before ``last``'s, else the period just before."""
    if last.period is None or last.period.months:
        return None  # a line of months: "the year before" is no step back
    (to_year,) = sorted(last.period.years)[-1:] or (0,)
    spans = [(m.start - claim.start, m.end - claim.start) for m in claim.mentions]
    years = {
        int(found.group(1))
        for found in _YEAR.finditer(quote)
        if not any(a <= found.start() < b for a, b in spans)
    } - {to_year}
    if len(years) > 1 or any(year > to_year for year in years):
        return None
    if years:
        (year,) = years
        found = [
            cell
            for cell in catalog.line(last)
            if cell is not None and cell.period is not None and cell.period.names([year])
        ]
        return found[0] if len(found) == 1 and found[0].order < last.order else None
    if _A_YEAR_BACK.search(quote) is None and re.search(r"\bsince\b", quote, re.I):
        return None  # "since ..." names a start the words do not give
    return catalog.before(last)

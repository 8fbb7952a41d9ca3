"""Links the words do not bear out: a forecast, a month of a table of years, a subject no table
names, a share linked to a change. Each gives no references and says why.

A draft that links a statement to a line its words do not speak of turns a true sentence into a
false contradicted (the editor is told that a true sentence is wrong). These rules take such a
link away, whatever the value or the generic words of the clause would otherwise give:

- **A forecast is no figure of the tables.** "Economists had predicted that the rate would fall
  to 3.9%", "sales were expected to rise 2%": the number is what someone expected, not what the
  tables hold, so it is held against no cell (unless the tables themselves hold forecasts:
  a label or title that says "forecast", "projection", "expected" or "predicted").
- **A month against a table of years.** "The sharpest rise came in March, at 14.2%": the
  period the clause speaks of is a month, and lines whose periods are whole years hold no
  figure for it ("in the year to March" names a year, not a month).
- **A subject no table names.** "Shoplifting offences rose 6%" against a table whose lines are
  burglary, robbery and weapons offences: the clause's subject is a kind of offence the tables
  do not hold, and "offences" alone (a word every line of the table shares) does not make it
  theirs. When the subject holds a word that no label, title or file name of the tables
  has, and no stated number is borne out by the proposed figures, nothing is proposed.
- **A share is not a change.** "31% were recorded by the Northern force" states a share of a
  whole; a percentage-change cell of that force's row is no figure of it, whatever its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from fractions import Fraction
from functools import lru_cache
from typing import Final

from claimcheck.article.drafting.clauses import finite_verb
from claimcheck.article.drafting.link_result import Link, Statement
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.drafting.link_values import fits, fraction_word
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.drafting.rate_names import other_rate
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.numbers.number import Unit
from claimcheck.text.calendar import MONTH_WORDS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["FORECAST", "forecast_said", "guarded", "subject_words", "unnamed_subject"]

_VERBS = r"(?:predicted|forecast|forecasted|expected|anticipated)"
# A statement of what someone expected: "had predicted that", "were expected to", "is forecast
# to", "analysts expected", "predicted a fall". "As expected" and "than expected" set a fact
# against a forecast and are not caught here; "would expect to have" (a definition) is no
# forecast either.
FORECAST: Final = lazy_pattern(
    rf"\b(?:had|have|has)\s+(?:been\s+)?{_VERBS}\b"
    rf"|\b(?:is|are|was|were|being|be)\s+(?:widely\s+|generally\s+)?{_VERBS}\s+to\b(?!\s+have\b)"
    rf"|(?<!\bas\s)(?<!\bthan\s)\b{_VERBS}\s+(?:that|a|an)\b"
    rf"|\b(?:economists|analysts|forecasters|experts|markets?|traders|investors|observers)\b"
    rf"[^.;]{{0,80}}?\b{_VERBS}\b",
    re.IGNORECASE,
)
# Tables that hold forecasts of their own: then a forecast may be one of their figures.
_FORECAST_TABLE = lazy_pattern(
    r"\b(?:forecasts?|projections?|projected|expected|predicted|predictions?|outlook)\b",
    re.IGNORECASE,
)
# A month named as the period of the clause: "in February", "during March", "for June".
_MONTH_NAMES = "|".join(sorted((w for w in MONTH_WORDS if w[:1].isupper()), key=len, reverse=True))
_MONTH = lazy_pattern(rf"\b(?i:in|during|for|last|this)\s+(?:{_MONTH_NAMES})\b(?!\s*[-–/]|\s+to\b)")
# A month that ends a span of a year, or a date of publication, names no period of the claim.
_YEAR_TO = lazy_pattern(
    r"\b(?:year|years|months|quarter|period)\s+(?:to|ending|ended)\s+\Z"
    r"|\b(?:published|released|announced|issued|updated|said|reported)\s+\Z",
    re.IGNORECASE,
)
# Words of a subject that name no line by themselves: counts, totals, levels, people, the
# little words of quantity.
_GENERIC: Final = concepts(
    "number numbers total overall figure figures level levels amount count people person "
    "record recorded report reported latest new official data statistics more less fewer "
    "most many some all each every other such same these those this that its their also "
    "just only so very year month week quarter annual monthly sector sectors industry "
    "industries group groups category categories type types kind kinds net across within "
    "throughout among between over under around nationally locally overall gain gains rise "
    "rises increase increases fall falls drop drops decline declines loss losses growth change "
    "changes revision revisions means meant related relating still now again yet even already "
    "further currently economy country nation outside inside beyond without except excluding "
    "including"
)
# Verbs whose subject is who did it, not what is counted: "lost", "added", "shed".
_VERB = lazy_pattern(
    r"\b(?:lost|added|gained|shed|cut|created|saw|posted|logged|issued|made|took|showed"
    r"|recorded|reported|registered)\b",
    re.IGNORECASE,
)
# A share said of a whole: "29% were by", "accounted for", "made up", "a proportion".
_SHARE = lazy_pattern(
    r"\b(?:were|was)\s+(?:committed\s+|recorded\s+|carried\s+out\s+|issued\s+)?by\b"
    r"|\baccount(?:ed|s)?\s+for\b|\bmade\s+up\b|\bmake\s+up\b|\bproportion\b|\bshare\b",
    re.IGNORECASE,
)
# A word of change before a number: the percentage is a change, not a share.
_CHANGE_SAID = lazy_pattern(
    r"\b(?:rise|rose|risen|increase[sd]?|up|fall|fell|fallen|down|decrease[sd]?|drop(?:ped)?"
    r"|declined?|grew|growth|change[sd]?|jump(?:ed)?|higher|lower)\b",
    re.IGNORECASE,
)
# A participle that opens a clause with its object: "losing 11,400", "adding a further 5,000"
# ("speeding deaths" and "shoplifting offences" are subjects).
_PARTICIPLE = lazy_pattern(
    r"\A\W*[a-z]+ing\s+(?:[£$€]?\d|a|an|the|some|about|nearly|almost|more|over|around|another"
    r"|just|only)\b",
    re.IGNORECASE,
)
# The clause's appositions and leading phrases, which are no part of its subject.
_NOT_SUBJECT = lazy_pattern(
    r"\A\s*(?:one\s+of|a|an|which|who|including|such\s+as|across|in|on|at|for|by|from|with"
    r"|within|throughout|among|nationally|meanwhile|meantime|however|overall|elsewhere|locally"
    r"|according)\b",
    re.IGNORECASE,
)
_TOLERANCE = Fraction(1, 5)


def guarded(found: Link, statement: Statement, catalog: Catalog) -> Link:
    """``found``, or no references and the reason when the statement's words do not bear it
    out (see the module)."""
    if not found.references:
        return found
    why = (
        _forecast(statement, catalog)
        or _month_outside(statement, found.cells)
        or _unnamed_subject(statement, found, catalog)
        or _share_as_change(statement, found.cells)
        or other_rate(statement.text, found.cells)  # "the birth rate" is no stillbirth rate
    )
    if why is None:
        return found
    refs = [cell.ref for cell in found.cells]
    kept = [todo for todo in found.todos if not any(ref in todo for ref in refs)]
    return Link(todos=(*kept, why))


def forecast_said(text: str) -> str | None:
    """The words that make ``text`` a statement of a forecast, or None."""
    found = FORECAST.search(text)
    return None if found is None else " ".join(found.group().split())


def _forecast(statement: Statement, catalog: Catalog) -> str | None:
    first = statement.mentions[0].start - statement.start if statement.mentions else None
    said = forecast_said(statement.text[:first])
    if said is None or _holds_forecasts(catalog):
        return None
    return (
        f"a forecast ({said!r}): the number is what was expected, not a figure of these "
        "tables; leave it unsourced, or add the forecast's own source"
    )


def _holds_forecasts(catalog: Catalog) -> bool:
    return any(_FORECAST_TABLE.search(text) for text in catalog.texts.values())


def _month_outside(statement: Statement, cells: Iterable[Cell]) -> str | None:
    """The month the clause speaks of, when every proposed figure is a whole year's."""
    cells = list(cells)
    if not cells or any(
        cell.period is None or not cell.period.years or cell.period.months for cell in cells
    ):
        return None
    for found in _MONTH.finditer(statement.text):
        if _YEAR_TO.search(statement.text, 0, found.start()):
            continue
        month = found.group().split()[-1]
        return (
            f"the statement speaks of {month}, and the proposed figures are whole years': "
            "the tables hold no figure for that month; add references from a monthly table"
        )
    return None


def subject_words(text: str) -> str:
    """The subject of a clause: the words before its first finite verb, without the phrases
    before it and the appositions after it ("Across the county, the number of burglaries",
    "Arson, one of the rarer offences,"); "" when no verb this module knows ends it (a verb it
    does not know would leave the predicate in the subject), when the verb takes an object
    ("Operators added 313,000 crossings": the subject is who did it, the object what is
    counted), or when the clause opens with a participle ("losing 11,400")."""
    finite = finite_verb(text, 0, len(text))
    transitive = _VERB.search(text)
    if finite is None or _PARTICIPLE.match(text):
        return ""
    if transitive is not None and transitive.start() <= finite.start():
        return ""
    end = finite.start()
    segments = re.split(r"[,;:()–—]|\s-\s", text[:end])
    kept = [seg for seg in segments if seg.strip() and not _NOT_SUBJECT.match(seg)]
    return kept[0].strip() if kept else ""


@lru_cache(maxsize=64)
def _written(text: str) -> frozenset[str]:
    return concepts(text)


def _unnamed_subject(statement: Statement, found: Link, catalog: Catalog) -> str | None:
    """The words of the subject that no table writes, when no stated number is borne out by
    the proposed figures."""
    refs = {cell.ref for cell in found.cells}
    if len(found.cells) > 2 or any(ref not in refs for _, ref in found.references):
        return None  # a derived figure: the words that name it are the derivation's
    if _borne_out(statement.mentions, found.cells):
        return None
    first = statement.mentions[0].start - statement.start if statement.mentions else None
    return unnamed_subject(statement.text[:first], catalog)


def unnamed_subject(text: str, catalog: Catalog) -> str | None:
    """The reason a clause's subject is no line of the tables: it holds a word that no label,
    title or file name of theirs writes (by concept), or None."""
    subject = subject_words(text)
    words: list[str] = re.findall(r"[^\W\d_][\w'’-]*", subject)
    # capitalised words after the first name places and bodies (the place rules' matter);
    # words in capitals are a dateline or an abbreviation
    plain = " ".join(
        w
        for i, w in enumerate(words)
        if (i == 0 or not w[:1].isupper()) and not w.isupper() and not w.lower().endswith("ly")
    )
    written = _written(" ".join(sorted(catalog.texts.values())))
    unnamed = sorted(concepts(plain) - _GENERIC - written - catalog.vocabulary)
    if not unnamed:
        return None
    return (
        f"the subject ({subject!r}) names {', '.join(unnamed)}, which no table line has: "
        "its figure is not in these tables; add references from a table that has it"
    )


def _borne_out(mentions: Iterable[Mention], cells: tuple[Cell, ...]) -> bool:
    """Whether a stated number is near what it would be held against (within a fifth): a
    proposed figure of its unit, or the change between the two proposed figures in its kind (a
    per cent, a multiple, an amount). Such a value the check would not call wrong."""
    for mention in mentions:
        if any(fits(mention, cell) for cell in cells):
            return True
        stated = mention.value
        near = _compared_with(mention, cells)
        if any(
            abs(value - stated) <= max(mention.step, abs(stated) * _TOLERANCE) for value in near
        ):
            return True
    return False


def _compared_with(mention: Mention, cells: tuple[Cell, ...]) -> list[Fraction]:
    """What a stated number may stand for among the proposed cells, by its kind (a change
    cell by its size: "fell by 1%" stands for -1)."""
    percent = mention.kind is MentionKind.PERCENT
    levels = [
        abs(cell.figure.number.value) if cell.is_change else cell.figure.number.value
        for cell in cells
        if percent == (cell.is_percent or cell.figure.number.unit is Unit.PERCENT)
    ]
    if len(cells) != 2 or not cells[0].figure.number.value:
        return levels
    before, after = (cell.figure.number.value for cell in cells)
    if mention.kind is MentionKind.MULTIPLE:
        return [after / before]
    if fraction_word(mention):  # "up by more than a third"
        return [abs(after - before) / abs(before)]
    if percent:
        return [*levels, abs(after - before), abs(after - before) / abs(before) * 100]
    return [*levels, abs(after - before)]


def _share_as_change(statement: Statement, cells: tuple[Cell, ...]) -> str | None:
    """A percentage stated as a share ("29% were by ...") linked to a change: a change cell
    alone, or two periods of one line."""
    over_time = len(cells) == 2 and cells[0].line is not None and cells[0].line == cells[1].line
    if not (len(cells) == 1 and cells[0].is_change) and not over_time:
        return None
    for mention in statement.mentions:
        if mention.kind not in (MentionKind.PERCENT, MentionKind.SHARE):
            continue
        before = statement.text[: mention.start - statement.start]
        after = statement.text[mention.end - statement.start :]
        if _CHANGE_SAID.search(before[-30:]) or _CHANGE_SAID.match(after.lstrip()):
            return None
        if _SHARE.search(after[:40]):
            return (
                f"{mention.text!r} is a share of a whole, and {cells[-1].ref} is linked as a "
                "change: a share needs its part and whole, or a column of shares; add references"
            )
    return None

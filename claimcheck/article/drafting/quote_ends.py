"""What a statement's quote leaves out at its two ends.

A quote is the shortest clause that holds its statement, so the words around a statement that
state nothing of their own are left out of it:

- at its start: a dateline ("May 22, 2022 - "), a concession that states no number ("While X
  was down, ..."), a subject and the relative clause after it ("The rate, which counts
  part-time workers, fell ...": the quote starts at the verb, the subject still counts for
  linking), a whole restated in words before a count of it ("Of those sent to a panel, 206
  (16.0%) ...": the ``whole`` reference carries it), and an attribution ("According to the
  ONS, ...", "Figures from the ONS show that ...");
- at its end: a contrast with no number (", while pay rose"), a movement over another span
  (", following a steady rise since 1975"), a forecast missed or beaten (", both missing
  expectations") and an attribution trailer (", according to figures published by the
  Department for Transport", ", the ONS said", ", figures show", ", said the report").

An attribution says who stated the figure, not what was stated, so it is no part of the
claim. It is left in when it holds a number of its own (", according to a survey of 2,000
adults") or names a year or a month (", according to figures for 2019"): the period may be
the statement's own, and the engine checks a quote's periods against the figures' labels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.article.drafting.clauses import finite_verb
from claimcheck.article.scan import Mention
from claimcheck.text.calendar import month_pattern
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import FORECAST_NOUNS, YEAR_DIGITS

__all__ = [
    "PREDICATE",
    "names_a_period",
    "without_attribution",
    "without_forecast",
    "without_lead",
    "without_trailer",
]

_DATELINE = lazy_pattern(
    r"(?:[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})"
    r"\s*[—–-]\s*"
)
_LEAD_CONCESSION = lazy_pattern(
    r"(?:Although|Though|Even though|Albeit|While|Whereas|Despite)\b[^,;.]*,\s+", re.IGNORECASE
)
# A lead with no number before the list it sums up: "Deaths fell in most categories, including
# a 4% drop in ...": the items are the statements, the lead their subject.
_INCLUDING_LEAD = lazy_pattern(r"[^;:()]{3,160}?,\s+including\s+", re.IGNORECASE)
_LEAD_CONTRAST = lazy_pattern(
    r",\s+(?:even though|although|though)\s+"
    # "The fall in the rate comes despite the number of births rising from ...": what comes
    # before "despite" is another statement, with no number of its own
    r"|\s+(?:despite|in\s+spite\s+of)\s+(?=(?:the|a|an)\s)",
    re.IGNORECASE,
)
_CONTRAST = lazy_pattern(r",\s+(?:while|but|whereas)\s+|;\s+")
# A dash before "but" and a subject of its own: "up 6% on last year - but Kent saw a fall".
_DASH_BUT = lazy_pattern(r"\s+[-–—]\s+but\s+(?=(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[A-Za-z])")
# A movement over another span, after the statement: "..., following a steady rise since 1975".
_FOLLOWING = lazy_pattern(
    r",?\s+(?:following|after)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,3}?(?:rise|fall|increase"
    r"|decrease|decline|drop|growth|climb|slide)s?\s+(?:since|over|during|in\s+(?:18|19|20)\d\d)\b"
    # "..., after holding steady over the previous four quarters", "after falling for the
    # previous three months": a movement over the months before, which no pair checks
    r"|,?\s+(?:following|after)\s+(?:showing|posting|seeing|having|rising|falling|declining"
    r"|growing|climbing|slipping|edging|holding|changing|moving)\b[^,;.\d]{0,60}?"
    r"\b(?:over|for|during|in)\s+(?:each\s+of\s+)?the\s+(?:prior|previous|past|last|preceding)"
    r"\s+(?:\w+\s+)?(?:months|quarters|years)\b",
    re.IGNORECASE,
)
# A forecast missed or beaten, after the statement: "..., both missing expectations".
# A comparison with every other group, after the statement: "..., a higher share than any
# other force". It ranks what no table line lists whole, and its comparative is no change.
_THAN_ANY_OTHER = lazy_pattern(
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){1,3}?than\s+(?:any|every|all)\s+(?:of\s+the\s+)?other\b",
    re.IGNORECASE,
)
_FORECAST = lazy_pattern(
    r",\s+(?:both\s+|all\s+)?(?:missing|beating|topping|exceeding|above|below|in\s+line\s+with)"
    rf"\s+(?:[\w'’]+\s+){{0,3}}?{FORECAST_NOUNS}\b",
    re.IGNORECASE,
)

# A forecast set beside the actual figure, with its own number: "136,000 vs. 145,000
# expected", "3.5% versus a forecast 3.7%". The forecast is no figure of the release tables,
# so it is left out of the quote whatever number it holds.
_AMOUNT = r"[+−-]?[$£€]?\d[\d,.]*(?:\s*(?:%|k|m|bn|million|billion|thousand|per\s*cent|percent))?"
_VERSUS_FORECAST = lazy_pattern(
    r"\s*[,;]?\s+(?:vs\.?|versus|against|compared\s+(?:with|to))\s+(?:an?\s+|the\s+)?"
    rf"(?:(?:expected|forecast|estimated|predicted)\s+{_AMOUNT}"
    rf"|{_AMOUNT}\s+(?:expected|forecast|estimated|predicted|{FORECAST_NOUNS}))\b",
    re.IGNORECASE,
)

_YEAR_ONLY = lazy_pattern(rf"(?<![\d,.]){YEAR_DIGITS}(?![\d,])")

# A year or a month: words a quote keeps, since the engine checks them against the labels.
_PERIOD = lazy_pattern(rf"(?<![\d,.]){YEAR_DIGITS}(?!\d|,\d)|\b(?:{month_pattern()})\b")

# Words that open a predicate with no subject of its own: "(and) up 2%", "(and) were 3% higher".
PREDICATE = lazy_pattern(
    r"(?:up|down|rose|risen|increased|grew|fell|fallen|dropped|declined|decreased|jumped"
    r"|climbed|slipped|dipped|gained|lost|was|were|is|are|has|have|had|stood|remained|stayed"
    r"|higher|lower|by|to|at)\b",
    re.IGNORECASE,
)
# A relative clause after the subject that opens a sentence: "The rate, which counts ..., ".
_RELATIVE_LEAD = lazy_pattern(
    r"[^;:()]{1,120}?(?P<relative>,\s+(?:which|who|whose)\s+[^,;:()]{1,200},\s+)"
    r"(?!(?:and|or|but|while|whereas|including|which|who|whose|as|according)\b)(?=[a-z])"
)
# A name and a phrase in apposition to it before the verb: "Harbour Police, the smallest force
# in the county, recorded ...". The phrase describes the subject (often ranking it) and states
# nothing the figures check; the name still counts for linking.
_APPOSITION_LEAD = lazy_pattern(
    r"[A-Z][\w&'’.-]*(?:\s+(?:of|and|&|the|[A-Z][\w&'’.-]*)){0,6}"
    r"(?P<relative>,\s+(?:the|a|an)\s+[^,;:()\d]{1,100},\s+)(?=[a-z])"
)
_PAST = lazy_pattern(r"[a-z]{2,}ed\b")
# A whole restated in words before a count of it: "Of those sent to a panel, 206 ...". The
# claim's ``whole`` reference carries it (``link_part_of``); its words still count for linking.
_WHOLE_LEAD = lazy_pattern(
    r"(?:Of|Among)\s+(?:those|these)\s+[a-z][^,;:()]{2,100},\s+(?=[$£€]?\d)", re.IGNORECASE
)


def names_a_period(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a year or a month. Words a quote leaves out must not:
    the engine checks the periods a quote names against the figures' labels, and a quote cut
    short of its period would pass a claim about the wrong year."""
    return _PERIOD.search(text, start, end) is not None


def without_forecast(text: str, start: int, end: int) -> int:
    """The end of a clause without a forecast set beside its figure ("vs. 145,000 expected"),
    whatever number the forecast holds."""
    versus = _VERSUS_FORECAST.search(text, start, end)
    return versus.start() if versus is not None else end


def without_trailer(text: str, start: int, end: int) -> int:
    """The end of a clause without a trailer stating no number: a contrast ("fell, while pay
    rose"), a movement over another span, a forecast (", both missing expectations"), a
    comparison with every other group (", a higher share than any other force"), and a
    forecast set beside the figure with its own number ("vs. 145,000 expected")."""
    for match in _CONTRAST.finditer(text, start, end):
        if not any(char.isdigit() for char in text[match.end() : end]):
            return match.start()
    for match in _DASH_BUT.finditer(text, start, end):
        after = text[match.end() : end]
        if PREDICATE.match(after) is None and not any(char.isdigit() for char in after):
            return match.start()
    end = without_forecast(text, start, end)
    for trailer in (_FOLLOWING, _FORECAST, _THAN_ANY_OTHER):
        found = trailer.search(text, start, end)
        if found is not None and not _stated_after(text, found.end(), end):
            return found.start()
    return end


def _stated_after(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a number other than a year."""
    return any(char.isdigit() for char in _YEAR_ONLY.sub(" ", text[start:end]))


def without_lead(
    text: str, start: int, end: int, stated: Sequence[Mention]
) -> tuple[int, tuple[int, int] | None]:
    """The start of a clause without a dateline ("May 22, 2022 — "), a contrast that states
    no number before it ("While X was down, even though Y rose by 325 billion"), or a subject
    and the relative clause after it ("The rate, which counts part-time workers, fell ...") or a
    phrase in apposition to a name ("Harbour Police, the smallest force, recorded ...");
    with the span of that subject, which the statement still speaks of."""
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()
    opening = _LEAD_CONCESSION.match(text, start, end)
    if opening is not None and not _has(stated, start, opening.end()):
        return opening.end(), None
    relative = _RELATIVE_LEAD.match(text, start, end)
    if (
        relative is not None
        and not _has(stated, start, relative.end())
        and not names_a_period(text, start, relative.end())
    ):
        return relative.end(), (start, relative.start("relative"))
    apposed = _APPOSITION_LEAD.match(text, start, end)
    if (
        apposed is not None
        and not _has(stated, start, apposed.end())
        and finite_verb(text, apposed.start("relative"), apposed.end()) is None
        and (PREDICATE.match(text, apposed.end()) or _PAST.match(text, apposed.end()))
    ):
        return apposed.end(), (start, apposed.start("relative"))
    whole = _WHOLE_LEAD.match(text, start, end)
    if (
        whole is not None
        and not _has(stated, start, whole.end())
        and not names_a_period(text, start, whole.end())
    ):
        return whole.end(), (start, whole.end())
    for match in _LEAD_CONTRAST.finditer(text, start, end):
        if not _has(stated, start, match.start()):
            return match.end(), None
    listed = _INCLUDING_LEAD.match(text, start, end)
    if (
        listed is not None
        and not _has(stated, start, listed.end())
        and _has(stated, listed.end(), end)
        and not names_a_period(text, start, listed.end())
    ):
        return listed.end(), (start, listed.end())
    return start, None


# The verbs that say who stated a figure: "the ONS said", "figures show", "the report found".
_REPORTING = (
    r"(?:said|says|say|added|adds|showed|shows|show|found|finds|find|reported|reports"
    r"|suggested|suggests|suggest|revealed|reveals|reveal|estimated|estimates|stated|states"
    r"|confirmed|confirms|confirm|noted|notes|indicated|indicates|indicate|claimed|claims"
    r"|warned|warns|explained|explains|wrote|writes|told\s+[\w.]+(?:\s+[\w.]+)?)"
)
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WHEN = rf"(?:\s+(?:today|yesterday|on\s+{_DAYS}|this\s+week|last\s+week|in\s+(?:a|its)\s+\w+))?"
# The words of a source: a name, a body, a document ("figures published by the Department
# for Transport (DfT)"), with no comma and no word that joins a clause of its own.
_SOURCE = (
    r"(?!(?:and|but|while|whereas|which|who|that|as|with|where|when|because|so|if|or|then)\b)"
    r"[\w'’.&-]+(?:\s+\([\w&'’. -]+\)|\s+[\w'’.&-]+){0,11}?"
)
# An attribution after the statement, to the end of its clause.
_ATTRIBUTION_AFTER = lazy_pattern(
    rf",\s+(?:according\s+to\s+{_SOURCE}|{_SOURCE}\s+{_REPORTING}{_WHEN}"
    rf"|(?:said|says|added|reported|wrote)\s+{_SOURCE})[\s.,;:!?”’\"')]*\Z",
    re.IGNORECASE,
)
# An attribution that opens the statement: "According to the ONS, ...", "Figures from the ONS
# show that ...", "Data from the ONS shows ..." (a source noun may go without "that").
_SOURCE_NOUN = (
    r"(?:(?:the|new|official|latest|provisional|these|recent)\s+){0,2}"
    r"(?:figures|data|statistics|numbers|research|analysis|report|study|survey|release"
    r"|bulletin|estimates)\b"
)
_ATTRIBUTION_LEAD = lazy_pattern(
    rf"(?:according\s+to\s+[^,;:]{{1,100}}?,\s+"
    rf"|{_SOURCE_NOUN}[^,;:]{{0,100}}?\s+{_REPORTING}\s+(?:that\s+)?"
    rf"|{_SOURCE}\s+{_REPORTING}(?:{_WHEN},|\s+that)\s+)",
    re.IGNORECASE,
)

# Words that make an attribution a statement of its own: "the highest the survey has found".
_COMPARING = lazy_pattern(
    r"\b(?:highest|lowest|most|least|fewest|largest|smallest|biggest|record|since|than|rose"
    r"|fell|rise|fall|up|down|more|less|fewer|higher|lower|increase|decrease)\b",
    re.IGNORECASE,
)


def without_attribution(
    text: str, start: int, end: int, stated: Sequence[Mention] = ()
) -> tuple[int, int, tuple[int, int] | None]:
    """The span of a statement without the attribution at its end and at its start, and the
    span of the attribution that opened it (its words still count for linking: "Home Office
    figures on knife crime show that ..."). An attribution that holds a number of its own, a
    stated number or a period is kept: it may be part of the claim."""
    lead = None
    found = _ATTRIBUTION_LEAD.match(text, start, end)
    if found is not None and found.end() < end and _plain(text, start, found.end(), stated):
        lead = (start, found.end())
        start = found.end()
    trailer = _ATTRIBUTION_AFTER.search(text, start, end)
    if (
        trailer is not None
        and trailer.start() > start
        and _plain(text, trailer.start(), end, stated)
    ):
        end = trailer.start()
    return start, end, lead


def _plain(text: str, start: int, end: int, stated: Sequence[Mention]) -> bool:
    """Whether words state no number, no statistic, no period and no comparison."""
    return (
        not any(char.isdigit() for char in text[start:end])
        and _COMPARING.search(text, start, end) is None
        and not any(start < m.end and m.start < end for m in stated)
        and not names_a_period(text, start, end)
    )


def _has(stated: Sequence[Mention], start: int, end: int) -> bool:
    return any(start <= m.start and m.end <= end for m in stated)

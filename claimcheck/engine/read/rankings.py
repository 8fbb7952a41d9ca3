"""Superlatives the wording table's fixed spellings cannot reach, and those that only describe.

Runs first, before the time templates (``reader.PASSES``):

- **descriptions**: "tenants in the most isolated villages", "the least affluent", "the most likely
  to", "the poorest fifth" describe a group by a quality the figures do not hold; they rank
  nothing and are not a share ("most"), so their words are taken and nothing is stated. A
  superlative in a parenthesis or between dashes ("the forecast - the lowest of four
  variants - is...") describes the subject and is read as a described ranking.
- **since**: "its lowest reading since May 2011", "the lowest attendance since 2009", "the highest
  since the 2009 slump", "the lowest level since records began in 1962": a superlative, a few words,
  "since" and a year (perhaps inside an event); a change word between ("the sharpest fall since
  1997") makes it a ranking of changes.
- **decades**: "their lowest in nearly five decades" is a years-low over the decades' years.
- **any time**: "more babies than at any time in the past 35 years" and "lower than at any
  time since 1990" are a comparative held against every earlier figure: a years-high or
  years-low over the span, a highest or lowest since the year, never a change.
- **digit bands**: "double-digit inflation", "into single figures", "triple-digit" are ranges
  of values (10 up to 100...), never multiples.
- **headline ranks**: "still highest in North East" (a referenced label after "in") and
  "topped the best-sellers list"; superlatives a headline writes with no article ("reports
  highest jobless rate", "lowest birth rate on record") are read by ``headline_ranks``.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache

from claimcheck.engine.judge.compare import Comparator, Stated
from claimcheck.engine.read.headline_ranks import mark_headline_superlatives
from claimcheck.engine.read.mentions import Mention
from claimcheck.engine.read.ordinal_since import ordinal_start, take_named
from claimcheck.engine.read.record import Quote, record
from claimcheck.engine.wording import phrases
from claimcheck.engine.wording.families import Family
from claimcheck.numbers.number import Unit, parse_number
from claimcheck.text.calendar import month_pattern
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import SERIES_BEGAN

__all__ = ["mark_rankings"]

_HIGH = r"highest|largest|biggest|greatest|most|strongest"
_LOW = r"lowest|smallest|fewest|least|weakest|slowest"
_CHANGE = (
    r"rise|rises|increase|increases|jump|growth|fall|falls|drop|drops|decline|declines"
    r"|decrease|decreases|slump|cut|cuts"
)
_MONTHS = month_pattern(lower=True)
_COUNTS = {
    word: Fraction(index + 1)
    for index, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    )
}

# "the most deprived", "the least affluent", "the most likely": a superlative of a quality the
# figures do not measure. The suffixes are those of adjectives and participles; "the most
# common" and "the most frequent" (which rank a series) are kept out.
_QUALITY = lazy_pattern(
    r"(?<![a-z])the\s+(?:most|least)\s+(?!common\b|frequent\b|popular\b)"
    # Participles that rank a series by use ("the most visited museum") stay rankings.
    r"(?!(?:visited|used|viewed|watched|played|searched|requested|downloaded|streamed|booked"
    r"|prescribed|reported|recorded|borrowed|purchased|shared|cited|read)\b)"
    r"[a-z]+(?:ed|ly|ive|ous|ent|ant|able|ible|ic|ful|less|ing)(?![a-z])"
)
# "the poorest fifth", "the richest tenth": a band of the population, not a share to check.
_BAND = lazy_pattern(
    r"(?<![a-z])the\s+(?:[a-z]+est|(?:most|least)\s+[a-z]+)\s+"
    r"(?:fifth|quarter|third|tenth|half|decile|quintile|percentile)s?(?![a-z])"
)
# The words without one of which ``_BAND`` cannot match: a quote holding none is not searched.
_BAND_NEEDS = ("fifth", "quarter", "third", "tenth", "half", "decile", "quintile", "percentile")
_ASIDE = lazy_pattern(
    rf"(?:[(]|\s-\s)\s*(?P<sup>the\s+(?P<word>{_HIGH}|{_LOW})(?![a-z])[^()]{{0,60}}?)(?:[)]|\s-\s)"
)
# A headline may drop the article: "bus fares rise to highest since 2005".
_SUPERLATIVE = (
    rf"(?<![a-z])(?:(?:the|its|their|a)\s+|(?=(?:highest|lowest|largest|biggest|smallest)\s))"
    rf"(?P<word>{_HIGH}|{_LOW}|sharpest|steepest|fastest)"
    # up to seven words before "since": "the largest number of people hurt on rural U.K. roads"
    r"(?P<middle>(?:\s+[a-z./'-]+){0,7}?)\s+since\s+"
)
_SINCE = lazy_pattern(
    rf"{_SUPERLATIVE}(?:the\s+)?(?:[a-z]+\s+){{0,4}}?"
    rf"(?:(?:{_MONTHS})\s+)?(?P<year>(?:1[89]|20)\d\d)(?:[/-]\d{{2}}(?:\d{{2}})?)?(?![\d%s])"
)
# "the smallest total since records began in 1951", "the lowest share since estimates were first
# published for 1959": since the year a series starts. Read before ``_SINCE``, whose few words
# before the year may not reach it; the judge reads the start words again (``records``).
_SINCE_BEGAN_YEAR = lazy_pattern(
    rf"{_SUPERLATIVE}{SERIES_BEGAN}\s+(?:in|for|from)\s+(?:(?:{_MONTHS})\s+)?"
    rf"(?P<year>(?:1[89]|20)\d\d)(?:[/-]\d{{2}}(?:\d{{2}})?)?(?![\d%s])"
)
# "at its smallest since comparable records started", with no year: a record over the whole series.
_SINCE_BEGAN = lazy_pattern(rf"{_SUPERLATIVE}{SERIES_BEGAN}(?![a-z])")
# "the lowest since the 1970s", "lowest since the mid-70s": a decade, not a year.
_SINCE_DECADE = lazy_pattern(
    rf"{_SUPERLATIVE}(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?'?(?P<decade>(?:1[89]|20)?\d0)'?s"
    r"(?![a-z])"
)
# "the slowest pace of increases", "the fastest rate of growth": a rate of change ranked as a
# level, not a change ranked against other changes.
_PACE = lazy_pattern(r"(?<![a-z])(?:pace|rate|speed)\s+of(?![a-z])")
# "..., the highest since 2009, when it stood at 7.8%": the number is the 2009 value; so is
# the one in "since 1981, when there were 612,300" and "since 1902, when 80,114 were born".
_WHEN = lazy_pattern(
    r",?\s*when\s+(?:(?:it|they|there|the\s+[a-z]+|[a-z]+)\s+(?:stood|was|were|reached|hit)"
    r"(?:\s+at)?\s+)?$"
)
# "the highest in nearly five decades", "the lowest number of ferry crossings in 20 years": a record
# over a span, with up to four words naming what is ranked between the superlative and "in".
_DECADES = lazy_pattern(
    rf"(?<![a-z])(?:the\s+|its\s+)?(?P<word>{_HIGH}|{_LOW})(?P<middle>(?:\s+[a-z-]+){{0,4}}?)"
    r"\s+(?:in|for)\s+(?P<more>(?:more\s+than|over)\s+)?"
    r"(?P<near>(?:nearly|almost|close\s+to)\s+)?(?P<count>[a-z]+|\d+)\s+"
    r"(?P<unit>decades|years)(?![a-z])"
)
# "a fresh five-decade low", "a two-decade high": the same span as an adjective.
_DECADE_ADJECTIVE = lazy_pattern(
    r"(?<![a-z])(?:(?:a|an|its|the|their)\s+)?(?:(?:fresh|new)\s+)?"
    r"(?P<count>[a-z]+|\d+)[\s-]+decade\s+(?P<word>low|high)(?![a-z])"
)
# "more children than at any time in the past 35 years", "lower than at any point since 1990":
# a comparative against every figure of a span, which is a superlative over it.
_ANY_TIME = lazy_pattern(
    r"(?<![a-z])(?P<word>more|higher|greater|larger|bigger|fewer|lower|less|smaller)"
    r"(?:\s+[a-z'-]+){0,4}?\s+than\s+(?:at\s+|in\s+)?any\s+(?:other\s+)?(?:time|point|year)\s+"
    r"(?:(?:in|over)\s+the\s+(?:past|last|previous)\s+(?P<count>\d{1,3}|[a-z]+)\s+years"
    r"|since\s+(?P<year>(?:1[89]|20)\d\d))(?![a-z\d])"
)
_COMPARED_UP = ("more", "higher", "greater", "larger", "bigger")
_HEADLINE = lazy_pattern(r"(?<![a-z])(?:the\s+)?(?P<word>highest|lowest)\s+in\s+")
# "London recorded the most deaths": a ranking of counts, read as the largest of a series.
_MOST_COUNT = lazy_pattern(
    r"(?<![a-z])(?:had|has|have|recorded|records|saw|sees|reported|reports|suffered|registered"
    r"|made|received|attracted|sold|won)\s+(?P<sup>the\s+(?P<word>most|fewest))\s+"
    r"(?=[a-z]+s(?![a-z]))"
)
# "births fell most among mothers aged 35 to 39", "rose fastest in the North": a change verb
# ranked by an adverb, before the group it names; "the fall was largest among": the same, with
# the change as the subject. Both rank changes, never a share ("most") or a level.
_CHANGED_MOST = lazy_pattern(
    r"(?<![a-z])(?:(?P<fall>fell|fallen|dropped|declined|decreased|shrank|shrunk)"
    r"|(?P<rise>rose|risen|increased|grew|grown|climbed|jumped))\s+"
    r"(?:the\s+)?(?:most|furthest|fastest|sharpest|steepest|by\s+the\s+most)"
    r"(?=\s+(?:among|amongst|in|on|for|at|across|of)(?![a-z]))"
)
_CHANGE_WAS_MOST = lazy_pattern(
    r"(?<![a-z])(?:the\s+)?(?:(?P<fall>fall|drop|decline|decrease)|(?P<rise>rise|increase|growth))"
    r"s?\s+(?:was|were|is|are)\s+(?:the\s+)?(?:largest|biggest|greatest|steepest|sharpest)"
    r"(?=\s+(?:among|amongst|in|on|for|at|across|of)(?![a-z]))"
)
# "Leeds was second with 312 a month", "came third": a place in a ranking from the top, said
# without a superlative; "was second highest" and "the second time" are other readings.
_PLACES = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4}
_PLACE = lazy_pattern(
    r"(?<![a-z])(?:was|were|is|are|came|ranked|ranks|finished|placed|sits|sat)\s+"
    r"(?:in\s+)?(?P<place>second|third|fourth|fifth|2nd|3rd|4th)(?:\s+place)?"
    r"(?!\s*-?\s*(?:time|year|quarter|month|week|day|straight|consecutive|successive|half|"
    r"highest|lowest|largest|smallest|biggest|most|least|fewest|best|worst|in\s+a\s+row)"
    r"(?![a-z]))(?![a-z])"
)
_TOPPED = lazy_pattern(
    r"(?<![a-z])topped\s+the\s+(?:[a-z-]+\s+){0,3}?(?:list|table|chart|charts|rankings?)(?![a-z])"
)


_DIGITS = lazy_pattern(
    r"(?<![a-z])(?P<size>single|double|triple)[\s-]+(?:digits?|figures?)(?:\s+figures)?(?![a-z])"
)
# "double-digit inflation" is a range of values, not a multiple: 10 up to (not including) 100.
_RATE_WORDS = lazy_pattern(r"(?<![a-z])(?:inflation|rate|rates|growth|per\s*cent|percent)(?![a-z])")
_BANDS = {
    "single": (Fraction(0), Fraction(9999, 1000)),
    "double": (Fraction(10), Fraction(99999, 1000)),
    "triple": (Fraction(100), Fraction(999999, 1000)),
}


def _digit_bands(quote: Quote) -> None:
    reading, text = quote.reading, quote.text
    if "digit" not in text and "figure" not in text:
        return
    for found in _DIGITS.finditer(text):
        if not reading.free(*found.span()):
            continue
        low, high = _BANDS[found.group("size")]
        # A band of rates where the quote speaks of rates or percentages, else of counts.
        percent = _RATE_WORDS.search(text) is not None or any(
            match.number.unit is Unit.PERCENT for match in quote.numbers
        )
        reading.take(*found.span())
        reading.mentions.append(
            Mention(
                _family("between"),
                found.start(),
                found.end(),
                quote.wording[found.start() : found.end()],
                Stated(low, Fraction(0), high, Fraction(0)),
                Comparator.BETWEEN,
                parse_number(f"{low}%") if percent else None,
            )
        )


@cache
def _family(family_id: str) -> Family:
    return phrases.family(family_id)


def _high(word: str) -> bool:
    return re.fullmatch(_HIGH, word) is not None


def _descriptions(quote: Quote) -> None:
    reading, text = quote.reading, quote.text
    for pattern, needs in ((_BAND, _BAND_NEEDS), (_QUALITY, ("most", "least"))):
        if not any(map(text.__contains__, needs)):
            continue
        for found in pattern.finditer(text):
            if reading.free(*found.span()):
                reading.take(*found.span())
    if "(" not in text and "-" not in text:
        return
    for found in _ASIDE.finditer(text):
        span = found.span("sup")
        if reading.free(*span):
            family = "described-max" if _high(found.group("word")) else "described-min"
            record(quote, _family(family), span, Stated(Fraction(0)), qualify=False)


def _since(quote: Quote) -> None:
    reading, text = quote.reading, quote.text
    if "since" not in text:
        return
    for found in _SINCE_DECADE.finditer(text):
        if reading.free(*found.span()):
            record(quote, _family("since-decade"), found.span(), Stated(Fraction(0)), qualify=False)
    _since_began(quote)
    for found in _SINCE.finditer(text):
        if not reading.free(*found.span()):
            continue
        year = int(found.group("year"))
        word, middle = found.group("word"), found.group("middle")
        quick = word in ("sharpest", "steepest", "fastest")
        if _PACE.search(middle):
            # "the slowest pace of gains since": the level of a rate of change
            family = "highest-since" if _high(word) or quick else "lowest-since"
        elif re.search(rf"(?<![a-z])(?:{_CHANGE})(?![a-z])", middle) or quick:
            family = "rank-change-since"
        else:
            family = "highest-since" if _high(word) else "lowest-since"
        # "the second lowest since 2017": the ordinal belongs to the statement (ordinal_since)
        place_at = ordinal_start(quote, found.start()) if family != "rank-change-since" else None
        start = found.start() if place_at is None else place_at
        record(
            quote,
            _family(family),
            (start, found.end()),
            Stated(Fraction(year)),
            year=year,
            qualify=False,
        )
        if place_at is not None:
            take_named(quote, found.end())
        _when(quote, found.end(), year)


def _since_began(quote: Quote) -> None:
    """A superlative since a series began: since its first year when the year is given, else a
    record over the whole series. A change word before "since" ranks changes: left to
    ``_SINCE``."""
    reading, text = quote.reading, quote.text
    for found in _SINCE_BEGAN_YEAR.finditer(text):
        word, middle = found.group("word"), found.group("middle")
        if _ranks_changes(word, middle) or not reading.free(*found.span()):
            continue
        year = int(found.group("year"))
        family = "highest-since" if _high(word) else "lowest-since"
        record(
            quote, _family(family), found.span(), Stated(Fraction(year)), year=year, qualify=False
        )
    for found in _SINCE_BEGAN.finditer(text):
        word, middle = found.group("word"), found.group("middle")
        if _ranks_changes(word, middle) or not reading.free(*found.span()):
            continue
        family = "record-high" if _high(word) else "record-low"
        record(quote, _family(family), found.span(), Stated(Fraction(0)), qualify=False)


def _ranks_changes(word: str, middle: str) -> bool:
    """'The sharpest fall since records began' ranks a change, not a level."""
    if word in ("sharpest", "steepest", "fastest"):
        return _PACE.search(middle) is None
    return re.search(rf"(?<![a-z])(?:{_CHANGE})(?![a-z])", middle) is not None


def _when(quote: Quote, end: int, year: int) -> None:
    """The number in '..., when it stood at 7.8%' right after a since-claim's year."""
    following = next((m for m in quote.numbers if m.start > end), None)
    if following is None or following.start - end > 40:
        return
    if not _WHEN.fullmatch(quote.text, end, following.start):
        return
    if not quote.reading.free(following.start, following.end):
        return
    number = following.number
    record(
        quote,
        _family("since-level"),
        (following.start, following.end),
        Stated(number.value, number.step),
        number=number,
        year=year,
    )


def _decades(quote: Quote) -> None:
    reading, text = quote.reading, quote.text
    if "decade" not in text and "years" not in text:
        return
    for pattern in (_DECADES, _DECADE_ADJECTIVE):
        for found in pattern.finditer(text):
            if not reading.free(*found.span()):
                continue
            if _ranks_changes(found.group("word"), found.groupdict().get("middle") or ""):
                continue  # "the biggest rise in 20 years" ranks changes, not levels
            count = found.group("count")
            number = Fraction(count) if count.isdigit() else _COUNTS.get(count)
            if number is None or number <= 0:
                continue
            years = number if found.groupdict().get("unit") == "years" else number * 10
            if found.groupdict().get("more"):
                # "in more than five decades": every year of the five decades and one more
                years += 1
            elif found.groupdict().get("near"):
                # "nearly five decades": the span reaches at least nine tenths of the way back.
                years = Fraction(int(years * Fraction(9, 10)))
            high = _high(found.group("word")) or found.group("word") == "high"
            family = "years-high" if high else "years-low"
            record(quote, _family(family), found.span(), Stated(years), qualify=False)


def _any_time(quote: Quote) -> None:
    reading, text = quote.reading, quote.text
    if "any" not in text or "than" not in text:
        return
    for found in _ANY_TIME.finditer(text):
        if not reading.free(*found.span()):
            continue
        high = found.group("word") in _COMPARED_UP
        if found.group("year"):
            year = int(found.group("year"))
            family = "highest-since" if high else "lowest-since"
            stated = Stated(Fraction(year))
            record(quote, _family(family), found.span(), stated, year=year, qualify=False)
            continue
        count = found.group("count")
        years = Fraction(count) if count.isdigit() else _COUNTS.get(count)
        if years is None or years <= 0:
            continue
        family = "years-high" if high else "years-low"
        record(quote, _family(family), found.span(), Stated(years), qualify=False)


def _headlines(quote: Quote) -> None:
    reading, text = quote.reading, quote.text
    labels = [label.lower() for label in quote.labels if label]
    for found in _HEADLINE.finditer(text) if "highest" in text or "lowest" in text else ():
        rest = text[found.end() :]
        if not any(rest.startswith(label) for label in labels):
            continue
        if reading.free(*found.span()):
            family = "series-max" if found.group("word") == "highest" else "series-min"
            record(quote, _family(family), found.span(), Stated(Fraction(0)), qualify=False)
    for found in _MOST_COUNT.finditer(text) if "most" in text or "fewest" in text else ():
        span = found.span("sup")
        if reading.free(*span):
            family = "series-max" if found.group("word") == "most" else "series-min"
            record(quote, _family(family), span, Stated(Fraction(0)), qualify=False)
    for found in _PLACE.finditer(text):
        span = found.span()
        if reading.free(*span):
            place = Fraction(_PLACES[found.group("place")])
            record(quote, _family("rank-high"), span, Stated(place), qualify=False)
    for found in _TOPPED.finditer(text) if "topped" in text else ():
        if reading.free(*found.span()):
            record(quote, _family("series-max"), found.span(), Stated(Fraction(0)), qualify=False)


def _changed_most(quote: Quote) -> None:
    reading, text = quote.reading, quote.text
    if "est" not in text and "most" not in text:
        return  # every superlative both patterns take ends in "est" or is "most"
    for pattern in (_CHANGED_MOST, _CHANGE_WAS_MOST):
        for found in pattern.finditer(text):
            if reading.free(*found.span()):
                family = "rank-fall" if found.group("fall") else "rank-rise"
                record(quote, _family(family), found.span(), Stated(Fraction(0)), qualify=False)


def mark_rankings(quote: Quote) -> None:
    """Read the superlatives the table's spellings miss, and take the descriptive ones."""
    _changed_most(quote)
    _since(quote)
    _any_time(quote)
    _descriptions(quote)
    _digit_bands(quote)
    _decades(quote)
    mark_headline_superlatives(quote)
    _headlines(quote)

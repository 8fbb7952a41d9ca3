"""The words a draft compares: an article's words against a table's labels and titles.

Both sides are reduced to *concepts*: lower-case words without the little words of grammar,
plural and singular made one ("offences" and "offence"), common endings taken off ("injured"
and "injury", "recorded" and "record"), and the newsroom synonyms of ``SYNONYMS`` made one
("crimes" and "offences", "killed" and "fatalities"). An open age band is one concept however
it is written ("the over-40s", "over 40", "40 and over", "40+"). Two texts agree on meaning as
far as their concepts overlap. The synonyms table is data: docs/drafting.md lists it with the rule.
"""

from __future__ import annotations

from typing import Final

from claimcheck.engine.wording.phrases import FALLING_WORDS, RISING_WORDS
from claimcheck.text.calendar import MONTH_WORDS
from claimcheck.text.lazy import lazy_pattern

__all__ = ["PHRASES", "SYNONYMS", "concepts", "stem"]

SYNONYMS: Final[tuple[tuple[str, ...], ...]] = (
    ("crime", "offence", "offense", "offending"),
    ("death", "fatality", "fatal", "killed", "died", "dead"),
    ("pupil", "student", "schoolchild", "child", "children"),
    ("exclusion", "expelled", "expulsion", "excluded", "exclude", "expel"),
    ("birth", "born", "baby", "babies"),
    ("fine", "penalty"),
    ("council", "authority"),
    ("wage", "earnings", "pay", "salary"),
    ("job", "payroll", "employment", "employed", "nonfarm"),
    ("unemployment", "unemployed", "jobless", "joblessness"),
    ("injury", "injured", "wounded"),
    ("knife", "blade"),
    ("weapon", "firearm", "gun"),
    ("arrest", "detention"),
    ("woman", "women", "female"),
    ("man", "men", "male"),
    ("people", "person", "persons", "individual"),
    ("house", "home", "dwelling"),
    ("price", "cost"),
    ("hospital", "admission"),
    ("school", "academy"),
    ("robbery", "mugging"),
    ("theft", "stealing", "stolen"),
    ("rate", "ratio"),
    ("worker", "employee", "staff"),
    ("car", "vehicle", "motorist"),
    ("driver", "motorist"),
    ("cyclist", "bicyclist", "pedalcyclist", "bicycle", "bicycling", "cycling"),
    ("motorcyclist", "motorcycle", "motorbike", "biker"),
    ("hour", "workweek"),
    ("fertility", "tfr"),
    ("homicide", "murder", "manslaughter"),
    ("health", "healthcare"),
    ("violence", "violent"),
    ("uk", "britain", "british"),
    ("reject", "rejection", "refused", "refuse", "refusal", "refusing"),
    ("approve", "approval", "approved", "granted"),
)
"""Groups of words a newsroom uses for the same thing; the first word names the group."""

PHRASES: Final[tuple[tuple[str, str], ...]] = (
    # a rate said in words: the children a woman has is the total fertility rate
    (
        "fertility",
        r"\b(?:(?:children|child|babies|baby|births?)\s+(?:born\s+)?|born\s+)"
        r"(?:per|a|for\s+each|each)\s+wom[ae]n\b",
    ),
    ("fertility", r"\b(?:children|babies)\s+each\b"),
    # women having more (or fewer) children is the fertility rate, not a count of women
    (
        "fertility",
        r"\b(?:wom[ae]n|mothers|couples)\s+(?:are|were|is|was|have\s+been|had\s+been)\s+having\s+"
        r"(?:(?:more|fewer|less|most|fewest|the\s+most|the\s+fewest)\s+)?(?:children|babies)\b",
    ),
    # how long people can expect to live is life expectancy, in years
    ("expectancy", r"\b(?:can\s+|could\s+)?expect(?:ed)?\s+to\s+live\b|\byears\s+of\s+life\b"),
    # a number per a base, per head or per person is a rate
    ("rate", r"\bper\s+(?:\d[\d,]*|hundred|thousand|million|head|capita|person|resident)\b"),
    ("rate", r"\bfor\s+every\s+\d[\d,]*\b|\bin\s+every\s+\d[\d,]{2,}"),
    # the jobless are the unemployed, out of work or not
    ("unemployment", r"\bout\s+of\s+work\b"),
    # violent crime is the group of crimes of violence, not crime as a whole
    ("violence", r"\bviolent\s+(?:crimes?|offen[cs]es?|offending)\b"),
    # the United Kingdom is "the UK" and "Britain" in a newsroom
    ("uk", r"\bunited\s+kingdom\b|\bgreat\s+britain\b"),
    # an application turned down is one refused or rejected
    ("reject", r"\bturn(?:s|ed|ing)?\s+(?:it\s+|them\s+)?down\b"),
    # a bike rider is a cyclist, whatever the table calls one ("Pedal cyclists")
    ("cyclist", r"\b(?:bike|bicycle|cycle|push\s*bike)\s+riders?\b"),
    # the whole country of a national table: "nationally", "across the country" (its one
    # national row takes the same concept, ``link_nation``)
    (
        "national",
        r"\bnational(?:ly)?\b|\bnationwide\b|\bcountrywide\b"
        r"|\b(?:across|throughout)\s+the\s+(?:country|nation)\b|\bthe\s+country\s+as\s+a\s+whole\b",
    ),
    # people who lose their lives are deaths
    (
        "death",
        r"\b(?:los(?:e|es|ing|t)|claimed)\s+(?:their\s+|his\s+|her\s+|a\s+)?li(?:fe|ves)\b"
        r"|\bli(?:fe|ves)\s+(?:were\s+|was\s+|have\s+been\s+)?lost\b",
    ),
)
"""Phrases a newsroom uses for a figure's heading: (the concept, the phrase's pattern)."""

# Words that say nothing about what a figure counts.
_STOPWORD_TEXT = """
    a an the of in on at to for from by with and or but as is are was were be been being has
    have had it its this that these those there their they them than then which who whom what
    when where while into onto over under per cent percent number numbers total figure figures
    new also both all any each every other more most less least some such not no same so up
    down about around nearly almost just only year years month months last previous latest
    current period ending end week weeks day days time times since compared against after
    before during between according said says show shows showed
    """
_STOPWORDS: Final = frozenset(_STOPWORD_TEXT.split())
_MONTHS: Final = frozenset(word.lower() for word in MONTH_WORDS)
# Direction words say how a figure moved, not what it counts.
_DIRECTIONS: Final = frozenset(word for word in (*RISING_WORDS, *FALLING_WORDS) if " " not in word)
_WORD = lazy_pattern(r"[a-z]+(?:'[a-z]+)?")


def stem(word: str) -> str:
    """One form for a word's plural, singular and common endings: "robberies" → "robbery",
    "offences" → "offence", "injured" → "injur"."""
    word = word.lower().removesuffix("'s").replace("'", "")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for ending in ("ing", "ed"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _canonical_stems() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in SYNONYMS:
        for word in group:
            table.setdefault(stem(word), stem(group[0]))
            table.setdefault(word, stem(group[0]))
    return table


_BY_STEM: Final = _canonical_stems()
_WHOLE_PHRASES: Final = frozenset(["fertility", "expectancy", "violence"])
_PHRASES: Final = tuple((name, lazy_pattern(pattern)) for name, pattern in PHRASES)


def concept(word: str) -> str | None:
    """The concept of one word, or None for a word that says nothing about a figure."""
    word = word.lower()
    if word in _STOPWORDS or word in _MONTHS or word in _DIRECTIONS or len(word) < 2:
        return None
    if word in _BY_STEM:
        return _BY_STEM[word]
    stemmed = stem(word)
    return _BY_STEM.get(stemmed) or _compound(stemmed) or stemmed


# The nouns a label may write with a qualifier in one word ("Pedalcyclists", "Schoolchildren",
# "Cybercrime"): people and offences, whose compounds keep their meaning. ("house" is left out:
# a warehouse is no home.)
_COMPOUND_TAILS: Final = frozenset(
    ["cyclist", "child", "children", "student", "pupil", "driver", "worker", "crime", "offence"]
)
# Qualifiers that turn the noun into another thing: "nonworker", "exoffender", "stepchildren".
_NOT_QUALIFIERS: Final = frozenset(
    ["non", "anti", "counter", "semi", "sub", "pre", "post", "over", "under", "out", "step",
     "grand", "ex", "self", "multi", "motor", "god", "great"]
)  # fmt: skip


def _compound(stemmed: str) -> str | None:
    """The group of a word written as a qualifier and a known noun in one ("pedalcyclist",
    "schoolchildren"): the noun's, when the noun is one of ``_COMPOUND_TAILS`` and the
    qualifier, of three letters or more, does not turn it into another thing; else None."""
    for tail in _COMPOUND_TAILS:
        head = stemmed.removesuffix(tail)
        if head != stemmed and len(head) >= 3 and head.isalpha() and head not in _NOT_QUALIFIERS:
            return _BY_STEM.get(tail, tail)
    return None


# An open age band, however it is written: "over 40", "the over-40s", "40 and over", "40+",
# "aged 40 or over"; "under 20", "the under-20s".
_AGE_OVER = lazy_pattern(
    r"\bover[-\s](\d{1,3})(?![\d%]|[.,]\d)(?:s|'s)?\b"
    r"|(?<![\d.,])(\d{1,3})\s*(?:and|or)\s+(?:over|older)\b|(?<![\d.,])(\d{1,3})\+"
)
_AGE_UNDER = lazy_pattern(r"\bunder[-\s](\d{1,3})(?![\d%]|[.,]\d)(?:s|'s)?\b")
# A closed age band: "aged 45 to 49", "45-49", "45 to 49-year-olds", "between the ages of 45
# and 49". Two whole numbers of an age's size, the second the larger; "and" only after "ages".
# A band followed by "percent" or "percentage points" is a range of per cents; by the word
# "percentage" alone it is a label before a column title ("45 to 49 Percentage change").
_AGE_BAND = lazy_pattern(
    r"(?<![\d.,£$€])(?<!from\s)(?:(?P<a>\d{1,2})\s*(?:to|-|–)\s*(?P<b>\d{1,3})"
    r"|ages\s+of\s+(?P<c>\d{1,2})\s+(?:and|to)\s+(?P<d>\d{1,3}))(?![\d%]|[.,]\d)"
    r"(?!\s*(?:%|per\b|percent(?!age\b)|percentage\s+points?\b|times|months?|weeks?|days?"
    r"|hours?|minutes?|m\b|bn\b|k\b))"
)


def _age_bands(text: str) -> list[str]:
    """The concepts of the age bands a text names ("over 40" and "40 and over" are one; "45
    to 49" and "between the ages of 45 and 49" are one)."""
    over = [f"aged{next(g for g in m.groups() if g)}plus" for m in _AGE_OVER.finditer(text)]
    under = [f"agedunder{m.group(1)}" for m in _AGE_UNDER.finditer(text)]
    return over + under + _closed_bands(text)


def _closed_bands(text: str) -> list[str]:
    found = []
    for match in _AGE_BAND.finditer(text):
        low, high = int(match["a"] or match["c"]), int(match["b"] or match["d"])
        if 0 <= low < high <= 120 and high - low <= 20:
            found.append(f"aged{low}to{high}")
    return found


def concepts(text: str) -> frozenset[str]:
    """The concepts of a text: what its words count, whatever their form, and the open age
    bands it names."""
    lowered = text.lower().replace("’", "'")
    said = []
    for name, pattern in _PHRASES:
        if pattern.search(lowered):
            said.append(name)
            if name in _WHOLE_PHRASES:
                # the phrase's words are its concept only: "babies per woman" is no count of births
                lowered = pattern.sub(" ", lowered)
    found = (concept(word) for word in _WORD.findall(lowered))
    return frozenset([*(word for word in found if word is not None), *_age_bands(lowered), *said])

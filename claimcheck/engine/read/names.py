"""Numbers that are names, labels, bands or thresholds: part of what a sentence is about.

"Covid-19", "Year 6 pupils", "Section 60 searches", "Form 696", "Week 52", "'98", "people aged
16 to 24", "properties worth over £2m", "crashes involving at least one truck": each number
names or bounds the group a sentence speaks of; none is a statement to check against the
figures. The engine sets them aside (``engine.read.asides``) and the article scanner does not
count them as statistics (``article.scan_context``), from the same rules, kept here.

Each rule is a ``NameRule``: a pattern whose group ``n`` spans the number (or the numbers) it
sets aside, the reason the explanation gives, and the words without which it cannot match
(``needs``: a text holding none of them is not searched, and the pattern is compiled only when
some text holds one). Patterns are case-insensitive and read the text as written, so the
engine's folded quote and an article's raw text both work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.text.lazy import lazy_pattern

__all__ = ["NAME_RULES", "NameRule", "NameSpan", "name_at", "name_spans"]

_S = r"[ \t\u00a0\u2009\u202f]"
_DASH = r"[-‐–—−]"
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)"
# A number that is not followed by a unit: "Year 6 pupils", not "year 6% higher".
_NO_UNIT = (
    rf"(?!{_S}*(?:%|per{_S}*cent|percent|pc\b|points?\b|[.,]\d|\d|million|billion|bn\b"
    r"|m\b|k\b|thousand))"
)


@dataclass(frozen=True, slots=True)
class NameRule:
    """One kind of number that names or bounds a group, with the reason and an example."""

    name: str
    pattern: re.Pattern[str]
    why: str
    example: str
    # The rule matches only a text that holds one of these, in lower case (empty: any text).
    needs: tuple[str, ...] = ()

    def possible(self, folded: str) -> bool:
        """False when ``folded`` (a text through ``fold``) holds none of the words it needs."""
        return not self.needs or any(map(folded.__contains__, self.needs))


@dataclass(frozen=True, slots=True)
class NameSpan:
    """Where a name's number (or numbers) lie in a text, and why it states nothing."""

    start: int
    end: int
    why: str


def _rule(name: str, pattern: str, why: str, example: str, needs: tuple[str, ...] = ()) -> NameRule:
    return NameRule(name, lazy_pattern(pattern, re.IGNORECASE), why, example, needs)


# Two letters outside ASCII that a case-insensitive pattern reads as ASCII ones, though
# ``str.lower`` keeps them: the dotless i and the long s.
_ASCII_TWINS = str.maketrans({"\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    """``text`` in lower case, as the rules' case-insensitive patterns see its ASCII letters."""
    return text.translate(_ASCII_TWINS).lower()


# A naming word read as the start of a period or a rate ("last year 12 died", "a week 40"):
# no name follows these.
_NOT_AFTER = "".join(
    rf"(?<!{word} )"
    for word in ("last", "this", "next", "past", "a", "per", "each", "every", "that", "same")
)
# "In the week 995 deaths were registered": after "the", a week or a year starts a period.
_NOT_AFTER_THE = _NOT_AFTER + "(?<!the )"
# Words that name a thing by its number: a law's section, a school year, a form, a week of the
# year, a road junction. "Year" takes only a school year (1 to 13), so "year 2016" stays a date.
_NAMING = (
    r"section|sections|article|form|forms|chapter|clause|schedule|paragraph|junction"
    r"|platform|route|flight|ward|tier|phase|stage|key{_S}stage|level|grade|grades|band|bands"
    r"|category|type|class|division|league|windows|iphone|formula|apollo|world{_S}war|radio"
    r"|channel|boeing|airbus|part"
)
# The first word of each naming word: a numbered name holds one of them.
_NAMING_WORDS = tuple(sorted({word.split("{")[0] for word in _NAMING.split("|")}))
_TOP = ("top", "bottom", "richest", "poorest", "wealthiest", "highest", "lowest", "best", "worst")
_PRICED = ("worth", "valued", "priced", "sold", "bought", "selling", "costing", "earning")
_HAVING = ("with", "involving", "having", "containing")
_GROUPS = (
    "regions", "states", "countries", "nations", "counties", "areas", "cities", "boroughs",
    "sectors", "groups", "categories", "scenarios", "airports", "provinces", "councils",
    "authorities", "forces", "districts", "constituencies", "ports",
)  # fmt: skip

# The groups sized by a number joined to them: "a 27-nation union", "a 17-member bloc".
_MEMBERS = (
    "member", "nation", "country", "state", "strong", "seat", "party", "team", "club",
    "storey", "story", "person", "man", "woman",
)  # fmt: skip

NAME_RULES: tuple[NameRule, ...] = (
    _rule(
        "hyphenated name",
        rf"(?<![\w'’])(?:covid|sars{_DASH}cov{_DASH}?|mh|ks|cop|g){_DASH}?"
        rf"(?P<n>\d{{1,3}})(?![\d%]|{_S}*(?:per{_S}*cent|percent))",
        "part of a name ('Covid-19', 'G7', 'MH17')",
        "deaths involving Covid-19",
    ),
    _rule(
        "hyphenated code",
        # A word joined by a hyphen to a whole number of up to three digits with no unit: a
        # code or a name ("U-6", "A-10", "K-12", "top-10", "pre-16"). Years ("mid-2019") are
        # dates, left to the date rules; "minus-5" is a signed value; "one-in-5" starts with a
        # hyphen, so it is a ratio, not a code.
        rf"(?<![\w'’.])(?<!{_DASH})(?!(?:minus|plus|negative|positive){_DASH})[a-z]{{1,12}}"
        rf"{_DASH}(?P<n>\d{{1,3}})(?!\d|[.,]\d|{_S}*(?:%|per{_S}*cent|percent|pc\b|points?\b"
        rf"|{_DASH}?(?:fold|times|(?:year|month|week|day|hour)s?{_DASH}?old)\b))",
        "a code joined to a word by a hyphen ('U-6', 'A-10'), a name",
        "the U-6 rate of unemployment",
        ("-", "‐", "–", "—", "−"),
    ),
    _rule(
        "the word one",
        # "one" as a pronoun or in an idiom: "one of the", "no one", "number one", "one or
        # both", "one another". "only one", "one in five" and "one death" stay counts.
        rf"(?<![\w'’-])(?:no|any|every|each|this|that|which|the|number){_S}+(?P<n>one)(?![\w-])"
        rf"|(?<![\w'’-])(?P<m>one)(?={_S}+(?:of(?![a-z])|or{_S}+(?:both|more|other|another)\b"
        r"|another\b))",
        "the word 'one', not an amount",
        "using one or both of the powers",
        ("one",),
    ),
    _rule(
        "idiom with one",
        # Set phrases where "one" counts nothing: "at one point", "a one-off", "one by one",
        # "in one go", "one way or another", "one too many", "from one area to another".
        rf"(?<![\w'’-])at{_S}+(?P<n>one{_S}+(?:point|stage|time|moment))(?![\w-])"
        rf"|(?<![\w'’-])(?P<m>one)(?={_DASH}off\b|{_S}+by{_S}+one\b|{_S}+go\b|{_S}+way{_S}+or\b"
        rf"|{_S}+too{_S}+many\b|{_S}+[a-z]+{_S}+to{_S}+another\b)"
        r"|(?<=\bone by )(?P<o>one)\b",
        "an idiom with the word 'one' ('at one point', 'one-off'), not an amount",
        "at one point the queue was long",
        ("one",),
    ),
    _rule(
        "market index",
        rf"(?<![\w'’])(?:s{_S}*&{_S}*p|ftse|nasdaq|russell|nikkei|dax|cac|stoxx|euro{_S}*stoxx"
        rf"|hang{_S}+seng|asx|tsx|fortune){_S}+(?P<n>\d{{2,4}})"
        rf"(?!\d|[.,]\d|{_S}*(?:%|per{_S}*cent|percent|points?\b|pts\b))",
        "the name of a market index or list ('the FTSE 100', 'the S&P 500')",
        "S&P 500 futures were higher",
        (
            "&",
            "ftse",
            "nasdaq",
            "russell",
            "nikkei",
            "dax",
            "cac",
            "stoxx",
            "seng",
            "asx",
            "tsx",
            "fortune",
        ),
    ),
    _rule(
        "number words",
        rf"(?<![\w/.,-])(?P<n>24/7|9/11|7/7)(?![\w/%-]|[.,]\d)"
        rf"|(?<![\w'’])(?<!the )(?:no\.?|number){_S}+(?P<m>10|11)(?![\w/%.,-]|{_S}*(?:per{_S}*cent"
        r"|percent))",
        "a fixed expression written in numbers ('24/7', '9/11', 'No 10'), not a figure",
        "officers on duty 24/7",
        ("/", "no", "number"),
    ),
    _rule(
        "school year",
        rf"(?<![\w'’]){_NOT_AFTER_THE}year{_S}+(?P<n>(?:1[0-3]|[1-9]|{_SMALL})){_NO_UNIT}(?![\w/-])",
        "a school year ('Year 6 pupils'), a name",
        "obesity among Year 6 pupils",
        ("year",),
    ),
    _rule(
        "week number",
        rf"(?<![\w'’]){_NOT_AFTER_THE}week{_S}+(?P<n>[1-9]|[1-4]\d|5[0-3]){_NO_UNIT}(?![\w/-])",
        "a week of the year ('Week 52'), a name",
        "deaths registered in Week 52",
        ("week",),
    ),
    _rule(
        "numbered name",
        rf"(?<![\w'’]){_NOT_AFTER}(?:{_NAMING.format(_S=_S)}){_S}+"
        rf"(?P<n>\d{{1,4}}[a-z]?(?:{_S}*(?:{_DASH}|to|or|and){_S}*\d{{1,4}}[a-z]?)?){_NO_UNIT}"
        r"(?![\w/-])",
        "a name with a number ('Section 60', 'Form 696', 'Week 52')",
        "section 60 searches",
        _NAMING_WORDS,
    ),
    _rule(
        "top band",
        rf"(?<![\w'’])the{_S}+(?:top|bottom|richest|poorest|wealthiest|highest{_DASH}paid"
        rf"|lowest{_DASH}paid|best{_DASH}paid|worst{_DASH}paid){_S}+"
        rf"(?P<n>\d{{1,3}}(?:\.\d+)?(?:{_S}*(?:%|per{_S}*cent|percent))?)(?![\d.,])",
        "a band of a ranked group ('the top 10%', 'the richest 1 per cent'), not a figure",
        "the top 10% of earners",
        _TOP,
    ),
    _rule(
        "exam name",
        rf"(?<![\w'’])(?P<n>11|eleven){_DASH}plus\b",
        "the name of an exam ('the 11-plus')",
        "pupils who sat the 11-plus",
        ("plus",),
    ),
    _rule(
        "service number",
        rf"(?<![\w.,£$€])(?P<n>999|111|101|911|112){_S}+(?:calls?|service|line|number"
        r"|operators?|call[- ]handlers?)\b",
        "the number of a phone service ('999 calls')",
        "999 calls went unanswered",
        ("999", "111", "101", "911", "112"),
    ),
    _rule(
        "short year",
        rf"(?<![\w])['’‘](?P<n>\d{{2}})(?![\d%\w]){_NO_UNIT}",
        "a year written short ('98), a date",
        "the class of '98",
        ("'", "’", "‘"),
    ),
    _rule(
        "age threshold",
        rf"(?<![\w'’])(?:children|people|pupils|adults|men|women|patients|residents|babies|girls"
        rf"|boys|youngsters|drivers|those|anyone|everyone){_S}+(?:aged{_S}+)?(?:under|over|below"
        rf"|above){_S}+(?P<n>\d{{1,3}}|{_SMALL}|sixteen|seventeen|eighteen|twenty|sixty|seventy"
        rf"|eighty)(?![\d.,]\d|\w|{_S}*(?:%|per{_S}*cent|percent|times|{_DASH}?fold))",
        "an age that bounds the group ('children under five', 'people over 65')",
        "care for people over 65",
        ("under", "over", "below", "above"),
    ),
    _rule(
        "age group",
        rf"(?<![\w'’])(?:over|under){_S}*{_DASH}?{_S}*(?P<n>\d{{1,2}})['’]?s\b",
        "an age group ('the over-65s', 'under 18s'), naming the group",
        "free travel for over 65s",
        ("over", "under"),
    ),
    _rule(
        "age in decades",
        rf"(?<![\w'’])(?:their|his|her|the){_S}+(?:(?:early|mid|late){_DASH}?{_S}*)?"
        rf"(?P<n>[1-9]0)s\b",
        "an age in decades ('in their 20s'), naming the group",
        "people in their 20s",
        ("0s",),
    ),
    _rule(
        "titled year",
        rf"(?<![\w'’])(?:act|order|regulations|bill|strategy|plan|vision|agenda|census|games"
        rf"|olympics|cup|expo){_S}+(?P<n>(?:1[89]|2[01])\d\d)(?![\d%]|[.,]\d)",
        "the year in a name ('the Children Act 1989', 'Census 2021'), not a figure",
        "under the Children Act 1989",
        (
            "act",
            "order",
            "regulations",
            "bill",
            "strategy",
            "plan",
            "vision",
            "agenda",
            "census",
            "games",
            "olympics",
            "cup",
            "expo",
        ),
    ),
    _rule(
        "age band",
        rf"(?<![\w'’])(?<!average )(?<!mean )(?<!median )(?:aged|ages|age)(?:{_S}+of)?{_S}+"
        rf"(?:(?:between|from|under|over){_S}+)?"
        rf"(?P<n>\d{{1,3}}(?:{_S}*(?:{_DASH}|to|and){_S}*\d{{1,3}})?"
        rf"(?:{_S}+and{_S}+(?:over|older|above|under|younger))?)"
        rf"(?!\d|[.,]\d|{_S}*(?:%|per{_S}*cent))",
        "an age band naming the group ('aged 16 to 24', 'aged 65 and over')",
        "people aged 16 to 24",
        ("age",),
    ),
    _rule(
        "age group",
        rf"(?<![\w.,])(?P<n>\d{{1,3}}(?:{_S}*(?:{_DASH}|to){_S}*\d{{1,3}})?)"
        rf"(?:{_S}*{_DASH}{_S}*|{_S}+)years?{_S}*{_DASH}?{_S}*olds?\b",
        "an age group ('25 to 34-year-olds')",
        "the rate for 25 to 34-year-olds",
        ("old",),
    ),
    _rule(
        "over or under an age",
        rf"(?<![\w'’])(?:over|under){_DASH}(?P<n>\d{{1,3}})s\b",
        "an age group ('the over-65s')",
        "care for the over-65s",
        ("over", "under"),
    ),
    _rule(
        "working days",
        rf"(?<![\w.,])(?P<n>\d{{1,3}}|{_SMALL}|twenty|thirty|forty)(?:{_S}+|{_DASH})"
        rf"(?:working|business|school|trading|sitting){_S}*{_DASH}?{_S}*days?\b",
        "a length of time in working days ('the 20 working day deadline')",
        "within the 20 working day limit",
        ("day",),
    ),
    _rule(
        "price threshold",
        rf"(?<![\w'’])(?:worth|valued{_S}+at|priced{_S}+at|sold(?:{_S}+[\w ]{{1,40}}?)?{_S}+for"
        rf"|bought{_S}+for|selling{_S}+for|costing|earning){_S}+"
        rf"(?:over|more{_S}+than|under|less{_S}+than|above|below|at{_S}+least|upwards{_S}+of"
        rf"|in{_S}+excess{_S}+of){_S}+(?P<n>[£$€]{_S}*\d[\d,.]*(?:{_S}*(?:m|bn|k|million"
        r"|billion|thousand)\b)?)",
        "a threshold describing the group ('properties worth over £2m')",
        "homes worth over £2m",
        _PRICED,
    ),
    _rule(
        "group threshold",
        rf"(?<![\w'’])(?:{'|'.join(_HAVING)}){_S}+(?:at{_S}+least{_S}+"
        rf"(?P<n>one|two|three|[1-3])|(?P<m>one|two|three|[1-3]){_S}+or{_S}+more)"
        rf"{_S}+(?=[a-z])(?!in\b|of\b|per\b|out\b)",
        "a threshold describing the group ('households with at least one child')",
        "crashes involving at least one lorry",
        _HAVING,
    ),
    _rule(
        "counted categories",
        rf"(?<![\w'’])(?:the|these|those){_S}+(?P<n>two|three|four|five|six|seven|eight|nine|ten"
        rf"|[2-9]|1[0-2]){_S}+(?:[a-z]+{_S}+)?(?:{'|'.join(_GROUPS)})\b",
        "the number of groups a sentence speaks of ('these two regions'), not a figure",
        "these two regions together",
        _GROUPS,
    ),
    _rule(
        "counted members",
        # "a 27-nation union", "the 12-strong panel": the size of the group named, before it.
        rf"(?<![\w'’.,])(?P<n>\d{{1,3}}){_DASH}(?:{'|'.join(_MEMBERS)})(?![\w-])(?={_S}+[a-z])",
        "the size of a group, part of its name ('a 27-nation union', 'a 12-strong panel')",
        "ministers of the 27-nation union",
        _MEMBERS,
    ),
    _rule(
        "age band before its group",
        rf"(?<![\w'’.,])(?P<n>\d{{1,3}}{_S}*(?:{_DASH}|to){_S}*\d{{1,3}}"
        rf"|\d{{1,3}}{_S}+and{_S}+(?:over|older|under|younger)|\d{{1,3}}\+)"
        rf"{_S}+(?:age{_S}*(?:group|band|bracket|range|category|cohort)s?|cohorts?)\b",
        "an age band naming the group ('the 45 to 54 age group', 'the 18-24 cohort')",
        "deaths in the 45 to 54 age group",
        ("age", "cohort"),
    ),
    _rule(
        "grade",
        rf"(?<![\w'’])(?P<n>\d{{1,2}}){_S}*/{_S}*[a-z]\*?(?![\w%])"
        rf"|(?<![\w'’])a{_S}+(?P<m>[1-9](?:{_S}+or{_S}+[1-9])?)(?={_S}+or{_S}+above"
        rf"|{_S}+or{_S}+higher|{_S}*(?:[;)]|,(?!\d))|{_S}+[-–—]{_S}|{_S}+(?:grade|pass)\b)",
        "an exam grade ('7/A', 'a 4 or above'), a name",
        "grades of 7/A and above",
    ),
)


def _spans(text: str) -> tuple[NameSpan, ...]:
    found: list[NameSpan] = []
    folded = fold(text)
    for rule in NAME_RULES:
        if not rule.possible(folded):
            continue
        for match in rule.pattern.finditer(text):
            group = next(name for name, value in match.groupdict().items() if value is not None)
            found.append(NameSpan(match.start(group), match.end(group), rule.why))
    return tuple(found)


@lru_cache(maxsize=64)
def name_spans(text: str) -> tuple[NameSpan, ...]:
    """Every span of ``text`` that a name rule sets aside, in rule order."""
    return _spans(text)


def name_at(text: str, start: int, end: int) -> NameSpan | None:
    """The name span that holds the number at ``start``..``end``, if any."""
    for span in name_spans(text):
        if span.start <= start and end <= span.end:
            return span
    return None

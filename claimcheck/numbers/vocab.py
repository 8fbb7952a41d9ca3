"""The words of English numbers: cardinals, ordinals, scales and the denominators of fractions."""

from __future__ import annotations

from typing import Final


def _table(words: str, start: int = 0, step: int = 1) -> dict[str, int]:
    return {word: start + i * step for i, word in enumerate(words.split())}


UNITS: Final = {
    **_table("zero one two three four five six seven eight nine"),
    "nought": 0,
    "naught": 0,
}
TEENS: Final = _table(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen", 10
)
TENS: Final = _table("twenty thirty forty fifty sixty seventy eighty ninety", 20, 10)
SCALES: Final = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "quadrillion": 10**15,
    "quintillion": 10**18,
    "sextillion": 10**21,
}
ORDINAL_UNITS: Final = {
    **_table("first second third fourth fifth sixth seventh eighth ninth", 1),
    "nineth": 9,
}
ORDINAL_TEENS: Final = _table(
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth"
    " nineteenth",
    10,
)
ORDINAL_TENS: Final = _table(
    "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth", 20, 10
)
ORDINAL_SCALES: Final = {
    "hundredth": 100,
    **{f"{word}th": size for word, size in SCALES.items()},
}
# Denominators of fractions: singular after "a"/"one", plural after larger numerators.
DENOMINATORS: Final = {
    "half": 2,
    "quarter": 4,
    **{word: n for word, n in ORDINAL_UNITS.items() if n > 2},
    **ORDINAL_TEENS,
    **ORDINAL_TENS,
    **ORDINAL_SCALES,
}
PLURAL_DENOMINATORS: Final = {
    "halves": 2,
    **{f"{word}s": n for word, n in DENOMINATORS.items() if word != "half"},
}
# Words that can open a number; the candidate search looks for these.
START_WORDS: Final = frozenset(
    [
        *UNITS,
        *TEENS,
        *TENS,
        *ORDINAL_UNITS,
        *ORDINAL_TEENS,
        *ORDINAL_TENS,
        "half",
        "dozen",
        "dozens",
        "quarter",
        "hundred",
        "thousand",
        "minus",
        "negative",
    ]
)
# Words that "a"/"an" can introduce as a number: "a third", "a dozen", "a million".
ARTICLE_WORDS: Final = frozenset(["hundred", "dozen", *SCALES, *DENOMINATORS, *TENS])

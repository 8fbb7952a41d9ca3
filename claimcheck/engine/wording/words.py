"""The words the wording table is built from: rising and falling words, and the words that are
themselves multiples ("doubled" is 2, "halved" is 1/2).

Part of the one table in ``claimcheck.engine.wording.phrases``, which re-exports them.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Final

__all__ = [
    "FALLING_MULTIPLES",
    "FALLING_WORDS",
    "HALF",
    "MULTIPLE_WORDS",
    "RISING_MULTIPLES",
    "RISING_WORDS",
]

HALF = Fraction(1, 2)

RISING_MULTIPLES: Final[Mapping[str, Fraction]] = MappingProxyType(
    {
        word: Fraction(n)
        for n, words in {
            2: ("doubled", "double", "doubles", "doubling", "twice", "twofold", "two-fold"),
            3: (
                "trebled",
                "tripled",
                "treble",
                "triple",
                "trebles",
                "triples",
                "trebling",
                "tripling",
                "threefold",
                "three-fold",
            ),
            4: ("quadrupled", "quadruple", "quadruples", "quadrupling", "fourfold", "four-fold"),
            5: ("quintupled", "quintuple", "quintupling", "fivefold", "five-fold"),
            6: ("sextupled", "sixfold", "six-fold"),
            7: ("sevenfold", "seven-fold"),
            8: ("eightfold", "eight-fold"),
            9: ("ninefold", "nine-fold"),
            10: ("tenfold", "ten-fold"),
            100: ("hundredfold", "a hundredfold"),
        }.items()
        for word in words
    }
)
FALLING_MULTIPLES: Final[Mapping[str, Fraction]] = MappingProxyType(
    {"halved": HALF, "halving": HALF, "halves": HALF, "cut in half": HALF}
)
MULTIPLE_WORDS: Final[Mapping[str, Fraction]] = MappingProxyType(
    {**RISING_MULTIPLES, **FALLING_MULTIPLES}
)
"""Every word that is itself a multiple, with its factor: "doubled" is 2, "halved" is 1/2."""

RISING_WORDS: Final = (
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "increased",
    "increase",
    "increases",
    "increasing",
    "up",
    "jumped",
    "jump",
    "jumps",
    "soared",
    "soar",
    "soaring",
    "leapt",
    "leaped",
    "leap",
    "surged",
    "surge",
    "climbed",
    "climb",
    "climbing",
    "grew",
    "grown",
    "growth",
    "grow",
    "growing",
    "higher",
    "more",
    "rocketed",
    "spiked",
    "ballooned",
    "gained",
    "gain",
    "went up",
    "gone up",
    "shot up",
    # the rest of the newsroom family, in its inflections
    "climbs",
    "soars",
    "jumping",
    "surges",
    "surging",
    "leaping",
    "rocketing",
    "spiking",
    "ballooning",
    "swelled",
    "edged up",
    "edging up",
    "edges up",
    "edged higher",
    "ticked up",
    "ticking up",
    "widened",
    "widening",
    "widens",
)
FALLING_WORDS: Final = (
    "fell",
    "fallen",
    "fall",
    "falls",
    "falling",
    "dropped",
    "drop",
    "drops",
    "down",
    "declined",
    "decline",
    "declines",
    "declining",
    "decreased",
    "decrease",
    "decreases",
    "plunged",
    "plummeted",
    "slumped",
    "tumbled",
    "shrank",
    "shrunk",
    "cut",
    "reduced",
    "reduction",
    "lower",
    "fewer",
    "dipped",
    "dip",
    "slid",
    "sank",
    "less",
    "went down",
    "gone down",
    # the rest of the newsroom family, in its inflections
    "dropping",
    "dipping",
    "dips",
    "slides",
    "sliding",
    "slipped",
    "slipping",
    "tumbling",
    "tumbles",
    "plunging",
    "plummeting",
    "slumping",
    "sinking",
    "shrinking",
    "shrinks",
    "edged down",
    "edging down",
    "edges down",
    "edged lower",
    "ticked down",
    "ticking down",
    "narrowed",
    "narrowing",
    "narrows",
)

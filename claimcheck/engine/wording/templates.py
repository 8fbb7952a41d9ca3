"""Turn the variants of the wording table into patterns.

A variant is written as an editor would read it: ``"by a factor of {N}"``, ``"{N}-fold"``,
``"{DIR} by {N}%"``. Literal phrases (no slot) become one pattern over the whole text; a
variant with a number slot becomes the words that must come just before the number and
just after it, so the number itself is always read by the number reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from claimcheck.engine.wording.families import PERIODIC, PERIODIC_WORDS, THE, Family, Form
from claimcheck.engine.wording.phrases import FALLING_WORDS, RISING_WORDS
from claimcheck.text.lazy import lazy_pattern

_POINTS = lazy_pattern(r" (?:percentage )?points?(?![A-Za-z])")
_SLOT = lazy_pattern(r"\{(N|M|YEAR|UP|DOWN|DIR|MONTH|LABEL)\}")


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first (no group, no bounds)."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(_words(word) for word in ordered)


# PERIODIC in a phrase (see families.py) is an optional word for how often a change is measured.
_PERIODIC = (
    "(?:(?:" + "|".join(word.replace(" ", r"[\s-]+") for word in PERIODIC_WORDS) + r")[\s-]+)?"
)
# THE in a phrase (see families.py): "the", "its" or "their" before a superlative, or no word
# at all, as headlines write it ("rents hit highest level on record").
_THE = r"(?:the|its|their)?"


_SPECIAL = {PERIODIC: _PERIODIC, THE: _THE}


def _words(phrase: str) -> str:
    # Spaces and hyphens inside a phrase are interchangeable: "four-fold", "four fold".
    parts = [part for part in re.split(r"[\s-]+", phrase.strip()) if part]
    pattern = ""
    for index, part in enumerate(parts):
        if index and parts[index - 1] != PERIODIC:
            pattern += r"[\s-]*"
        pattern += _SPECIAL[part] if part in _SPECIAL else re.escape(part)
    return pattern


_UP = alternation(RISING_WORDS)
_DOWN = alternation(FALLING_WORDS)
_TOKENS = {
    "UP": f"(?P<up>{_UP})",
    "DOWN": f"(?P<down>{_DOWN})",
    "DIR": f"(?:(?P<up>{_UP})|(?P<down>{_DOWN}))",
}


def _side(text: str) -> str:
    pieces: list[str] = []
    position = 0
    for match in _SLOT.finditer(text):
        literal = text[position : match.start()]
        if literal.strip():
            pieces.append(_words(literal))
        pieces.append(_TOKENS[match.group(1)])
        position = match.end()
    literal = text[position:]
    if literal.strip():
        pieces.append(_words(literal))
    return r"\s+".join(pieces)


@dataclass(frozen=True, slots=True)
class Template:
    """One variant of one family, ready to match around a number."""

    family: Family
    variant: str
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    form: Form | None  # the kind of number the slot takes, when the variant says
    second: bool  # the variant names a second number {M}
    parts: tuple[str, ...] = ()  # literal words the text must hold for the template to match

    def possible(self, text: str) -> bool:
        """False when ``text`` lacks a literal word of the template, so it cannot match."""
        return all(part in text for part in self.parts)

    def match_before(self, text: str, start: int) -> re.Match[str] | None:
        """The words before the number, ending at ``start`` (spaces allowed between)."""
        if self.before is None:
            return None
        return self.before.search(text, max(0, start - 80), start)

    def match_after(self, text: str, end: int) -> re.Match[str] | None:
        """The words after the number, starting at ``end``."""
        if self.after is None:
            return None
        return self.after.match(text, end, min(len(text), end + 80))


def compile_variant(family: Family, variant: str) -> Template:
    """A number-slot variant as the patterns before and after its number."""
    slotted = variant if "{N}" in variant else variant.replace("{YEAR}", "{N}")
    head, _, tail = slotted.partition("{N}")
    form = family.form
    if tail.startswith("%"):
        form, tail = Form.PERCENT, tail[1:]
    points = _POINTS.match(tail)
    if points:
        form, tail = Form.POINTS, tail[points.end() :]
    second = "{M}" in tail
    if second:
        tail = tail.partition("{M}")[0]
    before = None
    if head.strip():
        before = lazy_pattern(rf"(?<![A-Za-z]){_side(head)}\s*$")
    after = None
    if tail.strip():
        gap = r"[\s-]*" if tail.startswith("-") or not tail.startswith(" ") else r"\s+"
        rest = r"\s*" if second else ""
        after = lazy_pattern(rf"{gap}{_side(tail)}(?![A-Za-z]){rest}")
    return Template(family, variant, before, after, form, second, literal_parts(head, tail))


def literal_parts(*sides: str) -> tuple[str, ...]:
    """The literal words of template sides, slots left out: each must appear in matching text."""
    return tuple(
        part
        for side in sides
        for piece in _SLOT.split(side)[::2]  # split keeps slot names at odd positions
        for part in re.split(r"[\s-]+", piece.strip())
        if part and part not in (PERIODIC, THE)
    )


def first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The first word of each of ``phrases``: ``literal(phrases)`` matches only a text that
    holds one of them, so a text holding none need not be searched."""
    firsts = [re.split(r"[\s-]+", phrase.strip())[0] for phrase in phrases]
    if not all(firsts):  # an empty phrase matches anywhere
        raise ValueError(f"a phrase of {tuple(phrases)!r} has no words")
    return tuple(sorted(set(firsts)))


@cache
def literal(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern finding any of ``phrases`` as whole words, longest first (compiled at its
    first search: a text holding none of ``first_words(phrases)`` is never searched)."""
    return lazy_pattern(rf"(?<![A-Za-z])(?:{alternation(phrases)})(?![A-Za-z])")


@cache
def templates(families: tuple[Family, ...]) -> tuple[Template, ...]:
    """Every number-slot variant of ``families``, longer variants first within a family."""
    compiled: list[Template] = []
    for family in families:
        variants = [v for v in family.variants if "{N}" in v or "{YEAR}" in v]
        variants.sort(key=len, reverse=True)
        compiled.extend(compile_variant(family, variant) for variant in variants)
    return tuple(compiled)


def direction(match: re.Match[str]) -> int:
    """+1 when a template's direction word rises, -1 when it falls, 0 when it has none."""
    groups = match.re.groupindex
    if "up" in groups and match.group("up"):
        return 1
    if "down" in groups and match.group("down"):
        return -1
    return 0


def phrase(variant: str) -> re.Pattern[str]:
    """A variant without a number slot (it may name direction words) as a whole-text pattern."""
    return _phrase(variant)


@cache
def _phrase(variant: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z]){_side(variant)}(?![A-Za-z])")

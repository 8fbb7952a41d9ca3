"""Which wording templates and literal wordings a quote can match at all.

A template's literal words ("times", "fold", "since") must all occur in a quote for it to
match there, so the reader finds the words a quote holds once and tries only the templates
and literal wordings they allow, in the table's order.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from claimcheck.engine.wording import phrases
from claimcheck.engine.wording.families import Family, Form, Kind
from claimcheck.engine.wording.templates import Template, literal_parts, phrase, templates
from claimcheck.text.lazy import lazy_pattern

__all__ = [
    "NUMBER_FAMILIES",
    "SHARE_WORDS",
    "TIME_FAMILIES",
    "Families",
    "possible_literals",
    "possible_templates",
    "words_present",
]

Families = tuple[Family, ...]

TIME_FAMILIES = tuple(
    family for family in (*phrases.SERIES, *phrases.PERIODS) if family.kind is not Kind.NOT_A_CLAIM
)
# "one in five" is read by the number reader as one ratio, so its family has no template here.
NUMBER_FAMILIES = tuple(
    family
    for family in (*phrases.VALUES, *phrases.MULTIPLES, *phrases.CHANGES, *phrases.SHARES)
    if family.kind is Kind.TEMPLATE and family.id != "one-in"
)
SHARE_WORDS = tuple(family for family in phrases.SHARES if family.kind is Kind.SHARE_WORD)


# Slots a literal variant may hold: direction words, an optional word (PERIODIC), THE.
_SPELLED = lazy_pattern(r"\{(?:DIR|UP|DOWN|PERIODIC|THE)\}")


@cache
def literal_variants(
    families: tuple[Family, ...],
) -> tuple[tuple[Family, str, tuple[str, ...]], ...]:
    """The variants of ``families`` with no number slot, longest first, with their words."""
    variants = [
        (family, variant, literal_parts(variant))
        for family in families
        for variant in family.variants
        if "{" not in _SPELLED.sub("", variant)
    ]
    variants.sort(key=lambda pair: -len(pair[1]))
    return tuple(variants)


@lru_cache(maxsize=1024)
def possible_literals(
    families: Families, present: frozenset[str]
) -> tuple[tuple[Family, re.Pattern[str]], ...]:
    """The literal variants of ``families`` whose words are all ``present``, in order."""
    return tuple(
        (family, phrase(variant))
        for family, variant, parts in literal_variants(families)
        if present.issuperset(parts)
    )


@cache
def templates_by_form(families: tuple[Family, ...]) -> dict[Form, tuple[Template, ...]]:
    """The templates that can take each form of number, in the table's order."""
    compiled = templates(families)
    return {form: tuple(t for t in compiled if t.form is None or t.form is form) for form in Form}


@lru_cache(maxsize=1024)
def possible_templates(
    families: Families, form: Form, present: frozenset[str]
) -> tuple[Template, ...]:
    """The templates for ``form`` whose literal words are all ``present``, in order."""
    return tuple(t for t in templates_by_form(families)[form] if present.issuperset(t.parts))


@cache
def _all_words() -> tuple[str, ...]:
    """Every literal word of the templates and literal variants the reader tries."""
    words: set[str] = set()
    for families in (TIME_FAMILIES, NUMBER_FAMILIES):
        for template in templates(families):
            words.update(template.parts)
    for families in (TIME_FAMILIES, SHARE_WORDS):
        for _, _, parts in literal_variants(families):
            words.update(parts)
    return tuple(sorted(words))


def words_present(text: str) -> frozenset[str]:
    """The templates' literal words that occur in ``text`` (anywhere, as in ``in``)."""
    return frozenset(filter(text.__contains__, _all_words()))

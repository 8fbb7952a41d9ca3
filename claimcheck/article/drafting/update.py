"""Re-drafting over an existing claim file: the reporter's work stays, new numbers are added.

Every claim of the previous file is kept as written (its references, notes, ``says`` and
comments), in its place. A claim whose quote is no longer in the article is kept too, marked
with a ``# GONE:`` comment so the reporter can reword or remove it. The ``article:`` section
(``published``, ``url``...) is kept as written; ``sources:`` is kept unless new sources are
given. A drafted claim is added only for a statement no kept claim's quote covers.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from claimcheck.text.quotes import normalise, quote_spans

__all__ = ["Previous", "read_previous"]

GONE = "# GONE: this quote is no longer in the article; reword it or remove the claim"


@dataclass(frozen=True, slots=True)
class Previous:
    """The parts of a previous claim file a re-draft keeps, as the lines they were written in."""

    article: tuple[str, ...]
    sources: tuple[str, ...]
    claims: tuple[tuple[str, ...], ...]
    quotes: tuple[str, ...]
    ids: frozenset[str]


def read_previous(text: str) -> Previous:
    """The sections and claim blocks of a claim file's text (nothing, if it is not a mapping)."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return Previous((), (), (), (), frozenset())
    if not isinstance(node, yaml.MappingNode):
        return Previous((), (), (), (), frozenset())
    lines = text.splitlines()
    sections: dict[str, tuple[str, ...]] = {}
    claims: list[tuple[str, ...]] = []
    quotes: list[str] = []
    ids: set[str] = set()
    keys = node.value
    for index, (key, value) in enumerate(keys):
        end = keys[index + 1][0].start_mark.line if index + 1 < len(keys) else len(lines)
        name = str(key.value)
        sections[name] = tuple(lines[key.start_mark.line : end])
        if name == "claims" and isinstance(value, yaml.SequenceNode):
            items = value.value
            for number, item in enumerate(items):
                last = items[number + 1].start_mark.line if number + 1 < len(items) else end
                claims.append(tuple(_trailing_blank(lines[item.start_mark.line : last])))
                quote, claim_id = _field(item, "quote"), _field(item, "id")
                quotes.append(quote or "")
                if claim_id:
                    ids.add(claim_id)
    return Previous(
        sections.get("article", ()), sections.get("sources", ()), tuple(claims), tuple(quotes),
        frozenset(ids),
    )  # fmt: skip


def _field(item: yaml.Node, name: str) -> str | None:
    if not isinstance(item, yaml.MappingNode):
        return None
    for key, value in item.value:
        if key.value == name and isinstance(value, yaml.ScalarNode):
            return str(value.value)
    return None


def _trailing_blank(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def kept_claims(previous: Previous, text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The previous claims' lines (gone ones marked) and the spans their quotes cover."""
    folded, offsets = normalise(text)
    lines: list[str] = []
    covered: list[tuple[int, int]] = []
    for block, quote in zip(previous.claims, previous.quotes, strict=True):
        found = quote_spans(quote, folded, offsets) if quote else []
        covered += found
        block_lines = list(block)
        if not found and block_lines:
            indent = " " * (len(block_lines[0]) - len(block_lines[0].lstrip()) + 2)
            block_lines.insert(1, f"{indent}{GONE}")
        lines += block_lines
    return lines, covered

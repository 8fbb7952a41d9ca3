"""A drafted claim: its span in the article's text, its link, and the numbers it states."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.article.drafting.link_result import Link
from claimcheck.article.scan import Mention

__all__ = ["Drafted"]


@dataclass(frozen=True, slots=True)
class Drafted:
    """One drafted claim: its span in the text, and its link (no references: a gap)."""

    start: int
    end: int
    link: Link
    mentions: tuple[Mention, ...]
    bare: bool = False
    """A change stated by a bare verb ("robberies fell"): kept only for the article's period."""

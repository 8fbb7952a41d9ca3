"""Change words whose neighbours decide whether they state a move of a figure.

- "up" and "down" alone are a rise or a fall only after a verb of being or moving ("were
  down", "went up", "were slightly down during 2022": an adverb of degree may come between)
  or before words that go with a change ("down by", "up from", "down on the year");
- a change verb with a particle after it that moves no figure is no change: "cut off from the
  opportunity", "dropped out of school", "fell through", "fell apart" (docs/policy.md);
- "down" or "up" after a verb whose particle it is says nothing of a figure's move: "turned
  down 2,000 applications" (refused them), "tracked down", "shut down", "broke down",
  "signed up", "set up": the number after it is what the verb did, not a fall or a rise.
"""

from __future__ import annotations

from claimcheck.text.lazy import lazy_pattern

__all__ = ["DEGREE_ADVERBS", "no_move", "verb_particle"]

_PHRASAL_VERBS = frozenset(["cut", "cuts", "dropped", "drops", "drop", "fell", "falls", "fall"])
_PHRASAL_NOT_A_MOVE = lazy_pattern(r"\s+(?:off|out|through|apart|behind|short|foul)(?![A-Za-z])")
_UP_DOWN = lazy_pattern(r"(?<![A-Za-z])(?:up|down)(?![A-Za-z])")
_UP_DOWN_AFTER = lazy_pattern(r"\s+(?:by|from|on|compared|again|year|sharply|slightly)(?![A-Za-z])")
DEGREE_ADVERBS = (
    r"(?:slightly|marginally|sharply|significantly|considerably|substantially|well|also"
    r"|still|only|just|little)"
)
"""Adverbs of degree that may stand between a verb of being and "up" or "down"."""
_UP_DOWN_BEFORE = lazy_pattern(
    r"(?<![A-Za-z])(?:is|was|are|were|been|be|went|gone|go|goes|going|came|come|shot|moved)\s+"
    rf"(?:{DEGREE_ADVERBS}\s+)?$"
)


# Verbs whose "down" or "up" is part of the verb: "turned down" (refused), "tracked down".
_PARTICLE_VERB = lazy_pattern(
    r"(?<![A-Za-z])(?:turn|turns|turned|turning|track|tracks|tracked|tracking|shut|shuts"
    r"|shutting|hunted|broke|broken|break|breaks|set|sets|setting|signed|sign|signs|signing)"
    r"\s+$"
)


def verb_particle(text: str, start: int) -> bool:
    """Whether the "down" or "up" at ``start`` is the particle of the verb before it
    ("turned down 2,000 applications"), not a direction (see the module)."""
    return _PARTICLE_VERB.search(text, max(0, start - 20), start) is not None


def no_move(text: str, start: int, end: int) -> bool:
    """Whether the change word at ``text[start:end]`` states no move here (see the module)."""
    word = text[start:end]
    if _UP_DOWN.fullmatch(word) and verb_particle(text, start):
        return True
    if _UP_DOWN.fullmatch(word) and not (
        _UP_DOWN_AFTER.match(text, end) or _UP_DOWN_BEFORE.search(text, max(0, start - 20), start)
    ):
        return True
    return word in _PHRASAL_VERBS and _PHRASAL_NOT_A_MOVE.match(text, end) is not None

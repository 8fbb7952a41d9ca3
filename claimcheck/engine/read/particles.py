"""Change words whose neighbours decide whether they state a move of a figure.

- "up" and "down" alone are a rise or a fall only after a verb of being or moving ("were
  down", "went up", "were slightly down during 2022": an adverb of degree may come between)
  or before words that go with a change ("down by", "up from", "down on the year");
- a change verb with a particle after it that moves no figure is no change: "cut off from the
  opportunity", "dropped out of school", "fell through", "fell apart" (docs/policy.md);
- "up" after a verb of motion and before "to" is a rise to a level ("picked up to 4.0%", "crept
  up to", "ticked back up to"), not the qualifier "up to": ``up_to_is_a_move``. After a modal
  or "to" ("could go up to", "expected to shoot up to") the words give a ceiling, and "up to"
  stays the qualifier, as it does after any other word ("rise up to", "by up to", "of up to").
- "down" or "up" after a verb whose particle it is says nothing of a figure's move: "turned
  down 2,000 applications" (refused them), "tracked down", "shut down", "broke down",
  "signed up", "set up": the number after it is what the verb did, not a fall or a rise.
"""

from __future__ import annotations

from claimcheck.text.lazy import lazy_pattern

__all__ = ["DEGREE_ADVERBS", "MOTION_UP", "no_move", "up_to_is_a_move", "verb_particle"]

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


MOTION_UP = (
    r"(?:picked|picks|picking|ticked|ticks|ticking|shot|shoots|shooting|crept|creeps|creeping"
    r"|went|goes|going|gone|edged|edges|edging|inched|inches|inching|moved|moves|moving"
    r"|nudged|nudges|nudging|crawled|crawls|crawling|drifted|drifts|drifting|bounced|bounces"
    r"|bouncing|climbed|climbs|climbing|jumped|jumps|jumping|spiked|spikes|spiking)"
)
"""Verbs of motion that take "up" as their particle, in the forms that report a move."""
_MOTION_UP_BEFORE = lazy_pattern(
    rf"(?<![A-Za-z])(?P<verb>{MOTION_UP})\s+(?:(?:back|further|again|{DEGREE_ADVERBS})\s+)?$"
)
# A modal or "to" before the verb makes the words a ceiling ("could go up to 5%").
_CEILING_BEFORE = lazy_pattern(
    r"(?<![A-Za-z])(?:could|can|may|might|will|would|should|shall|must|to)\s+$"
)
_TO_AFTER = lazy_pattern(r"\s+to(?![A-Za-z])")


def up_to_is_a_move(text: str, up: int) -> bool:
    """Whether "up to" starting at ``up`` follows a verb of motion: "picked up to 4.0%" is a
    rise to a level, not the qualifier "up to" (see the module)."""
    verb = _MOTION_UP_BEFORE.search(text, max(0, up - 40), up)
    if verb is None:
        return False
    start = verb.start("verb")
    return _CEILING_BEFORE.search(text, max(0, start - 12), start) is None


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
        _UP_DOWN_AFTER.match(text, end)
        or _UP_DOWN_BEFORE.search(text, max(0, start - 20), start)
        or (word == "up" and _TO_AFTER.match(text, end) and up_to_is_a_move(text, start))
    ):
        return True
    return word in _PHRASAL_VERBS and _PHRASAL_NOT_A_MOVE.match(text, end) is not None

"""The statements of an article: sentences, and the clauses of a sentence that state a number.

A sentence that lists several figures ("car thefts rose from 48 to 61, shoplifting from
512 to 590 and criminal damage from 377 to 405") holds several statements. It is cut
at a clause boundary (a comma, semicolon or dash, or a joining word such as "and", "but",
"while", "including") only where the words on *both* sides state a statistical number, so
"1.44 children per woman, which is the lowest since 1938" stays whole, and a list of bare
numbers ("385 and 2,214 respectively") is never cut. A parenthesis that opens with "a" or
"an" ("(a seven per cent increase)") is a statement of its own. Every piece is an exact span
of the text.

Two more cuts keep a quote to the statement it holds:

- a change stated without a number, joined by "and" or "but" to a change stated with one
  ("wages were flat on the month and up 2% on the year") is a statement of its own, with no
  number (``Piece.numberless``): read together, the engine would ask the first for figures the
  second's reference cannot give;
- a relative clause between the subject and its verb, which states no number ("The rate,
  which counts part-time workers, fell to 11.8%"), is left out with the subject before it: the
  quote starts at the verb, and the clause's words (or a number in a name there) cannot be read
  as part of the statement.

A clause with no number that speaks of something else ends the quote before it: a contrast
(", while ...", "- but Southby saw a fall", with a subject of its own), a movement over
another span (", following a steady rise since 1975") and an attribution (", the ONS said";
``quote_ends``).

Three more cuts give each statement its own quote: a clause with a subject and a finite verb
of its own after a bare comma or semicolon (a comma splice, ``clauses``) opens a statement
that is never joined to the one before; a second predicate of the same subject that places it
in its series (", and is the highest on record") is a statement of its own, quoted from its
verb; and an aside between brackets or dashes that places the level in its series ("(812
fatalities - the most since 1995)", ``asides``) cuts the sentence into the level, the aside
and what follows it.

A list of categories after a long lead, a ranking before a participle with the number and a
bracket that restates a figure at another base are cut by ``clause_cuts``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace

from claimcheck.article.drafting.asides import Aside, aside, states_series
from claimcheck.article.drafting.carried import appositions, carried, direction, subject_words
from claimcheck.article.drafting.clause_cuts import (
    held_whole,
    list_lead,
    own_clauses,
    restated,
)
from claimcheck.article.drafting.clauses import AUXILIARY, opens_clause
from claimcheck.article.drafting.dash_restated import restating_dash
from claimcheck.article.drafting.piece import Piece
from claimcheck.article.drafting.quote_ends import (
    PREDICATE,
    names_a_period,
    without_attribution,
    without_forecast,
    without_lead,
    without_trailer,
)
from claimcheck.article.drafting.sentence_spans import sentences
from claimcheck.article.drafting.series_tail import after_series, series_tail
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.vocabulary import YEAR_DIGITS

__all__ = ["Piece", "direction", "names_a_period", "pieces", "sentences", "trim"]

_CUT = lazy_pattern(
    # a comma, but not one before "or" restating the figure ("227, or 78% of councils")
    r"\s*[;–—]\s+|\s+-\s+|,\s+(?!or\b)(?:and\s+|but\s+|while\s+|whereas\s+|with\s+"
    r"|as\s+(?!(?:much|many|high|low|few|little|well|long|far|of|part|a\s+result)\b))?"
    r"|\s+(?:but|while|whereas|including|against)\s+"
    # "as" before a subject of its own: "rose 136,000 as the jobless rate fell to 6.8%"
    r"|\s+as\s+(?=(?:the|its|their|his|her|a|an)\s)(?!an?\s+(?:result|share|proportion|whole)\b)"
    # ... or a bare plural subject and its verb: "fell to 3.4% as employers added 517,000 jobs"
    r"|\s+as\s+(?=[a-z]+s\s+(?:added|rose|fell|grew|increased|decreased|dropped|declined"
    r"|climbed|jumped|lost|shed|gained|slipped|eased|surged|soared|plunged|cut|created"
    r"|recorded|reported)\b)"
    # "and" with no comma, or "by" after a verb that is no change ("issued by 202 councils"),
    # cut only when a stated number follows within a few words (see _cuts)
    r"|\s+and\s+|\s+(?=by\s+\S+)"
    # a record since a year is a statement of its own: "... dropped to the lowest since 1983"
    r"|\s+(?=(?:to\s+)?(?:the|its|a)\s+(?:new\s+)?(?:record\s+)?(?:lowest|highest)\b"
    r"[^.;]{0,40}\bsince\b)"
)
_SOON = 40
_CLAUSE_MARK = lazy_pattern(r"[,;:]")
_AS_CUT = lazy_pattern(r"\s+as\s", re.IGNORECASE)
_CHANGE_BEFORE = lazy_pattern(
    r"\b(?:rose|risen|rise|increased?|up|grew|grown|fell|fallen|dropped|down|declined?|"
    r"decreased?|cut|reduced|jumped|climbed|soared|leapt|higher|lower|more|less|fewer|went|"
    r"gone|revised|multiplied|divided|year|times)\Z",
    re.IGNORECASE,
)
# "and" inside a name: a capitalised word on both sides ("Trinidad and Tobago").
_NAME_AND = lazy_pattern(r"[A-Z][\w'’.-]*\s+and\s+[A-Z]")
_BARE_AND = lazy_pattern(r"[\d%]\s+and\s+[\d£$€]")
# A second predicate of the subject before, with no number: ", and is the highest on record".
_SECOND_PREDICATE = lazy_pattern(rf",?\s+(?:and|but)\s+(?={AUXILIARY}\b)", re.IGNORECASE)
# "and" or "but" before a predicate with no subject of its own, left out of the quote.
_AND_PREDICATE = lazy_pattern(r"(?:and|but)\s+(?=" + PREDICATE.pattern + ")", re.IGNORECASE)
_ASIDE = lazy_pattern(r"\s*\((?=an?\s)")
_TRIM = " \t,;:-–—"
_END_TRIM = _TRIM + "(.!?"
_JOINING = lazy_pattern(r"\b(?:and|but|while|whereas|or)\b", re.IGNORECASE)
# The words that open a statement of its own after a cut ("..., with the rate falling ...").
_JOINING_CUT = lazy_pattern(r"\b(?:and|but|while|whereas|or|as|with)\b", re.IGNORECASE)
# A year just before "and": "a fall of 3% since 2017 and 9% since 2012" joins two changes.
# "as" that compares ("twice as fast as", "the same as", "such as"), not one that joins.
_COMPARING_AS = lazy_pattern(
    r"\b(?:such|same|so|as|twice|much|many|high|low|fast|big|large|small|great|long|far|well"
    r"|more|less|\w+ly|\w+er)[,\s]*\Z",
    re.IGNORECASE,
)
# The first end of a change whose second end follows "and": "fell from 187 in the year to
# June 2016 and 101 a year on", "dropped 17% with 106 crimes in 2016 and 88 in 2017". No "to"
# number between: "from 12 to 10 in Kent and 40 in Essex" states two things.
_FIRST_END = lazy_pattern(
    r"\b(?:from|with)\s+[£$€]?\d[\d,.]*(?:\s+(?!to\s+[£$€]?\d)[\w'’/()-]+){0,9}\s*\Z", re.IGNORECASE
)
# What opens the second end after "and" or a comma: "and 101", ", to 352,454".
_SECOND_END = lazy_pattern(r"(?<=and\s)|(?<=,\s)to\s+[£$€]?\d", re.IGNORECASE)
_TO_NUMBER = lazy_pattern(r"\bto\s+[£$€]?\d", re.IGNORECASE)
_YEAR_BEFORE = lazy_pattern(rf"(?<![\d,.£$€]){YEAR_DIGITS}\Z")
# A change, or no change, stated by a word: "flat", "rose", "edged down".
_DIRECTION = lazy_pattern(
    r"\b(?:flat|unchanged|steady|stable|rose|risen|increased|grew|grown|climbed|jumped|fell"
    r"|fallen|dropped|declined|decreased|slipped|dipped|eased|edged|ticked|doubled|tripled"
    r"|halved|remained|stayed|held|(?:gone|went|go(?:es)?)\s+(?:up|down))\b",
    re.IGNORECASE,
)
# The word that makes a stated percentage a change: "up 2%", "fell 3%", "3% lower".
_CHANGE_NEAR = lazy_pattern(
    r"\b(?:up|down|rose|risen|rise|increased?|grew|fell|fallen|fall|dropped|drop|declined?"
    r"|decreased?|higher|lower|more|less|fewer|jumped|climbed|slipped|dipped|gained?|lost)\b",
    re.IGNORECASE,
)
_CHANGE_KINDS = frozenset([MentionKind.CHANGE, MentionKind.MULTIPLE])
# "with" opening a level after a change stated with no number: "has gone up, with 35 a day".
_WITH_LEVEL = lazy_pattern(r"\bwith\b", re.IGNORECASE)


def pieces(
    text: str,
    sentence: tuple[int, int],
    mentions: Sequence[Mention],
    names: Collection[str] = (),
    items: Collection[str] = (),
) -> list[Piece]:
    """The clauses of a sentence that each state a number (or the sentence, when it has one).

    ``names`` are labels with "and" inside ("leisure and hospitality", in lower case): the
    sentence is not cut at their "and". ``items`` are the names of lines with "and" inside,
    which an item of a list may be (``clause_cuts.list_lead``)."""
    start, end = sentence
    stated = [m for m in mentions if m.statistical and start <= m.start and m.end <= end]
    around = _around_statement(text, sentence, stated, mentions, names)
    if around is not None:
        return around
    inside = _name_spans(text, start, end, names)
    cuts = sorted(
        (cut for cut in _cuts(text, start, end, stated) if not _within(cut, inside)),
        key=lambda cut: cut[0],
    )
    spans: list[Piece] = []
    begin, joined, subject = start, False, None
    for cut_start, cut_end, joining in cuts:
        if cut_start <= begin:
            continue
        closes = text[cut_start:cut_end] == ")" and text[begin - 1 : begin] == "("
        if _has(stated, begin, cut_start) and (closes or _has(stated, cut_end, end)):
            spans.append(
                Piece(begin, without_forecast(text, begin, cut_start), joined, subject=subject)
            )
            begin, joined, subject = cut_end, joining, None
        elif spans and series_tail(text, (begin, cut_start), (cut_end, end), stated):
            # "..., reaching the highest since 1949 and the mean age rose to 30.5": the series
            # words end the statement before, and the clause after "and" is one of its own
            spans[-1] = replace(spans[-1], end=cut_start)
            begin, joined, subject = cut_end, joining, None
        elif joining and _numberless_change(text, (begin, cut_start), (cut_end, end), stated):
            spans.append(Piece(begin, cut_start, joined, numberless=True))
            direction = _DIRECTION.search(text, begin, cut_start)
            shared = direction is not None and PREDICATE.match(text, cut_end) is not None
            # "flat on the month and up 2%" shares its subject; "burglary fell and robbery
            # rose 5%" does not
            subject = (begin, direction.start()) if shared and direction else None
            begin, joined = cut_end, joining
    spans.append(Piece(begin, without_trailer(text, begin, end), joined, subject=subject))
    return _finished(text, sentence, spans, stated, {*names, *items})


def _finished(
    text: str,
    sentence: tuple[int, int],
    spans: list[Piece],
    stated: Sequence[Mention],
    names: Collection[str],
) -> list[Piece]:
    """The pieces of a sentence cut at its joins, with the first one's lead left out, lists
    read from their lead, restatements marked, appositions and carried subjects read, and
    ranked participles split (or the whole sentence, when none states a number)."""
    start, end = sentence
    first = spans[0]
    lead, relative_subject = without_lead(text, first.start, first.end, stated)
    spans[0] = replace(first, start=lead, subject=relative_subject or first.subject)
    result = list_lead(text, _stating(text, spans, stated), stated, names)
    opens = {match.end() for match in restated(text, start, end)}
    result = [replace(piece, restated=piece.start in opens) for piece in result]
    result = carried(text, appositions(text, result, stated), stated)
    result = [part for piece in result for part in own_clauses(text, piece, stated)]
    return result or [Piece(start, end, False)]


def _stating(text: str, spans: list[Piece], stated: Sequence[Mention]) -> list[Piece]:
    """The pieces, trimmed and without attributions, that state a number or a change."""
    result = []
    for one in spans:
        piece = _attributed(text, one, stated)
        if piece is not None and (one.numberless or _has(stated, piece.start, piece.end)):
            result.append(replace(piece, numberless=one.numberless))
    return result


def _around_statement(
    text: str,
    sentence: tuple[int, int],
    stated: Sequence[Mention],
    mentions: Sequence[Mention],
    names: Collection[str],
) -> list[Piece] | None:
    """The statements of a sentence cut around an aside ("(812 fatalities - the most since
    1995)") or before a second predicate with series words; None when it has neither."""
    found = aside(text, sentence[0], sentence[1], stated)
    if found is not None:
        return _around(text, sentence, found, mentions, names)
    return _second_predicate(text, sentence, stated, mentions, names)


def _second_predicate(
    text: str,
    sentence: tuple[int, int],
    stated: Sequence[Mention],
    mentions: Sequence[Mention],
    names: Collection[str],
) -> list[Piece] | None:
    """The statements of a sentence whose last is a second predicate of the same subject that
    places it in its series, with no number ("X was 31 per cent higher than in 2015, and is
    the largest count yet recorded"): quoted from its verb, speaking of the subject before."""
    start, end = sentence
    second = _SECOND_PREDICATE.search(text, start, end)
    if (
        second is None
        or not _has(stated, start, second.start())
        or _has(stated, second.end(), end)
        or not states_series(text, second.end(), end)
    ):
        return None
    head = pieces(text, (start, second.start()), mentions, names)
    owner = subject_words(head[-1], stated)
    _, closing, _ = without_attribution(
        text, second.end(), without_trailer(text, second.end(), end)
    )
    series = trim(text, second.end(), closing, True)
    return None if series is None else [*head, replace(series, subject=owner, series=True)]


def _around(
    text: str,
    sentence: tuple[int, int],
    found: Aside,
    mentions: Sequence[Mention],
    names: Collection[str],
) -> list[Piece]:
    """The statements before an aside, the aside, and those after it: the first after it
    speaks of the subject before the aside ("Cyclist deaths" of "rose 2.1 percent") and is
    never joined with the statements before it, since its quote cannot hold the aside."""
    start, end = sentence
    stated = [m for m in mentions if m.statistical]
    head = pieces(text, (start, found.head_end), mentions, names)
    head = [piece for piece in head if _has(stated, piece.start, piece.end)]
    lead = subject_words(head[-1], stated) if head else (start, found.start)
    middle = [Piece(found.start, found.end, True, subject=lead, series=True)]
    if _has(stated, found.start, found.end):  # "(812, twice the 2010 figure)"
        middle = pieces(text, (found.start, found.end), mentions, names)
    tail = pieces(text, (found.tail_start, end), mentions, names)
    for part in (middle, tail):
        part[0] = replace(part[0], joined=True, subject=part[0].subject or lead)
    return [*head, *middle, *tail]


def _attributed(text: str, one: Piece, stated: Sequence[Mention]) -> Piece | None:
    """A piece trimmed, without the attribution at its ends ("According to the ONS, ...",
    "..., police said"), whose opening words still count for linking as its subject."""
    piece = trim(text, one.start, one.end, one.joined)
    if piece is None:
        return None
    start, end, lead = without_attribution(text, piece.start, piece.end, stated)
    opening = _AND_PREDICATE.match(text, start, end)
    if opening is not None:
        start = opening.end()  # "and is 3% higher": the quote starts at the verb
    bare = trim(text, start, end, one.joined) if (start, end) != (piece.start, piece.end) else None
    if bare is None or not _has(stated, bare.start, bare.end):
        return replace(piece, subject=one.subject)
    return replace(bare, subject=one.subject or lead)


def _name_spans(text: str, start: int, end: int, names: Collection[str]) -> list[tuple[int, int]]:
    """The spans of names with "and" inside: capitalised words on both sides, or a label."""
    spans = [(m.start(), m.end()) for m in _NAME_AND.finditer(text, start, end)]
    lowered = text[start:end].lower()
    for name in names:
        at = lowered.find(name)
        while at != -1:
            spans.append((start + at, start + at + len(name)))
            at = lowered.find(name, at + 1)
    return spans


def _within(cut: tuple[int, int, bool], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < cut[0] and cut[1] < b for a, b in spans)


def _numberless_change(
    text: str, before: tuple[int, int], after: tuple[int, int], stated: Sequence[Mention]
) -> bool:
    """Whether the words before a joining word state a change (or none) with no number, and
    the words after it state a change of their own with one: "flat on the month and up 2%";
    or, after "with", a level of their own: "has climbed, with about 30 a month on average"
    (the level is not the change's: the change may be of another measure)."""
    if _has(stated, *before):
        return False
    if _DIRECTION.search(text, *before) is None:
        # "reached its lowest level in five decades as employers added 517,000 jobs": a
        # series statement with no number, before a statement of its own
        return (
            states_series(text, *before)
            and _has(stated, *after)
            and _AS_CUT.match(text, before[1]) is not None
        )
    if names_a_period(text, *before) and not names_a_period(text, *after):
        return False  # "In 2016 pay was flat ... and up 2%": the year is the change's too
    following = [m for m in stated if after[0] <= m.start and m.end <= after[1]]
    if not following:
        return False
    first = following[0]
    if first.kind in _CHANGE_KINDS:
        return True
    near = text[max(after[0], first.start - 30) : min(after[1], first.end + 12)]
    if _WITH_LEVEL.search(text, before[1], after[0]) and first.kind is not MentionKind.SHARE:
        # "has climbed, with about 30 a month on average": a level of its own after "with"
        return _CHANGE_NEAR.search(near) is None
    if first.kind is not MentionKind.PERCENT:
        return False
    return _CHANGE_NEAR.search(near) is not None


def _cuts(
    text: str, start: int, end: int, stated: Sequence[Mention]
) -> Iterator[tuple[int, int, bool]]:
    """Where a sentence may be cut: (start, end, whether a joining word opens what follows)."""
    for match in _CUT.finditer(text, start, end):
        word = match.group().strip()
        if (
            word == "and"
            and _BARE_AND.match(text, match.start() - 1)
            and _YEAR_BEFORE.search(text, start, match.start()) is None
        ):
            continue
        if _COMPARING_AS.search(text, start, match.start()) and word.endswith("as"):
            continue  # "twice as fast as the ...", "such as the ..."
        if (
            word in ("and", "")
            and not _number_soon(text, stated, match.end())
            and (word == "" or not after_series(text, start, match.start(), match.end(), end))
        ):
            continue
        if word == "" and _agent_elsewhere(text, stated, match.end()):
            continue
        if _second_end(text, start, match.start(), match.end()):
            continue  # "from 187 in 2016 and 101 a year on", "from 310 in 2019, to 352 in 2020"
        if word == "" and _CHANGE_BEFORE.search(text, start, match.start()):
            continue
        if held_whole(text, start, match.start(), end):
            continue  # "(...)", "300, 320 and 410 in 2018, 2019 and 2020 respectively"
        if restating_dash(text, start, match.start(), match.end()):
            continue  # "fell by about 230 – some 14%": one change said twice
        joining = _JOINING_CUT.search(match.group()) is not None
        # a comma splice: "thefts rose 3% to 900, robberies fell 2% to 410"
        splice = word in (",", ";") and opens_clause(text, match.end(), end)
        yield match.start(), match.end(), joining or splice
    asides = [*_ASIDE.finditer(text, start, end), *restated(text, start, end)]
    for match in sorted(asides, key=lambda found: found.start()):
        yield match.start(), match.end(), False
        close = text.find(")", match.end(), end)
        if close != -1:
            yield close, close + 1, False


def _second_end(text: str, start: int, cut: int, after: int) -> bool:
    """Whether the cut at ``cut:after`` comes between the first end of a change ("from 187 in
    2016") and its second ("and 101", ", to 352"); not when a "to" end came before the "from"
    ("fell to 480 in 2016 from 640 in 2015, and arrests rose")."""
    if not _SECOND_END.match(text, after):
        return False
    first = _FIRST_END.search(text, start, cut)
    return first is not None and _TO_NUMBER.search(text, start, first.start()) is None


def _number_soon(text: str, stated: Sequence[Mention], at: int) -> bool:
    """Whether a stated number starts within a few words after ``at``, with no other "and"
    between ("Kent and Essex and issued 415" is cut at the second)."""
    return any(
        at <= m.start <= at + _SOON and " and " not in text[at - 1 : m.start] for m in stated
    )


def _agent_elsewhere(text: str, stated: Sequence[Mention], at: int) -> bool:
    """Whether a "by" phrase names who did it with no number of its own: the number after it
    is past a comma ("30 per cent (16,521) were recorded by Northern Police, nine per cent
    (4,930) by ..."), so the phrase ends the statement before, not the next one."""
    if not text.startswith("by", at):
        return False
    following = [m.start for m in stated if m.start >= at]
    return bool(following) and _CLAUSE_MARK.search(text, at, min(following)) is not None


def _has(stated: Sequence[Mention], start: int, end: int) -> bool:
    return any(start <= m.start and m.end <= end for m in stated)


def trim(text: str, start: int, end: int, joined: bool) -> Piece | None:
    """The piece of ``text[start:end]`` without the spaces, commas, dashes and stray closing
    parenthesis at its ends (None when nothing is left)."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _END_TRIM:
        end -= 1
    if text.count(")", start, end) > text.count("(", start, end) and text[end - 1 : end] == ")":
        end -= 1  # the close of a parenthesis the piece does not open
    if start >= end:
        return None
    return Piece(start, end, joined or _JOINING.match(text, start, end) is not None)

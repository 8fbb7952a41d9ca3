"""The claims a draft proposes: one per statement, each with its link to the source figures.

Each sentence with a statistical number is cut into statements (``statements.pieces``); each
statement is linked (``link.link``) with the words of its clause, of its sentence, and the
lines the previous sentence spoke of. A clause that only adds the change of the clause before
it ("was 2,418, up 12.5 per cent on 2020 (2,149)") is one statement with it, when both link
to the same line; a clause opened by "and" or "but" is always a statement of its own. A
sentence with no statistical number gives a claim only for a series statement ("fell to a
new record low", ``records``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from claimcheck.article.drafting.bare_moves import of_the_period
from claimcheck.article.drafting.clause_words import clause_period_text, clause_words
from claimcheck.article.drafting.counted_one import counted_ones
from claimcheck.article.drafting.drafted import Drafted
from claimcheck.article.drafting.join_bases import with_stated_bases
from claimcheck.article.drafting.join_change import (
    joined_change,
    missing_base,
    opens_without_subject,
    with_its_change,
)
from claimcheck.article.drafting.join_compared import with_compared
from claimcheck.article.drafting.join_later import to_later
from claimcheck.article.drafting.join_lists import with_listed_changes
from claimcheck.article.drafting.join_pointed import with_pointed_levels
from claimcheck.article.drafting.join_revised import with_revision_bases
from claimcheck.article.drafting.join_when import with_when_bases
from claimcheck.article.drafting.level_apart import apart
from claimcheck.article.drafting.link import Link, Statement, link, match_values
from claimcheck.article.drafting.link_aside import aside_link, with_series_links
from claimcheck.article.drafting.link_named import name_text
from claimcheck.article.drafting.link_rates import restates_rate
from claimcheck.article.drafting.link_revised import is_revision
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.drafting.month_before import month_before
from claimcheck.article.drafting.plan_cuts import (
    ends_after_with,
    ends_of_change,
    other_line,
    restates_before,
)
from claimcheck.article.drafting.plan_numberless import NUMBERLESS, numberless, ranked, where_claim
from claimcheck.article.drafting.plan_records import numberless_claims
from claimcheck.article.drafting.plan_series import (
    against_direction,
    checkable,
    outside_asides,
    without_series,
)
from claimcheck.article.drafting.series_reach import with_stated_starts
from claimcheck.article.drafting.stated import stated
from claimcheck.article.drafting.statements import Piece, pieces, sentences, trim
from claimcheck.article.drafting.tails import foreign_tail
from claimcheck.article.drafting.with_phrase import with_phrases
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["Drafted", "plan", "stated"]

_CHANGE_KINDS = frozenset([MentionKind.PERCENT, MentionKind.CHANGE, MentionKind.MULTIPLE])
_WORD_BEFORE = lazy_pattern(r"[^\W\d_]{3,}\s+\Z")
_RANKING = (
    "a ranking against the other lines: add the figure of each line it ranks, or leave it "
    "for review"
)


def plan(text: str, mentions: list[Mention], catalog: Catalog | None) -> list[Drafted]:
    """The drafted claims of an article, in order (``text`` is readable text, no markup)."""
    drafted: list[Drafted] = []
    thread: frozenset[str] = frozenset()
    since = 0  # the first claim of the sentence before
    mentions = counted_ones(text, mentions, catalog)
    numbers = sorted((m for m in mentions if stated(text, m)), key=lambda m: m.start)
    starts = [m.start for m in numbers]
    names = _names_with_and(catalog)
    items = _items_with_and(catalog)
    before: list[Drafted] = []  # the claims of the sentence before
    for sentence in sentences(text):
        # numbers are sorted, so a sentence's are one slice: linear in the article, not quadratic
        first, last = bisect_left(starts, sentence[0]), bisect_left(starts, sentence[1])
        inside = [m for m in numbers[first:last] if m.end <= sentence[1]]
        if not inside:
            before = numberless_claims(text, sentence, catalog, before)
            drafted += before
            thread = _thread(before, thread)  # a sentence with no number names a line too
            continue
        where, span = where_claim(text, sentence, inside, catalog)
        found = with_phrases(text, pieces(text, span, inside, names, items), inside)
        if where:
            found[0] = replace(found[0], subject=found[0].subject or where[1].subject)
            drafted.append(where[0])
        if catalog is None:
            drafted += _gaps(found, inside)
            continue
        claims = ranked(
            text, sentence, _sentence(text, sentence, found, inside, catalog, thread), catalog
        )
        stated_spans = [(m.start, m.end) for m in inside]
        asides = [(piece.start, piece.end) for piece in found if piece.series]
        checked = checkable(text, sentence, catalog, stated_spans, claims, before)
        series = outside_asides(checked, asides)
        records: list[Drafted] = []
        if series:
            clauses = [clause for clause, _ in series]
            found, clauses = without_series(text, found, clauses, stated_spans)
            records = [
                Drafted(clause.start, clause.end, linked, ())
                for clause, (_, linked) in zip(clauses, series, strict=True)
            ]
            claims = _sentence(text, sentence, found, inside, catalog, thread)
        claims = with_series_links(claims, asides, checked)
        claims = with_stated_starts(text, claims, catalog)  # "since 2008, when 37,423 were"
        thread = _thread(claims, thread)
        mark = len(drafted)
        before = sorted(_without_doubles(claims, records) + records, key=lambda c: c.start)
        drafted += before
        drafted[since:] = with_when_bases(text, drafted[since:], catalog)
        drafted[since:] = with_stated_bases(text, drafted[since:], catalog)
        # a base in a "when" clause against a level the bases just linked ("from last
        # February, when ...", after "a 30% rise from January's 239,000")
        drafted[since:] = with_when_bases(text, drafted[since:], catalog)
        drafted[since:] = with_revision_bases(text, drafted[since:], catalog)
        drafted[since:] = with_listed_changes(text, drafted[since:])
        drafted[since:] = with_pointed_levels(text, drafted[since:], catalog)
        since = mark
    return _of_their_periods(text, drafted)


def _without_doubles(claims: list[Drafted], records: list[Drafted]) -> list[Drafted]:
    """The claims without a numberless one that a series statement already quotes ("reached
    its lowest level in five decades as employers added ...": the series claim stands)."""
    return [
        claim
        for claim in claims
        if claim.mentions or not any(r.start < claim.end and claim.start < r.end for r in records)
    ]


def _thread(claims: list[Drafted], thread: frozenset[str]) -> frozenset[str]:
    """The lines a sentence's claims link, which the next sentence may speak of; with none,
    the lines spoken of before."""
    return frozenset(line for claim in claims for line in claim.link.lines) or thread


def _of_their_periods(text: str, drafted: list[Drafted]) -> list[Drafted]:
    """The drafted claims without the changes stated by a bare verb that speak of no period the
    article's numbers speak of (``bare_moves``)."""
    spoken = {c.period for claim in drafted if claim.mentions for c in claim.link.cells if c.period}
    return [
        claim
        for claim in drafted
        if not claim.bare or of_the_period(text[claim.start : claim.end], claim.link.cells, spoken)
    ]


def _names_with_and(catalog: Catalog | None) -> frozenset[str]:
    """The tables' labels and row names with "and" inside, lower case: no cut falls inside."""
    if catalog is None:
        return frozenset()
    labels = (
        label.lower()
        for cell in catalog.cells
        for label in (cell.figure.label or "", cell.column_title, name_text(cell))
    )
    return frozenset(label for label in labels if " and " in label)


def _items_with_and(catalog: Catalog | None) -> frozenset[str]:
    """The names of the tables' lines with "and" inside, in words and lower case ("food
    services and drinking places over the month change"): an item of a list may be one."""
    if catalog is None:
        return frozenset()
    names = (cell.figure.name.replace("_", " ") for cell in catalog.cells)
    return frozenset(name for name in names if " and " in name)


def _gaps(found: list[Piece], mentions: list[Mention]) -> list[Drafted]:
    """Claims with no sources to link: a clause joins the one before it unless it opens
    with a joining word ("and", "but", "while"), so a skeleton keeps whole statements."""
    merged: list[Piece] = []
    for piece in found:
        if merged and not piece.joined and not merged[-1].numberless:
            merged[-1] = Piece(merged[-1].start, piece.end, merged[-1].joined)
        else:
            merged.append(piece)
    return [_gap(piece, mentions) for piece in merged]


def _gap(piece: Piece, mentions: list[Mention]) -> Drafted:
    inside = tuple(m for m in mentions if piece.start <= m.start and m.end <= piece.end)
    return Drafted(piece.start, piece.end, NUMBERLESS if piece.numberless else Link(), inside)


def _sentence(
    text: str,
    sentence: tuple[int, int],
    found: list[Piece],
    mentions: list[Mention],
    catalog: Catalog,
    thread: frozenset[str],
) -> list[Drafted]:
    found = _without_tails(text, sentence, found, mentions, catalog, thread)
    statements = [
        _statement(text, sentence, found, index, mentions, catalog, thread)
        for index in range(len(found))
    ]
    cells: list[list[Cell]] = [
        [match.cell for match in match_values(statement, catalog)[0]] for statement in statements
    ]
    drafted: list[Drafted] = []
    for index, (piece, statement) in enumerate(zip(found, statements, strict=True)):
        if piece.numberless:
            drafted.append(Drafted(piece.start, piece.end, numberless(text, piece, catalog), ()))
            continue
        if piece.ranking:
            drafted.append(Drafted(piece.start, piece.end, Link(todos=(_RANKING,)), ()))
            continue
        if piece.series:
            level = drafted[-1].link if drafted else Link()
            linked = aside_link(text, piece, level, sentence, catalog)
            drafted.append(Drafted(piece.start, piece.end, linked, ()))
            continue
        others = [cell for i, group in enumerate(cells) if i != index for cell in group]
        statement = _inherited(text, statement, piece, drafted)
        linked = against_direction(link(statement, catalog, others), piece.carried)
        linked = with_its_change(statement, linked, catalog)
        one = Drafted(piece.start, piece.end, linked, statement.mentions)
        joined = None
        if drafted and not piece.joined:
            joined = _with_change(text, sentence, drafted[-1], one, catalog, thread)
        if joined is not None and joined.start < one.start:
            drafted.pop()  # one claim with the clause before
        if joined is not None:
            one = joined
        elif drafted and (
            (
                not piece.joined
                and (
                    _states_its_change(text, drafted[-1], one, catalog)
                    or ends_of_change(text, drafted[-1], one)
                )
            )
            or ends_after_with(text, drafted[-1], one)
        ):
            last = drafted.pop()
            one = replace(
                one, start=last.start, link=_merged(last.link, one.link),
                mentions=last.mentions + one.mentions,
            )  # fmt: skip
        parts = (
            apart(text, statement, one.link, catalog)
            if (one.start, one.end) == (piece.start, piece.end)
            else None
        )
        drafted += [one] if parts is None else [
            Drafted(part.start, part.end, part.link, part.mentions) for part in parts
        ]  # fmt: skip
    return with_compared(text, drafted)


def _with_change(
    text: str,
    sentence: tuple[int, int],
    last: Drafted,
    one: Drafted,
    catalog: Catalog,
    thread: frozenset[str],
) -> Drafted | None:
    """A clause that states the change of the level the clause before states ("There were
    58,200 arrests, 2,100 fewer than in 2019"), or the level after its change, with no
    subject of its own: one claim with the clause before, whose link checks both numbers
    (``join_change``); the clause with a question when the tables hold no base for its
    change; None when the two are not a level and its change."""
    if not last.mentions or not opens_without_subject(text, one.start, one.mentions):
        return None
    if is_revision(one.link, catalog):
        return None  # a revision checks its two estimates by itself
    piece = Piece(last.start, one.end, False)
    mentions = last.mentions + one.mentions
    statement = Statement(
        text[piece.start : piece.end],
        piece.start,
        mentions,
        clause_words(text, piece, sentence, thread),
    )
    joined = joined_change(statement, catalog)
    if joined is not None:
        return Drafted(last.start, one.end, joined, mentions)
    note = None if one.link.references else missing_base(statement, catalog)
    if note is None:
        return None
    later = to_later(statement, catalog)  # "... there were 3,980 - a rise of 330"
    return replace(one, link=later if later is not None else Link(todos=(note,)))


def _inherited(text: str, statement: Statement, piece: Piece, drafted: list[Drafted]) -> Statement:
    """An elliptical statement after "and" ("rose 16,000 in wholesale and 5,000 in retail"),
    or a bracket restating the figure before it ("0.07 in 2023/24 (7 patients per 10,000)"),
    that names no period takes the period of the figure the statement before it links: the
    verb, the period and the table are that statement's, only the line is its own."""
    words = statement.words
    elliptical = (piece.carried and piece.joined) or piece.restated
    if not (elliptical and drafted) or words.years or words.months:
        return statement
    cells = drafted[-1].link.cells
    period = cells[-1].period if cells else None
    if not cells and piece.restated:  # the statement before linked nothing: its words' period
        period = period_of(
            clause_period_text(text, Piece(drafted[-1].start, drafted[-1].end, False))
        )
    if period is None or period.relative:
        return statement
    words = replace(words, years=period.years, months=period.months)
    return replace(statement, words=words, period_carried=True)


def _statement(
    text: str,
    sentence: tuple[int, int],
    found: list[Piece],
    index: int,
    mentions: list[Mention],
    catalog: Catalog,
    thread: frozenset[str],
) -> Statement:
    piece = found[index]
    inside = tuple(m for m in mentions if piece.start <= m.start and m.end <= piece.end)
    words = clause_words(text, piece, sentence, thread)
    if words.clause & catalog.vocabulary:
        # a statement with a subject of its own reads only its own part of the sentence
        group = _group(text, found, index)
        words = replace(words, sentence=words.clause | concepts(group))
    month = None
    if not (words.years or words.months):
        month = month_before(text, sentence, (piece.start, piece.end))
    return Statement(
        text[piece.start : piece.end], piece.start, inside, words, piece.carried, month_before=month
    )


def _without_tails(
    text: str,
    sentence: tuple[int, int],
    found: list[Piece],
    mentions: list[Mention],
    catalog: Catalog,
    thread: frozenset[str],
) -> list[Piece]:
    """The pieces with the numbers that end a linked statement and belong to none of its
    references cut off into statements of their own (``claimcheck.article.drafting.tails``)."""
    result: list[Piece] = []
    for index, piece in enumerate(found):
        if piece.numberless or piece.series or piece.ranking:
            result.append(piece)
            continue
        statement = _statement(text, sentence, found, index, mentions, catalog, thread)
        matches = match_values(statement, catalog)[0]
        proposed = link(statement, catalog, ())
        cut = foreign_tail(text, (piece.start, piece.end), statement.mentions, proposed, matches)
        if cut is None and joined_change(statement, catalog) is None:
            cut = other_line(text, statement.mentions, matches, proposed, piece.start)
        if cut is None:
            result.append(piece)
            continue
        head = trim(text, piece.start, cut, piece.joined)
        tail = trim(text, _noun_before(text, cut), piece.end, True)
        if head is None or tail is None:
            result.append(piece)
            continue
        result += [replace(head, subject=piece.subject), replace(tail, joined=True)]
    return result


def _noun_before(text: str, cut: int) -> int:
    """The start of the word before a tail's phrase when the phrase opens with "of" and a word
    stands just before it ("penalties of up to £100"), so the quote reads as a phrase."""
    word = _WORD_BEFORE.search(text, max(0, cut - 40), cut)
    if word is None or not text.startswith("of ", cut):
        return cut
    return word.start()


def _group(text: str, found: list[Piece], index: int) -> str:
    """The text of the statements that share a piece's subject: from the piece that opens its
    group (the first, or one opened by "and", "but", "while") to the next that opens one.
    Another piece that restates a rate at a base ("(10 pupils per 10,000)") is left out: its
    noun names what the rate counts, not a line of the table."""
    start = index
    while start > 0 and not found[start].joined:
        start -= 1
    end = index + 1
    while end < len(found) and not found[end].joined:
        end += 1
    return " ".join(
        text[p.start : p.end]
        for at, p in enumerate(found[start:end], start)
        if at == index or not restates_rate(text[p.start : p.end])
    )


def _states_its_change(text: str, last: Drafted, one: Drafted, catalog: Catalog) -> bool:
    """Whether a clause states the change of the clause before (``_continues``); not a revision
    ("revised up from 846"), nor after a number said again in another unit ("or 0.9%")."""
    linked = _continues(last.link, one.link, last.mentions)
    return linked and not is_revision(one.link, catalog) and not restates_before(text, last)


def _continues(before: Link, after: Link, before_mentions: tuple[Mention, ...]) -> bool:
    """Whether a clause states the change of the clause before it: the same line, the clause
    after a change through the cell the one before names; or the one before a bare change
    ("up 39 per cent") and the one after its two ends ("from 25 to 32")."""
    roles = {role for role, _ in after.references}
    if not before_mentions:
        return False  # a change stated without a number stays a claim of its own
    if not before.references and roles == {"from", "to"}:
        return all(m.kind in _CHANGE_KINDS for m in before_mentions)
    if not before.references or not after.references:
        return False
    if before.references == after.references:
        return True
    if roles != {"from", "to"}:
        return False
    return {cell.ref for cell in before.cells} <= {cell.ref for cell in after.cells}


def _merged(before: Link, after: Link) -> Link:
    return replace(after, todos=tuple(dict.fromkeys(before.todos + after.todos)))

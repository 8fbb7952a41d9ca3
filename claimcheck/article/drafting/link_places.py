"""Places and wholes a table does not have: say nothing rather than link the wrong line.

A statement that names a place, force, region, country or group speaks of that place's
figures. When the tables of the proposed figures name it nowhere (no row label, column title,
title row, file or sheet name), the figure proposed is another place's (most often the
national line) and its check would be a false contradicted or, worse, a false supported. So
nothing is proposed, and the comment says which line the table lacks:

- "Offences were up 13% in Merseyside" against a table of national figures only: "the
  table has no line for Merseyside";
- "Across England and Wales, offences were up 13%" against a table whose file or title
  says "England and Wales": linked as before;
- "Merseyside Police recorded 1,200 knife offences" (a name that opens a clause, two
  capitalised words or a possessive): the same test for "Merseyside" (the words for a force,
  council or area are not part of the place's name);
- "Of all homicides, 40% were committed with a knife" against a table of knife offences: the
  whole of the share, homicides, is in no label: "the table has no line for homicides".

A name is the capitalised words after "in", "for", "across", "throughout" or "within"
("the" may come between), never a month or a day, and never inside a longer name ("the
Office for National Statistics", "the Department for Education": a capitalised word just
before the preposition), nor a name of an office, an agency or a survey
(``_INSTITUTIONS``). The whole country of a national release ("the UK", "Britain", "the
United States", ``place_nations``) is the scope most national tables leave unsaid, so it is asked
for only of a table that names another nation, or when another table gives that nation a
line of its own ("England and Wales" beside a county's rows: a table that names no nation is
then the county's, not the nation's). A table that writes a name's initials ("PSPO" for
"Public Spaces Protection Orders") has it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Final

from claimcheck.article.drafting.link_result import Link, Statement
from claimcheck.article.drafting.link_table import Catalog, Cell, period_of
from claimcheck.article.drafting.link_values import fits, stated_fits
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.drafting.place_nations import NATION_WORDS, covers, nations_of
from claimcheck.article.scan import Mention, MentionKind
from claimcheck.text.calendar import MONTH_WORDS
from claimcheck.text.lazy import lazy_pattern

__all__ = [
    "missing_place",
    "missing_whole",
    "names_in",
    "no_line_for",
    "not_placed",
    "placed",
    "share_wholes",
]

_CAPITAL = r"(?:[A-Z][A-Za-z'’.-]*[A-Za-z]|[A-Z]\.(?:[A-Z]\.)+|[A-Z])"
_NAME = _CAPITAL + r"(?:\s+(?:and\s+|of\s+|upon\s+|on\s+)?" + _CAPITAL + r")*"
# A place after a preposition of place: "in Merseyside", "across the West Midlands".
_AFTER = lazy_pattern(
    r"(?P<before>[\w’']+\s+)?\b(?i:in|for|across|throughout|within)\s+(?:the\s+)?(?P<name>"
    + _NAME
    + r")",
)
# Who recorded or issued it: "recorded by the Metropolitan Police".
_BY_NAME = lazy_pattern(r"\bby\s+(?:the\s+)?(?P<name>" + _NAME + r")")
# A proper name that opens a clause and is plainly one: two capitalised words ("West
# Yorkshire recorded"), or a possessive ("Merseyside's knife crime").
_OPENING = lazy_pattern(
    r"\A\W*(?:(?:In|By|At|Last|This|Meanwhile|Overall|However|But|And|While|Across)\b[^,]*,\s*)?"
    r"(?:(?:and|but|while|whereas|as|with)\s+)?"
    r"(?P<name>" + _CAPITAL + r"(?:\s+" + _CAPITAL + r")+|" + _CAPITAL + r"(?=['’]s\b))"
)
# Words that open a sentence before its subject ("In August", "A PA investigation").
_LEADING: Final = frozenset(
    [
        "in",
        "at",
        "by",
        "on",
        "for",
        "from",
        "last",
        "this",
        "next",
        "a",
        "an",
        "the",
        "excluding",
        "including",
        "outside",
        "except",
        "apart",
        "beyond",
        "without",
    ]
)
# A name followed by a word of reporting is the source of a figure, not its place.
_SAYS = lazy_pattern(
    r"\s+(?:estimates?|said|says|shows?|showed|found|finds|reported|reports|figures|data"
    r"|statistics|analysis|research|survey)\b",
    re.IGNORECASE,
)


def _words_of(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that name a time, not a place.
_NOT_PLACES: Final = frozenset(word.lower() for word in MONTH_WORDS) | _words_of(
    """monday tuesday wednesday thursday friday saturday sunday christmas easter spring summer
    autumn winter the a an i"""
)
# Names of offices, agencies, surveys, parties and people's titles: the source of a figure or
# a speaker, not its place.
_INSTITUTIONS: Final = _words_of(
    """office department ministry bureau administration organisation organization statistics
    statistic statistical agency commission institute university survey report act bill government
    parliament covid coronavirus census budget association union federation society
    foundation trust party labour conservative conservatives democrats republican
    republicans news times guardian telegraph said says figures data mr mrs ms miss dr prof
    professor sir lord lady dame chief inspector superintendent constable commissioner
    minister secretary director spokesman spokeswoman spokesperson councillor cllr mp"""
)
# The words of a force, council or area that are not part of the place's own name.
_GENERIC: Final = _words_of(
    """and of the upon on police constabulary force forces council county borough city
    district region regions area areas authority service services metropolitan"""
)
_WORD = lazy_pattern(r"[a-z]+")
# "40 per cent of all homicides", "Of all homicides, 40 per cent": the whole of a share.
_OF_WHOLE_AFTER = lazy_pattern(
    r"\s+(?:of|among)\s+(?:all\s+|the\s+|total\s+|those\s+)*(?P<whole>[a-z][a-z\s-]{2,40}?)"
    r"(?=\s+(?:were|was|are|is|had|have|has|involved|came|took|recorded|in|on|at|and)\b|[,;.]|\Z)",
    re.IGNORECASE,
)
_OF_WHOLE_BEFORE = lazy_pattern(
    r"\b(?:of|among)\s+(?:all\s+|the\s+|total\s+)+(?P<whole>[a-z][a-z\s-]{2,40}?),\s*\Z",
    re.IGNORECASE,
)
_CHANGE_WHOLE = lazy_pattern(
    r"\b(?:rise|increase|growth|jump|fall|drop|decrease|reduction|decline|change)\b", re.I
)


@lru_cache(maxsize=256)
def _words(text: str) -> frozenset[str]:
    """The lower-case words of a text (a table's whole text is read once per draft)."""
    return frozenset(_WORD.findall(text.lower().replace("’", "'").replace("'s", "")))


def _names(text: str, hosts: list[str] | None = None) -> list[str]:
    """The places and groups a statement names (see the module). ``hosts`` collects the
    names that open a statement before "in" a larger place ("Slough in Berkshire (1.96)")."""
    found = []
    for match in _AFTER.finditer(text):
        before = (match.group("before") or "").strip()
        first = match.start() == len(text) - len(text.lstrip())
        if before[:1].isupper() and (not first or before.lower() in _INSTITUTIONS):
            continue  # inside a longer name: "the Office for National Statistics"
        if before[:1].isupper() and hosts is not None:
            hosts.append(before)
        found.append(match.group("name"))
    if hosts is not None:
        # "in London recorded by the Metropolitan Police": the force that recorded it
        hosts.extend(match.group("name") for match in _BY_NAME.finditer(text))
    opening = _OPENING.match(text)
    if (
        opening is not None
        and not _title_case(text)
        and not _SAYS.match(text, opening.end())
        and not text.startswith(",", opening.end())  # "Jo Bloggs, the charity's head, said"
    ):
        words = opening.group("name").split()
        while words and words[0].lower() in _NOT_PLACES | _LEADING:
            words = words[1:]
        if len(words) > 1 or re.match(r"['’]s\b", text[opening.end() :]):
            found.append(" ".join(words))
    return [name for name in (_place(name) for name in found) if name]


def names_in(text: str) -> list[str]:
    """The places and groups a statement names (see the module)."""
    return _names(text)


def _title_case(text: str) -> bool:
    """Whether most words of a text are capitalised (a headline): its capitals name nothing."""
    words: list[str] = re.findall(r"[A-Za-z]{3,}", text)
    return sum(word[0].isupper() for word in words) * 2 > len(words)


def _place(name: str) -> str:
    """The name with the words that are no part of a place's name dropped; "" when it is no
    place (a month, an office, a title, an abbreviation other than a nation's)."""
    name = re.sub(r"['’]s\Z", "", name.strip(" .,"))
    words = _words(name)
    if words & _INSTITUTIONS:
        return ""
    if name.replace(".", "").isupper() and not nations_of(name):
        return ""  # an abbreviation ("GCSE", "PSPO") names a thing, not a place
    if not words - _NOT_PLACES - _GENERIC:
        return ""
    return name


def _lacks(name: str, tables: Iterable[str], catalog: Catalog, *, by_value: bool) -> bool:
    """Whether none of ``tables`` writes every word of the place's name. A table that names
    no nation may be the place's own (a force's FOI reply): it covers the place when the
    stated numbers are its figures (``by_value``), and it covers a nation the words name (a
    national table leaves its nation unsaid). A table that writes a name's initials ("PSPO")
    has it."""
    wanted = _words(name) - _GENERIC
    nations = set(nations_of(name))
    # a nation another table gives a line of its own ("England and Wales" beside a county's
    # figures) is not left unsaid by a table that names none: that table is the other place's
    unsaid = bool(nations) and not _a_nation_line(nations, catalog)
    for table in tables:
        written = catalog.texts.get(table, "")
        named = set(nations_of(written))
        if (
            wanted <= _words(written)
            or (not named and (by_value or unsaid))
            or covers(nations, named)
            or _by_initials(name, _words(written))
            or _spelled_out(name, written)
        ):
            return False
    return True


def _a_nation_line(nations: set[int], catalog: Catalog) -> bool:
    """Whether a cell of the tables is the nation's own: its row label names the nation and
    nothing else."""
    for cell in catalog.cells:
        label = cell.figure.label or ""
        if label and set(nations_of(label)) == nations and not _words(label) - NATION_WORDS:
            return True
    return False


def _initials(name: str) -> str:
    """The initials of a name of several words ("Public Spaces Protection Orders": "pspo"),
    which a table may write for it; "" for a name of one word."""
    words = [word for word in name.split() if word[:1].isupper()]
    return "".join(word[0] for word in words).lower() if len(words) > 1 else ""


def _by_initials(name: str, words: frozenset[str]) -> bool:
    """Whether ``words`` hold the name's initials, or their plural ("PSPOs")."""
    initials = _initials(name)
    return bool(initials) and (initials in words or initials + "s" in words)


# Three letters at least: two ("US", "AB") spell the heads of too many word pairs.
_INITIALISM = lazy_pattern(r"(?P<letters>[A-Z]{3,6})s?")


def _spelled_out(name: str, written: str) -> bool:
    """Whether ``name`` is an initialism ("PRUs", "SUV") whose letters open consecutive words
    of ``written`` ("Pupil referral units", "sport utility vehicles"): the table's own line."""
    found = _INITIALISM.fullmatch(name)
    if found is None:
        return False
    letters = found["letters"].lower()
    words = _WORD.findall(written.lower())
    size = len(letters)
    return any(
        "".join(word[0] for word in words[at : at + size]) == letters
        for at in range(len(words) - size + 1)
    )


def missing_place(
    text: str, cells: Iterable[Cell], catalog: Catalog, *, by_value: bool = False
) -> str | None:
    """The place or group ``text`` names that the tables of ``cells`` do not have, or have
    on another line than a proposed cell's. ``by_value``: the stated numbers are the cells'
    figures, so a table that names no nation, and may be the place's own, keeps the link."""
    tables = {cell.figure.source.id for cell in cells}
    if not tables:
        return None
    hosts: list[str] = []
    names = _names(text, hosts)
    if any(_a_line(host, tables, catalog) for host in hosts):
        # "Slough in Berkshire (1.96)": the place named first is the table's line, and the
        # larger place after "in" only locates it
        return None
    for name in names:
        if _lacks(name, tables, catalog, by_value=by_value) or _elsewhere(name, cells, catalog):
            return name
    return None


def _a_line(host: str, tables: set[str], catalog: Catalog) -> bool:
    """Whether a name that opens a statement is a line of the tables: its own words (not
    "Police" or "Council") are all in one line's label."""
    whole = _words(host) - _NOT_PLACES - _LEADING
    wanted = whole - _GENERIC
    for cell in catalog.cells:
        if cell.figure.source.id not in tables:
            continue
        # the line's name: its row label, or the row a wide table reads as a series
        label = _words(cell.figure.label or "")
        if cell.figure.label is None or period_of(cell.figure.label) is not None:
            label = _words(cell.figure.name.replace("_", " "))
        # a name of generic words alone ("Metropolitan Police") must be the whole label
        if (wanted and wanted <= label) or (not wanted and whole and whole == label):
            return True
    return False


def _by_value(found: Link, statement: Statement) -> bool:
    """Whether a stated number is a proposed figure, or the stated change the change
    between the two proposed figures, within its written precision."""
    cells = found.cells
    if len(cells) == 2 and stated_fits(statement.mentions, cells[0], cells[1]):
        return True
    return any(fits(mention, cell) for mention in statement.mentions for cell in cells)


def _elsewhere(name: str, cells: Iterable[Cell], catalog: Catalog) -> bool:
    """Whether the proposed cells are all other lines' than the one the place names: the
    table writes the place, but no cell has it in its own label, column, title or title rows
    (of two groups compared, one holds it). A table that gives the place a line of its own
    ("United Kingdom" above "England" and "London") speaks of it on that line only: its
    title's place ("UK countries and English regions") is no other line's."""
    wanted = _words(name) - _GENERIC
    nations = nations_of(name)
    tables = set()
    for cell in cells:
        figure, source = cell.figure, cell.figure.source
        line = " ".join(text or "" for text in (figure.label, cell.column_title, figure.name))
        if _names_place(line, wanted, nations) or _lies_in(_words(line), wanted):
            return False
        tables.add(source.id)
        whole = " ".join(text or "" for text in (source.title, source.id, source.publisher))
        whole += " " + catalog.headings.get(source.id, "")
        if _names_place(whole, wanted, nations) and not _own_line(
            wanted, nations, source.id, catalog
        ):
            return False
    return any(wanted <= _words(catalog.texts.get(table, "")) for table in tables)


def _names_place(text: str, wanted: frozenset[str], nations: frozenset[int]) -> bool:
    """Whether ``text`` writes every word of a place's name, or names its nation."""
    return wanted <= _words(text) or covers(nations, nations_of(text))


def _lies_in(line: frozenset[str], wanted: frozenset[str]) -> bool:
    """Whether a place's name is a line's name and the nation it lies in ("the South-East of
    England" of a line "South East"): the line is the place."""
    return bool(wanted & line - NATION_WORDS) and wanted - line <= NATION_WORDS


def _own_line(
    wanted: frozenset[str], nations: frozenset[int], table: str, catalog: Catalog
) -> bool:
    """Whether a row or column of ``table`` names the place: its own line."""
    for cell in catalog.cells:
        figure = cell.figure
        line = " ".join((figure.label or "", cell.column_title, figure.name.replace("_", " ")))
        if figure.source.id == table and _names_place(line, wanted, nations):
            return True
    return False


def share_wholes(statement: Statement) -> Iterator[tuple[Mention, re.Match[str]]]:
    """Each share the statement states with its whole ("40 per cent of all homicides", "Of
    all homicides, 40 per cent"): the number, and the match whose group ``whole`` holds it."""
    for mention in statement.mentions:
        if mention.kind not in (MentionKind.PERCENT, MentionKind.SHARE):
            continue
        start, end = mention.start - statement.start, mention.end - statement.start
        after = _OF_WHOLE_AFTER.match(statement.text, end)
        before = _OF_WHOLE_BEFORE.search(statement.text, 0, start)
        for found in (after, before):
            if found is not None and not _CHANGE_WHOLE.search(found.group("whole")):
                yield mention, found


def missing_whole(statement: Statement, cells: Iterable[Cell], catalog: Catalog) -> str | None:
    """The whole of a share the statement states ("of all homicides") that no label, title
    or file name of the tables of ``cells`` names, by concept."""
    tables = {cell.figure.source.id for cell in cells}
    if not tables:
        return None
    written = frozenset().union(*(concepts(catalog.texts.get(table, "")) for table in tables))
    for _, found in share_wholes(statement):
        whole = concepts(found.group("whole"))
        if whole and not whole & written:
            return found.group("whole").strip()
    return None


def placed(found: Link, statement: Statement, catalog: Catalog) -> Link:
    """``found``, or no references and the reason when the statement names a place or the
    whole of a share that the tables of its figures do not have."""
    if not found.references:
        return found
    name = missing_place(statement.text, found.cells, catalog, by_value=_by_value(found, statement))
    if name is None:
        name = missing_whole(statement, found.cells, catalog)
    if name is None:
        return found
    refs = [cell.ref for cell in found.cells]
    kept = [todo for todo in found.todos if not any(ref in todo for ref in refs)]
    return Link(todos=(*kept, not_placed(name, found.cells, catalog)))


def no_line_for(name: str) -> str:
    """The comment for a statement whose place or whole no table has."""
    return f"the table has no line for {name}; add references from a table that has"


def not_placed(name: str, cells: Iterable[Cell], catalog: Catalog) -> str:
    """The comment for a statement whose place the proposed cells are not: the place's own
    line holds other figures, or no table has the place."""
    tables = {cell.figure.source.id for cell in cells}
    wanted, nations = _words(name) - _GENERIC, nations_of(name)
    if any(_own_line(wanted, nations, table, catalog) for table in tables):
        return (
            f"the number is another line's figure, not {name}'s, and the table's line for "
            f"{name} does not hold it; check it against {name}'s line"
        )
    return no_line_for(name)

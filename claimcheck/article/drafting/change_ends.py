"""A change stated alone, linked to its published change, drafted with both ends instead.

"Net migration fell by more than 100,000" against a row that gives both years and the change
between them ("YE Mar 2019, YE Mar 2020, Change YE Mar 2019 to YE Mar 2020"): the published
change cell (-106) is one figure, and a signed figure checked against a bound or a fraction
("more than", "nearly a fifth") is not always settled. When the row's line holds the two levels
the change column's title names (its years, the earlier and the later), the claim runs
``from`` the earlier ``to`` the later, and the check works the change out from them, as the
reporter did. Only when the stated change fits the two levels in its direction and within
its written precision (``change_fit``), and is said as a move, a direction word before it
("fell by 4%"); a change set after its subject as a label ("driver deaths (4% increase)")
restates the published figure, and the published cell stays, as it does otherwise.
"""

from __future__ import annotations

from claimcheck.article.drafting.amount_moves import DIRECTION_BEFORE
from claimcheck.article.drafting.change_fit import change_fits
from claimcheck.article.drafting.link_moves import direction
from claimcheck.article.drafting.link_result import Link, Statement, line_name, period_words
from claimcheck.article.drafting.link_table import Catalog, Cell
from claimcheck.article.scan import MentionKind
from claimcheck.text.lazy import lazy_pattern

__all__ = ["with_both_ends"]

_YEAR = lazy_pattern(r"(?<!\d)(?:18|19|20)\d\d(?!\d)")
_CHANGES = frozenset([MentionKind.CHANGE, MentionKind.PERCENT, MentionKind.COUNT])


def with_both_ends(statement: Statement, linked: Link, catalog: Catalog) -> Link:
    """``linked``, or ``from``/``to`` the two levels its published change runs between (see
    the module)."""
    roles = [role for role, _ in linked.references]
    if roles != ["figure"] or len(linked.cells) != 1 or len(statement.mentions) != 1:
        return linked
    (change,) = linked.cells
    (mention,) = statement.mentions
    if not change.is_change or change.line is not None or mention.kind not in _CHANGES:
        return linked
    at = mention.start - statement.start
    if DIRECTION_BEFORE.search(statement.text, max(0, at - 40), at) is None:
        return linked  # "(4% increase)" restates the published change; "fell by 4%" moved
    sign = direction(statement.text, at)
    ends = _ends(change, catalog)
    if not sign or ends is None or not change_fits(mention, sign, *ends):
        return linked
    earlier, later = ends
    reason = (
        f"the change {change.ref} runs along {line_name(later)}: {period_words(earlier)} to "
        f"{period_words(later)}, both given"
    )
    return Link(
        (("from", earlier.ref), ("to", later.ref)),
        (earlier, later),
        (*linked.reasons, reason),
        linked.todos,
    )


def _ends(change: Cell, catalog: Catalog) -> tuple[Cell, Cell] | None:
    """The two levels of the change's row whose years its column's title names, earlier
    first; None unless the title names two years and the row's line has one level of each."""
    years = sorted({int(year) for year in _YEAR.findall(change.column_title)})
    if len(years) != 2:
        return None
    levels = [
        cell
        for cell in catalog.cells
        if cell.line is not None
        and not cell.is_change
        and cell.figure.source.id == change.figure.source.id
        and cell.figure.name == change.figure.name
        and cell.period is not None
    ]
    found = [[c for c in levels if c.period is not None and c.period.years == {y}] for y in years]
    if any(len(cells) != 1 for cells in found):
        return None
    earlier, later = found[0][0], found[1][0]
    return (earlier, later) if earlier.order < later.order else None

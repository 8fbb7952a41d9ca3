"""The ``derived:`` figures of a claim file's sources, worked out once every source is read.

Each derived figure becomes a single figure of its source (``rates.births_per_100k``), which
claims name like any other. Derived figures are worked out in the order written, so one may
use another written above it. A problem in an expression is reported at the character where it
lies (for an expression written plain, as expressions usually are).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.claimfile.figures import Sources, text_of
from claimcheck.claimfile.nodes import Mapping, Node, Scalar
from claimcheck.claimfile.records import Figure, Location, Source
from claimcheck.claimfile.references import BadReference, Resolved
from claimcheck.claimfile.table_figures import Withheld
from claimcheck.errors import Problem
from claimcheck.numbers.bounds import out_of_range

if TYPE_CHECKING:
    from claimcheck.claimfile.expressions import Ref

Lookup = Callable[[str], Resolved | Withheld | None]
"""What a reference names; raises BadReference saying why it names nothing; None when the
reason has been reported already."""


class _Reported(Exception):
    """An input whose problem has been reported."""


@dataclass(slots=True)
class DerivedFigures:
    path: str
    sources: Sources
    lookup: Lookup

    def problem(self, node: Node, offset: int, message: str) -> None:
        column = node.column + offset
        self.sources.problems.append(Problem(self.path, node.line, column, message))

    def build(self, sources: Node | None) -> None:
        if not isinstance(sources, Mapping):
            return
        for source_id, (_, node) in sources.entries.items():
            source = self.sources.sources.get(source_id)
            derived = node.get("derived") if isinstance(node, Mapping) else None
            if source is None or not isinstance(derived, Mapping):
                continue
            for name, (key, value) in derived.entries.items():
                self._figure(source, name, key, value)

    def _figure(self, source: Source, name: str, key: Scalar, value: Node) -> None:
        # The expression reader is imported only for a claim file with derived figures.
        from claimcheck.claimfile.derived import NotWorkable, as_number, work_out
        from claimcheck.claimfile.expressions import BadExpression, parse, references, show

        place = f"sources.{source.id}.derived.{name}"
        base = f"{source.id}.{name}"
        written = text_of(value)
        self.sources.broken.add(base)  # until it is worked out
        if base in self.sources.figures or base in self.sources.series:
            self.problem(key, 0, f"{place}: {source.id} already has a figure {name!r}")
            return
        if written is None or not isinstance(value, Scalar):
            self.problem(value, 0, f"{place}: write an expression such as a.x / a.y per 100,000")
            return
        try:
            expr = parse(written)
        except BadExpression as error:
            self.problem(value, error.offset, f"{place}: {error}")
            return
        try:
            inputs = {ref.text: self._input(place, value, ref) for ref in references(expr)}
        except _Reported:
            return
        withheld = next((found for found in inputs.values() if isinstance(found, Withheld)), None)
        if withheld is not None:
            self.sources.withheld[base] = Withheld(
                withheld.marker, f"{withheld.provenance}, used by the derived figure {base}"
            )
            self.sources.broken.discard(base)
            return
        figures = {text: found for text, found in inputs.items() if isinstance(found, Figure)}
        try:
            result = work_out(expr, lambda ref: figures[ref.text])
        except NotWorkable as error:
            self.problem(value, error.offset, f"{place}: {error}")
            return
        if (size := out_of_range(result.value)) is not None:
            self.problem(value, 0, f"{place}: the result {size}")
            return
        number = as_number(result)
        working = _working(show(expr), number.text, figures)
        location = Location(self.path, value.line, value.column)
        self.sources.figures[base] = Figure(source, name, None, number, location, working)
        self.sources.broken.discard(base)

    def _input(self, place: str, node: Scalar, ref: Ref) -> Figure | Withheld:
        try:
            found = self.lookup(ref.text)
        except BadReference as error:
            self.problem(node, ref.offset, f"{place}: {error}")
            raise _Reported from None
        if found is None:
            raise _Reported
        return found if isinstance(found, Withheld) else found.figure


def _working(expression: str, result: str, inputs: dict[str, Figure]) -> str:
    """'derived: a.x / a.y per 100 = 12.5 (a.x = 5, t.csv row 2, 'x'; a.y = 40, c.yaml:4:7)'."""
    parts = []
    for text, figure in inputs.items():
        where = figure.cell if figure.cell is not None else str(figure.location or "")
        parts.append(f"{text} = {figure.number.text}" + (f", {where}" if where else ""))
    listed = "; ".join(parts)
    return f"derived: {expression} = {result}" + (f" ({listed})" if listed else "")

"""Read a claim file into a checked, resolved ``ClaimFile``.

``load(path)`` and ``loads(text)`` either return a ``ClaimFile`` whose every reference has been
resolved to a source figure, or raise ``ClaimFileError`` listing every problem in the file at
once, each as ``file:line:col: message``. They raise nothing else, whatever the input.
docs/claim-files.md describes the format.
"""

from __future__ import annotations

import os
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

from pydantic import ValidationError

from claimcheck.claimfile.change_members import without_changes
from claimcheck.claimfile.derived_figures import DerivedFigures
from claimcheck.claimfile.figures import SourceBuilder, Sources, resolve_path, text_of
from claimcheck.claimfile.limits import MAX_QUOTE, too_long
from claimcheck.claimfile.nodes import (
    Mapping,
    Node,
    Scalar,
    Sequence,
    YamlError,
    compose,
    places,
    plain,
)
from claimcheck.claimfile.problems import problems_from
from claimcheck.claimfile.records import Article, Claim, ClaimFile, Location, Reference, Role
from claimcheck.claimfile.references import (
    BadReference,
    ParsedReference,
    Resolved,
    parse_reference,
    resolve,
)
from claimcheck.claimfile.rounding import declared
from claimcheck.claimfile.rules import role_problems
from claimcheck.claimfile.schema import ClaimFileSpec
from claimcheck.claimfile.table_figures import Withheld
from claimcheck.errors import ClaimFileError, Problem
from claimcheck.policy import DEFAULT_POLICY, Policy, conflicts, tolerance
from claimcheck.text.decode import NotUtf8, decode_utf8

__all__ = ["MAX_BYTES", "load", "loads"]

MAX_BYTES = 5 * 1024 * 1024
"""Largest claim file read; a claim file of 10,000 claims is about 1 MB."""

_ROLES = tuple(Role)
_ROLE_KEYS = tuple((role, role.value) for role in _ROLES)  # Role.value is slow to look up


def load(path: str | os.PathLike[str], *, allow_outside: bool = False) -> ClaimFile:
    """Read and check the claim file at ``path``.

    Files it names (CSV sources) are read relative to its folder and must stay inside it
    unless ``allow_outside`` is true.
    """
    shown = os.fspath(path)
    file = Path(shown)
    try:
        with file.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_BYTES:
                raise _too_large(shown)
            data = stream.read(MAX_BYTES + 1)
    except (OSError, ValueError) as error:  # ValueError: a path the system cannot name
        reason = getattr(error, "strerror", None) or str(error)
        raise ClaimFileError([Problem(shown, 1, 1, f"cannot read the file: {reason}")]) from None
    if len(data) > MAX_BYTES:
        raise _too_large(shown)
    return _read(_decode(data, shown), shown, file.parent, allow_outside)


def loads(
    text: str,
    path: str = "<string>",
    *,
    base_dir: str | os.PathLike[str] | None = None,
    allow_outside: bool = False,
) -> ClaimFile:
    """Read and check claim-file ``text``; ``path`` names it in problems.

    Files it names are read relative to ``base_dir`` (by default the folder of ``path``, or
    the current folder for text that has no path).
    """
    if len(text) > MAX_BYTES:
        raise _too_large(path)
    if base_dir is None:
        base_dir = Path.cwd() if path.startswith("<") else Path(path).parent
    return _read(text.removeprefix("\ufeff"), path, Path(base_dir), allow_outside)


def _too_large(path: str) -> ClaimFileError:
    limit = MAX_BYTES // (1024 * 1024)
    return ClaimFileError(
        [Problem(path, 1, 1, f"the file is larger than {limit} MB; a claim file is far smaller")]
    )


def _decode(data: bytes, path: str) -> str:
    try:
        return decode_utf8(data)
    except NotUtf8 as error:
        message = f"the file {error.detail}; save it again as UTF-8"
        raise ClaimFileError([Problem(path, error.line, error.column, message)]) from None


def _read(text: str, path: str, base_dir: Path, allow_outside: bool) -> ClaimFile:
    return _build(text, path, base_dir, allow_outside)


def _build(text: str, path: str, base_dir: Path, allow_outside: bool) -> ClaimFile:
    try:
        document = compose(text, path)
    except YamlError as error:
        raise ClaimFileError(error.problems) from None
    problems = list(document.problems)
    root = document.root
    if not isinstance(root, Mapping):
        message = (
            "the file is empty: a claim file needs at least 'claims:'"
            if root is None or (isinstance(root, Scalar) and root.kind == "null")
            else "a claim file is a mapping of keys (article, sources, claims, policy)"
        )
        line, column = (1, 1) if root is None else (root.line, root.column)
        raise ClaimFileError([*problems, Problem(path, line, column, message)])
    try:
        ClaimFileSpec.model_validate(plain(root))
    except ValidationError as error:
        problems.extend(problems_from(error, root, path))
    policy = _policy(root, path, problems)
    sources = SourceBuilder(path, base_dir, allow_outside).build(root.get("sources"))
    reader = _Claims(path, sources, problems)
    DerivedFigures(path, sources, reader.lookup).build(root.get("sources"))
    problems.extend(sources.problems)
    claims = reader.build(root.get("claims"))
    article = _article(root.get("article"), path, base_dir, allow_outside, problems)
    if problems:
        raise ClaimFileError(problems)
    return ClaimFile(
        path=path,
        claims=tuple(claims),
        sources=sources.sources,
        series=sources.series,
        figures=sources.figures,
        article=article,
        policy=policy,
    )


def _policy(root: Mapping, path: str, problems: list[Problem]) -> Policy:
    node = root.get("policy")
    if not isinstance(node, Mapping) or not node.entries:
        return DEFAULT_POLICY
    values: dict[str, Fraction] = {}
    for name, (_, value) in node.entries.items():
        if name not in Policy.model_fields:
            continue  # reported, with a suggestion, by the structure check
        text = text_of(value)
        example = "30" if name == "small_base" else "0.05 or 1/20"
        try:
            values[name] = tolerance(text or "")
        except (ValueError, ZeroDivisionError) as error:
            if text is None:
                message = f"policy.{name} should be a number such as {example}"
            elif "too large" in str(error) or "at most" in str(error):
                message = f"policy.{name}: {error}"
            else:
                message = f"policy.{name}: {text!r} is not a number (write {example})"
            problems.append(Problem(path, value.line, value.column, message))
    if len(values) == len([name for name in node.entries if name in Policy.model_fields]):
        try:
            return Policy.model_validate(values)
        except ValidationError as error:
            # Unknown keys are already reported, with a suggestion, by the structure check;
            # settings out of order are reported below, each at the key written.
            skip = {"extra_forbidden", "policy_order"}
            problems.extend(problems_from(error, root, path, prefix=("policy",), skip=skip))
    for name, message in conflicts(values):
        value = node.entries[name][1]
        problems.append(Problem(path, value.line, value.column, f"policy.{name} {message}"))
    return DEFAULT_POLICY


def _article(
    node: Node | None, path: str, base_dir: Path, allow_outside: bool, problems: list[Problem]
) -> Article:
    if not isinstance(node, Mapping):
        return Article()
    text_node = node.get("text")
    written = text_of(text_node)
    text_path = location = None
    if written is not None and text_node is not None:
        location = Location(path, text_node.line, text_node.column)
        try:
            # The article is read like a CSV source: beside the claim file, unless allowed.
            resolve_path(base_dir, written, allow_outside)
            text_path = base_dir / written
        except ValueError as error:
            message = f"article.text: {error}"
            problems.append(Problem(path, text_node.line, text_node.column, message))
    return Article(
        title=text_of(node.get("title")),
        url=text_of(node.get("url")),
        published=text_of(node.get("published")),
        author=text_of(node.get("author")),
        text_path=text_path,
        text_location=location,
    )


class _AtTheCell(Exception):
    """A reference to a cell whose problem has been reported at the cell itself."""


class _Claims:
    def __init__(self, path: str, sources: Sources, problems: list[Problem]) -> None:
        self.path = path
        self.sources = sources
        self.problems = problems
        self.first: dict[str, Node] = {}

    def problem(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.path, node.line, node.column, message))

    def build(self, claims: Node | None) -> list[Claim]:
        result = []
        if isinstance(claims, Sequence):
            for index, node in enumerate(claims.items):
                if isinstance(node, Mapping):
                    claim = self._claim(index, node)
                    if claim is not None:
                        result.append(claim)
        return result

    def _claim(self, index: int, node: Mapping) -> Claim | None:
        claim_id = text_of(node.get("id"))
        quote = text_of(node.get("quote"))
        if claim_id is not None:
            self._unique(claim_id, node)
        references, withheld = self._references(index, node)
        several = self._several(index, node, withheld)
        if claim_id is None or quote is None or not self._short_enough(index, node):
            return None
        if withheld:
            # The source withholds a figure the claim rests on: it cannot be checked.
            references = {}
            several = ()
        return Claim(
            id=claim_id,
            quote=quote,
            references={role: declared(reference) for role, reference in references.items()},
            says=text_of(node.get("says")),
            note=text_of(node.get("note")),
            location=Location(self.path, node.line, node.column),
            withheld=tuple(withheld),
            several=tuple(declared(reference) for reference in several),
        )

    def _short_enough(self, index: int, node: Mapping) -> bool:
        """Whether the quote and ``says`` are within ``MAX_QUOTE`` (a problem where not)."""
        fine = True
        for key in ("quote", "says"):
            value = node.get(key)
            text = text_of(value)
            if value is not None and text is not None and len(text) > MAX_QUOTE:
                hint = "a quote is a sentence or a paragraph; split a longer passage"
                self.problem(value, too_long(f"claims[{index}].{key}", len(text), MAX_QUOTE, hint))
                fine = False
        return fine

    def _unique(self, claim_id: str, node: Mapping) -> None:
        key = node.get("id") or node
        first = self.first.get(claim_id)
        if first is None:
            self.first[claim_id] = key
        elif first is key:
            self.problem(key, f"claim {claim_id!r} is repeated through an alias (*name)")
        else:
            self.problem(key, f"duplicate claim id {claim_id!r} ({places(first, key)})")

    def _references(self, index: int, node: Mapping) -> tuple[dict[Role, Reference], list[str]]:
        """The claim's references, and why any of them names a figure the source withholds."""
        place = f"claims[{index}]"
        entries = node.entries
        present = [(role, key) for role, key in _ROLE_KEYS if key in entries]
        for problem in role_problems([role for role, _ in present]):
            at = node.key_node(problem.key) if problem.key is not None else None
            self.problem(at or node, f"{place}: {problem.message}")
        references: dict[Role, Reference] = {}
        withheld = []
        for role, key in present:
            if role is Role.FIGURES:
                continue  # a list, read by _several
            value = entries[key][1]
            assert value is not None
            found = self._reference(f"{place}.{role.value}", value)
            if isinstance(found, Withheld):
                withheld.append(found.explain())
            elif found is not None:
                references[role] = Reference(
                    role=role,
                    written=text_of(value) or "",
                    figure=found.figure,
                    series=found.series,
                    location=Location(self.path, value.line, value.column),
                    lines=found.lines,
                )
        return references, withheld

    def _several(self, index: int, node: Mapping, withheld: list[str]) -> tuple[Reference, ...]:
        """The references of ``figures:``, a list of figures stated in one sentence."""
        items = node.get(Role.FIGURES.value)
        if not isinstance(items, Sequence):
            return ()  # absent, or reported by the structure check
        place = f"claims[{index}].figures"
        found = []
        for number, value in enumerate(items.items):
            resolved = self._reference(f"{place}[{number}]", value)
            if isinstance(resolved, Withheld):
                withheld.append(resolved.explain())
            elif resolved is not None:
                found.append(
                    Reference(
                        role=Role.FIGURES,
                        written=text_of(value) or "",
                        figure=resolved.figure,
                        series=resolved.series,
                        location=Location(self.path, value.line, value.column),
                        lines=resolved.lines,
                    )
                )
        return tuple(found)

    def _reference(self, place: str, value: Node) -> Resolved | Withheld | None:
        written = text_of(value)
        if written is None:
            if isinstance(value, Scalar):
                self.problem(value, f"{place} has no value")
            return None
        try:
            parsed = parse_reference(written)
        except BadReference as error:
            self.problem(value, f"{place}: {error}")
            return None
        try:
            return self._resolve(parsed)
        except _AtTheCell:
            return None
        except BadReference as error:
            if not self.sources.is_broken(parsed.source, parsed.name, parsed.label):
                self.problem(value, f"{place}: {error}")
            return None

    def lookup(self, written: str) -> Resolved | Withheld | None:
        """What a reference names; BadReference saying why it names nothing; None when that
        has been reported already (at a cell, or as a figure that could not be read)."""
        parsed = parse_reference(written)
        try:
            return self._resolve(parsed)
        except _AtTheCell:
            return None
        except BadReference:
            if self.sources.is_broken(parsed.source, parsed.name, parsed.label):
                return None
            raise

    def _resolve(self, parsed: ParsedReference) -> Resolved | Withheld:
        sources = self.sources
        table = sources.tables.get(parsed.source)
        if parsed.row is not None and parsed.column is not None:
            if table is None:
                if parsed.source in sources.sources:
                    raise BadReference(
                        f"source {parsed.source!r} has no table: a cell reference "
                        "source[row, column] needs table: (or csv:)"
                    )
                resolve(parsed, sources.sources, sources.figures, sources.series)
                raise BadReference(f"no source {parsed.source!r}")  # pragma: no cover
            found = table.cell(parsed.row, parsed.column)
            if found.withheld is not None:
                return found.withheld
            assert found.figure is not None
            series = without_changes(found.series, found.figure.label)
            return Resolved(found.figure, series, found.lines)
        if table is not None and parsed.label is not None:
            # A series label is a row label (a column series) or a column label (a row
            # series of a wide table): written as loosely as a cell reference's.
            row = table.table.find_row(parsed.label)
            column = table.table.find_column(parsed.label)
            if row.index is not None:
                parsed = replace(parsed, label=table.table.rows[row.index].label)
            elif column.index is not None:
                parsed = replace(parsed, label=table.table.columns[column.index].label)
        withheld = sources.withheld.get(str(parsed))
        if withheld is not None:
            return withheld
        unreadable = sources.unreadable.get(str(parsed))
        if isinstance(unreadable, Problem):
            # Reported at the cell, once, as a cell a claim file names is reported.
            if unreadable not in self.problems:
                self.problems.append(unreadable)
            raise _AtTheCell
        if unreadable is not None:
            raise BadReference(unreadable)
        resolved = resolve(parsed, sources.sources, sources.figures, sources.series)
        series = without_changes(resolved.series, resolved.figure.label)
        if series is not resolved.series:
            resolved = replace(resolved, series=series)
        if table is not None and parsed.label is not None and resolved.series is not None:
            lines = table.lines_of(parsed.name, parsed.label)
            if lines is not None:
                resolved = Resolved(resolved.figure, resolved.series, lines)
        return resolved

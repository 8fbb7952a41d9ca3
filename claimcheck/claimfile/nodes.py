"""Safe YAML reading that keeps where every value was written.

A claim file is composed from the YAML event stream into a small tree of nodes, each with its
1-based line and column, so that every problem found later can point into the file. Scalars
keep the text exactly as written ("4.20" stays "4.20"; no float ever stands in for a figure).

Reading is defensive, because claim files come from many hands:

- only plain YAML values are accepted (no Python tags or other custom tags);
- a key typed twice in one mapping is a problem naming both lines (plain YAML keeps the last
  silently, and a figure typed twice must not vanish);
- aliases are counted as they would expand, so an alias bomb is refused at once;
- nesting is limited in depth, so a hostile file cannot exhaust the stack.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

try:  # libyaml's parser is much faster; the pure-Python one reads the same YAML.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

from claimcheck.errors import Problem

MAX_DEPTH = 64
"""Deepest nesting of mappings and sequences accepted; a claim file needs about six."""

MAX_VALUES = 1_000_000
"""Most values a file may hold once its aliases are expanded."""

_CORE = "tag:yaml.org,2002:"
_KINDS = {f"{_CORE}{name}": name for name in ("null", "bool", "int", "float", "str", "timestamp")}
_COLLECTION_TAGS = {"map": f"{_CORE}map", "seq": f"{_CORE}seq"}
_RESOLVER = Resolver()
_STR = f"{_CORE}str"
# The first characters some implicit resolver (int, float, bool, null...) looks at. A plain
# value starting with any other character is text, unless a resolver looks at every value.
_IMPLICIT_FIRST = frozenset(_RESOLVER.yaml_implicit_resolvers)
_TEXT_BY_FIRST = (
    None not in _IMPLICIT_FIRST
    and not _RESOLVER.yaml_path_resolvers
    and _RESOLVER.DEFAULT_SCALAR_TAG == _STR
)


@dataclass(slots=True)
class Scalar:
    """A single value: ``text`` as written (quotes removed), ``kind`` its YAML type."""

    line: int
    column: int
    text: str
    kind: str  # null, bool, int, float, str or timestamp
    size: int = 1


@dataclass(slots=True)
class Sequence:
    line: int
    column: int
    items: list[Node] = field(default_factory=list)
    size: int = 1


@dataclass(slots=True)
class Mapping:
    """A mapping whose keys are the key text as written, in file order."""

    line: int
    column: int
    entries: dict[str, tuple[Scalar, Node]] = field(default_factory=dict)
    size: int = 1

    def get(self, key: str) -> Node | None:
        entry = self.entries.get(key)
        return None if entry is None else entry[1]

    def key_node(self, key: str) -> Scalar | None:
        entry = self.entries.get(key)
        return None if entry is None else entry[0]


Node = Scalar | Sequence | Mapping


class YamlError(Exception):
    """The text is not a readable YAML document; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


@dataclass(slots=True)
class Document:
    """A composed document and the problems noticed while composing it (duplicate keys)."""

    root: Node | None
    problems: list[Problem]


def compose(text: str, path: str) -> Document:
    """Compose ``text`` into nodes. Raises YamlError when it cannot be read at all."""
    return _Composer(path).run(text)


class _Composer:
    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.anchors: dict[str, Node] = {}
        self.open_anchors: set[str] = set()

    def fail(self, line: int, column: int, message: str) -> YamlError:
        return YamlError([*self.problems, Problem(self.path, line, column, message)])

    def run(self, text: str) -> Document:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            line, column = _position(text, error.start)
            code = ord(text[error.start])
            raise self.fail(line, column, f"U+{code:04X} is not a valid character") from None
        loader = _Loader(text)
        try:
            root = self._document(_events(loader))
        except yaml.MarkedYAMLError as error:
            raise self._from_yaml_error(error) from None
        except yaml.reader.ReaderError as error:
            line, column = _position(text, error.position)
            character = error.character
            code = character if isinstance(character, int) else ord(character[:1] or "\0")
            reason = f"character U+{code:04X} is not allowed in YAML ({error.reason})"
            raise self.fail(line, column, reason) from None
        except yaml.YAMLError as error:  # pragma: no cover - no other kinds are raised today
            raise self.fail(1, 1, f"not valid YAML: {error}") from None
        except StopIteration:  # pragma: no cover - the parser always ends its stream
            raise self.fail(1, 1, "not valid YAML: the text ends too soon") from None
        finally:
            loader.dispose()
        return Document(root, self.problems)

    def _from_yaml_error(self, error: yaml.MarkedYAMLError) -> YamlError:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        message = f"not valid YAML: {error.problem or error.context or 'unreadable'}"
        if error.context and error.problem and error.context_mark is not None:
            message += f" ({error.context} at line {error.context_mark.line + 1})"
        return self.fail(line, column, message)

    def _document(self, events: Iterator[Any]) -> Node | None:
        next(events)  # stream start
        event = next(events)
        if isinstance(event, yaml.StreamEndEvent):
            return None
        root = self._node(next(events), events, depth=1)
        next(events)  # document end
        event = next(events)
        if not isinstance(event, yaml.StreamEndEvent):
            mark = event.start_mark
            raise self.fail(
                mark.line + 1, mark.column + 1, "a claim file holds one YAML document, not several"
            )
        return root

    def _node(self, event: Any, events: Iterator[Any], depth: int) -> Node:
        mark = event.start_mark
        line, column = mark.line + 1, mark.column + 1
        if isinstance(event, yaml.AliasEvent):
            return self._alias(str(event.anchor), line, column)
        if depth > MAX_DEPTH:
            raise self.fail(line, column, f"values are nested more than {MAX_DEPTH} levels deep")
        anchor = event.anchor
        node: Node
        if isinstance(event, yaml.ScalarEvent):
            node = Scalar(line, column, event.value, self._scalar_kind(event, line, column))
        elif isinstance(event, yaml.SequenceStartEvent):
            self._check_collection_tag(event.tag, "seq", line, column)
            node = self._sequence(Sequence(line, column), anchor, events, depth)
        else:
            self._check_collection_tag(event.tag, "map", line, column)
            node = self._mapping(Mapping(line, column), anchor, events, depth)
        if anchor is not None:
            self.anchors[anchor] = node
        return node

    def _alias(self, anchor: str, line: int, column: int) -> Node:
        if anchor in self.open_anchors:
            raise self.fail(line, column, f"alias *{anchor} refers to a value that contains it")
        node = self.anchors.get(anchor)
        if node is None:
            raise self.fail(line, column, f"alias *{anchor} names no anchor (&{anchor}) above it")
        return node

    def _scalar_kind(self, event: Any, line: int, column: int) -> str:
        tag = event.tag
        if tag is None or tag == "!":
            tag = _resolve(event.value, event.implicit)
        kind = _KINDS.get(tag)
        if kind is None:
            raise self.fail(line, column, _tag_message(tag))
        return kind

    def _check_collection_tag(self, tag: str | None, kind: str, line: int, column: int) -> None:
        if tag is not None and tag != "!" and tag != _COLLECTION_TAGS[kind]:
            raise self.fail(line, column, _tag_message(tag))

    def _grow(self, parent: Sequence | Mapping, child: Node, line: int, column: int) -> None:
        parent.size += child.size
        if parent.size > MAX_VALUES:
            raise self.fail(
                line,
                column,
                f"the file expands to more than {MAX_VALUES:,} values "
                "(aliases repeated too often?); refusing to read it",
            )

    def _sequence(
        self, node: Sequence, anchor: str | None, events: Iterator[Any], depth: int
    ) -> Sequence:
        if anchor is not None:
            self.open_anchors.add(anchor)
        for event in events:
            if isinstance(event, yaml.SequenceEndEvent):
                break
            child = self._node(event, events, depth + 1)
            node.items.append(child)
            self._grow(node, child, node.line, node.column)
        self.open_anchors.discard(anchor or "")
        return node

    def _mapping(
        self, node: Mapping, anchor: str | None, events: Iterator[Any], depth: int
    ) -> Mapping:
        if anchor is not None:
            self.open_anchors.add(anchor)
        for event in events:
            if isinstance(event, yaml.MappingEndEvent):
                break
            key = self._node(event, events, depth + 1)
            value = self._node(next(events), events, depth + 1)
            self._grow(node, key, node.line, node.column)
            self._grow(node, value, node.line, node.column)
            self._add_entry(node, key, value)
        self.open_anchors.discard(anchor or "")
        return node

    def _add_entry(self, node: Mapping, key: Node, value: Node) -> None:
        if not isinstance(key, Scalar):
            self.problems.append(
                Problem(self.path, key.line, key.column, "a key must be a single plain value")
            )
            return
        if key.kind == "null" and not key.text:
            self.problems.append(Problem(self.path, key.line, key.column, "a key cannot be empty"))
            return
        first = node.entries.get(key.text)
        if first is not None:
            self.problems.append(
                Problem(
                    self.path,
                    key.line,
                    key.column,
                    f"duplicate key {key.text!r} ({places(first[0], key)}); "
                    "plain YAML would silently keep only the last",
                )
            )
            return
        node.entries[key.text] = (key, value)


def places(first: Scalar | Sequence | Mapping, second: Scalar | Sequence | Mapping) -> str:
    """Where a thing was written twice: "lines 8 and 12", or both columns of one line."""
    if first.line == second.line:
        return f"line {first.line}, columns {first.column} and {second.column}"
    return f"lines {first.line} and {second.line}"


def _events(loader: Any) -> Iterator[Any]:
    # The parser gives None only after the stream's end, which composing never reads past.
    return iter(loader.get_event, None)


def _resolve(value: str, implicit: tuple[bool, bool]) -> str:
    """The tag YAML's resolver gives a scalar written without one."""
    if _TEXT_BY_FIRST and implicit[0] and value and value[0] not in _IMPLICIT_FIRST:
        # Plain text whose first character starts no implicit type (number, bool, null...).
        return _STR
    return str(_RESOLVER.resolve(yaml.ScalarNode, value, implicit))  # type: ignore[no-untyped-call]


def _tag_message(tag: str) -> str:
    shown = "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag
    return f"tag {shown} is not allowed: claim files hold plain text, numbers, lists and mappings"


def _position(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of character ``index`` in ``text``."""
    index = max(0, min(index, len(text)))
    line = text.count("\n", 0, index) + 1
    start = text.rfind("\n", 0, index) + 1
    return line, index - start + 1


def plain(node: Node | None) -> Any:
    """The node as Python data for validation: mappings, lists, text, and None for null."""
    if node is None:
        return None
    if isinstance(node, Scalar):
        return None if node.kind == "null" else node.text
    if isinstance(node, Sequence):
        return [plain(item) for item in node.items]
    return {key: plain(value) for key, (_, value) in node.entries.items()}


_CONSTRUCTOR = SafeConstructor()


def json_like(node: Node | None) -> Any:
    """The node as JSON data, typed the way an editor's YAML 1.2 tooling reads it.

    Dates stay text (JSON has no dates); numbers, booleans and null are typed.
    """
    if node is None:
        return None
    if isinstance(node, Sequence):
        return [json_like(item) for item in node.items]
    if isinstance(node, Mapping):
        return {key: json_like(value) for key, (_, value) in node.entries.items()}
    if node.kind in ("str", "timestamp"):
        return node.text
    if node.kind == "null":
        return None
    scalar = yaml.ScalarNode(f"{_CORE}{node.kind}", node.text)
    constructor = getattr(_CONSTRUCTOR, f"construct_yaml_{node.kind}")
    return constructor(scalar)

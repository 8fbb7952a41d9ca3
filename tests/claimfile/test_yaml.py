"""The YAML layer: positions, text as written, duplicate keys, and refusing hostile input."""

from __future__ import annotations

import time

import pytest

from claimcheck.claimfile.nodes import (
    MAX_DEPTH,
    Mapping,
    Scalar,
    Sequence,
    YamlError,
    compose,
    json_like,
    plain,
)


def _root(text: str) -> Mapping:
    document = compose(text, "f.yaml")
    assert document.problems == []
    assert isinstance(document.root, Mapping)
    return document.root


def _error(text: str) -> str:
    with pytest.raises(YamlError) as caught:
        compose(text, "f.yaml")
    return str(caught.value)


def test_nodes_keep_their_line_and_column() -> None:
    root = _root("a:\n  b: [1, 22]\n  c: x\n")
    inner = root.get("a")
    assert isinstance(inner, Mapping)
    assert (inner.line, inner.column) == (2, 3)
    numbers = inner.get("b")
    assert isinstance(numbers, Sequence)
    assert [(item.line, item.column) for item in numbers.items] == [(2, 7), (2, 10)]
    key = inner.key_node("c")
    assert key is not None
    assert (key.line, key.column) == (3, 3)


@pytest.mark.parametrize(
    ("written", "text", "kind"),
    [
        ("4.20", "4.20", "float"),
        ("640", "640", "int"),
        ("'640'", "640", "str"),
        ("1e3", "1e3", "str"),  # YAML 1.1 needs a dot for a float; it stays text
        ("1.0e+3", "1.0e+3", "float"),
        ("12.5%", "12.5%", "str"),
        ("yes", "yes", "bool"),
        ("~", "~", "null"),
        ("", "", "null"),
        (".nan", ".nan", "float"),
        ("2017-03-10", "2017-03-10", "timestamp"),
        ("2011/12", "2011/12", "str"),
        ("!!str 2011", "2011", "str"),
    ],
)
def test_scalars_keep_the_text_as_written(written: str, text: str, kind: str) -> None:
    node = _root(f"v: {written}\n").get("v")
    assert isinstance(node, Scalar)
    assert (node.text, node.kind) == (text, kind)


def test_keys_are_text_in_file_order() -> None:
    root = _root("s: {2016: 640, 2011: 151, '2012-13': 1, q3: 2, possession: 3}\n")
    series = root.get("s")
    assert isinstance(series, Mapping)
    assert list(series.entries) == ["2016", "2011", "2012-13", "q3", "possession"]


def test_duplicate_keys_name_both_lines() -> None:
    document = compose("a:\n  x: 1\n  y: 2\n  x: 3\n", "f.yaml")
    assert [str(problem) for problem in document.problems] == [
        "f.yaml:4:3: duplicate key 'x' (lines 2 and 4); plain YAML would silently keep only "
        "the last"
    ]
    # The first value is kept; the problem stops the file from loading anyway.
    assert plain(document.root) == {"a": {"x": "1", "y": "2"}}


def test_duplicate_keys_on_one_line() -> None:
    document = compose("s: {2011: 1, 2011: 2}\n", "f.yaml")
    assert "line 1, columns 5 and 14" in str(document.problems[0])


def test_duplicates_are_found_at_any_depth() -> None:
    document = compose("a: [{b: {c: 1, c: 2}}]\nz: 1\nz: 2\n", "f.yaml")
    assert [(p.line, p.column) for p in document.problems] == [(1, 16), (3, 1)]


def test_aliases_share_the_anchored_value() -> None:
    root = _root("a: &x [1, 2]\nb: *x\n")
    assert plain(root) == {"a": ["1", "2"], "b": ["1", "2"]}


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    start = time.process_time()
    message = _error("\n".join(lines) + "\n")
    assert time.process_time() - start < 0.5
    assert "expands to more than 1,000,000 values" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: &x [*x]\n", "f.yaml:1:8: alias *x refers to a value that contains it"),
        ("a: *nowhere\n", "f.yaml:1:4: alias *nowhere names no anchor (&nowhere) above it"),
        ("a: !!python/object/apply:os.system [ls]\n", "tag !!python/object/apply:os.system"),
        ("a: !!binary aGVsbG8=\n", "tag !!binary is not allowed"),
        ("a: !custom x\n", "tag !custom is not allowed"),
        ("a: !!set {x: null}\n", "tag !!set is not allowed"),
        ("a: 1\n---\nb: 2\n", "f.yaml:2:1: a claim file holds one YAML document, not several"),
        ("a: [1, 2\n", "f.yaml:2:1: not valid YAML:"),
        ("a: b: c\n", "f.yaml:1:5: not valid YAML: mapping values are not allowed"),
        ("a:\n\tb: 1\n", "f.yaml:2:1: not valid YAML:"),
        ("a: '\x07'\n", "f.yaml:1:5: character U+0007 is not allowed in YAML"),
        ("a: '\ud800'\n", "f.yaml:1:5: U+D800 is not a valid character"),
    ],
)
def test_unreadable_or_unsafe_yaml(text: str, expected: str) -> None:
    assert expected in _error(text)


# PyYAML 6.0.4 and later refuse deep flow collections ("[[[[") while scanning, before the
# composer counts levels; either refusal is clear and fast.
DEPTH_REFUSED = (f"nested more than {MAX_DEPTH} levels deep", "exceeded maximum nesting depth")


@pytest.mark.parametrize("opening", ["[", "{a: ", "- "])
def test_deep_nesting_is_refused(opening: str) -> None:
    message = _error(opening * 100_000 + "x")
    assert any(refusal in message for refusal in DEPTH_REFUSED), message


def test_keys_must_be_plain_and_not_empty() -> None:
    document = compose("? [a, b]\n: 1\n? \n: 2\nok: 3\n", "f.yaml")
    assert [problem.message for problem in document.problems] == [
        "a key must be a single plain value",
        "a key cannot be empty",
    ]
    assert plain(document.root) == {"ok": "3"}


def test_an_empty_document_has_no_root() -> None:
    assert compose("# only a comment\n", "f.yaml").root is None


def test_json_like_types_values_as_an_editor_does() -> None:
    root = _root("a: 640\nb: 4.20\nc: '640'\nd: 2017-03-10\ne: yes\nf:\ng: [0x10]\n")
    assert json_like(root) == {
        "a": 640,
        "b": 4.2,
        "c": "640",
        "d": "2017-03-10",
        "e": True,
        "f": None,
        "g": [16],
    }

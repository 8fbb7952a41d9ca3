"""Turn validation errors into problems that point at the YAML the reporter wrote.

Each pydantic error carries a ``loc`` (the path of keys and list positions to the bad
value); it is followed through the composed YAML nodes to find the line and column. The
message is written from the error's type and context, never parsed out of pydantic's text.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence as Seq
from typing import Any

from pydantic import BaseModel, ValidationError

from claimcheck.claimfile.nodes import Mapping, Node, Scalar, Sequence
from claimcheck.claimfile.references import did_you_mean
from claimcheck.claimfile.schema import (
    ArticleSpec,
    ClaimFileSpec,
    ClaimSpec,
    PolicySpec,
    SourceSpec,
)
from claimcheck.errors import Problem

Loc = tuple[int | str, ...]

# Which model describes the mapping at each place in a claim file ("*" is any id or index).
_MODELS: dict[tuple[str, ...], type[BaseModel]] = {
    (): ClaimFileSpec,
    ("article",): ArticleSpec,
    ("sources", "*"): SourceSpec,
    ("claims", "*"): ClaimSpec,
    ("policy",): PolicySpec,
}
_WHAT = {
    (): "the claim file",
    ("article",): "article",
    ("sources", "*"): "a source",
    ("claims", "*"): "a claim",
    ("policy",): "policy",
}


def where(loc: Seq[int | str]) -> str:
    """A loc as the reporter reads it: ``claims[2].from``, ``sources.foi.figures``."""
    text = ""
    for part in loc:
        if part == "[key]":
            continue
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "the claim file"


def locate(root: Node, loc: Seq[int | str]) -> tuple[Node, Scalar | None]:
    """The deepest node along ``loc``, and the key node of its last step when it has one."""
    node: Node = root
    key: Scalar | None = None
    for part in loc:
        if part == "[key]":
            break
        if isinstance(node, Mapping) and isinstance(part, str) and part in node.entries:
            key, node = node.entries[part]
        elif isinstance(node, Sequence) and isinstance(part, int) and part < len(node.items):
            key, node = None, node.items[part]
        else:
            break
    return node, key


def _shape(loc: Seq[int | str]) -> tuple[str, ...]:
    if loc[:1] in (("sources",), ("claims",)) and len(loc) >= 2:
        return (str(loc[0]), "*", *(str(part) for part in loc[2:]))
    return tuple(str(part) for part in loc)


def _keys(model: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return repr(value)


def problems_from(
    error: ValidationError,
    root: Node,
    path: str,
    prefix: Loc = (),
    skip: frozenset[str] | set[str] = frozenset(),
) -> list[Problem]:
    """One problem per validation error (except those of a type in ``skip``), at its node."""
    problems = []
    items = error.errors(include_url=False)
    misspelt = _misspelt_required(items)
    for item in items:
        if item["type"] in skip or (item["type"] == "missing" and item["loc"] in misspelt):
            continue
        loc: Loc = (*prefix, *item["loc"])
        node = _position_node(root, item["type"], loc)
        value = node.text if isinstance(node, Scalar) and node.kind != "null" else item.get("input")
        message = _message(item["type"], loc, value, item.get("ctx") or {})
        problems.append(Problem(path, node.line, node.column, message))
    return problems


def _misspelt_required(items: Seq[Any]) -> set[Loc]:
    """Required keys that are missing only because they were misspelt (``qoute:``).

    The unknown key's problem already suggests the right spelling, so the missing key is not
    reported a second time.
    """
    suggested: set[Loc] = set()
    for item in items:
        if item["type"] != "extra_forbidden":
            continue
        loc = item["loc"]
        model = _MODELS.get(_shape(loc[:-1]))
        if model is not None:
            close = difflib.get_close_matches(str(loc[-1]), _keys(model), n=1, cutoff=0.6)
            suggested.update((*loc[:-1], word) for word in close)
    return suggested


def _position_node(root: Node, kind: str, loc: Loc) -> Node:
    node, key = locate(root, loc)
    if kind == "extra_forbidden" or "[key]" in loc:
        return key or node
    return node


def _message(kind: str, loc: Loc, value: Any, ctx: dict[str, Any]) -> str:
    place = where(loc)
    name = str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        parent = _shape(loc[:-1])
        model = _MODELS.get(parent)
        if model is None:
            return f"{place}: unknown key {name!r}"
        keys = _keys(model)
        hint = did_you_mean(name, keys) or f" (keys: {', '.join(keys)})"
        if not loc[:-1]:  # at the top level: "unknown key 'articel' in the claim file"
            return f"unknown key {name!r} in {_WHAT[parent]}{hint}"
        return f"{where(loc[:-1])}: unknown key {name!r} in {_WHAT[parent]}{hint}"
    if kind == "missing":
        return f"{where(loc[:-1])}: missing required key {name!r}"
    if "[key]" in loc:
        name = str(loc[-2])
        return (
            f"{where(loc[:-2])}: {name!r} cannot be used as a name: use letters, digits, _ and - "
            "(it is used in references such as source.figure)"
        )
    if kind == "string_type":
        return (
            f"{place} has no value"
            if value is None
            else f"{place} should be text, not {_kind(value)}"
        )
    if kind == "string_pattern_mismatch":
        return f"{place} is empty"
    if kind == "dict_type" or kind == "model_type":
        return f"{place} should be a mapping of keys and values, not {_kind(value)}"
    if kind == "list_type":
        return f"{place} should be a list (one '- ' item each), not {_kind(value)}"
    if kind.startswith("int_"):
        return f"{place} should be a whole number, not {_kind(value)}"
    error = ctx.get("error")
    if kind == "value_error" and error is not None:
        return f"{place}: {value!r} is not a valid value ({error})"
    return f"{place}: {value!r} is not a valid value ({kind.replace('_', ' ')})"

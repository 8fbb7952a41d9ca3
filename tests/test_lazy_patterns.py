"""Lazy patterns (``claimcheck.text.lazy``): a mistake in one shows at its first use, so every
pattern the package builds is compiled here, and each acts as the compiled pattern it stands for.
"""

from __future__ import annotations

import copy
import importlib
import pickle
import pkgutil
import re

import claimcheck
from claimcheck.engine.read.candidates import NUMBER_FAMILIES, TIME_FAMILIES
from claimcheck.engine.wording.templates import templates
from claimcheck.text.lazy import LazyPattern, lazy_pattern, made


def _import_everything() -> None:
    for module in pkgutil.walk_packages(claimcheck.__path__, "claimcheck."):
        if module.name != "claimcheck.__main__":
            importlib.import_module(module.name)


def test_every_lazy_pattern_in_the_package_compiles() -> None:
    _import_everything()
    templates(NUMBER_FAMILIES)  # the wording table's templates, built on demand
    templates(TIME_FAMILIES)
    built = made()
    assert len(built) > 200
    for pattern in built:
        assert isinstance(pattern.compiled(), re.Pattern), pattern


def test_a_lazy_pattern_acts_as_its_compiled_pattern() -> None:
    lazy = lazy_pattern(r"(?P<n>\d+) per cent", re.IGNORECASE)
    plain = re.compile(r"(?P<n>\d+) per cent", re.IGNORECASE)
    text = "Up 12 PER CENT, then 7 per cent."
    assert lazy.pattern == plain.pattern
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.sub("N", text) == plain.sub("N", text)
    assert lazy.flags == plain.flags
    assert lazy.groupindex == plain.groupindex
    match = lazy.search(text, 10)
    assert match is not None
    assert match.group("n") == "7"


def test_the_first_use_compiles_once_and_later_uses_call_the_compiled_pattern() -> None:
    lazy = LazyPattern(r"\d+")
    assert "search" not in vars(lazy)
    assert lazy.search("a 1") is not None
    assert vars(lazy)["search"].__self__ is re.compile(r"\d+")


def test_a_mistake_in_a_lazy_pattern_shows_at_its_first_use() -> None:
    lazy = lazy_pattern(r"(unclosed")
    try:
        lazy.search("text")
    except re.error:
        pass
    else:  # pragma: no cover - the pattern is wrong
        raise AssertionError("an unclosed group compiled")


def test_lazy_patterns_copy_and_pickle_as_their_source() -> None:
    lazy = lazy_pattern(r"\bup\b", re.IGNORECASE)
    assert lazy.search("UP") is not None
    for twin in (copy.deepcopy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert twin.pattern == lazy.pattern
        assert twin.flags == lazy.flags
        assert twin.search("it went up") is not None

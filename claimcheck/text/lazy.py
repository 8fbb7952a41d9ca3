"""Regular expressions compiled the first time they are used, not when a module is imported.

Python compiles a pattern in Python code, a few milliseconds for a long one, and claimcheck
holds a few hundred: compiling them all at import was most of a one-story check's start-up,
though a story uses a fraction of them. Write a pattern that lives as long as its module
(a module constant, a rule in a table, a template) as::

    from claimcheck.text.lazy import lazy_pattern

    _PERCENT = lazy_pattern(r"\\d+(?:\\.\\d+)?%", re.IGNORECASE)

and use it as a compiled pattern: ``_PERCENT.search(text)``, ``.finditer``, ``.sub``,
``.pattern``. The first use compiles it (``re.compile``) and puts the compiled pattern's
bound methods on the object, so later calls cost what a compiled pattern's do. Two rules:

- call its methods; never hand it to the ``re`` functions (``re.sub(_PERCENT, ...)``) or test
  ``isinstance(..., re.Pattern)``: it is not a ``re.Pattern`` until asked to act as one;
- a mistake in the pattern shows at its first use, not at import: ``made()`` lists every lazy
  pattern built so far, and ``tests/test_lazy_patterns.py`` compiles them all.

A pattern built inside a function for one call stays a plain ``re.compile`` (or a
``functools.cache``d one); a lazy one only pays off for patterns that may never be used.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["LazyPattern", "lazy_pattern", "made"]

# What a compiled pattern answers: put on the lazy pattern at its first use.
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)

_MADE: list[LazyPattern] = []


class LazyPattern:
    """A regular expression and its flags, compiled at the first use of any attribute."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self._flags = flags
        _MADE.append(self)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = re.compile(self.pattern, self._flags)
        for name in _ATTRIBUTES:
            setattr(self, name, getattr(compiled, name))
        return compiled

    def __getattr__(self, name: str) -> Any:
        # Called only for what the object does not hold yet: before the first use.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazy_pattern({self.pattern!r}, {self._flags!r})"


def lazy_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``source`` with ``flags`` as a pattern compiled at its first use (see the module)."""
    return cast("re.Pattern[str]", LazyPattern(source, flags))


def made() -> tuple[LazyPattern, ...]:
    """Every lazy pattern built so far, in the order they were built."""
    return tuple(_MADE)

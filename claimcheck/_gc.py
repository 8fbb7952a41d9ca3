"""Hold off Python's cyclic garbage collector while the command line checks claim files.

Loading and checking build many small objects that all live on (YAML nodes, figures,
findings). The collector is triggered by how many objects are made, and each full pass walks
every object alive, so a large claim file spent about a third of its load time in passes
that free nothing. Reference counting still frees everything else at once; whatever cycles
are left are collected as usual once the work is done.

The collector is the whole interpreter's, so only code that owns the process pauses it: the
``claimcheck`` command, and the worker processes of a parallel run. ``claimcheck.load`` and
``claimcheck.check`` never touch it; a newsroom's own program may wrap them in
``paused_gc()`` when it wants the same speed.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic collection inside the block; the collector's state is restored after."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()

"""The command holds off the cyclic garbage collector and always restores it; the library
never touches it, since it is the whole interpreter's."""

from __future__ import annotations

import gc

import pytest

import claimcheck
from claimcheck._gc import paused_gc
from claimcheck.errors import ClaimFileError


def test_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_after_an_error() -> None:
    with pytest.raises(RuntimeError), paused_gc():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_load_and_check_never_touch_the_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("the library must not switch the collector off")

    monkeypatch.setattr(gc, "disable", refuse)
    with pytest.raises(ClaimFileError):
        claimcheck.loads("claims: [")
    claim_file = claimcheck.loads(
        "sources:\n  s:\n    figures:\n      a: 10\n      b: 20\n"
        "claims:\n  - id: c\n    quote: doubled\n    from: s.a\n    to: s.b\n"
    )
    assert claimcheck.check(claim_file).summary.supported == 1
    assert gc.isenabled()

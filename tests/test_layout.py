"""The package stays readable: a small root, small modules, small functions (issue 9).

Limits: at most 10 modules at ``claimcheck/``'s root, no module of 450 lines or more, no
function or method above cyclomatic complexity 25 (radon). ``.ci/run`` also runs
``radon cc -n E claimcheck`` and fails when it prints anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "claimcheck"
MAX_ROOT_MODULES = 10
MAX_LINES = 450
MAX_COMPLEXITY = 25


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_the_root_holds_only_the_public_face() -> None:
    root_modules = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert len(root_modules) <= MAX_ROOT_MODULES, root_modules


def test_no_module_is_too_long() -> None:
    long = {
        _name(path): lines
        for path in _modules()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) >= MAX_LINES
    }
    assert not long, f"modules of {MAX_LINES} lines or more: {long}"


def test_no_function_is_too_complex() -> None:
    radon = pytest.importorskip("radon.complexity", reason="radon is in the test extra")
    complex_blocks = []
    for path in _modules():
        blocks = radon.add_inner_blocks(radon.cc_visit(path.read_text(encoding="utf-8")))
        for block in blocks:
            if block.complexity > MAX_COMPLEXITY:
                complex_blocks.append(f"{_name(path)}:{block.lineno} {block.fullname}")
    assert not complex_blocks, f"complexity above {MAX_COMPLEXITY}: {complex_blocks}"

"""docs/wording.md is generated from the wording table and must not go stale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from claimcheck.engine.wording import docs
from claimcheck.engine.wording.phrases import FAMILIES

ROOT = Path(__file__).resolve().parents[2]
REFRESH = "python -m claimcheck.engine.wording.docs > docs/wording.md"


def test_wording_reference_is_current() -> None:
    written = (ROOT / "docs" / "wording.md").read_text(encoding="utf-8")
    assert written == docs.render_markdown(), f"docs/wording.md is stale: run `{REFRESH}`"


def test_every_family_is_documented() -> None:
    text = docs.render_markdown()
    for family in FAMILIES:
        assert f"(`{family.id}`)" in text
        assert family.rule in text


def test_every_group_is_listed_once() -> None:
    grouped = [family.id for _, families in docs.GROUPS for family in families]
    assert sorted(grouped) == sorted(family.id for family in FAMILIES)


def test_wording_command_prints_the_table() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", "wording"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "quadrupled" in result.stdout
    for family in FAMILIES:
        assert f"[{family.id}]" in result.stdout


def test_wording_command_prints_the_markdown() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", "wording", "--format", "markdown"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == docs.render_markdown()


def test_module_writes_the_document() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck.engine.wording.docs"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == docs.render_markdown()

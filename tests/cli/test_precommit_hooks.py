"""The pre-commit hooks a repository of stories uses: which files they run on, and that their
command is one claimcheck has."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

from claimcheck.cli import build_parser

HOOKS = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("hook", HOOKS, ids=[hook["id"] for hook in HOOKS])
def test_hook_runs_on_claim_files_and_their_csv_sources(hook: dict[str, object]) -> None:
    files = re.compile(str(hook["files"]))
    for path in ("claims/story.yaml", "2017/03/claims/story.yml", "claims/foi-2017.csv"):
        assert files.search(path), path
    for path in ("docs/story.yaml", ".pre-commit-config.yaml", "claims/notes.md"):
        assert not files.search(path), path


@pytest.mark.parametrize("hook", HOOKS, ids=[hook["id"] for hook in HOOKS])
def test_hook_entry_is_a_claimcheck_command(hook: dict[str, object]) -> None:
    program, *arguments = shlex.split(str(hook["entry"]))
    assert program == "claimcheck"
    args = build_parser().parse_args([*arguments, "claims/story.yaml"])
    assert args.command == "check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True

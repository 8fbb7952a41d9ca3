"""A command imports what it runs and nothing else (docs/performance.md, "Start-up").

Each case runs the command in a fresh interpreter and reads the modules it left in
``sys.modules``: what is imported, never how long it took.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import contextlib, io, json, os, sys
from claimcheck.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[1:])
plugins = os.environ.get("PYDANTIC_DISABLE_PLUGINS")
print(json.dumps({"code": code, "modules": sorted(sys.modules), "plugins": plugins}))
"""

# Modules of other commands and of readers and renderers a plain-text check of a YAML claim
# file with CSV tables never needs.
_NOT_FOR_CHECK = (
    "claimcheck.cli.review",
    "claimcheck.cli.scan",
    "claimcheck.cli.draft",
    "claimcheck.cli.wording",
    "claimcheck.cli.schema",
    "claimcheck.article.drafting",
    "claimcheck.article.scan",
    "claimcheck.report.html",
    "claimcheck.report.json_report",
    "claimcheck.report.markdown",
    "claimcheck.claimfile.derived",
    "claimcheck.claimfile.expressions",
    "openpyxl",
    "docx",
    "jinja2",
    "multiprocessing",
)


def _run(*arguments: str, plugins: str | None = None) -> dict[str, object]:
    env = {name: value for name, value in os.environ.items() if name != "PYDANTIC_DISABLE_PLUGINS"}
    if plugins is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = plugins
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def _imported(modules: object, name: str) -> bool:
    assert isinstance(modules, list)
    return any(module == name or module.startswith(f"{name}.") for module in modules)


@pytest.fixture(scope="module")
def check_run() -> dict[str, object]:
    return _run("check", "claims/west-midlands-2016.yaml")


def test_check_runs(check_run: dict[str, object]) -> None:
    assert check_run["code"] == 0
    assert _imported(check_run["modules"], "claimcheck.cli.check")
    assert _imported(check_run["modules"], "claimcheck.engine.judge")


@pytest.mark.parametrize("name", _NOT_FOR_CHECK)
def test_check_leaves_alone(check_run: dict[str, object], name: str) -> None:
    assert not _imported(check_run["modules"], name)


def test_the_command_restores_the_plugin_setting(check_run: dict[str, object]) -> None:
    # The command turns pydantic's plugin search off only while it runs.
    assert check_run["plugins"] is None


def test_a_plugin_setting_of_the_environment_is_kept() -> None:
    # An empty value asks pydantic for every plugin: the command leaves it as it is.
    result = _run("check", "claims/west-midlands-2016.yaml", plugins="")
    assert result["code"] == 0
    assert result["plugins"] == ""


def test_scan_imports_no_pydantic_and_no_judging() -> None:
    result = _run("scan", "claims/example-article.txt")
    assert result["code"] == 0
    for name in (
        "pydantic",
        "yaml",
        "claimcheck.engine.judge",
        "claimcheck.claimfile",
        "claimcheck.cli.check",
    ):
        assert not _imported(result["modules"], name), name


def test_help_still_lists_every_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    for command in ("review", "check", "scan", "draft", "wording", "schema"):
        assert f"    {command}" in done.stdout

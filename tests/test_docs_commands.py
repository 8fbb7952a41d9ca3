"""Every command shown in README.md and docs/*.md is run, so the docs stay true.

The convention for writing docs (each Markdown file is read from top to bottom):

- A ```` ```console ```` block is a terminal session. Each line starting with ``$ `` is a
  command (a line ending in ``\\`` continues on the next); the lines after it, up to the next
  ``$ ``, are its output. Every output line shown must appear in what the command prints
  (stdout or stderr; runs of spaces count as one, ``...`` within a line matches anything, and a
  line that is only ``...`` or ``…`` is skipped). Show only the key lines.
- A ```` ```sh ````, ```` ```bash ```` or ```` ```shell ```` block holds commands with no
  prompt and no output; each line is run (blank lines and ``#`` comments are not).
- A command must exit 0 unless the doc says otherwise: with a comment at the end of the line,
  ``$ claimcheck check draft.yaml  # exit 1``, or in a console block by showing
  ``$ echo $?`` followed by the code.
- A block whose info string carries ``title="path"`` (for example
  ```` ```yaml title="claims/my-story.yaml" ````) is a file the reader saves: it is written to
  that path, relative to the repository root, before the commands that follow it run.
- Every other block (```` ```text ````, ```` ```yaml ````, ```` ```python ````, ```` ```json ````)
  is not run. Show a command that must not run in a test (one that needs the network or
  installs software) in a ```` ```text ```` block. Every block must name its language, so
  that no command goes unchecked by accident.
- ``pip install ...`` and ``python -m pytest ...`` lines are never run here: the README's two
  set-up commands install claimcheck and run this suite, and CI (``.ci/run``) runs them
  itself; running the suite from inside itself would only slow it down.

Commands run from the repository root, each in its own shell, in order, so a command may use
a file an earlier command in the same doc wrote. They run in a temporary copy of the
repository's ``claims/``, ``docs/``, ``benchmarks/`` and README, so the docs' relative paths
work and nothing in the work tree is written. ``claimcheck`` and ``python`` resolve to the
interpreter running the tests. The shared articles folder is linked beside the copy so that
``../shared/articles/...`` resolves as it does beside a checkout; a doc that uses it is
skipped, with the reason, where that folder is absent.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DOCS = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
COPIED = ("claims", "docs", "benchmarks", "README.md")
COMMAND_TIMEOUT = 120

SESSION_LANGUAGES = frozenset({"console", "shell-session"})
SCRIPT_LANGUAGES = frozenset({"sh", "bash", "shell"})
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
TITLE = re.compile(r"""\btitle=(?:"([^"]*)"|'([^']*)'|(\S+))""")
EXIT_COMMENT = re.compile(r"\s+#\s*exits?(?:\s+(?:with|code|status))*\s+(\d+)\s*$")
# Installing software and running this test suite are left to CI (see the module docstring).
NOT_RUN = re.compile(
    r"^(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*(?:python3?\s+-m\s+)?(?:pip3?\s+install|pytest)\b"
)


@dataclass(frozen=True)
class Block:
    """A fenced code block: where it starts, its info string and its lines."""

    doc: str
    line: int  # the line of the opening fence, 1-based
    info: str
    lines: tuple[str, ...]

    @property
    def language(self) -> str:
        return self.info.split()[0].lower() if self.info.split() else ""

    @property
    def title(self) -> str | None:
        match = TITLE.search(self.info)
        return None if match is None else next(group for group in match.groups() if group)


@dataclass(frozen=True)
class Command:
    """A command a doc shows, with the exit code and the output lines it promises."""

    doc: str
    line: int
    text: str
    exit_code: int = 0
    output: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        shown = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        return f"{self.doc}:{self.line}: {shown}"


@dataclass(frozen=True)
class SavedFile:
    """A block the reader saves to a file before running what follows."""

    doc: str
    line: int
    path: str
    text: str


Step = Command | SavedFile


def fenced_blocks(text: str, doc: str) -> Iterator[Block]:
    """The fenced code blocks of a Markdown text, indentation of list items removed."""
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        start, indent, fence = index, opening["indent"], opening["fence"]
        body: list[str] = []
        index += 1
        while index < len(lines):
            closing = FENCE.match(lines[index])
            if closing and closing["fence"].startswith(fence) and not closing["info"].strip():
                break
            line = lines[index]
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            index += 1
        else:
            raise ValueError(f"{doc}:{start + 1}: code block is never closed")
        yield Block(doc, start + 1, opening["info"].strip(), tuple(body))
        index += 1


def _joined(lines: tuple[str, ...], start: int, prompt: str) -> tuple[str, int]:
    """A command line with its ``\\`` continuations joined, and the index after it."""
    text = lines[start][len(prompt) :]
    index = start + 1
    while text.endswith("\\") and index < len(lines):
        following = lines[index]
        following = following[2:] if following.startswith("> ") else following
        text = text[:-1].rstrip() + " " + following.strip()
        index += 1
    return text.strip(), index


def _command(doc: str, line: int, text: str, output: tuple[str, ...] = ()) -> Command | None:
    if NOT_RUN.match(text):
        return None
    code = EXIT_COMMENT.search(text)
    exit_code = 0 if code is None else int(code.group(1))
    return Command(doc, line, text, exit_code, output)


def _session(block: Block) -> Iterator[Command]:
    """The commands of a ``console`` block with the output shown after each."""
    found: list[tuple[int, str, list[str]]] = []
    index = 0
    while index < len(block.lines):
        if block.lines[index].startswith("$ "):
            text, after = _joined(block.lines, index, "$ ")
            found.append((block.line + 1 + index, text, []))
            index = after
            continue
        if found:
            found[-1][2].append(block.lines[index])
        index += 1
    previous: Command | None = None
    for line, text, output in found:
        if text == "echo $?" and previous is not None:
            # "$ echo $?" then "1": the doc states the exit code of the command before it.
            shown = [item.strip() for item in output if item.strip()]
            if shown and shown[0].isdigit():
                previous = Command(
                    previous.doc, previous.line, previous.text, int(shown[0]), previous.output
                )
                continue
        if previous is not None:
            yield previous
        previous = _command(block.doc, line, text, tuple(output))
    if previous is not None:
        yield previous


def _script(block: Block) -> Iterator[Command]:
    """The commands of an ``sh`` block: every line that is not blank or a comment."""
    index = 0
    while index < len(block.lines):
        if not block.lines[index].strip() or block.lines[index].lstrip().startswith("#"):
            index += 1
            continue
        line = block.line + 1 + index
        text, index = _joined(block.lines, index, "")
        command = _command(block.doc, line, text)
        if command is not None:
            yield command


def steps(text: str, doc: str) -> list[Step]:
    """What a reader of the doc does, in order: files saved and commands run."""
    found: list[Step] = []
    for block in fenced_blocks(text, doc):
        if block.title is not None:
            found.append(SavedFile(doc, block.line, block.title, "\n".join(block.lines) + "\n"))
        elif block.language in SESSION_LANGUAGES:
            found.extend(_session(block))
        elif block.language in SCRIPT_LANGUAGES:
            found.extend(_script(block))
    return found


def output_matches(expected: str, actual_lines: list[str]) -> bool:
    """Whether a line the doc shows appears in the output (spaces collapsed, ``...`` free)."""
    words = " ".join(expected.split())
    if words in ("", "...", "…"):
        return True
    pattern = re.compile(".*".join(re.escape(part) for part in words.split("...")))
    return any(pattern.search(" ".join(line.split())) for line in actual_lines)


def _doc_name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


STEPS = {_doc_name(path): steps(path.read_text(encoding="utf-8"), _doc_name(path)) for path in DOCS}
COMMANDS = [step for doc_steps in STEPS.values() for step in doc_steps if isinstance(step, Command)]


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@dataclass
class DocRun:
    """The outcome of running one doc's steps in its own copy of the repository."""

    skipped: str | None = None
    results: dict[int, Ran] = field(default_factory=dict)


def _shims(folder: Path) -> Path:
    """A folder for PATH where ``claimcheck`` and ``python`` run the interpreter under test."""
    folder.mkdir()
    python = shlex.quote(sys.executable)
    for name, body in {
        "claimcheck": f'exec {python} -m claimcheck "$@"',
        "python": f'exec {python} "$@"',
        "python3": f'exec {python} "$@"',
    }.items():
        shim = folder / name
        shim.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        shim.chmod(shim.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return folder


def _copy(base: Path) -> Path:
    checkout = base / "main"
    checkout.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, checkout / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, checkout / name)
    if SHARED.is_dir():
        (base / "shared").symlink_to(SHARED, target_is_directory=True)
    return checkout


def run_doc(doc: str, base: Path) -> DocRun:
    doc_steps = STEPS[doc]
    uses_shared = any("../shared" in step.text for step in doc_steps)
    if uses_shared and not SHARED.is_dir():
        reason = f"{doc} uses ../shared/, and the shared folder is not beside this checkout"
        return DocRun(skipped=reason)
    checkout = _copy(base)
    env = {
        **os.environ,
        "PATH": f"{_shims(base / 'bin')}{os.pathsep}{os.environ.get('PATH', '')}",
        "NO_COLOR": "1",
        "COLUMNS": "100",
    }
    run = DocRun()
    for step in doc_steps:
        if isinstance(step, SavedFile):
            target = (checkout / step.path).resolve()
            if not target.is_relative_to(checkout.resolve()):
                raise ValueError(f"{step.doc}:{step.line}: title={step.path!r} leaves the checkout")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(step.text, encoding="utf-8")
            continue
        run.results[step.line] = _run(step.text, checkout, env)
    return run


def _run(command: str, cwd: Path, env: dict[str, str]) -> Ran:
    try:
        result = subprocess.run(
            ["bash", "-c", command],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Ran(-1, "", f"still running after {COMMAND_TIMEOUT} s; stopped")
    return Ran(result.returncode, result.stdout, result.stderr)


@pytest.fixture(scope="session")
def doc_run(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], DocRun]:
    """Runs each doc once, on first use, and keeps every command's outcome."""
    runs: dict[str, DocRun] = {}

    def get(doc: str) -> DocRun:
        if doc not in runs:
            runs[doc] = run_doc(doc, tmp_path_factory.mktemp("docs"))
        return runs[doc]

    return get


@pytest.mark.parametrize("command", COMMANDS, ids=[command.id for command in COMMANDS])
def test_command_in_docs(command: Command, doc_run: Callable[[str], DocRun]) -> None:
    run = doc_run(command.doc)
    if run.skipped is not None:
        pytest.skip(run.skipped)
    ran = run.results[command.line]
    printed = f"stdout:\n{ran.stdout}\nstderr:\n{ran.stderr}"
    assert ran.returncode == command.exit_code, (
        f"{command.doc}:{command.line}: `{command.text}` exited {ran.returncode}, "
        f"the doc says {command.exit_code}\n{printed}"
    )
    actual = (ran.stdout + "\n" + ran.stderr).splitlines()
    missing = [line for line in command.output if not output_matches(line, actual)]
    assert not missing, (
        f"{command.doc}:{command.line}: `{command.text}` did not print these lines the doc "
        f"shows:\n" + "\n".join(missing) + f"\n{printed}"
    )


@pytest.mark.parametrize("doc", DOCS, ids=[_doc_name(path) for path in DOCS])
def test_every_block_names_its_language(doc: Path) -> None:
    unnamed = [
        f"{block.doc}:{block.line}"
        for block in fenced_blocks(doc.read_text(encoding="utf-8"), _doc_name(doc))
        if not block.language
    ]
    assert not unnamed, f"code blocks without a language (say text, console, yaml...): {unnamed}"


def test_the_tutorial_shows_commands() -> None:
    # A guard against the reader above silently finding nothing.
    assert sum(command.doc == "docs/tutorial.md" for command in COMMANDS) >= 5


# The reader of the convention itself -----------------------------------------------------------

SAMPLE = """\
# A doc

```sh
pip install .
claimcheck check claims/a.yaml
CLAIMCHECK_REFRESH_GOLDEN=1 python -m pytest tests/report/test_report_text.py
```

```yaml title="claims/b.yaml"
claims: []
```

```console
$ claimcheck check claims/b.yaml \\
>   --strict  # exit 1
contradicted   c1   "more than quintupled"
...
$ claimcheck scan story.txt
$ echo $?
2
```

```text
$ claimcheck check not-run.yaml
```
"""


def test_steps_follow_the_convention() -> None:
    found = steps(SAMPLE, "sample.md")
    assert found == [
        Command("sample.md", 5, "claimcheck check claims/a.yaml"),
        SavedFile("sample.md", 9, "claims/b.yaml", "claims: []\n"),
        Command(
            "sample.md",
            14,
            "claimcheck check claims/b.yaml --strict  # exit 1",
            1,
            ('contradicted   c1   "more than quintupled"', "..."),
        ),
        Command("sample.md", 18, "claimcheck scan story.txt", 2, ()),
    ]


def test_indented_blocks_and_unclosed_fences() -> None:
    listed = "1. Run it:\n\n   ```console\n   $ claimcheck --version\n   claimcheck 0.1\n   ```\n"
    assert steps(listed, "list.md") == [
        Command("list.md", 4, "claimcheck --version", 0, ("claimcheck 0.1",))
    ]
    with pytest.raises(ValueError, match="never closed"):
        list(fenced_blocks("text\n```sh\nclaimcheck check\n", "open.md"))


@pytest.mark.parametrize(
    ("expected", "matches"),
    [
        ("supported  crimes-quadrupled", True),
        ("supported crimes-...-quadrupled", False),
        ("more than ... 4.24×", True),
        ("...", True),
        ("contradicted", False),
    ],
)
def test_output_lines_match_loosely(expected: str, matches: bool) -> None:
    actual = ["supported     crimes-quadrupled  more than quadrupled: 640 / 151 = 4.24×"]
    assert output_matches(expected, actual) is matches


def test_a_doc_using_the_shared_folder_is_skipped_without_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    doc = "docs/uses-shared.md"
    text = "```console\n$ claimcheck scan ../shared/articles/story.txt\n```\n"
    monkeypatch.setitem(STEPS, doc, steps(text, doc))
    monkeypatch.setattr(sys.modules[__name__], "SHARED", tmp_path / "no-shared-here")
    run = run_doc(doc, tmp_path)
    assert run.skipped is not None
    assert "shared folder is not beside this checkout" in run.skipped
    assert run.results == {}

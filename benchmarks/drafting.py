"""How well ``claimcheck draft`` links an article's numbers to its tables, on real articles.

Run ``python benchmarks/drafting.py [SET_DIR]`` from the repository root, in the environment
whose ``claimcheck`` you mean to measure. SET_DIR defaults to ``../shared/realworld`` (one
folder per published article with its release tables and a hand-written ``gold.yaml``).

The scoring is the development set's own scorer, ``../shared/tools/draft_score.py``: it drafts
each article with no hand edits (from the table files when this claimcheck reads them, else
from the gold file's sources only, never its claims), checks the draft, and compares it claim
by claim with the gold file. This script runs it and prints, per article and overall:

- linked: gold claims whose drafted claim references figures of the same values in the same
  roles;
- verdict right: gold claims whose drafted claim gets the verdict the gold file expects;
- false supported: drafted claims judged supported where the gold file expects contradicted
  or needs review. This one must stay 0.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_LINE = re.compile(
    r"^(?P<name>\S+): claims=(?P<claims>\d+) linked=(?P<linked>\d+) "
    r"verdict_right=(?P<right>\d+) false_supported=(?P<false>\d+) drafted=\d+ "
    r"sources=(?P<mode>\S+)(?P<error> ERROR .*)?$"
)


@dataclass(frozen=True)
class Row:
    name: str
    claims: int
    linked: int
    right: int
    false_supported: int
    mode: str
    error: str


def parse(output: str) -> list[Row]:
    """The scorer's per-article lines as rows."""
    rows = []
    for line in output.splitlines():
        match = _LINE.match(line.strip())
        if match is not None:
            rows.append(
                Row(
                    match["name"],
                    int(match["claims"]),
                    int(match["linked"]),
                    int(match["right"]),
                    int(match["false"]),
                    match["mode"],
                    (match["error"] or "").strip(),
                )
            )
    return rows


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   n/a"


def table(rows: list[Row]) -> str:
    """Linked, verdict right and false supported per article and overall."""
    width = max([len(row.name) for row in rows] + [7])
    lines = [
        f"{'article':<{width}}  claims  linked          verdict right   false supported  sources"
    ]
    for row in rows:
        lines.append(
            f"{row.name:<{width}}  {row.claims:6}  {row.linked:3} {_pct(row.linked, row.claims)}"
            f"    {row.right:3} {_pct(row.right, row.claims)}    {row.false_supported:15}  "
            f"{row.mode}{'  ' + row.error if row.error else ''}"
        )
    claims = sum(row.claims for row in rows)
    linked = sum(row.linked for row in rows)
    right = sum(row.right for row in rows)
    false = sum(row.false_supported for row in rows)
    lines.append(
        f"{'overall':<{width}}  {claims:6}  {linked:3} {_pct(linked, claims)}"
        f"    {right:3} {_pct(right, claims)}    {false:15}"
    )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    set_dir = Path(argv[1]) if len(argv) > 1 else SHARED / "realworld"
    scorer = SHARED / "tools" / "draft_score.py"
    claimcheck = shutil.which("claimcheck")
    if not set_dir.is_dir() or not scorer.is_file() or claimcheck is None:
        print(f"needs {set_dir}, {scorer} and claimcheck on PATH", file=sys.stderr)
        return 2
    result = subprocess.run(
        [sys.executable, str(scorer), str(set_dir), claimcheck],
        capture_output=True,
        text=True,
        check=False,
    )
    rows = parse(result.stdout)
    if not rows:
        print(result.stdout + result.stderr, file=sys.stderr)
        return 2
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

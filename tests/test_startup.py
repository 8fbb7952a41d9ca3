"""A lean start: ``claimcheck scan`` loads neither pydantic nor the checking engine (the
scanner may use plain tables from it, such as the names it sets aside)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_scan_imports_neither_pydantic_nor_the_engine(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Burglaries rose by 12% to 3,400 in 2016.\n", encoding="utf-8")
    code = (
        "import sys; from claimcheck.cli import main; "
        f"code = main(['scan', {str(article)!r}]); "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic' "
        "or m.startswith(('claimcheck.engine.checker', 'claimcheck.engine.read.reader', "
        "'claimcheck.engine.judge', 'claimcheck.model', 'claimcheck.claimfile'))); "
        "print(code, heavy, file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "3,400" in done.stdout
    assert done.stderr.strip() == "0 []"

"""A fall stated against a change figure with no sign (engine/judge/value.py).

"Bus journeys fell by 3%" against a cell of 3 in a line of changes: where the line writes its
falls as negative numbers, 3 is a rise (contradicted); where it holds no negative number it
may list the sizes of falls or only rises (needs review); a line named for falls gives their
sizes (supported). Never supported on a cell that may be a rise. The sentences and tables are
the project's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.claimfile.loader import loads
from claimcheck.engine import check
from claimcheck.model import Verdict

SIGNED = "Mode,Change (%)\nBus,3\nRail,-5\nTram,2\n"
UNSIGNED = "Mode,Change (%)\nBus,3\nRail,5\nTram,2\n"
FALLS = "Mode,Decrease (%)\nBus,3\nRail,5\nTram,2\n"


def _verdict(tmp_path: Path, table: str, quote: str, ref: str) -> Verdict:
    (tmp_path / "modes.csv").write_text(table, encoding="utf-8")
    text = (
        "sources:\n  modes:\n    title: journeys by mode\n    table: modes.csv\n"
        f'claims:\n  - id: one\n    quote: "{quote}"\n    figure: {ref}\n'
    )
    claim_file = loads(text, base_dir=tmp_path)
    return check(claim_file).claims[0].verdict


@pytest.mark.parametrize(
    ("table", "quote", "ref", "verdict", "why"),
    [
        (SIGNED, "bus journeys fell by 3%", "modes.change[Bus]", Verdict.CONTRADICTED,
         "the line writes falls as negatives, so +3 is a rise"),
        (SIGNED, "rail journeys fell by 5%", "modes.change[Rail]", Verdict.SUPPORTED,
         "-5 is a fall of 5"),
        (SIGNED, "bus journeys rose by 3%", "modes.change[Bus]", Verdict.SUPPORTED,
         "+3 is a rise of 3"),
        (UNSIGNED, "bus journeys fell by 3%", "modes.change[Bus]", Verdict.NEEDS_REVIEW,
         "no negative anywhere: the line may give sizes of falls, or only rises"),
        (FALLS, "bus journeys fell by 3%", "modes.decrease[Bus]", Verdict.SUPPORTED,
         "a line named for decreases gives their sizes"),
        # The converse: an unsigned number after words of a fall, against a negative cell.
        (SIGNED, "rail lost passengers, the total down (5%)", "modes.change[Rail]",
         Verdict.SUPPORTED, "the words give the sign, the number the size"),
        (SIGNED, "rail, losing 5% on the year", "modes.change[Rail]", Verdict.SUPPORTED,
         "losing 5% is a change of -5"),
        (SIGNED, "rail journeys stood at 5%", "modes.change[Rail]", Verdict.CONTRADICTED,
         "no word of a fall: 5 is not -5"),
        (SIGNED, "rail journeys rose by 5%", "modes.change[Rail]", Verdict.CONTRADICTED,
         "a rise against a fall"),
    ],
)  # fmt: skip
def test_fall_against_a_change_cell(
    tmp_path: Path, table: str, quote: str, ref: str, verdict: Verdict, why: str
) -> None:
    assert _verdict(tmp_path, table, quote, ref) is verdict, why

"""The Markdown report: summary, table, notes and sources, with claim-file text escaped."""

from __future__ import annotations

import pytest
from _report_samples import sample_report

from claimcheck.report.markdown import escape, render


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("640 / 151 = 4.24×", "640 / 151 = 4.24×"),
        ("a | b", "a \\| b"),
        ("*bold* _it_", "\\*bold\\* \\_it\\_"),
        ("[link](https://x)", "\\[link\\](https\u2060://x)"),
        ("![img](x)", "!\\[img\\](x)"),
        ("`code`", "\\`code\\`"),
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("&amp;", "&amp;amp;"),
        ("~~gone~~", "\\~\\~gone\\~\\~"),
        ("$1.5 million to $2m", "\\$1.5 million to \\$2m"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines\t here", "two lines here"),
    ],
)
def test_escape(text: str, escaped: str) -> None:
    assert escape(text) == escaped


def test_summary_line_first() -> None:
    first = render(sample_report()).splitlines()[0]
    assert first == (
        "**claimcheck 0.1.0**: 6 claims: 2 supported, 1 needs review, 1 contradicted, 2 unsourced"
    )


def test_a_table_row_per_claim_with_verdict_quote_and_working() -> None:
    lines = render(sample_report()).splitlines()
    rows = [line for line in lines if line.startswith("| ") and "---" not in line]
    assert len(rows) == 1 + 6
    assert rows[0] == "| Verdict | Claim | Quote | Working |"
    assert rows[1].startswith("| ✅ supported | **crimes-quadrupled**<br>claims/sample.yaml:12 |")
    assert "more than quadrupled: 640 / 151 = 4.24×" in rows[1]
    assert rows[3].startswith("| ❌ contradicted | **arrests-halved**")
    assert rows[4].startswith("| ⚠️ needs review |")
    assert all(row.count(" | ") == 3 for row in rows)


def test_notes_unchecked_numbers_and_sources_with_provenance() -> None:
    output = render(sample_report())
    assert "### Notes\n\n- **distribution-24-fold**: small base" in output
    assert "- **team-officers** (reporter): From the police statement" in output
    assert "### Numbers no claim checks\n\n- “1,200” (count) on line 7" in output
    assert (
        "- **foi**: West Midlands Police, FOI response, indecent images of children offences, "
        "https://example.org/foi, retrieved 2017-03-01\n"
        "  - foi.crimes\\_recorded\\[2011\\] = 151\n"
    ) in output


def test_hostile_strings_stay_text() -> None:
    output = render(sample_report(hostile=True))
    assert "<script" not in output
    assert "<img" not in output
    assert "&lt;script&gt;" in output

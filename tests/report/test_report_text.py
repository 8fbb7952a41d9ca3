"""The text report: a verdict per claim, the working, notes, and a summary line."""

from __future__ import annotations

from _report_samples import sample_report

from claimcheck.model import Finding, Report, Verdict
from claimcheck.report.text import render


def test_each_claim_has_its_verdict_quote_and_working() -> None:
    output = render(sample_report())
    assert "SUPPORTED     crimes-quadrupled  claims/sample.yaml:12" in output
    assert "  “has more than quadrupled over the last five years”" in output
    assert "  - more than quadrupled: 640 / 151 = 4.24×, more than 4× (supported)" in output
    assert "  - 2011 → 2016 is five years (supported)" in output
    assert "CONTRADICTED  arrests-halved" in output
    assert "NEEDS REVIEW  possession-share" in output
    assert "UNSOURCED     team-officers" in output


def test_notes_figures_and_reporters_notes_are_shown() -> None:
    output = render(sample_report())
    assert "  from  foi.crimes_recorded[2011] = 151\n" in output
    assert "  to    foi.crimes_recorded[2016] = 640\n" in output
    assert "  note: small base: 12 is fewer than 30" in output
    assert "  reporter's note: From the police statement" in output


def test_the_last_line_is_the_summary() -> None:
    last = render(sample_report()).splitlines()[-1]
    assert last == "6 claims: 2 supported, 1 needs review, 1 contradicted, 2 unsourced"


def test_unchecked_numbers_are_listed_with_their_article_line() -> None:
    output = render(sample_report())
    assert "Numbers in the article that no claim checks:\n  line 7: 1,200 (count)" in output
    assert "no claim checks" not in render(sample_report(article=False))


def test_no_colour_unless_asked() -> None:
    assert "\x1b" not in render(sample_report())


def test_colour_paints_verdicts_and_resets() -> None:
    output = render(sample_report(), color=True)
    assert "\x1b[32mSUPPORTED   \x1b[0m" in output
    assert "\x1b[1;31mCONTRADICTED\x1b[0m" in output
    # The summary takes the colour of the worst verdict.
    assert output.splitlines()[-1].startswith("\x1b[1;31m6 claims")


def test_control_characters_from_a_claim_file_are_shown_not_obeyed() -> None:
    finding = Finding(
        id="evil\x1b[2J",
        quote="rose\x1b]0;title\x07 by half\nnext line",
        verdict=Verdict.UNSOURCED,
        explanation="no figure\x9b",
    )
    output = render(Report.of([finding]))
    assert "\x1b" not in output
    assert "\x07" not in output
    assert "\x9b" not in output
    assert "evil\\x1b[2J" in output
    assert "“rose\\x1b]0;title\\x07 by half next line”" in output


def test_a_claim_without_a_file_has_no_location() -> None:
    finding = Finding(id="c", quote="q", verdict=Verdict.UNSOURCED, explanation="")
    assert render(Report.of([finding])).splitlines()[2] == "UNSOURCED     c"


def test_a_spreadsheet_figure_names_its_cell() -> None:
    from claimcheck.model import FigureUse, Finding, Report, Verdict

    use = FigureUse(
        ref="foi.crimes[2016]",
        role="figure",
        value="640",
        source="foi",
        cell="foi.csv row 3, column 'Crimes'",
    )
    finding = Finding(
        id="c", quote="640 crimes", verdict=Verdict.SUPPORTED, explanation="ok", sources=[use]
    )
    output = render(Report.of([finding]))
    assert "  figure  foi.crimes[2016] = 640 (foi.csv row 3, column 'Crimes')" in output


def test_an_article_with_every_number_checked_says_so() -> None:
    assert "Every statistical number in the article is checked" not in render(
        sample_report(article=False)
    )
    report = sample_report()
    covered = report.model_copy(update={"unchecked": []})
    assert "Every statistical number in the article is checked by a claim." in render(covered)


def test_lines_wrap_to_a_terminal_width_with_a_hanging_indent() -> None:
    wide = render(sample_report())
    narrow = render(sample_report(), width=60)
    assert max(len(line) for line in wide.splitlines()) > 60
    body = [line for line in narrow.splitlines() if line.startswith("  ")]
    assert all(len(line) <= 60 or " " not in line.strip() for line in body)
    # The words are the same; only the line breaks differ.
    assert narrow.split() == wide.split()
    continued = [line for line in narrow.splitlines() if line.startswith("    ")]
    assert continued, "long working lines continue under their first word"

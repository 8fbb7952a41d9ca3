"""check() and verify(): the West Midlands claim file, findings, notes and bad input."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import claimcheck
from claimcheck.claimfile.records import Article, Claim, ClaimFile, Figure, Reference, Role, Source
from claimcheck.engine import check, verify
from claimcheck.engine import checker as _check
from claimcheck.model import Quantity, Verdict
from claimcheck.numbers.number import parse_number

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def west_midlands() -> claimcheck.Report:
    return check(claimcheck.load(ROOT / "claims" / "west-midlands-2016.yaml"))


def by_id(report: claimcheck.Report, claim_id: str) -> claimcheck.Finding:
    return next(finding for finding in report.claims if finding.id == claim_id)


def test_west_midlands_verdicts(west_midlands: claimcheck.Report) -> None:
    verdicts = {finding.id: finding.verdict for finding in west_midlands.claims}
    assert verdicts == {
        "crimes-quadrupled": Verdict.SUPPORTED,
        "crimes-640": Verdict.SUPPORTED,
        "arrests-691": Verdict.SUPPORTED,
        "distribution-24-fold": Verdict.SUPPORTED,
        "most-common-offence": Verdict.UNSOURCED,
        "team-officers": Verdict.UNSOURCED,
        "warrants": Verdict.UNSOURCED,
        "arrests-since-june": Verdict.UNSOURCED,
    }
    assert west_midlands.summary.contradicted == 0


def test_quadrupled_is_shown_at_424(west_midlands: claimcheck.Report) -> None:
    finding = by_id(west_midlands, "crimes-quadrupled")
    first = finding.statements[0]
    assert first.explanation == (
        "more than quadrupled: 640 / 151 = 4.24×, more than 4× (supported)"
    )
    assert first.computed == "4.24×"
    assert first.exact == "640/151"
    assert first.quantity is Quantity.RATIO
    assert first.rule_id == "multiple-rise.more-than"
    assert finding.quote[first.start : first.end] == "more than quadrupled"
    period = finding.statements[1]
    assert period.quantity is Quantity.PERIOD
    assert period.verdict is Verdict.SUPPORTED
    assert "2011 → 2016 is five years" in period.explanation
    assert not any(note.startswith("Understated") for note in finding.notes)


def test_understated_note() -> None:
    finding = verify("more than doubled", before=151, after=640)
    assert finding.verdict is Verdict.SUPPORTED
    assert any("more than quadrupled" in note for note in finding.notes), finding.notes


def test_distribution_is_a_24_fold_rise(west_midlands: claimcheck.Report) -> None:
    finding = by_id(west_midlands, "distribution-24-fold")
    assert "12 → 288 is a 24× rise (+2,300%)" in finding.explanation
    assert any(note.startswith("Small base") for note in finding.notes)
    stated = [statement.stated for statement in finding.statements]
    assert stated == ["increased", "12", "288"]


def test_labels_are_not_claims(west_midlands: claimcheck.Report) -> None:
    finding = by_id(west_midlands, "crimes-640")
    assert [statement.stated for statement in finding.statements] == ["640", "151"]


def test_findings_carry_file_line_and_sources(west_midlands: claimcheck.Report) -> None:
    finding = by_id(west_midlands, "crimes-640")
    assert finding.file == "claims/west-midlands-2016.yaml" or finding.file.endswith(
        "west-midlands-2016.yaml"
    )
    assert finding.line is not None
    roles = {use.role: use for use in finding.sources}
    assert roles["from"].value == "151"
    assert roles["to"].ref == "foi.crimes_recorded[2016]"
    assert roles["to"].publisher == "West Midlands Police"
    assert [source.id for source in west_midlands.sources] == ["foi"]
    assert west_midlands.sources[0].file == finding.file
    assert west_midlands.articles[0].title is not None


def test_unsourced_keeps_the_reporters_note(west_midlands: claimcheck.Report) -> None:
    finding = by_id(west_midlands, "warrants")
    assert finding.note is not None
    assert "almost 140" in finding.explanation


def test_findings_in_file_order(west_midlands: claimcheck.Report) -> None:
    assert [finding.id for finding in west_midlands.claims][:2] == [
        "crimes-quadrupled",
        "crimes-640",
    ]


def _figure(source: Source, name: str, text: str, label: str | None = None) -> Figure:
    number = parse_number(text)
    assert number is not None
    return Figure(source, name, label, number)


def test_internal_error_becomes_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(_check, "_check", broken)
    source = Source("s")
    claim = Claim(
        "c", "doubled", {Role.FIGURE: Reference(Role.FIGURE, "s.x", _figure(source, "x", "4"))}
    )
    report = check(ClaimFile("f.yaml", (claim,), {"s": source}))
    assert report.claims[0].verdict is Verdict.NEEDS_REVIEW
    assert "boom" in report.claims[0].explanation


def test_says_is_checked_instead_of_the_quote() -> None:
    source = Source("s")
    before = Reference(Role.FROM, "s.x[a]", _figure(source, "x", "100", "a"))
    after = Reference(Role.TO, "s.x[b]", _figure(source, "x", "205", "b"))
    claim = Claim("c", "soared to a new level", {Role.FROM: before, Role.TO: after}, says="doubled")
    file = ClaimFile("f.yaml", (claim,), {"s": source}, article=Article(title="T"))
    finding = check(file).claims[0]
    assert finding.verdict is Verdict.SUPPORTED
    assert finding.quote == "soared to a new level"
    assert finding.statements[0].stated == "doubled"


@pytest.mark.parametrize(
    "given",
    [640, "640", Decimal("640"), Fraction(640), "640.0"],
)
def test_verify_accepts_exact_numbers(given: object) -> None:
    assert verify("more than quadrupled", before=151, after=given).verdict is Verdict.SUPPORTED  # type: ignore[arg-type]


def test_verify_refuses_floats() -> None:
    with pytest.raises(TypeError, match="float"):
        verify("doubled", before=1.0, after=2)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        verify("doubled", before=True, after=2)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["nan", "inf", "-inf", "lots", "", Decimal("NaN")])
def test_verify_refuses_what_is_not_a_number(bad: object) -> None:
    with pytest.raises(ValueError, match="number"):
        verify("doubled", before=bad, after=2)  # type: ignore[arg-type]


def test_verify_without_numbers_is_unsourced() -> None:
    finding = verify("a dedicated team consisting of 25 officers")
    assert finding.verdict is Verdict.UNSOURCED
    assert "25" in finding.explanation


def test_verify_with_percentages_and_money() -> None:
    assert verify("a detection rate of 12.5%", value="12.5%").verdict is Verdict.SUPPORTED
    assert verify("£3.7m", value="£3.7m").verdict is Verdict.SUPPORTED
    assert verify("rose by 5%", before="20%", after="25%").verdict is Verdict.NEEDS_REVIEW
    assert verify("rose by 5%, relatively", before="20%", after="25%").verdict is (
        Verdict.CONTRADICTED
    )


def test_every_number_is_accounted_for() -> None:
    finding = verify("640 crimes, up from 151, and 200 arrests", before=151, after=640)
    assert finding.verdict is Verdict.NEEDS_REVIEW
    assert "200: matches no referenced figure" in finding.explanation


def test_quote_without_numbers_needs_review() -> None:
    finding = verify("a shocking increase in child image crimes", value=640)
    assert finding.verdict is Verdict.NEEDS_REVIEW


def test_notes_do_not_change_verdicts() -> None:
    finding = verify("a 2,300% increase", before=12, after=288)
    assert finding.verdict is Verdict.SUPPORTED
    assert any("24-fold" in note for note in finding.notes)
    assert any(note.startswith("Small base") for note in finding.notes)


def test_times_more_note() -> None:
    finding = verify("four times more crimes", before=150, after=600)
    assert finding.verdict is Verdict.SUPPORTED
    assert any("5×" in note for note in finding.notes)


def test_precision_overstated_note() -> None:
    finding = verify("up 323.84%", before=151, after=640)
    assert finding.verdict is Verdict.SUPPORTED
    assert any(note.startswith("Precision overstated") for note in finding.notes)


def test_could_flip_note() -> None:
    # 2.0 and 4.1 (rounded by the source): the ratio could be below or above 2.
    finding = verify("more than doubled", before="2.0", after="4.1")
    assert finding.verdict is Verdict.SUPPORTED
    assert any(note.startswith("Could flip") for note in finding.notes)


def test_points_explained() -> None:
    finding = verify("rose by 5%", before="20%", after="25%")
    assert "20% → 25% is a 5-point rise, a 25% relative increase" in finding.explanation
    assert "points" in finding.explanation


def test_zero_base_is_explained() -> None:
    finding = verify("doubled", before=0, after=12)
    assert finding.verdict is Verdict.NEEDS_REVIEW
    assert "zero" in finding.explanation


def test_money_in_another_currency_needs_review() -> None:
    finding = verify("$1.5 million", value="£1.5m")
    assert finding.verdict is Verdict.NEEDS_REVIEW
    assert "another currency" in finding.explanation


def _series_claim(quote: str, values: dict[str, str], start: str, end: str) -> Claim:
    from claimcheck.claimfile.records import Series

    source = Source("ons")
    figures = tuple(_figure(source, "burglaries", text, label) for label, text in values.items())
    series = Series(source, "burglaries", figures)
    first, last = series.get(start), series.get(end)
    assert first is not None
    assert last is not None
    return Claim(
        "c",
        quote,
        {
            Role.FROM: Reference(Role.FROM, first.ref, first, series),
            Role.TO: Reference(Role.TO, last.ref, last, series),
        },
    )


def test_rose_every_year_between_from_and_to() -> None:
    values = {
        "2010/11": "500",
        "2011/12": "400",
        "2012/13": "420",
        "2013/14": "460",
        "2014/15": "470",
    }
    claim = _series_claim("has risen every year since 2011/12", values, "2011/12", "2014/15")
    finding = check(ClaimFile("f.yaml", (claim,))).claims[0]
    assert finding.verdict is Verdict.SUPPORTED, finding.explanation
    claim = _series_claim("has risen every year", values, "2010/11", "2014/15")
    assert check(ClaimFile("f.yaml", (claim,))).claims[0].verdict is Verdict.CONTRADICTED


def test_highest_since_with_financial_years() -> None:
    values = {"2012/13": "480", "2013/14": "420", "2014/15": "470"}
    claim = _series_claim("the highest since 2012/13", values, "2013/14", "2014/15")
    finding = check(ClaimFile("f.yaml", (claim,))).claims[0]
    assert finding.verdict is Verdict.SUPPORTED, finding.explanation


@pytest.mark.parametrize(
    ("wording", "shown", "why"),
    [
        pytest.param("rose to 640, not 1e50", "1e50", "too large", id="power-too-large"),
        pytest.param("rose to 640 from 10^45", "10^45", "too large", id="caret-too-large"),
        pytest.param("rose to 640, a rate of 1e-45", "1e-45", "too small", id="too-small"),
    ],
)
def test_a_number_out_of_range_in_a_quote_is_said(wording: str, shown: str, why: str) -> None:
    finding = verify(wording, value=640)
    assert finding.verdict is Verdict.NEEDS_REVIEW
    (item,) = [one for one in finding.statements if one.rule_id == "number.range"]
    assert item.stated == shown
    assert why in item.explanation

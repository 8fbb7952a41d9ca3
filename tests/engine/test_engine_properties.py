"""Properties of the comparators and the engine, over many generated numbers."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.claimfile.records import Claim, ClaimFile, Figure, Reference, Role, Source
from claimcheck.engine import check, verify
from claimcheck.engine.judge.compare import Comparator, Stated, compare
from claimcheck.model import Verdict
from claimcheck.numbers.number import parse_number
from claimcheck.policy import DEFAULT_POLICY

positive = st.fractions(min_value=Fraction(1, 100), max_value=1000, max_denominator=1000)
counts = st.integers(min_value=1, max_value=100_000)
changes = st.integers(min_value=-100_000, max_value=100_000)


def severity(comparator: Comparator, n: Fraction, computed: Fraction) -> int:
    return compare(comparator, Stated(n), computed, DEFAULT_POLICY).severity


@given(n=positive, a=positive, b=positive)
def test_more_than_is_monotonic(n: Fraction, a: Fraction, b: Fraction) -> None:
    low, high = sorted((a, b))
    for comparator in (Comparator.MORE_THAN, Comparator.AT_LEAST, Comparator.JUST_OVER):
        if comparator is Comparator.JUST_OVER and high > n * DEFAULT_POLICY.just_over_high:
            continue
        assert severity(comparator, n, high) <= severity(comparator, n, low)
    for comparator in (Comparator.LESS_THAN, Comparator.UP_TO):
        assert severity(comparator, n, low) <= severity(comparator, n, high)


@given(n=positive, a=positive, b=positive)
def test_banded_rules_worsen_away_from_n(n: Fraction, a: Fraction, b: Fraction) -> None:
    for comparator in (Comparator.MULTIPLE, Comparator.ABOUT):
        near, far = sorted((a, b), key=lambda x: abs(x - n))
        if (near - n) * (far - n) >= 0:  # same side of N
            assert severity(comparator, n, near) <= severity(comparator, n, far)
    below = sorted(x for x in (a, b) if x < n)
    if len(below) == 2:
        assert severity(Comparator.ALMOST, n, below[1]) <= severity(Comparator.ALMOST, n, below[0])


@given(n=positive, d=st.fractions(min_value=0, max_value=1000, max_denominator=1000))
def test_about_is_symmetric(n: Fraction, d: Fraction) -> None:
    for comparator in (Comparator.ABOUT, Comparator.MULTIPLE):
        assert compare(comparator, Stated(n), n + d, DEFAULT_POLICY) is compare(
            comparator, Stated(n), n - d, DEFAULT_POLICY
        )


@settings(max_examples=60)
@given(before=counts, after=counts)
def test_more_than_doubled_holds_exactly_above_two(before: int, after: int) -> None:
    finding = verify("more than doubled", before=before, after=after)
    assert (finding.verdict is Verdict.SUPPORTED) == (Fraction(after, before) > 2)


@settings(max_examples=60)
@given(before=counts, after=counts, n=st.integers(min_value=2, max_value=30))
def test_more_than_n_fold_holds_exactly_above_n(before: int, after: int, n: int) -> None:
    finding = verify(f"a more than {n}-fold rise", before=before, after=after)
    ratio_verdicts = [s.verdict for s in finding.statements if s.quantity.value == "ratio"]
    assert ratio_verdicts == [
        Verdict.SUPPORTED if Fraction(after, before) > n else Verdict.CONTRADICTED
    ]


@settings(max_examples=60)
@given(a=changes, b=changes)
def test_rising_and_falling_are_dual(a: int, b: int) -> None:
    assert verify("rose", before=a, after=b).verdict is verify("fell", before=b, after=a).verdict
    size = abs(b - a)
    rose = verify(f"rose by {size}", before=a, after=b).verdict
    fell = verify(f"fell by {size}", before=b, after=a).verdict
    assert rose is fell


@settings(max_examples=80)
@given(
    value=st.fractions(min_value=0, max_value=10_000, max_denominator=10_000),
    places=st.integers(min_value=0, max_value=3),
)
def test_a_number_is_supported_by_any_value_that_rounds_to_it(value: Fraction, places: int) -> None:
    scale = 10**places
    # Round half up to the written number of places, as a reporter would.
    rounded = Fraction((value * scale * 2 + 1) // 2, scale)
    digits = str(int(rounded * scale)).rjust(places + 1, "0")
    text = f"{digits[:-places]}.{digits[-places:]}" if places else digits
    stated = parse_number(text)
    assert stated is not None
    assert stated.contains(value)
    assert verify(f"the figure was {text}", value=value).verdict is Verdict.SUPPORTED


quotes = st.lists(
    st.sampled_from(list("abcdefghijklmnopqrstuvwxyz 0123456789.,%£-/"))
    | st.sampled_from(
        [
            "more than ",
            "almost ",
            "doubled",
            " per cent",
            "one in ",
            "2011",
            "rose ",
            "fell by ",
            "a third",
            "the highest since ",
            "times ",
            "fold",
            "over the last five years",
            "between 4 and ",
            "-plus",
            " or so",
        ]
    ),
    max_size=25,
).map("".join)
figures = st.sampled_from(["0", "-5", "12", "151", "640", "12.5%", "£3.7m", "0.4", "82,000"])


@settings(max_examples=80, deadline=None)
@given(
    claims=st.lists(
        st.tuples(
            quotes, st.lists(st.sampled_from(list(Role)), unique=True, max_size=3), figures, figures
        ),
        max_size=6,
    )
)
def test_every_claim_yields_exactly_one_finding(
    claims: list[tuple[str, list[Role], str, str]],
) -> None:
    source = Source("s")
    built = []
    for index, (quote, roles, first, second) in enumerate(claims):
        references = {}
        for role in roles:
            text = first if role is Role.FROM else second
            number = parse_number(text)
            assert number is not None
            label = {Role.FROM: "2011", Role.TO: "2016"}.get(role)
            figure = Figure(source, "x", label, number)
            references[role] = Reference(role, figure.ref, figure)
        built.append(Claim(f"c{index}", quote, references))
    report = check(ClaimFile("f.yaml", tuple(built), {"s": source}))
    assert [finding.id for finding in report.claims] == [claim.id for claim in built]
    for finding in report.claims:
        assert "could not check this claim" not in finding.explanation, finding.explanation


@settings(max_examples=60)
@given(
    before=counts,
    percent=st.integers(min_value=1, max_value=500),
    offset=st.fractions(
        min_value=Fraction(-1, 2), max_value=Fraction(49, 100), max_denominator=100
    ),
)
def test_a_stated_change_is_supported_by_any_change_that_rounds_to_it(
    before: int, percent: int, offset: Fraction
) -> None:
    after = before * (1 + (percent + offset) / 100)
    finding = verify(f"up {percent}%", before=before, after=after)
    assert finding.verdict is Verdict.SUPPORTED, finding.explanation


@settings(max_examples=60)
@given(a=counts, b=counts)
def test_doubled_worsens_away_from_two(a: int, b: int) -> None:
    base = 1000
    near, far = sorted((a, b), key=lambda after: abs(Fraction(after, base) - 2))
    if (Fraction(near, base) - 2) * (Fraction(far, base) - 2) >= 0:
        first = verify("doubled", before=base, after=near).verdict
        second = verify("doubled", before=base, after=far).verdict
        assert first.severity <= second.severity

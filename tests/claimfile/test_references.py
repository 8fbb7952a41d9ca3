"""References: ``source.figure`` and ``source.figure[label]``, parsed and resolved."""

from __future__ import annotations

from fractions import Fraction

import pytest

from claimcheck.claimfile.records import Figure, Series, Source
from claimcheck.claimfile.references import (
    BadReference,
    ParsedReference,
    parse_reference,
    resolve,
)
from claimcheck.numbers.number import Number

FOI = Source("foi")


def _figure(name: str, label: str | None, value: int) -> Figure:
    return Figure(FOI, name, label, Number(Fraction(value), Fraction(1), str(value)))


CRIMES = Series(FOI, "crimes", (_figure("crimes", "2011", 151), _figure("crimes", "2016", 640)))
TEAM = _figure("team", None, 25)
SOURCES = {"foi": FOI}
FIGURES = {"foi.team": TEAM, **{figure.ref: figure for figure in CRIMES.figures}}
SERIES = {"foi.crimes": CRIMES}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("foi.crimes", ParsedReference("foi", "crimes")),
        ("foi.crimes[2011]", ParsedReference("foi", "crimes", "2011")),
        ("foi.crimes[2011/12]", ParsedReference("foi", "crimes", "2011/12")),
        ("foi.crimes[2012-13]", ParsedReference("foi", "crimes", "2012-13")),
        ("foi.crimes[q3]", ParsedReference("foi", "crimes", "q3")),
        ("foi.offences[possession]", ParsedReference("foi", "offences", "possession")),
        ("foi.offences[ cat A ]", ParsedReference("foi", "offences", "cat A")),
        ("ons-2016.total_count", ParsedReference("ons-2016", "total_count")),
        ("  foi.team  ", ParsedReference("foi", "team")),
        ('foi.crimes["2021 [1]"]', ParsedReference("foi", "crimes", "2021 [1]")),
        ("foi.crimes['Area [b]']", ParsedReference("foi", "crimes", "Area [b]")),
    ],
)
def test_parse(text: str, expected: ParsedReference) -> None:
    assert parse_reference(text) == expected


@pytest.mark.parametrize(
    "text",
    ["foi", "foi.", ".team", "foi team", "foi.crimes[]", "foi.crimes[ ]", "foi.crimes[2011",
     "foi.crimes[a[b]]", "foi.a.b", "foi.crimes[2011]x", "", "foi/crimes"],
)  # fmt: skip
def test_parse_rejects(text: str) -> None:
    with pytest.raises(BadReference):
        parse_reference(text)


def test_str_round_trips() -> None:
    assert str(parse_reference("foi.crimes[2011]")) == "foi.crimes[2011]"
    assert str(parse_reference('foi.crimes["2021 [1]"]')) == 'foi.crimes["2021 [1]"]'
    assert str(parse_reference("foi.team")) == "foi.team"


def test_resolve_a_label_of_a_series() -> None:
    found = resolve(parse_reference("foi.crimes[2016]"), SOURCES, FIGURES, SERIES)
    assert found.figure.number.value == 640
    assert found.series is CRIMES


def test_resolve_a_single_figure() -> None:
    found = resolve(parse_reference("foi.team"), SOURCES, FIGURES, SERIES)
    assert (found.figure, found.series) == (TEAM, None)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("foi.crimes[2012]", "no figure 'crimes[2012]' in source 'foi' (labels: 2011, 2016)"),
        ("fio.team", "no source 'fio' (did you mean 'foi'?)"),
        ("ons.team", "no source 'ons' (sources: foi)"),
        ("foi.tema", "no figure 'tema' in source 'foi' (did you mean 'team'?)"),
        ("foi.zzz", "no figure 'zzz' in source 'foi' (figures: team, crimes)"),
        ("foi.team[2011]", "foi.team is a single figure, not a series: write foi.team (no label)"),
        (
            "foi.crimes",
            "foi.crimes is a series: name one of its labels, as in foi.crimes[2011] "
            "(labels: 2011, 2016)",
        ),
    ],
)
def test_resolve_says_what_exists(text: str, message: str) -> None:
    with pytest.raises(BadReference) as caught:
        resolve(parse_reference(text), SOURCES, FIGURES, SERIES)
    assert str(caught.value) == message


def test_no_sources_at_all() -> None:
    with pytest.raises(BadReference, match=r"no source 'foi' \(this file has no sources\)"):
        resolve(parse_reference("foi.team"), {}, {}, {})


def test_a_label_with_brackets_is_quoted_in_its_reference() -> None:
    figure = _figure("crimes", "Area [b]", 3)
    assert figure.ref == 'foi.crimes["Area [b]"]'
    assert parse_reference(figure.ref) == ParsedReference("foi", "crimes", "Area [b]")

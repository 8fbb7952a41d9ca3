"""Invalid claim files: every problem reported at once, each as ``file:line:col: message``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck.claimfile.loader import loads
from claimcheck.errors import ClaimFileError

DATA = Path(__file__).resolve().parents[1] / "data" / "loader"

SOURCES = """\
sources:
  foi:
    figures:
      crimes_recorded: {2011: 151, 2016: 640}
      team: 25
      some_count: 10
      total_count: 50
"""


def _problems(text: str) -> list[str]:
    with pytest.raises(ClaimFileError) as caught:
        loads(text, "f.yaml")
    return [str(problem) for problem in caught.value.problems]


def _claim(body: str) -> str:
    """A claim file with the SOURCES above and one claim (its keys start on line 10)."""
    return SOURCES + "claims:\n  - id: c\n" + "".join(f"    {line}\n" for line in body.split("|"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "quote: q|from: foi.crimes_recorded[2012]|to: foi.crimes_recorded[2016]",
            "f.yaml:11:11: claims[0].from: no figure 'crimes_recorded[2012]' in source 'foi' "
            "(labels: 2011, 2016)",
        ),
        (
            "quote: q|figure: fio.team",
            "f.yaml:11:13: claims[0].figure: no source 'fio' (did you mean 'foi'?)",
        ),
        (
            "quote: q|figure: news.team",
            "f.yaml:11:13: claims[0].figure: no source 'news' (sources: foi)",
        ),
        (
            "quote: q|figure: foi.teem",
            "f.yaml:11:13: claims[0].figure: no figure 'teem' in source 'foi' "
            "(did you mean 'team'?)",
        ),
        (
            "quote: q|figure: foi.crimes_recorded",
            "f.yaml:11:13: claims[0].figure: foi.crimes_recorded is a series: name one of its "
            "labels, as in foi.crimes_recorded[2011] (labels: 2011, 2016)",
        ),
        (
            "quote: q|figure: foi.team[2011]",
            "f.yaml:11:13: claims[0].figure: foi.team is a single figure, not a series: write "
            "foi.team (no label)",
        ),
        (
            "quote: q|figure: foi team",
            "f.yaml:11:13: claims[0].figure: 'foi team' is not a reference: write "
            "source.figure, source.figure[label] for one value of a series, or "
            'source["row", "column"] for one cell of a table',
        ),
        (
            "quote: q|from: foi.crimes_recorded[2011]",
            "f.yaml:11:5: claims[0]: 'from' needs 'to' too (a change runs from one figure to "
            "another)",
        ),
        (
            "quote: q|to: foi.crimes_recorded[2011]",
            "f.yaml:11:5: claims[0]: 'to' needs 'from' too (a change runs from one figure to "
            "another)",
        ),
        (
            "quote: q|part: foi.some_count",
            "f.yaml:11:5: claims[0]: 'part' needs 'whole' too (a share is a part of a whole)",
        ),
        (
            "quote: q|whole: foi.total_count",
            "f.yaml:11:5: claims[0]: 'whole' needs 'part' too (a share is a part of a whole)",
        ),
        (
            "quote: q|figure: foi.team|from: foi.team",
            "f.yaml:11:5: claims[0]: 'figure' cannot go with from: a claim states one figure, "
            "or a change (from, to), or a share (part, whole)",
        ),
        (
            "quote: q|from: foi.team|to: foi.team|part: foi.some_count|whole: foi.total_count",
            "f.yaml:9:5: claims[0]: a claim is a change (from, to) or a share (part, whole), "
            "not both",
        ),
        ("quote: ''", "f.yaml:10:12: claims[0].quote is empty"),
        ("quote: '   '", "f.yaml:10:12: claims[0].quote is empty"),
        ("quote: q|says: ''", "f.yaml:11:11: claims[0].says is empty"),
        ("quote:", "f.yaml:10:11: claims[0].quote has no value"),
        ("quote: [a, b]", "f.yaml:10:12: claims[0].quote should be text, not a list"),
        ("says: q", "f.yaml:9:5: claims[0]: missing required key 'quote'"),
        (
            "quote: q|qoute: q",
            "f.yaml:11:5: claims[0]: unknown key 'qoute' in a claim (did you mean 'quote'?)",
        ),
        (
            "quote: q|source: foi",
            "f.yaml:11:5: claims[0]: unknown key 'source' in a claim (keys: id, quote, says, "
            "note, from, to, figure, part, whole, figures)",
        ),
        ("quote: q|figure:", "f.yaml:11:12: claims[0].figure has no value"),
    ],
)
def test_problems_in_a_claim(body: str, expected: str) -> None:
    assert _problems(_claim(body)) == [expected]


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("nan", "'nan' is not a number a source can publish"),
        ("'nan'", "'nan' is not a number a source can publish"),
        (".nan", "'.nan' is not a number a source can publish"),
        ("inf", "'inf' is not a number a source can publish"),
        ("'-inf'", "'-inf' is not a number a source can publish"),
        (".inf", "'.inf' is not a number a source can publish"),
        ("Infinity", "'Infinity' is not a number a source can publish"),
        (
            "twelve-ish",
            "'twelve-ish' is not a number (write it as 640, 4.2, '12.5%', '£3.7m' or "
            "'1.13 million')",
        ),
        ("true", "'true' is a yes/no value, not a number"),
        ("no", "'no' is a yes/no value, not a number"),
        ("null", "has no value; a figure needs a number"),
        ("", "has no value; a figure needs a number"),
        ("''", "has no value; a figure needs a number"),
        ("[1, 2]", "a figure is a number, or a mapping of labels to numbers"),
        ("{}", "the series has no values"),
    ],
)
def test_figures_that_are_not_numbers(figure: str, expected: str) -> None:
    text = f"sources:\n  s:\n    figures:\n      x: {figure}\nclaims: []\n"
    problems = _problems(text)
    assert len(problems) == 1
    assert problems[0].startswith("f.yaml:4:")
    assert problems[0].endswith(f"sources.s.figures.x: {expected}")


def test_a_bad_value_in_a_series_names_its_label() -> None:
    text = "sources:\n  s:\n    figures:\n      x: {2011: 1, 2016: lots}\nclaims: []\n"
    assert _problems(text) == [
        "f.yaml:4:26: sources.s.figures.x[2016]: 'lots' is not a number (write it as 640, 4.2, "
        "'12.5%', '£3.7m' or '1.13 million')"
    ]


def test_a_figure_typed_twice_does_not_vanish() -> None:
    text = "sources:\n  s:\n    figures:\n      x: 1\n      y: 2\n      x: 3\nclaims: []\n"
    assert _problems(text) == [
        "f.yaml:6:7: duplicate key 'x' (lines 4 and 6); plain YAML would silently keep only "
        "the last"
    ]


def test_duplicate_claim_ids_name_both_lines() -> None:
    text = "claims:\n  - id: a\n    quote: q\n  - id: b\n    quote: q\n  - id: a\n    quote: q\n"
    assert _problems(text) == ["f.yaml:6:9: duplicate claim id 'a' (lines 2 and 6)"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "f.yaml:1:1: the file is empty: a claim file needs at least 'claims:'"),
        ("# nothing\n", "f.yaml:1:1: the file is empty: a claim file needs at least 'claims:'"),
        (
            "- a\n- b\n",
            "f.yaml:1:1: a claim file is a mapping of keys (article, sources, claims, policy)",
        ),
        ("sources: {}\n", "f.yaml:1:1: the claim file: missing required key 'claims'"),
        (
            "claims: []\nsauces: {}\n",
            "f.yaml:2:1: unknown key 'sauces' in the claim file (did you mean 'sources'?)",
        ),
        (
            "claims: {a: 1}\n",
            "f.yaml:1:9: claims should be a list (one '- ' item each), not a mapping",
        ),
        (
            "claims: [x]\n",
            "f.yaml:1:10: claims[0] should be a mapping of keys and values, not 'x'",
        ),
        (
            "claims: []\narticle:\n  titel: x\n",
            "f.yaml:3:3: article: unknown key 'titel' in article (did you mean 'title'?)",
        ),
        (
            "claims: []\nsources:\n  s:\n    figures: {x: 1}\n    publsher: p\n",
            "f.yaml:5:5: sources.s: unknown key 'publsher' in a source (did you mean 'publisher'?)",
        ),
        (
            "claims: []\nsources:\n  s: {}\n",
            "f.yaml:3:3: sources.s has no figures: give figures:, table: or csv:",
        ),
        (
            "claims: []\nsources:\n  s.t:\n    figures: {x: 1}\n",
            "f.yaml:3:3: sources: 's.t' cannot be used as a name: use letters, digits, _ and - "
            "(it is used in references such as source.figure)",
        ),
        (
            "claims: []\nsources:\n  s:\n    figures: {x: 1}\n    labels: Year\n",
            "f.yaml:5:5: sources.s.labels applies only with table: or csv:",
        ),
        (
            "claims: []\npolicy:\n  about_suported: 0.2\n",
            "f.yaml:3:3: policy: unknown key 'about_suported' in policy "
            "(did you mean 'about_supported'?)",
        ),
        (
            "claims: []\npolicy:\n  small_base: 3.5\n",
            "f.yaml:3:15: policy.small_base should be a whole number, not '3.5'",
        ),
        (
            "claims: []\npolicy:\n  about_review: lots\n",
            "f.yaml:3:17: policy.about_review: 'lots' is not a number (write 0.05 or 1/20)",
        ),
        (
            "claims: []\npolicy:\n  about_review: 1/0\n",
            "f.yaml:3:17: policy.about_review: '1/0' is not a number (write 0.05 or 1/20)",
        ),
        (
            "claims: []\npolicy:\n  about_review:\n",
            "f.yaml:3:16: policy.about_review should be a number such as 0.05 or 1/20",
        ),
    ],
)
def test_problems_in_the_file(text: str, expected: str) -> None:
    assert _problems(text) == [expected]


def test_every_problem_is_reported_at_once() -> None:
    text = (DATA / "many-problems.yaml").read_text(encoding="utf-8")
    with pytest.raises(ClaimFileError) as caught:
        loads(text, "many-problems.yaml")
    expected = DATA / "many-problems.expected"
    if os.environ.get("CLAIMCHECK_REFRESH_GOLDEN"):
        expected.write_text(str(caught.value) + "\n", encoding="utf-8")
    # After an intended change of wording, refresh the expected file with
    #   CLAIMCHECK_REFRESH_GOLDEN=1 python -m pytest tests/claimfile/test_loader_errors.py
    assert str(caught.value) + "\n" == expected.read_text(encoding="utf-8")


def test_the_error_message_lists_every_problem_sorted() -> None:
    text = "claims:\n  - id: a\n    quote: q\n    figure: x.y\n  - id: a\n    quote: ''\n"
    with pytest.raises(ClaimFileError) as caught:
        loads(text, "f.yaml")
    assert str(caught.value).splitlines() == [
        "f.yaml:4:13: claims[0].figure: no source 'x' (this file has no sources)",
        "f.yaml:5:9: duplicate claim id 'a' (lines 2 and 5)",
        "f.yaml:6:12: claims[1].quote is empty",
    ]


@pytest.mark.parametrize(
    ("figures", "reference", "expected"),
    [
        ("x: lots", "foi.x", "f.yaml:4:10: sources.foi.figures.x: 'lots' is not a number"),
        ("x: {2011: 1, 2016: lots}", "foi.x[2016]", "f.yaml:4:26: sources.foi.figures.x[2016]"),
        ("x: [1, 2]", "foi.x[2011]", "f.yaml:4:10: sources.foi.figures.x: a figure is a number"),
        ("x: {}", "foi.x", "f.yaml:4:10: sources.foi.figures.x: the series has no values"),
    ],
)
def test_a_bad_figure_is_reported_once_not_again_by_its_references(
    figures: str, reference: str, expected: str
) -> None:
    text = f"sources:\n  foi:\n    figures:\n      {figures}\nclaims:\n"
    text += f"  - id: a\n    quote: q\n    figure: {reference}\n"
    problems = _problems(text)
    assert len(problems) == 1
    assert problems[0].startswith(expected)


def test_a_source_that_is_not_a_mapping_is_reported_once() -> None:
    text = "sources:\n  foi: 5\nclaims:\n  - id: a\n    quote: q\n    figure: foi.x\n"
    assert _problems(text) == [
        "f.yaml:2:8: sources.foi should be a mapping of keys and values, not '5'"
    ]


def test_a_reference_to_a_good_figure_beside_a_bad_one_still_resolves() -> None:
    text = "sources:\n  foi:\n    figures:\n      x: {2011: 1, 2016: lots}\nclaims:\n"
    text += "  - id: a\n    quote: q\n    figure: foi.x[2012]\n"
    assert _problems(text)[-1] == (
        "f.yaml:8:13: claims[0].figure: no figure 'x[2012]' in source 'foi' (labels: 2011)"
    )


def test_a_claim_repeated_through_an_alias() -> None:
    text = "claims:\n  - &c {id: a, quote: q}\n  - *c\n"
    assert _problems(text) == ["f.yaml:2:13: claim 'a' is repeated through an alias (*name)"]

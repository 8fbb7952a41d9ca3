"""Drafting by meaning: each statement links to the figures its words name, or to nothing.

The sentences are written for these tests; the sources (tests/data/draft) hold a long table
(burglaries and arrests by year), a wide table (rates by area, one column per year) and a
table of categories (survey answers).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import claimcheck
from claimcheck.article.drafting.compose import draft
from claimcheck.article.drafting.link_words import concepts
from claimcheck.article.drafting.update import GONE

DATA = Path(__file__).resolve().parents[1] / "data" / "draft"


@pytest.fixture(scope="module")
def sources() -> claimcheck.ClaimFile:
    return claimcheck.load(DATA / "sources.yaml")


def _claims(text: str) -> dict[str, dict[str, str]]:
    loaded = claimcheck.loads(text, path=str(DATA / "draft.yaml"))
    return {
        claim.quote: {role.value: ref.written for role, ref in claim.references.items()}
        for claim in loaded.claims
    }


LINKS = [
    # two stated values on one line: a change from the earlier period to the later
    (
        "Burglaries fell to 480 in 2016 from 640 in 2015.",
        {"Burglaries fell to 480 in 2016 from 640 in 2015": {
            "from": "police.burglaries[2015]", "to": "police.burglaries[2016]"}},
    ),
    # only a change stated: the line the words name, the latest period against the one before
    (
        "Arrests rose by 10 per cent last year.",
        {"Arrests rose by 10 per cent last year": {
            "from": "police.arrests[2015]", "to": "police.arrests[2016]"}},
    ),
    # meaning outranks a coincidence of value: 300 is also burglaries in 2014
    (
        "There were 300 arrests in 2015.",
        {"There were 300 arrests in 2015": {"figure": "police.arrests[2015]"}},
    ),
    # nothing names the figure whose value matches: no reference, a question instead
    ("The museum had 640 visitors.", {"The museum had 640 visitors": {}}),
    # a wide table: the same row in its two year columns
    (
        "In the North, the fertility rate fell from 1.62 to 1.58.",
        {"In the North, the fertility rate fell from 1.62 to 1.58": {
            "from": "rates.north[2022]", "to": "rates.north[2023]"}},
    ),
    # a share: part and whole from one series
    (
        "The council survey had 300 replies (75%) of the requests sent.",
        {"The council survey had 300 replies (75%) of the requests sent": {
            "part": "survey.answers[Replies]", "whole": "survey.answers[Requests sent]"}},
    ),
    # one claim per statement, each quote the shortest clause
    (
        "Burglaries fell to 480, and arrests rose to 330.",
        {
            "Burglaries fell to 480": {
                "from": "police.burglaries[2015]", "to": "police.burglaries[2016]"},
            "arrests rose to 330": {"from": "police.arrests[2015]", "to": "police.arrests[2016]"},
        },
    ),
    # a change clause joins the level it qualifies
    (
        "There were 330 arrests, up 10 per cent on 2015 (300).",
        {"There were 330 arrests, up 10 per cent on 2015 (300)": {
            "from": "police.arrests[2015]", "to": "police.arrests[2016]"}},
    ),
    # ages after names, age bands, days after a month and clock times are not statistics
    ("Jo Bloggs, 71, said burglars aged 20 to 24 were rare.", {}),
    ("The board met on DEC. 20 at 12.00 in the town hall.", {}),
    # the base of a rate is not a figure of its own
    ("Burglaries ran at 4.2 per 1,000 homes.", {"Burglaries ran at 4.2 per 1,000 homes": {}}),
    # a series statement with no number: the line its words name, the latest two periods
    (
        "Burglaries dropped to a record low last year.",
        {"Burglaries dropped to a record low last year": {
            "from": "police.burglaries[2015]", "to": "police.burglaries[2016]"}},
    ),
    # each clause with its own subject; the one without series words is no claim
    (
        "Arrests climbed, while the North's fertility rate fell to its lowest since 2010.",
        {"the North's fertility rate fell to its lowest since 2010": {
            "from": "rates.north[2022]", "to": "rates.north[2023]"}},
    ),
    # no line is named: the statement is drafted as a question, with no guess
    (
        "Visitor numbers reached an all-time high.",
        {"Visitor numbers reached an all-time high": {}},
    ),
    # a superlative that ranks places is no series statement
    ("The South has the lowest fertility rate of any area.", {}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), LINKS)
def test_statements_link_by_meaning(
    sources: claimcheck.ClaimFile, sentence: str, expected: dict[str, dict[str, str]]
) -> None:
    text = draft(sentence, sources, output_dir=DATA)
    assert _claims(text) == expected
    for quote in expected:
        assert quote in sentence


def test_a_gap_says_why_in_a_comment(sources: claimcheck.ClaimFile) -> None:
    text = draft("The museum had 640 visitors.", sources, output_dir=DATA)
    assert "# TODO: '640' has the value of police.burglaries[2015], but no word" in text


def test_proposals_are_marked_and_explained(sources: claimcheck.ClaimFile) -> None:
    text = draft("Arrests rose by 10 per cent last year.", sources, output_dir=DATA)
    assert "from: police.arrests[2015]  # proposed: confirm" in text
    assert "# why: change along police.arrests: '2015' to '2016'\n" in text
    assert '# why: words "Arrests" agree with its labels; no period named' in text


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("offences", "crimes"),
        ("fatalities", "people killed"),
        ("robberies", "robbery"),
        ("Pupils", "students"),
        ("injured", "injury"),
    ],
)
def test_newsroom_words_are_one_concept(one: str, other: str) -> None:
    assert concepts(one) & concepts(other)


def test_redrafting_keeps_confirmed_work_and_marks_gone_quotes(
    sources: claimcheck.ClaimFile,
) -> None:
    article = "Burglaries fell to 480 in 2016 from 640 in 2015. Arrests rose to 330."
    previous = (
        "article:\n  title: Crime\n  published: 2016-05-01\n  url: https://example.org/a\n"
        "sources:\n  police:\n    figures:\n      burglaries: {2015: 640, 2016: 480}\n"
        "claims:\n"
        "  - id: mine\n    quote: Burglaries fell to 480 in 2016 from 640 in 2015\n"
        "    from: police.burglaries[2015]\n    to: police.burglaries[2016]\n"
        "    note: checked with the press office\n"
        "  - id: old\n    quote: Thefts doubled\n"
    )
    text = draft(article, sources, output_dir=DATA, previous=previous)
    assert "  published: 2016-05-01" in text
    assert "  url: https://example.org/a" in text
    assert "    note: checked with the press office" in text
    assert GONE in text
    claims = _claims(text)
    assert claims["Burglaries fell to 480 in 2016 from 640 in 2015"] == {
        "from": "police.burglaries[2015]", "to": "police.burglaries[2016]"}  # fmt: skip
    assert claims["Arrests rose to 330"] == {
        "from": "police.arrests[2015]", "to": "police.arrests[2016]"}  # fmt: skip
    assert list(claims).count("Burglaries fell to 480 in 2016 from 640 in 2015") == 1


def test_the_synonyms_table_is_documented() -> None:
    from claimcheck.article.drafting.link_words import SYNONYMS

    doc = (Path(__file__).resolve().parents[2] / "docs" / "drafting.md").read_text("utf-8")
    rows = re.findall(r"^\| (\w+) \| ([\w ,]+) \|$", doc, re.MULTILINE)
    assert [(group, words.split(", ")) for group, words in rows if group != "Group"] == [
        (group[0], list(group[1:])) for group in SYNONYMS
    ]


def test_a_number_after_from_in_another_row_of_the_table_is_the_other_end(
    tmp_path: Path,
) -> None:
    (tmp_path / "jobs.csv").write_text(
        "Measure,July,August\nJobs added revised,210,180\nJobs added first estimate,200,142\n",
        encoding="utf-8",
    )
    (tmp_path / "s.yaml").write_text(
        "sources:\n  jobs:\n    csv: jobs.csv\n    labels: Measure\nclaims: []\n", encoding="utf-8"
    )
    sources = claimcheck.load(tmp_path / "s.yaml")
    text = draft(
        "August's jobs figure was revised up to 180 from 142.", sources, output_dir=tmp_path
    )
    loaded = claimcheck.loads(text, path=str(tmp_path / "d.yaml"))
    [claim] = loaded.claims
    refs = {role.value: ref.figure.number.text for role, ref in claim.references.items()}
    assert refs == {"from": "142", "to": "180"}

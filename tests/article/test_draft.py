"""Drafting claim files: one claim per statistical sentence, references proposed from sources."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.article.coverage import normalise
from claimcheck.article.drafting.compose import draft, sentences
from claimcheck.model import Verdict

ARTICLE = (
    "Crime figures rise sharply\n"
    "Recorded burglaries rose from 151 in 2011 to 640 in 2016, police figures show.\n"
    "The force said it had 25 officers on the team. It was the number one priority.\n"
    'Arrests have more than doubled since 2011. "Call 0800 1111 for help," she said.\n'
)
SOURCES = """\
sources:
  police:
    title: Recorded crime, 2011 and 2016
    publisher: Example Police
    figures:
      burglaries: {2011: 151, 2016: 640}
      arrests: {2011: 300, 2016: 690}
      team_size: 25
claims: []
"""


def _claims(text: str) -> dict[str, dict[str, str]]:
    loaded = claimcheck.loads(text, path="draft.yaml")
    return {
        claim.quote: {role.value: ref.written for role, ref in claim.references.items()}
        for claim in loaded.claims
    }


def test_sentences_split_at_stops_and_lines_without_quote_marks() -> None:
    text = 'He said: "It rose 4.2 per cent." Then it fell.\nNext line'
    assert [text[a:b] for a, b in sentences(text)] == [
        'He said: "It rose 4.2 per cent.',
        "Then it fell.",
        "Next line",
    ]


def test_skeleton_has_one_claim_per_statistical_sentence() -> None:
    text = draft(ARTICLE)
    assert "# TODO" in text
    claims = _claims(text)
    assert list(claims) == [
        "Recorded burglaries rose from 151 in 2011 to 640 in 2016",
        "The force said it had 25 officers on the team",
        "Arrests have more than doubled since 2011",
    ]
    assert all(references == {} for references in claims.values())
    loaded = claimcheck.loads(text, path="draft.yaml")
    assert loaded.article.title == "Crime figures rise sharply"


def test_skeleton_checks_as_unsourced() -> None:
    report = claimcheck.check(claimcheck.loads(draft(ARTICLE), path="draft.yaml"))
    assert {finding.verdict for finding in report.claims} == {Verdict.UNSOURCED}


def test_every_quote_is_in_the_article() -> None:
    folded, _ = normalise(ARTICLE)
    for quote in _claims(draft(ARTICLE)):
        assert normalise(quote)[0] in folded


def test_references_are_proposed_from_sources() -> None:
    sources = claimcheck.loads(SOURCES, path="sources.yaml")
    text = draft(ARTICLE, sources)
    assert text.count("# proposed: confirm") == 5
    claims = _claims(text)
    assert list(claims.values()) == [
        {"from": "police.burglaries[2011]", "to": "police.burglaries[2016]"},
        {"figure": "police.team_size"},
        {"from": "police.arrests[2011]", "to": "police.arrests[2016]"},
    ]
    report = claimcheck.check(claimcheck.loads(text, path="draft.yaml"))
    assert [finding.verdict for finding in report.claims] == [Verdict.SUPPORTED] * 3


def test_numbers_matching_no_figure_are_left_to_the_reporter() -> None:
    sources = claimcheck.loads(SOURCES, path="sources.yaml")
    text = draft("The council spent £4.5m on 17 new roads.", sources)
    assert "# TODO" in text
    assert "# proposed" not in text


def test_html_articles_are_drafted_from_their_text() -> None:
    markup = "<h1>Crime</h1><p>A total of <b>640</b> crimes&nbsp;were recorded.</p>"
    claims = _claims(draft(markup))
    assert list(claims) == ["A total of 640 crimes were recorded"]


def test_an_article_without_statistics_gives_an_empty_claim_list() -> None:
    text = draft("Nothing to count here. Call 0800 1111.")
    assert claimcheck.loads(text, path="draft.yaml").claims == ()


def test_ids_take_words_from_their_own_sentence() -> None:
    text = draft("It rose from 12 in 2011 to 288 in 2016. Arrests fell.\nIt was 7.\n")
    ids = [claim.id for claim in claimcheck.loads(text, path="draft.yaml").claims]
    assert ids == ["rose-12", "claim-7"]


def test_markdown_marks_are_not_quoted() -> None:
    article = "# Knife crime up 37%\n\n> A total of 640 crimes.\n\n- 25 officers joined.\n"
    loaded = claimcheck.loads(draft(article), path="draft.yaml")
    assert [claim.quote for claim in loaded.claims] == [
        "Knife crime up 37%",
        "A total of 640 crimes",
        "25 officers joined",
    ]
    assert loaded.article.title == "Knife crime up 37%"


def test_matching_numbers_are_proposed_beside_ones_that_match_nothing() -> None:
    sources = claimcheck.loads(SOURCES, path="sources.yaml")
    text = draft("The team had 25 members and 35 dogs.", sources)
    assert _claims(text) == {
        "The team had 25 members": {"figure": "police.team_size"},
        "35 dogs": {},
    }
    assert "# TODO: no source figure matches these numbers" in text
    changed = draft("Burglaries rose from 151 in 2011 to 640 in 2016, with 17 vans.", sources)
    assert list(_claims(changed).values()) == [
        {"from": "police.burglaries[2011]", "to": "police.burglaries[2016]"},
        {},
    ]


CSV_SOURCES = """\
sources:
  foi:
    title: FOI response
    csv: data/foi.csv
    labels: Year
    columns:
      crimes: Crimes recorded
    figures:
      officers: 25
claims: []
"""
CSV_ARTICLE = "Crimes rose from 151 in 2011 to 640 in 2016. The team has 25 officers.\n"


def _csv_sources(folder: Path) -> claimcheck.ClaimFile:
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "foi.csv").write_text(
        "Year,Crimes recorded\n2011,151\n2016,640\n", encoding="utf-8"
    )
    (folder / "sources.yaml").write_text(CSV_SOURCES, encoding="utf-8")
    return claimcheck.load(folder / "sources.yaml")


def test_a_csv_source_keeps_its_csv_path_relative_to_the_draft(tmp_path: Path) -> None:
    sources = _csv_sources(tmp_path / "story")
    out = tmp_path / "story" / "data"  # the draft goes beside the CSV file
    target = out / "draft.yaml"
    target.write_text(draft(CSV_ARTICLE, sources, output_dir=out), encoding="utf-8")
    text = target.read_text(encoding="utf-8")
    assert 'csv: "foi.csv"' in text
    assert 'crimes: "Crimes recorded"' in text
    assert "officers: 25" in text
    report = claimcheck.check(claimcheck.load(target))
    assert [finding.verdict for finding in report.claims] == [Verdict.SUPPORTED] * 2
    cells = [use.cell for use in report.claims[0].sources]
    assert cells == [
        "foi.csv row 2, column 'Crimes recorded'",
        "foi.csv row 3, column 'Crimes recorded'",
    ]


def test_a_csv_source_keeps_its_path_from_a_parent_folder(tmp_path: Path) -> None:
    sources = _csv_sources(tmp_path / "story")
    target = tmp_path / "draft.yaml"
    target.write_text(draft(CSV_ARTICLE, sources, output_dir=tmp_path), encoding="utf-8")
    assert 'csv: "story/data/foi.csv"' in target.read_text(encoding="utf-8")
    report = claimcheck.check(claimcheck.load(target))
    assert report.claims[0].sources[0].cell == "story/data/foi.csv row 2, column 'Crimes recorded'"


def test_a_csv_outside_the_drafts_folder_is_copied_as_values(tmp_path: Path) -> None:
    sources = _csv_sources(tmp_path / "story")
    out = tmp_path / "elsewhere"
    out.mkdir()
    target = out / "draft.yaml"
    target.write_text(draft(CSV_ARTICLE, sources, output_dir=out), encoding="utf-8")
    text = target.read_text(encoding="utf-8")
    assert "\n    csv:" not in text
    assert "# figures copied from data/foi.csv" in text
    assert 'crimes: {"2011": 151, "2016": 640}' in text
    report = claimcheck.check(claimcheck.load(target))
    assert [finding.verdict for finding in report.claims] == [Verdict.SUPPORTED] * 2


def test_identifiers_and_service_numbers_make_no_claim() -> None:
    text = draft("See ISBN 978-3-16-148410-0. Call 101 to report a crime. Dial 999 now.")
    assert claimcheck.loads(text, path="draft.yaml").claims == ()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_article_drafts_a_loadable_file(article: str) -> None:
    claimcheck.loads(draft(article), path="draft.yaml")


SHARED = Path(__file__).resolve().parents[3] / "shared"
WEST_MIDLANDS = SHARED / "articles" / "west-midlands-indecent-images.txt"
HAND_WRITTEN = Path(__file__).resolve().parents[2] / "claims" / "west-midlands-2016.yaml"


@pytest.mark.skipif(
    not WEST_MIDLANDS.is_file(),
    reason="the shared West Midlands article (../shared/articles) is not beside the repository",
)
def test_west_midlands_draft_checks_out_like_the_hand_written_file() -> None:
    article = WEST_MIDLANDS.read_text(encoding="utf-8")
    hand_written = claimcheck.load(HAND_WRITTEN)
    drafted = claimcheck.loads(draft(article, hand_written), path="draft.yaml")
    ours = claimcheck.check(drafted, article=article)
    theirs = claimcheck.check(hand_written, article=article)
    assert ours.summary.contradicted == theirs.summary.contradicted == 0
    assert ours.unchecked == []
    supported = [f.quote for f in ours.claims if f.verdict is Verdict.SUPPORTED]
    for finding in theirs.claims:
        if finding.verdict is Verdict.SUPPORTED:
            assert any(normalise(finding.quote)[0] in normalise(q)[0] for q in supported)
    assert len(supported) == theirs.summary.supported

"""``claimcheck review``: draft and check in one step, each statistical number with its state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimcheck
from claimcheck.article.review import review
from claimcheck.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "draft"
ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def test_every_number_gets_a_state() -> None:
    article = (DATA / "article.txt").read_text(encoding="utf-8")
    result = review(article, claimcheck.load(DATA / "sources.yaml"))
    states = {n.text: (n.state, n.verdict and n.verdict.value) for n in result.numbers}
    assert states["480"] == ("proposed", "supported")
    assert states["10 per cent"] == ("proposed", "supported")
    assert states["1.62"][0] == "proposed"
    museum = [n for n in result.numbers if article[n.start : n.end + 9] == "640 visitors"]
    assert museum
    assert museum[0].state == "no_figure"


def test_json_holds_span_state_claim_and_verdict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["review", str(DATA / "article.txt"), "--sources", str(DATA / "sources.yaml"), "-f", "json"]
    )
    data = json.loads(capsys.readouterr().out)
    assert code in (0, 1)
    first = data["numbers"][0]
    assert set(first) == {"span", "text", "state", "claim", "verdict"}
    text = (DATA / "article.txt").read_text(encoding="utf-8")
    for number in data["numbers"]:
        start, end = number["span"]
        assert text[start:end] == number["text"]
    assert data["report"]["summary"]["contradicted"] == 0
    assert code == 0


def test_save_claims_writes_a_claim_file_that_checks(tmp_path: Path) -> None:
    saved = tmp_path / "claims.yaml"
    args = ["review", str(DATA / "article.txt"), "--sources", str(DATA / "sources.yaml")]
    assert main([*args, "--save-claims", str(saved), "-o", str(tmp_path / "r.txt")]) == 0
    assert "# proposed: confirm" in saved.read_text(encoding="utf-8")
    # reviewing again re-drafts over the saved file: the same claims, nothing lost
    first = saved.read_text(encoding="utf-8").count("- id:")
    assert main([*args, "--save-claims", str(saved), "-o", str(tmp_path / "r.txt")]) == 0
    assert saved.read_text(encoding="utf-8").count("- id:") == first


def test_contradicted_claims_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Arrests rose by 50 per cent last year.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["review", str(article), "--sources", str(DATA / "sources.yaml"), "-o", "-"])
    assert code == 1
    # "-o -" is standard output, as for every command: no file named "-" is written.
    assert "CONTRADICTED" in capsys.readouterr().out
    assert not (tmp_path / "-").exists()


def test_review_never_writes_over_its_article(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Arrests rose by 50 per cent last year.\n", encoding="utf-8")
    args = ["review", str(article), "--sources", str(DATA / "sources.yaml")]
    assert main([*args, "-o", str(article)]) == 2
    assert main([*args, "--save-claims", str(article)]) == 2
    assert article.read_text(encoding="utf-8") == "Arrests rose by 50 per cent last year.\n"


@pytest.mark.skipif(not (SHARED / "articles").is_dir(), reason="../shared is not available")
def test_west_midlands_review_gives_the_hand_written_verdicts() -> None:
    claims = ROOT / "claims" / "west-midlands-2016.yaml"
    if not claims.is_file():
        pytest.skip("the West Midlands claim file is not in this checkout")
    hand = claimcheck.check(claimcheck.load(claims))
    article = (SHARED / "articles" / "west-midlands-indecent-images.txt").read_text("utf-8")
    result = review(article, claimcheck.load(claims))
    drafted = {f.quote: f.verdict for f in result.report.claims if f.sources}
    for finding in hand.claims:
        if not finding.sources:
            continue
        matches = [v for q, v in drafted.items() if finding.quote in q or q in finding.quote]
        assert matches == [finding.verdict], finding.quote


def test_review_reads_table_files_given_directly(tmp_path: Path) -> None:
    (tmp_path / "loans.csv").write_text(
        "Table 1: Library loans\nYear,Loans,Visits\n2022,400,900\n2023,500,950\n",
        encoding="utf-8",
    )
    article = tmp_path / "story.txt"
    article.write_text("Library loans rose to 500 in 2023, up from 400.\n", encoding="utf-8")
    saved = tmp_path / "claims.yaml"
    args = ["review", str(article), "--sources", str(tmp_path / "loans.csv")]
    assert main([*args, "--save-claims", str(saved), "-f", "json", "-o", str(tmp_path / "r")]) == 0
    data = json.loads((tmp_path / "r").read_text(encoding="utf-8"))
    assert [(n["text"], n["state"], n["verdict"]) for n in data["numbers"]] == [
        ("500", "proposed", "supported"),
        ("400", "proposed", "supported"),
    ]
    assert 'table: "loans.csv"' in saved.read_text(encoding="utf-8")


def test_draft_previous_keeps_the_claims_written_before(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Arrests rose to 330. Burglaries fell to 480.\n", encoding="utf-8")
    previous = tmp_path / "claims.yaml"
    previous.write_text(
        "sources:\n  police:\n    figures:\n      arrests: {2015: 300, 2016: 330}\n"
        "claims:\n  - id: mine\n    quote: Arrests rose to 330\n"
        "    from: police.arrests[2015]\n    to: police.arrests[2016]\n    note: confirmed\n",
        encoding="utf-8",
    )
    target = tmp_path / "new.yaml"
    args = ["draft", str(article), "--sources", str(DATA / "sources.yaml")]
    assert main([*args, "--previous", str(previous), "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert "  - id: mine\n" in text
    assert "    note: confirmed\n" in text
    quotes = [claim.quote for claim in claimcheck.load(target).claims]
    assert quotes == ["Arrests rose to 330", "Burglaries fell to 480"]

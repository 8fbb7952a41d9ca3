"""Checking a claim file together with its article: where the article is read from, and the
problems an article that cannot be read gives."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.checking import read_article
from claimcheck.claimfile.records import Location

CLAIMS = """\
article:
  text: {text}
sources:
  foi:
    figures:
      crimes: {{2011: 151, 2016: 640}}
claims:
  - id: quadrupled
    quote: has more than quadrupled
    from: foi.crimes[2011]
    to: foi.crimes[2016]
"""


def write(folder: Path, text: str, article: bytes | None = None) -> Path:
    path = folder / "story.yaml"
    path.write_text(CLAIMS.format(text=text), encoding="utf-8")
    if article is not None:
        (folder / "story.txt").write_bytes(article)
    return path


def test_article_named_in_the_claim_file_is_read_beside_it(tmp_path: Path) -> None:
    article = b"Crime has more than quadrupled, to 640 offences."
    report = claimcheck.check(claimcheck.load(write(tmp_path, "story.txt", article)))
    assert [finding.verdict for finding in report.claims] == [claimcheck.Verdict.SUPPORTED]
    assert [mention.text for mention in report.unchecked] == ["640"]
    assert report.articles[0].text == article.decode()


def test_article_outside_the_folder_is_refused_at_its_line(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("text", encoding="utf-8")
    folder = tmp_path / "claims"
    folder.mkdir()
    with pytest.raises(claimcheck.ClaimFileError) as caught:
        claimcheck.load(write(folder, "../elsewhere.txt"))
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (2, 9)
    assert "outside the claim file's folder" in problem.message
    allowed = claimcheck.load(write(folder, "../elsewhere.txt"), allow_outside=True)
    assert allowed.article.text_path == folder / "../elsewhere.txt"


def test_unreadable_article_points_at_the_line_that_names_it(tmp_path: Path) -> None:
    claim_file = claimcheck.load(write(tmp_path, "story.txt", b"%PDF-1.7 Grew"))
    with pytest.raises(claimcheck.ClaimFileError) as caught:
        claimcheck.check(claim_file)
    [problem] = caught.value.problems
    assert (problem.path, problem.line, problem.column) == (str(tmp_path / "story.yaml"), 2, 9)
    assert "PDF articles are not read" in problem.message


def test_article_given_directly_names_itself(tmp_path: Path) -> None:
    with pytest.raises(claimcheck.ClaimFileError) as caught:
        read_article(tmp_path / "missing.txt")
    [problem] = caught.value.problems
    assert problem.path == str(tmp_path / "missing.txt")
    assert "cannot read article" in problem.message
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"line one\nsecond \x81 line")  # neither UTF-8 nor Windows-1252
    with pytest.raises(claimcheck.ClaimFileError) as caught:
        read_article(bad, named_at=None)
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (2, 8)
    named = Location("story.yaml", 3, 9)
    with pytest.raises(claimcheck.ClaimFileError) as caught:
        read_article(bad, named_at=named)
    assert (caught.value.problems[0].path, caught.value.problems[0].line) == ("story.yaml", 3)

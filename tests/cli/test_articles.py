"""Articles as newsrooms keep them: text, Markdown, HTML and Word files, in the encodings
editors' tools write; anything else is named for what it is. Test documents are made here."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import claimcheck
from claimcheck.checking import read_document
from claimcheck.text.documents import NotAnArticle, from_bytes

STORY = "Offences have more than quadrupled, to 640 last year.\nThere were 12 arrests."

CLAIMS = """\
article:
  text: {name}
sources:
  release:
    title: Annual figures
    figures:
      offences: {{2015: 151, 2016: 640}}
claims:
  - id: quadrupled
    quote: more than quadrupled
    from: release.offences[2015]
    to: release.offences[2016]
"""


def word_file(*paragraphs: str, table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, cells in zip(grid.rows, table, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def check_article(tmp_path: Path, name: str, data: bytes) -> claimcheck.Report:
    (tmp_path / name).write_bytes(data)
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS.format(name=name), encoding="utf-8")
    return claimcheck.check(claimcheck.load(claims))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("story.txt", STORY.encode("utf-8")),
        ("story.md", ("# Crime\n\n" + STORY).encode("utf-8")),
        ("story.txt", b"\xef\xbb\xbf" + STORY.encode("utf-8")),
        ("story.txt", STORY.encode("utf-16")),  # with its byte-order mark
        ("story.txt", STORY.encode("utf-16-be").join([b"\xfe\xff", b""])),
        ("story.html", f"<html><body><p>{STORY.replace(chr(10), '</p><p>')}</p></body>".encode()),
        ("story.docx", word_file(*STORY.split("\n"))),
    ],
    ids=["txt", "md", "utf8-bom", "utf16-le", "utf16-be", "html", "docx"],
)
def test_every_article_format_is_checked_alike(tmp_path: Path, name: str, data: bytes) -> None:
    report = check_article(tmp_path, name, data)
    [finding] = report.claims
    assert finding.verdict is claimcheck.Verdict.SUPPORTED
    assert sorted(m.text for m in report.unchecked) == ["12", "640"]
    [article] = report.articles
    assert article.text is not None
    assert "<p>" not in article.text
    assert article.notes == []


def test_windows_1252_is_read_with_a_note(tmp_path: Path) -> None:
    data = ("Café owners say “prices” rose. " + STORY).encode("cp1252")
    report = check_article(tmp_path, "story.txt", data)
    [article] = report.articles
    assert article.text is not None
    assert "“prices”" in article.text
    [note] = article.notes
    assert "Windows-1252" in note
    from claimcheck.report import render

    assert "Windows-1252" in render(report, "text")
    assert "Windows-1252" in render(report, "html")
    assert "Windows-1252" in render(report, "markdown")
    assert "Windows-1252" in json.loads(render(report, "json"))["articles"][0]["notes"][0]


def test_the_html_report_of_an_html_article_shows_text_and_every_quote(tmp_path: Path) -> None:
    story = "<p>Offences <b>more than quadrupled</b>.</p><p>Again: more than quadrupled.</p>"
    report = check_article(tmp_path, "story.html", story.encode())
    from claimcheck.report import render

    page = render(report, "html")
    assert "&lt;b&gt;" not in page
    assert "&lt;p&gt;" not in page
    assert page.count('class="mark v-supported"') == 2
    assert page.count('id="in-article-claim-quadrupled"') == 1


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("story.txt", word_file("Crime rose."), "is a Word file saved as .txt"),
        ("story.txt", b"%PDF-1.7\n...", "PDF articles are not read: save the text"),
        ("story.pdf", b"%PDF-1.4\n...", "PDF articles are not read"),
        ("story.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old Word (.doc)"),
        ("story.txt", b"{\\rtf1\\ansi Crime rose.}", "RTF"),
        ("story.txt", b"\x89PNG\r\n\x1a\n" + bytes(20), "PNG image"),
        ("story.docx", b"Crime rose by 5%.", "not a Word file"),
        ("story.txt", b"abc\x00\x01\x02\x03def\x00", "binary file"),
        ("story.txt", b"Crime rose \x81\x8d by 5%", "nor Windows-1252"),
    ],
    ids=["docx-as-txt", "pdf-as-txt", "pdf", "doc", "rtf", "png", "text-as-docx", "binary", "bad"],
)
def test_anything_else_is_named_for_what_it_is(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(claimcheck.ClaimFileError) as caught:
        read_document(path)
    [problem] = caught.value.problems
    assert message in problem.message
    assert problem.message.startswith(f"article {path} ")


def test_a_word_file_that_would_expand_too_far_is_refused() -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" + b" " * (120 * 1024 * 1024))
    with pytest.raises(NotAnArticle, match="expand past the size limit"):
        from_bytes(buffer.getvalue(), "story.docx")


def test_a_word_file_keeps_its_tables() -> None:
    data = word_file("Crime figures.", table=[["Year", "Offences"], ["2016", "640"]])
    document = from_bytes(data, "story.docx")
    assert "2016\t640" in document.text
    assert document.kind == "docx"


def test_python_docx_is_imported_only_for_a_word_file() -> None:
    import subprocess

    code = (
        "import sys; from claimcheck.text.documents import from_bytes;"
        "from_bytes(b'Crime rose 5%.', 'a.txt'); print('docx' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_scan_reads_a_word_file(tmp_path: Path) -> None:
    from claimcheck.cli import main

    path = tmp_path / "story.docx"
    path.write_bytes(word_file("Crime rose by 12% last year.", "Arrests fell to 640."))
    assert main(["scan", str(path), "-o", str(tmp_path / "out.txt")]) == 0
    listing = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert "12%" in listing
    assert "640" in listing

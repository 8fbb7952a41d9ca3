"""The HTML page: self-contained, escaped, a card per claim, the article marked up."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from _report_samples import ARTICLE, sample_report
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.model import FigureUse, Finding, Report, Unchecked, Verdict
from claimcheck.report._article import Mark, find_quote, paragraphs, stated
from claimcheck.report._chart import change_chart
from claimcheck.report.html import render, safe_url


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside each element id."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(page)
    return parser.tags


def test_self_contained_no_scripts_no_external_assets() -> None:
    page = render(sample_report())
    tags = _tags(page)
    names = {tag for tag, _ in tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed"}
    for tag, attrs in tags:
        assert "src" not in attrs
        if tag != "a":
            assert "href" not in attrs
    assert "url(" not in page
    assert "@import" not in page
    assert "Content-Security-Policy" in page


def test_a_card_per_claim_with_its_verdict() -> None:
    report = sample_report()
    cards = [attrs for tag, attrs in _tags(render(report)) if tag == "article"]
    assert [(c["id"], c["data-verdict"]) for c in cards] == [
        (f"claim-{f.id}", f.verdict.value) for f in report.claims
    ]


def test_quotes_link_to_cards_and_unchecked_numbers_are_underlined() -> None:
    page = render(sample_report())
    marks = [
        attrs for tag, attrs in _tags(page) if tag == "a" and "mark" in (attrs.get("class") or "")
    ]
    assert len(marks) == 6
    ids = {attrs["id"] for tag, attrs in _tags(page) if "id" in attrs}
    assert all((m["href"] or "")[1:] in ids for m in marks)
    assert (
        '<a class="mark v-contradicted" id="in-article-claim-arrests-halved" '
        'href="#claim-arrests-halved" title="arrests-halved: contradicted">arrests fell by half</a>'
    ) in page
    # Each card links back to its quote in the article.
    backs = [attrs["href"] for tag, attrs in _tags(page) if attrs.get("class") == "to-article"]
    assert sorted(backs) == sorted(f"#in-article-{m['href'][1:]}" for m in marks if m["href"])
    assert all((href or "")[1:] in ids for href in backs)
    assert ('<span class="unchecked" title="not checked by any claim (count)">1,200</span>') in page


def test_without_article_text_there_is_no_article_section() -> None:
    page = render(sample_report(article=False))
    assert '<section class="article">' not in page
    assert 'class="mark' not in page


def test_charts_only_for_change_claims() -> None:
    page = render(sample_report())
    assert page.count("<svg") == 3  # quadrupled, 24-fold, halved; not the share or unsourced
    assert 'aria-label="2011: 151 → 2016: 640"' in page


def test_sources_with_provenance_and_the_figures_they_gave() -> None:
    page = render(sample_report())
    assert (
        "West Midlands Police, <cite>FOI response, indecent images of children offences</cite>, "
        '<a href="https://example.org/foi" rel="noopener noreferrer">https://example.org/foi</a>, '
        "retrieved 2017-03-01"
    ) in page


def test_hostile_strings_are_escaped_and_unsafe_urls_not_linked() -> None:
    page = render(sample_report(hostile=True))
    tags = _tags(page)
    assert "script" not in {tag for tag, _ in tags}
    assert not any(name.startswith("on") for _, attrs in tags for name in attrs)
    assert "&lt;script&gt;document.title=" in page
    assert "&lt;img src=x onerror=" in page
    assert not any("javascript" in (attrs.get("href") or "") for _, attrs in tags)
    assert "javascript:alert(1)" in page  # shown as text


def test_phone_and_print_styles() -> None:
    page = render(sample_report())
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "@media print" in page
    assert "@media (max-width:" in page


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/foi", True),
        ("HTTP://example.org", True),
        ("javascript:alert(1)", False),
        ("data:text/html,hi", False),
        ("https://exa mple.org", False),
        ("//example.org", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url(url: str | None, safe: bool) -> None:
    assert (safe_url(url) is not None) is safe


@pytest.mark.parametrize(
    ("quote", "found"),
    [
        ("has more than quadrupled over the last five years", "has more than quadrupled"),
        ("HAS  MORE than\nquadrupled over the last five years", "has more than quadrupled"),
        ("arrests fell by half", "arrests fell by half"),
        ("not in the story", None),
        ("   ", None),
    ],
)
def test_find_quote(quote: str, found: str | None) -> None:
    span = find_quote(ARTICLE, quote)
    if found is None:
        assert span is None
    else:
        assert span is not None
        assert ARTICLE[span[0] : span[1]].startswith(found)
        assert " ".join(ARTICLE[span[0] : span[1]].lower().split()) == " ".join(
            quote.lower().split()
        )


def test_find_quote_folds_quote_marks_and_dashes() -> None:
    text = "He said: “we’re up 10 per cent – again”."
    span = find_quote(text, '"we\'re up 10 per cent - again"')
    assert span is not None
    assert text[span[0] : span[1]] == "“we’re up 10 per cent – again”"


def test_overlapping_spans_keep_the_first() -> None:
    text = "one two three"
    marks = [Mark(0, 7, "a", "a", Verdict.SUPPORTED), Mark(4, 13, "b", "b", Verdict.SUPPORTED)]
    mention = Unchecked(start=4, end=7, text="two", kind="count")
    (paragraph,) = paragraphs(text, marks, [mention])
    assert [(p.text, p.mark.anchor if p.mark else None) for p in paragraph] == [
        ("one two", "a"),
        (" three", None),
    ]


def test_a_quote_across_a_line_break_is_marked_in_both_paragraphs_linked_once() -> None:
    mark = Mark(4, 13, "a", "a", Verdict.SUPPORTED)
    result = paragraphs("one two\nthree four", [mark], [])
    assert [[(p.text, p.mark is mark, p.first) for p in para] for para in result] == [
        [("one ", False, True), ("two", True, True)],
        [("three", True, False), (" four", False, True)],
    ]


@given(
    st.text(alphabet="ab \n", max_size=40),
    st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=4),
)
def test_paragraphs_keep_every_character_but_line_breaks(
    text: str, spans: list[tuple[int, int]]
) -> None:
    marks = [Mark(s, e, f"m{n}", "c", Verdict.SUPPORTED) for n, (s, e) in enumerate(spans)]
    pieces = [piece for paragraph in paragraphs(text, marks, []) for piece in paragraph]
    assert all("\n" not in piece.text for piece in pieces)
    joined = "".join(piece.text for piece in pieces)
    assert joined.replace(" ", "") == text.replace("\n", "").replace(" ", "")


def test_the_words_of_each_statement_are_marked_in_the_quote() -> None:
    finding = sample_report().claims[0]
    pieces = stated(finding.quote, finding.statements)
    assert [(p.text, p.mark.verdict if p.mark else None) for p in pieces] == [
        ("has ", None),
        ("more than quadrupled", Verdict.SUPPORTED),
        (" over the last five years", None),
    ]
    assert (
        '<blockquote class="quote">has <span class="stated v-supported" title="supported">'
        "more than quadrupled</span> over the last five years</blockquote>"
    ) in render(sample_report())


def _change(start: str, end: str) -> Finding:
    def use(role: str, value: str) -> FigureUse:
        return FigureUse(ref=f"s.f[{role}]", role=role, value=value, source="s")

    return Finding(
        id="c",
        quote="q",
        verdict=Verdict.SUPPORTED,
        explanation="",
        sources=[use("from", start), use("to", end)],
    )


def test_chart_geometry_is_exact_and_scaled_to_the_larger_figure() -> None:
    chart = change_chart(_change("151", "640"))
    assert chart is not None
    low, high = chart.bars
    assert (high.y, high.height) == ("22.0", "86.0")
    assert (low.y, low.height) == ("87.7", "20.3")  # 86 × 151 / 640 = 20.29
    assert (low.label, low.value, high.label) == ("from", "151", "to")


@pytest.mark.parametrize(
    ("start", "end"), [("0", "0"), ("-5", "10"), ("n/a", "10"), ("12.5%", "£3.7m")]
)
def test_no_chart_for_figures_that_cannot_be_drawn(start: str, end: str) -> None:
    assert change_chart(_change(start, end)) is None


def test_an_empty_report_renders() -> None:
    assert "0 claims" in render(Report.of([]))

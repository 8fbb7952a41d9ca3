"""The review page in headless Chromium: every number with its state, links to the working,
no planted script running, a phone-width screen and print. Skipped where Chromium is absent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_browser import CHROMIUM, chromium, dump_dom, phone_widths

import claimcheck
from claimcheck.article.review import review
from claimcheck.report.review import render

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")
DATA = Path(__file__).resolve().parents[1] / "data" / "draft"
HOSTILE = "Arrests rose to 330 <script>document.title='pwned'</script> last year."


def _page(article: str | None = None) -> str:
    text = article or (DATA / "article.txt").read_text(encoding="utf-8")
    return render(review(text, claimcheck.load(DATA / "sources.yaml")), "html")


def test_every_number_is_highlighted_with_its_state(tmp_path: Path) -> None:
    dom = dump_dom(_page(), tmp_path)
    numbers = re.findall(r'<a class="num s-([a-z_]+)[^"]*" data-state="\1"[^>]*>([^<]+)</a>', dom)
    assert ("proposed", "480") in numbers
    assert ("proposed", "10 per cent") in numbers
    assert ("no_figure", "640") in numbers
    links = re.findall(r'href="#(claim-[^"]+)"', dom)
    ids = set(re.findall(r'<article class="card [^"]+" id="([^"]+)"', dom))
    assert links
    assert set(links) <= ids
    assert "proposed: confirm" in dom
    assert "police.burglaries[2016]" in dom  # the cell a figure came from, in its card


def test_a_planted_script_does_not_run(tmp_path: Path) -> None:
    dom = dump_dom(_page(HOSTILE), tmp_path)
    assert "<title>pwned</title>" not in dom
    assert "&lt;script&gt;" in dom


def test_the_page_fits_a_phone_screen(tmp_path: Path) -> None:
    width, scroll = phone_widths(_page(), tmp_path)
    assert scroll <= width <= 360


def test_the_page_prints(tmp_path: Path) -> None:
    page = tmp_path / "review.html"
    page.write_text(_page(), encoding="utf-8")
    pdf = tmp_path / "review.pdf"
    chromium(page, tmp_path / "profile", f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert pdf.read_bytes().startswith(b"%PDF")

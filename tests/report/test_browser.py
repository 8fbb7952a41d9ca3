"""The HTML report in a real browser: headless Chromium (Debian's ``chromium`` package).

Through the DOM after load: every claim appears with its verdict, script planted in a quote
and a source title does not run, and the page fits a phone screen. Skipped, with the reason,
only where Chromium is not installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html import escape as html_escape
from pathlib import Path

import pytest
from _golden import refreshing
from _report_samples import sample_report, west_midlands_report

from claimcheck.report.html import render

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (Debian: apt-get install -y chromium)",
)
DOCS = Path(__file__).resolve().parents[2] / "docs"
SHARED = Path(__file__).resolve().parents[3] / "shared"


def chromium(page: Path, profile: Path, *args: str) -> str:
    """Run headless Chromium on ``page`` with networking and background services off."""
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=3000",
        *args,
        page.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def dump_dom(html: str, tmp_path: Path, *args: str) -> str:
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    return chromium(page, tmp_path / "profile", "--dump-dom", *args)


def phone_widths(page: str, tmp_path: Path) -> tuple[int, int]:
    """The page's width and scroll width inside a 360-pixel frame, as the browser lays it out."""
    harness = (
        '<!DOCTYPE html><iframe id="f" width="360" height="740" style="border:0" '
        f'srcdoc="{html_escape(page, quote=True)}"></iframe><script>'
        "document.getElementById('f').addEventListener('load', (event) => {"
        "const inner = event.target.contentDocument.documentElement;"
        "document.body.dataset.width = inner.clientWidth;"
        "document.body.dataset.scroll = inner.scrollWidth; });</script>"
    )
    dom = dump_dom(harness, tmp_path)
    match = re.search(r'data-width="(\d+)" data-scroll="(\d+)"', dom)
    assert match is not None, dom[-300:]
    return int(match.group(1)), int(match.group(2))


def cards(dom: str) -> list[tuple[str, str, str]]:
    """(element id, data-verdict, badge text) for every claim card in the DOM."""
    pattern = re.compile(
        r'<article class="card [^"]*" id="([^"]+)" data-verdict="([^"]+)">\s*<header>\s*'
        r'<span class="badge [^"]*">([^<]+)</span>'
    )
    return pattern.findall(dom)


def test_every_claim_appears_with_its_verdict(tmp_path: Path) -> None:
    report = sample_report()
    dom = dump_dom(render(report), tmp_path)
    assert cards(dom) == [
        (f"claim-{f.id}", f.verdict.value, f.verdict.words) for f in report.claims
    ]
    quotes = re.findall(r'<blockquote class="quote">(.*?)</blockquote>', dom)
    assert [re.sub(r"<[^>]+>", "", quote) for quote in quotes] == [
        finding.quote for finding in report.claims
    ]
    assert dom.count('class="mark v-') == len(report.claims)
    assert '<span class="unchecked" title="not checked by any claim (count)">1,200</span>' in dom


def test_planted_script_and_onerror_do_not_run(tmp_path: Path) -> None:
    dom = dump_dom(render(sample_report(hostile=True)), tmp_path)
    assert "data-pwned" not in dom
    assert "<title>pwned</title>" not in dom
    assert "<script" not in dom
    assert not re.search(r"<img[^>]*onerror", dom)
    # The planted markup is on the page as text, for the editor to see.
    assert "&lt;script&gt;document.title='pwned'" in dom
    assert "&lt;img src=x onerror=" in dom


def test_escaping_alone_stops_the_planted_script(tmp_path: Path) -> None:
    # Without the content security policy the escaping still has to hold.
    html = render(sample_report(hostile=True))
    html, removed = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    assert removed == 1
    dom = dump_dom(html, tmp_path)
    assert "data-pwned" not in dom
    assert "<title>pwned</title>" not in dom


@pytest.mark.parametrize("planted", ["SCRIPT", "ONERROR"])
def test_the_browser_would_show_a_planted_script_that_ran(tmp_path: Path, planted: str) -> None:
    # The control: the same payload placed raw into a page does run and is seen in the DOM,
    # so the tests above would catch an escaping failure.
    import _report_samples

    payload = getattr(_report_samples, planted)
    dom = dump_dom(f"<!DOCTYPE html><title>t</title><p>{payload}</p>", tmp_path)
    assert "data-pwned=" in dom
    assert "<title>pwned</title>" in dom


def test_the_page_fits_a_phone_screen(tmp_path: Path) -> None:
    # The page sits in a 360-pixel frame (headless windows are never that narrow); a script
    # in the frame's parent records whether anything in it is wider than the frame.
    width, scroll = phone_widths(render(sample_report(hostile=True)), tmp_path)
    assert 340 <= width <= 360
    assert scroll <= width


def test_the_page_prints(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render(sample_report()), encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    chromium(page, tmp_path / "profile", f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_west_midlands_report_in_the_browser(tmp_path: Path) -> None:
    report = west_midlands_report()
    dom = dump_dom(render(report), tmp_path)
    assert cards(dom) == [
        (f"claim-{f.id}", f.verdict.value, f.verdict.words) for f in report.claims
    ]
    assert [f.verdict.value for f in report.claims].count("supported") == 4
    assert 'aria-label="2011: 12 → 2016: 288"' in dom


def test_every_west_midlands_quote_is_highlighted_in_the_article(tmp_path: Path) -> None:
    article = SHARED / "articles" / "west-midlands-indecent-images.txt"
    if not article.exists():
        pytest.skip(f"the shared articles folder is absent ({article.parent})")
    report = west_midlands_report(article.read_text(encoding="utf-8"))
    assert report.unchecked == []
    dom = dump_dom(render(report), tmp_path)
    marks = re.findall(r'<a class="mark v-([a-z_]+)" id="[^"]+" href="#claim-([^"]+)"', dom)
    assert sorted(marks) == sorted((f.verdict.value, f.id) for f in report.claims)
    assert len(marks) == 8
    assert 'title="not checked by any claim' not in dom
    assert "Every statistical number in the article is checked by a claim." in dom


def test_screenshot(tmp_path: Path) -> None:
    # The committed screenshot is of the West Midlands report, retaken with the golden files.
    shot = tmp_path / "report.png"
    page = tmp_path / "report.html"
    page.write_text(render(west_midlands_report()), encoding="utf-8")
    chromium(
        page,
        tmp_path / "profile",
        f"--screenshot={shot}",
        "--window-size=900,1500",
        "--hide-scrollbars",
    )
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 10_000
    if refreshing():
        (DOCS / "report-west-midlands.png").write_bytes(data)

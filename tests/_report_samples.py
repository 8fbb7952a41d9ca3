"""Reports built by hand for the renderer tests: a West Midlands-like story with one claim of
every verdict, an invented article text around the quotes, and a hostile variant whose
strings try to run script in the HTML page."""

from __future__ import annotations

import os
from pathlib import Path

from claimcheck.model import (
    ArticleInfo,
    FigureUse,
    Finding,
    Quantity,
    Report,
    SourceInfo,
    Statement,
    Unchecked,
    Verdict,
)

FILE = "claims/sample.yaml"
# Should either run, the page's title changes and its root element gains data-pwned.
SCRIPT = "<script>document.title='pwned';document.documentElement.dataset.pwned='script'</script>"
ONERROR = (
    "<img src=x onerror=\"document.title='pwned';document.documentElement.dataset.pwned='img'\">"
)

ARTICLE = (
    "Image crimes up sharply\n"
    "Recorded offences has more than quadrupled over the last five years, figures show.\n"
    "Distribution offences increased from 12 in 2011 to 288 in 2016 according to the force.\n"
    "Officers said arrests fell by half last year.\n"
    "A team of 25 officers now works on the cases, and 40 more are planned.\n"
    "Some 7 in 10 cases involved possession, a spokesman said.\n"
    "The force also seized 1,200 devices.\n"
)


def _foi(ref: str, role: str, value: str, *, title: str | None = None) -> FigureUse:
    return FigureUse(
        ref=ref,
        role=role,
        value=value,
        source="foi",
        title=title or "FOI response, indecent images of children offences",
        publisher="West Midlands Police",
        url="https://example.org/foi",
        retrieved="2017-03-01",
    )


def sample_findings(*, hostile: bool = False) -> list[Finding]:
    """Six findings: two supported, a contradicted, a needs review, two unsourced."""
    quadrupled = "has more than quadrupled over the last five years"
    title = f"FOI response {ONERROR}" if hostile else None
    return [
        Finding(
            id="crimes-quadrupled",
            file=FILE,
            line=12,
            quote=quadrupled + (f" {SCRIPT}" if hostile else ""),
            verdict=Verdict.SUPPORTED,
            explanation="more than quadrupled: 640 / 151 = 4.24×, more than 4× (supported)",
            statements=[
                Statement(
                    stated="more than quadrupled",
                    computed="4.24×",
                    rule="'more than N×': the ratio must exceed N",
                    verdict=Verdict.SUPPORTED,
                    explanation="more than quadrupled: 640 / 151 = 4.24×, more than 4× (supported)",
                    quantity=Quantity.RATIO,
                    rule_id="ratio.more_than",
                    exact="640/151",
                    start=4,
                    end=24,
                ),
                Statement(
                    stated="over the last five years",
                    computed="5 years",
                    rule="a period phrase must match the year labels",
                    verdict=Verdict.SUPPORTED,
                    explanation="2011 → 2016 is five years (supported)",
                    quantity=Quantity.PERIOD,
                    rule_id="period.years",
                ),
            ],
            sources=[
                _foi("foi.crimes_recorded[2011]", "from", "151", title=title),
                _foi("foi.crimes_recorded[2016]", "to", "640", title=title),
            ],
        ),
        Finding(
            id="distribution-24-fold",
            file=FILE,
            line=18,
            quote="increased from 12 in 2011 to 288 in 2016",
            verdict=Verdict.SUPPORTED,
            explanation="12 → 288 is a 24× rise (+2,300%) (supported)",
            statements=[
                Statement(
                    stated="increased",
                    computed="+276",
                    rule="a direction word must agree with the sign of the change",
                    verdict=Verdict.SUPPORTED,
                    explanation="12 → 288 is a 24× rise (+2,300%) (supported)",
                    quantity=Quantity.DIRECTION,
                    rule_id="direction",
                    exact="24",
                )
            ],
            sources=[
                _foi("foi.distribution_offences[2011]", "from", "12"),
                _foi("foi.distribution_offences[2016]", "to", "288"),
            ],
            notes=["small base: 12 is fewer than 30, so the multiple moves a lot with a few cases"],
        ),
        Finding(
            id="arrests-halved",
            file=FILE,
            line=24,
            quote="arrests fell by half",
            verdict=Verdict.CONTRADICTED,
            explanation="fell by half: 358 → 691 is a rise of 93%, not a fall (contradicted)",
            statements=[
                Statement(
                    stated="fell",
                    computed="+333",
                    rule="a direction word must agree with the sign of the change",
                    verdict=Verdict.CONTRADICTED,
                    explanation="fell by half: 358 → 691 is a rise of 93%, not a fall "
                    "(contradicted)",
                    quantity=Quantity.DIRECTION,
                    rule_id="direction",
                )
            ],
            sources=[
                _foi("foi.arrests[2011]", "from", "358"),
                _foi("foi.arrests[2016]", "to", "691"),
            ],
        ),
        Finding(
            id="possession-share",
            file=FILE,
            line=30,
            quote="Some 7 in 10 cases involved possession",
            verdict=Verdict.NEEDS_REVIEW,
            explanation="some 7 in 10: 467 / 640 = 73.0%, within 20% of 70% (needs review)",
            statements=[
                Statement(
                    stated="Some 7 in 10",
                    computed="73.0%",
                    rule="'about N': within ±10% supported, within ±20% needs review",
                    verdict=Verdict.NEEDS_REVIEW,
                    explanation="some 7 in 10: 467 / 640 = 73.0%, within 20% of 70% (needs review)",
                    quantity=Quantity.SHARE,
                    rule_id="share.about",
                    exact="467/640",
                )
            ],
            sources=[
                _foi("foi.possession", "part", "467"),
                _foi("foi.crimes_recorded[2016]", "whole", "640"),
            ],
            notes=["the share is of 2016 crimes only; the story does not say which year"],
            note="Possession counts came by email, not in the FOI table.",
        ),
        Finding(
            id="team-officers",
            file=FILE,
            line=36,
            quote="A team of 25 officers",
            verdict=Verdict.UNSOURCED,
            explanation="no source figure referenced: 25 is the police's word (unsourced)",
            note="From the police statement; no published figure to check against.",
        ),
        Finding(
            id="planned-officers",
            file=FILE,
            line=40,
            quote="40 more are planned",
            verdict=Verdict.UNSOURCED,
            explanation="no source figure referenced (unsourced)",
        ),
    ]


def sample_report(*, article: bool = True, hostile: bool = False) -> Report:
    """The sample findings as a report, with the invented article when ``article`` is set."""
    text = ARTICLE + (f"Planted: {SCRIPT} {ONERROR}\n" if hostile else "")
    info = ArticleInfo(
        file=FILE,
        title="Image crimes up sharply" + (f" {SCRIPT}" if hostile else ""),
        url="https://example.org/story",
        published="2017-03-10",
        text=text if article else None,
    )
    unchecked = []
    if article:
        start = ARTICLE.index("1,200")
        unchecked = [Unchecked(start=start, end=start + 5, text="1,200", kind="count", file=FILE)]
    return Report.of(
        sample_findings(hostile=hostile),
        sources=[
            SourceInfo(
                id="foi",
                file=FILE,
                title="FOI response, indecent images of children offences"
                + (f" {ONERROR}" if hostile else ""),
                publisher="West Midlands Police",
                url="javascript:alert(1)" if hostile else "https://example.org/foi",
                retrieved="2017-03-01",
            )
        ],
        articles=[info],
        unchecked=unchecked,
    )


ROOT = Path(__file__).resolve().parents[1]


def west_midlands_report(article: str | None = None) -> Report:
    """The real report on the project's West Midlands claim file, its path as written in the
    repository whatever the working directory; ``article`` is the story's text, if given."""
    import claimcheck

    here = Path.cwd()
    os.chdir(ROOT)
    try:
        return claimcheck.check(claimcheck.load("claims/west-midlands-2016.yaml"), article=article)
    finally:
        os.chdir(here)

"""The verification report as data: verdicts, statements, findings and the report itself.

These models are the contract between the checking engine and everything that shows its
results (the renderers, the command line, a newsroom's own tools). They hold values only;
turning a report into text, JSON or HTML is the job of ``claimcheck.report``.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Verdict(StrEnum):
    """How a claim, or one numeric statement in it, stands against its source figures."""

    SUPPORTED = "supported"
    NEEDS_REVIEW = "needs_review"
    CONTRADICTED = "contradicted"
    UNSOURCED = "unsourced"

    @property
    def words(self) -> str:
        """The verdict as an editor would say it."""
        return _VERDICT_WORDS[self]

    @property
    def severity(self) -> int:
        """Higher is worse: a claim takes the worst verdict of its statements."""
        return _SEVERITY[self]


_VERDICT_WORDS = {
    Verdict.SUPPORTED: "supported",
    Verdict.NEEDS_REVIEW: "needs review",
    Verdict.CONTRADICTED: "contradicted",
    Verdict.UNSOURCED: "unsourced",
}
_SEVERITY = {
    Verdict.SUPPORTED: 0,
    Verdict.UNSOURCED: 1,
    Verdict.NEEDS_REVIEW: 2,
    Verdict.CONTRADICTED: 3,
}


def worst(verdicts: list[Verdict]) -> Verdict:
    """The worst of several statement verdicts: contradicted, then needs review, then supported."""
    if not verdicts:
        return Verdict.SUPPORTED
    return max(verdicts, key=lambda verdict: verdict.severity)


class Quantity(StrEnum):
    """What a numeric statement speaks of, derived from the referenced figures."""

    VALUE = "value"
    RATIO = "ratio"
    PERCENT_CHANGE = "percent_change"
    DIFFERENCE = "difference"
    POINTS = "points"
    SHARE = "share"
    RANK = "rank"
    PERIOD = "period"
    DIRECTION = "direction"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Statement(_Model):
    """One numeric statement found in a quote and how it was checked."""

    stated: str = Field(description="The words of the quote that make the statement.")
    computed: str = Field(description="The derived quantity, as an editor reads it: '4.24×'.")
    rule: str = Field(description="The rule that applied, in words.")
    verdict: Verdict
    explanation: str = Field(description="One sentence with the working shown.")
    quantity: Quantity
    rule_id: str = Field(description="Stable identifier of the rule, for tools.")
    exact: str | None = Field(
        default=None, description="The computed quantity as an exact fraction, e.g. '640/151'."
    )
    start: int | None = Field(default=None, description="Offset of the statement in the quote.")
    end: int | None = Field(default=None, description="End offset (exclusive) in the quote.")


class FigureUse(_Model):
    """A source figure that a finding used, with the provenance an editor needs to trust it."""

    ref: str = Field(description="The reference as written in the claim file.")
    role: str = Field(description="from, to, figure, figures (one of several), part or whole.")
    value: str = Field(description="The figure as the source gives it: '640', '12.5%'.")
    source: str = Field(description="The source id.")
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = Field(default=None, description="When the source was published.")
    retrieved: str | None = None
    cell: str | None = Field(
        default=None, description="Where the figure sits in a spreadsheet: 'foi.csv row 3, 2016'."
    )


class Finding(_Model):
    """The verdict on one claim, with every statement in it and the figures it used."""

    id: str
    file: str | None = None
    line: int | None = Field(default=None, description="Line of the claim in its file.")
    quote: str
    verdict: Verdict
    explanation: str
    statements: list[Statement] = Field(default_factory=list)
    sources: list[FigureUse] = Field(default_factory=list)
    notes: list[str] = Field(
        default_factory=list,
        description="Editorial notes: true but worth a second look (small base, understated...).",
    )
    note: str | None = Field(default=None, description="The reporter's note from the claim file.")
    traceback: str | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description=(
            "For an internal error (a statement with rule id 'internal.error'): the traceback, "
            "for the command line to print on stderr. Never part of a rendered report."
        ),
    )

    @property
    def internal_error(self) -> bool:
        """Whether claimcheck failed while checking this claim: a bug, not a verdict."""
        return any(statement.rule_id == INTERNAL_ERROR for statement in self.statements)


# The rule id of the statement in a finding whose check failed with an unexpected exception.
INTERNAL_ERROR = "internal.error"


class SourceInfo(_Model):
    """A source named in a claim file, for the sources section of a report."""

    id: str
    file: str | None = None
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = Field(default=None, description="When the source was published.")
    retrieved: str | None = None


class Unchecked(_Model):
    """A statistical number in the article that no claim's quote covers."""

    start: int
    end: int
    text: str
    kind: str
    file: str | None = None


class ArticleInfo(_Model):
    """The article a claim file speaks of, as far as the claim file or command line says."""

    file: str | None = Field(default=None, description="The claim file this article belongs to.")
    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    path: str | None = Field(default=None, description="Where the article text was read from.")
    text: str | None = Field(default=None, description="The article text, when it was given.")
    notes: list[str] = Field(
        default_factory=list,
        description="What was assumed in reading the article (its encoding, say).",
    )


class Summary(_Model):
    """How many claims got each verdict."""

    supported: int = 0
    needs_review: int = 0
    contradicted: int = 0
    unsourced: int = 0

    @property
    def total(self) -> int:
        return self.supported + self.needs_review + self.contradicted + self.unsourced


class Report(_Model):
    """Everything ``claimcheck.check`` found: one finding per claim, in file order."""

    claimcheck: str = Field(description="The claimcheck version that made the report.")
    summary: Summary
    claims: list[Finding]
    sources: list[SourceInfo] = Field(default_factory=list)
    articles: list[ArticleInfo] = Field(default_factory=list)
    unchecked: list[Unchecked] = Field(default_factory=list)

    @classmethod
    def of(
        cls,
        findings: list[Finding],
        *,
        sources: list[SourceInfo] | None = None,
        articles: list[ArticleInfo] | None = None,
        unchecked: list[Unchecked] | None = None,
    ) -> Report:
        """Build a report from findings, counting the summary from them."""
        from claimcheck._version import __version__

        counts = dict.fromkeys(Verdict, 0)
        for finding in findings:
            counts[finding.verdict] += 1
        summary = Summary(**{verdict.value: n for verdict, n in counts.items()})
        return cls(
            claimcheck=__version__,
            summary=summary,
            claims=findings,
            sources=sources or [],
            articles=articles or [],
            unchecked=unchecked or [],
        )

    @classmethod
    def merge(cls, reports: list[Report]) -> Report:
        """One report from several (``claimcheck check`` over many files), order kept."""
        return cls.of(
            [finding for report in reports for finding in report.claims],
            sources=[source for report in reports for source in report.sources],
            articles=[article for report in reports for article in report.articles],
            unchecked=[mention for report in reports for mention in report.unchecked],
        )

    @property
    def worst(self) -> Verdict:
        return worst([finding.verdict for finding in self.claims])

"""Shared helpers for drafting from table files: a case (tables, article, the claim to look
at, its references, a fragment of its reason and its verdict) and the draft and report it
gives, as ``claimcheck draft ARTICLE --sources TABLE...`` then ``check`` would."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

import claimcheck
from claimcheck.article.drafting.compose import draft
from claimcheck.claimfile.loader import loads
from claimcheck.claimfile.table_sources import draft_sources, splice_sources
from claimcheck.model import Verdict


@dataclass(frozen=True)
class Case:
    name: str
    tables: dict[str, str]
    article: str
    quote: str
    references: dict[str, str]
    reason: str
    verdict: Verdict | None


def drafted(tmp_path: Path, case: Case) -> tuple[str, claimcheck.Report]:
    """The draft of ``case.article`` over its tables, and the check of that draft."""
    paths = []
    for name, text in case.tables.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    sources, block = draft_sources(paths, tmp_path)
    text = splice_sources(draft(case.article, sources, output_dir=tmp_path), block)
    loaded = loads(text, str(tmp_path / "draft.yaml"), base_dir=tmp_path)
    return text, claimcheck.check(loaded, article=case.article)


def drafted_article(
    tmp_path: Path, tables: dict[str, str], article: str
) -> tuple[str, claimcheck.Report]:
    """The draft of ``article`` over ``tables`` and its check, for tests that look at every
    claim rather than one."""
    return drafted(tmp_path, Case("", tables, article, "", {}, "", None))


def assert_case(tmp_path: Path, case: Case) -> None:
    """The claim quoting ``case.quote`` has the case's references, reason and verdict."""
    text, report = drafted(tmp_path, case)
    findings = {finding.quote: finding for finding in report.claims}
    assert case.quote in findings, text
    finding = findings[case.quote]
    written = {source.role: source.ref for source in finding.sources}
    assert written == case.references, text
    assert case.reason in text
    if case.verdict is not None:
        assert finding.verdict is case.verdict, finding.explanation


def by_quote(report: claimcheck.Report) -> dict[str, tuple[dict[str, str], str]]:
    """Each drafted claim's quote with its references (role to reference) and verdict."""
    return {
        finding.quote: (
            {source.role: source.ref for source in finding.sources},
            finding.verdict.value,
        )
        for finding in report.claims
    }


def by_quote_listed(report: claimcheck.Report) -> dict[str, tuple[list[tuple[str, str]], str]]:
    """As ``by_quote``, the references as sorted (role, reference) pairs, for claims that
    list several figures under one role."""
    return {
        finding.quote: (
            sorted((source.role, source.ref) for source in finding.sources),
            finding.verdict.value,
        )
        for finding in report.claims
    }


def assert_listed(
    tmp_path: Path,
    tables: dict[str, str],
    article: str,
    expected: dict[str, tuple[list[tuple[str, str]], str]],
) -> tuple[str, dict[str, tuple[list[tuple[str, str]], str]]]:
    """Draft ``article`` over ``tables`` and check it: each quote in ``expected`` has those
    references (sorted role, reference pairs, as ``by_quote_listed``) and that verdict. The
    draft's text and every claim found are returned for further assertions."""
    text, report = drafted_article(tmp_path, tables, article)
    found = by_quote_listed(report)
    for quote, wanted in expected.items():
        assert found.get(quote) == wanted, text
    return text, found


def checked_quotes(text: str, folder: Path) -> dict[str, tuple[dict[str, str], str]]:
    """Each drafted claim of ``text`` over ``folder/sources.yaml``, by quote: its references
    as written (role to reference) and the verdict the check gives it."""
    sources = claimcheck.load(folder / "sources.yaml")
    loaded = loads(draft(text, sources, output_dir=folder), path=str(folder / "d.yaml"))
    report = claimcheck.check(loaded)
    verdicts = {finding.quote: finding.verdict.value for finding in report.claims}
    return {
        claim.quote: (
            {role.value: ref.written for role, ref in claim.references.items()},
            verdicts[claim.quote],
        )
        for claim in loaded.claims
    }


Listed = dict[str, tuple[list[tuple[str, str]], str]]
DraftCase = tuple[str, dict[str, str], str, Listed]
"""A table row of drafting examples: name, tables (file name to text), article, and every
quote drafted with its references (as ``by_quote_listed``) and verdict."""


def draft_cases(cases: Sequence[DraftCase]) -> pytest.MarkDecorator:
    """Run a test once for each row of ``cases``, named by the row's name."""
    return pytest.mark.parametrize("case", cases, ids=[case[0] for case in cases])


def assert_drafted(tmp_path: Path, case: DraftCase) -> None:
    """Draft the row's article over its tables: every claim is as the row expects, none more."""
    _, tables, article, expected = case
    text, report = drafted_article(tmp_path, tables, article)
    assert by_quote_listed(report) == expected, text

"""The JSON report: the documented, versioned shape, stable key order, lossless round trip."""

from __future__ import annotations

import json
from pathlib import Path

from _report_samples import sample_report, west_midlands_report

from claimcheck.model import Report
from claimcheck.report.json_report import SCHEMA_VERSION, render


def test_the_top_level_shape() -> None:
    data = json.loads(render(sample_report()))
    assert list(data) == [
        "claimcheck",
        "schema",
        "summary",
        "claims",
        "sources",
        "articles",
        "unchecked",
    ]
    assert data["schema"] == SCHEMA_VERSION == 1
    assert data["summary"] == {
        "supported": 2,
        "needs_review": 1,
        "contradicted": 1,
        "unsourced": 2,
    }


def test_each_claim_carries_the_documented_keys() -> None:
    claim = json.loads(render(sample_report()))["claims"][0]
    assert list(claim)[:6] == ["id", "file", "line", "quote", "verdict", "explanation"]
    assert claim["verdict"] == "supported"
    statement = claim["statements"][0]
    for key in ("stated", "computed", "rule", "verdict", "explanation", "exact"):
        assert key in statement
    assert statement["exact"] == "640/151"
    assert claim["sources"][0]["role"] == "from"


def test_the_article_text_is_left_out_but_unchecked_spans_kept() -> None:
    data = json.loads(render(sample_report()))
    assert "text" not in data["articles"][0]
    assert data["unchecked"] == [
        {"start": 391, "end": 396, "text": "1,200", "kind": "count", "file": "claims/sample.yaml"}
    ]


def test_unchecked_is_absent_when_no_article_was_read() -> None:
    assert "unchecked" not in json.loads(render(sample_report(article=False)))


def test_the_json_reads_back_into_the_same_report() -> None:
    report = sample_report(article=False)
    data = json.loads(render(report))
    del data["schema"]
    assert Report.model_validate({**data, "unchecked": []}) == report


def test_non_ascii_is_written_as_is() -> None:
    assert "4.24×" in render(sample_report())


def _keys(data: object) -> object:
    """The shape of JSON data: its keys, recursively, with the first item of each list."""
    if isinstance(data, dict):
        return {key: _keys(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_keys(data[0])] if data else []
    return None


def test_the_documented_example_has_the_shape_of_a_real_report() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "report-json.md").read_text("utf-8")
    example = json.loads(doc.split("```json\n", 1)[1].split("```", 1)[0])
    real = json.loads(render(west_midlands_report()))
    assert _keys(example) == _keys(real)
    first, documented = real["claims"][0], example["claims"][0]
    for key in ("id", "quote", "verdict"):
        assert documented[key] == first[key]
    for key in ("stated", "computed", "verdict", "exact"):
        assert documented["statements"][0][key] == first["statements"][0][key]

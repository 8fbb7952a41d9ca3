"""The JSON Schema of claim files: generated from the models, committed, and true to claims/."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from claimcheck.claimfile.loader import load
from claimcheck.claimfile.nodes import compose, json_like
from claimcheck.claimfile.schema import json_schema, json_schema_text

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "claim-file.schema.json"
CLAIM_FILES = sorted((ROOT / "claims").glob("*.yaml"))
MODELINE = "# yaml-language-server: $schema=../docs/claim-file.schema.json"
REGENERATE = "python -m claimcheck schema -o docs/claim-file.schema.json"


def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _messages(errors: Any) -> list[str]:
    """Messages of the errors and of the alternatives tried inside them (anyOf branches)."""
    found = []
    for error in errors:
        found += [error.message, *_messages(error.context or [])]
    return found


def _errors(text: str) -> list[str]:
    document = json_like(compose(text, "f.yaml").root)
    return sorted(_messages(_validator().iter_errors(document)))


def test_the_committed_schema_is_current() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == json_schema_text(), (
        f"docs/claim-file.schema.json is stale; regenerate it with: {REGENERATE}"
    )


def test_the_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


def _properties(node: Any) -> list[tuple[str, dict[str, Any]]]:
    found = []
    if isinstance(node, dict):
        for name, value in node.get("properties", {}).items():
            found.append((name, value))
        for value in node.values():
            found += _properties(value)
    elif isinstance(node, list):
        for value in node:
            found += _properties(value)
    return found


def test_every_field_has_a_title_and_a_description() -> None:
    properties = _properties(json_schema())
    assert len(properties) > 30
    for name, schema in properties:
        assert schema.get("title"), name
        assert schema.get("description"), name


def test_from_is_spelled_as_in_the_file() -> None:
    claim = json_schema()["$defs"]["ClaimSpec"]["properties"]
    assert "from" in claim
    assert "from_" not in claim


@pytest.mark.parametrize("path", CLAIM_FILES, ids=lambda path: path.name)
def test_claim_files_validate_against_the_schema(path: Path) -> None:
    document = json_like(compose(path.read_text(encoding="utf-8"), str(path)).root)
    errors = [error.message for error in _validator().iter_errors(document)]
    assert errors == []
    load(path)  # and the loader agrees


@pytest.mark.parametrize("path", CLAIM_FILES, ids=lambda path: path.name)
def test_claim_files_name_the_schema_for_editors(path: Path) -> None:
    assert path.read_text(encoding="utf-8").splitlines()[0] == MODELINE


def test_there_are_claim_files_to_check() -> None:
    assert CLAIM_FILES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("claims: []\nsauces: {}\n", "Additional properties are not allowed ('sauces' was"),
        ("sources: {}\n", "'claims' is a required property"),
        ("claims:\n  - id: a\n", "'quote' is a required property"),
        ("claims:\n  - {id: a, quote: q, from: s.x}\n", "'to' is a dependency of 'from'"),
        ("claims:\n  - {id: a, quote: q, part: s.x}\n", "'whole' is a dependency of 'part'"),
        ("claims:\n  - {id: a, quote: ''}\n", "'' does not match '\\\\S'"),
        ("claims:\n  - {id: a, quote: q, figure: s x}\n", "'s x' does not match"),
        ("claims: []\npolicy: {small_bse: 3}\n", "Additional properties are not allowed ('small_"),
        ("claims: []\nsources: {s.t: {figures: {x: 1}}}\n", "'s.t' does not match any"),
        ("claims: []\nsources: {s: {figures: {x y: 1}}}\n", "'x y' does not match any"),
        ("claims: []\nsources: {s: {table: t.xlsx, header_row: 0}}\n", "0 is less than"),
        ("claims: []\nsources: {s: {table: t.xlsx, range: A1}}\n", "'A1' does not match"),
        ("claims:\n  - {id: a, quote: q, figure: 's[\"North\"]'}\n", "'s[\"North\"]' does not"),
    ],
)  # fmt: skip
def test_the_schema_flags_mistakes_as_an_editor_types(text: str, expected: str) -> None:
    assert any(message.startswith(expected) for message in _errors(text)), _errors(text)


def test_the_schema_accepts_every_kind_of_figure_and_reference() -> None:
    text = """\
article: {title: t, url: u, published: 2017-03-10, author: a, text: story.txt}
sources:
  foi:
    title: t
    figures:
      a: 640
      b: 4.20
      c: "12.5%"
      d: {2011: 151, 2011/12: 1, q3: 2.5, possession: "£3.7m"}
  ons:
    csv: ons.csv
    labels: Year
    columns: {population: Population}
  release:
    published: "2024-10-28"
    table: table-3.xlsx
    sheet: Table 3
    header_row: 5
    range: A5:D20
  package:
    table: datapackage.json
    resource: births
claims:
  - {id: a, quote: q, from: "foi.d[2011]", to: "foi.d[q3]"}
  - {id: b, quote: q, figure: foi.a, says: s, note: n}
  - {id: c, quote: q, part: foi.a, whole: "ons.population[2011/12]"}
  - {id: d, quote: q}
  - {id: e, quote: q, from: 'release["North East", 2022]', to: "release['Sales, net', 2023]"}
policy: {about_supported: 0.15, small_base: 50, multiple_review: "1/10"}
"""
    assert _errors(text) == []


def test_the_schema_command_prints_the_schema() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", "schema"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == json_schema_text()

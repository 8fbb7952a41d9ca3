"""The claim-file format as pydantic models: one definition for validation and for JSON Schema.

These models describe what a reporter writes, key by key. The loader validates each file's
structure against them (figures and references are then checked against each other), and
``claimcheck schema`` prints their JSON Schema so that editors can autocomplete and flag
mistakes while a claim file is being typed. docs/claim-files.md describes the same format.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, WithJsonSchema, create_model

from claimcheck.claimfile.rules import json_schema_rules
from claimcheck.policy import Policy

NAME_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_-]*$"
"""Source ids and figure names: letters, digits, underscores and hyphens."""

REFERENCE_PATTERN = (
    r"^[A-Za-z0-9_][A-Za-z0-9_-]*"
    r"(\.[A-Za-z0-9_][A-Za-z0-9_-]*(\[[^\[\]]+\])?|\s*\[[^\[\]]+,[^\[\]]+\])$"
)

Name = Annotated[str, StringConstraints(pattern=NAME_PATTERN)]
Text = Annotated[str, StringConstraints(pattern=r"\S")]

_NUMBER_OR_TEXT: dict[str, Any] = {
    "anyOf": [
        {"type": "number"},
        {
            "type": "string",
            "description": (
                "A number as written, which may carry a unit: '12.5%', '£3.7m', '1,072,000'."
            ),
        },
    ]
}
_FIGURE_SCHEMA: dict[str, Any] = {
    "title": "Figure",
    "description": (
        "A single figure (640, 4.20, '12.5%', '£3.7m'), or a series: a mapping from period "
        "or label (2011, '2011/12', q3, possession) to figures, in the order given."
    ),
    "anyOf": [
        *_NUMBER_OR_TEXT["anyOf"],
        {"type": "object", "additionalProperties": _NUMBER_OR_TEXT, "minProperties": 1},
    ],
}
# References are checked (with a clearer message) when they are resolved; the pattern is for
# editors. Figures are checked one by one from the YAML nodes (to keep each number as
# written), so the model accepts any value here and only describes the shape for JSON Schema.
FigureEntry = Annotated[Any, WithJsonSchema(_FIGURE_SCHEMA)]


class _Format(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ArticleSpec(_Format):
    """The story the claims come from."""

    model_config = ConfigDict(title="Article")

    title: str | None = Field(None, title="Title", description="The headline of the story.")
    url: str | None = Field(None, title="URL", description="Where the story is published.")
    published: str | None = Field(
        None, title="Published", description="Publication date, e.g. 2017-03-10."
    )
    author: str | None = Field(None, title="Author", description="Who wrote the story.")
    text: str | None = Field(
        None,
        title="Article text",
        description=(
            "Path to the story's text (plain text, Markdown or HTML), relative to the claim "
            "file; used to list numbers that no claim checks."
        ),
    )


class SourceSpec(_Format):
    """Where figures come from: an FOI response, a statistical release."""

    model_config = ConfigDict(title="Source")

    title: str | None = Field(None, title="Title", description="What the source is called.")
    publisher: str | None = Field(None, title="Publisher", description="Who published it.")
    url: str | None = Field(None, title="URL", description="Where it can be read.")
    retrieved: str | None = Field(
        None, title="Retrieved", description="When it was retrieved, e.g. 2017-03-01."
    )
    figures: dict[Name, FigureEntry] | None = Field(
        None,
        title="Figures",
        description=(
            "Figures by name. A value is a single figure or a series keyed by period or label."
        ),
    )
    published: str | None = Field(
        None,
        title="Published",
        description="When the source was published, e.g. 2024-10-28; reports show it.",
    )
    rounded: bool | None = Field(
        None,
        title="Rounded",
        description=(
            "true when even the source's whole numbers are rounded to their written precision; "
            "false when every figure is exact as printed. Absent: decimals and scale words "
            "('1.2m') are rounded, whole numbers written in full ('640') are exact."
        ),
    )
    derived: dict[Name, Text] | None = Field(
        None,
        title="Derived figures",
        description=(
            "Figures worked out from other figures, by name: an expression of references, "
            "numbers, + - * / and parentheses, with 'per N' for a rate, e.g. "
            "'ons.births[2023] / ons.population[2023] per 100,000'. Exact, with the "
            "precision of its inputs."
        ),
    )
    table: str | None = Field(
        None,
        title="Table file",
        description=(
            "A table to read figures from, relative to the claim file: a CSV file, an Excel "
            "workbook (.xlsx), an OpenDocument spreadsheet (.ods) or a data package "
            "(datapackage.json). Long (one row per period) or wide (periods as columns)."
        ),
    )
    csv: str | None = Field(
        None,
        title="CSV file",
        description="The older name of table:, for a CSV file.",
    )
    sheet: str | None = Field(
        None, title="Sheet", description="The workbook's sheet to read; the first by default."
    )
    header_row: int | None = Field(
        None,
        title="Header row",
        description=(
            "The row number of the column headers; found by default (the first row of names "
            "with no figures in it, past any title rows)."
        ),
        json_schema_extra={"minimum": 1},
    )
    range: str | None = Field(
        None,
        title="Cell range",
        description="Read only these cells, header row first, e.g. 'A3:F20'.",
        json_schema_extra={"pattern": r"^\s*[A-Za-z]{1,3}\d+\s*:\s*[A-Za-z]{1,3}\d+\s*$"},
    )
    resource: str | None = Field(
        None,
        title="Resource",
        description="For a data package: the resource (table) to read; the first by default.",
    )
    labels: str | None = Field(
        None,
        title="Label column",
        description="The header of the column that holds the row labels; the first by default.",
    )
    columns: dict[Name, str] | None = Field(
        None,
        title="Columns",
        description=(
            "Figure names mapped to column headers, each column becoming a series keyed by row "
            "label. By default every column other than the label column becomes a figure, "
            "named by its header in lower case with underscores (Crimes recorded → "
            "crimes_recorded)."
        ),
    )


_REFERENCE_DESCRIPTION = (
    "source.figure, source.figure[label] for one value of a series, or "
    'source["row", column] for one cell of a table (ons["Wales", 2023])'
)


def _reference(title: str, role: str) -> Any:
    return Field(
        None,
        title=title,
        description=f"{role}: {_REFERENCE_DESCRIPTION}.",
        json_schema_extra={"pattern": REFERENCE_PATTERN},
    )


class ClaimSpec(_Format):
    """One claim: the words quoted from the story and the figures they rest on."""

    model_config = ConfigDict(title="Claim", json_schema_extra=json_schema_rules())

    id: Text = Field(title="Id", description="A short name for the claim, unique in the file.")
    quote: Text = Field(
        title="Quote", description="The words of the story being checked, as published."
    )
    says: Text | None = Field(
        None,
        title="Says",
        description="The wording to check, when the quote alone is ambiguous.",
    )
    note: str | None = Field(None, title="Note", description="A note carried into the report.")
    from_: str | None = Field(
        None,
        alias="from",
        title="From",
        description=(
            f"The earlier figure of a change or comparison (with to): {_REFERENCE_DESCRIPTION}."
        ),
        json_schema_extra={"pattern": REFERENCE_PATTERN},
    )
    to: str | None = _reference("To", "The later figure of a change or comparison (with from)")
    figure: str | None = _reference("Figure", "The one figure the claim states")
    part: str | None = _reference("Part", "The part of a share (with whole)")
    whole: str | None = _reference("Whole", "The whole of a share (with part)")
    figures: list[Annotated[str, StringConstraints(pattern=REFERENCE_PATTERN)]] | None = Field(
        None,
        title="Figures",
        description=(
            "Several figures the quote states in one sentence ('England £505bn, Scotland "
            "£59bn'), each a reference; each number is judged against the figure whose label "
            "stands beside it, or else the figure in the same place in the list."
        ),
        min_length=1,
    )


def _policy_fields() -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name, info in Policy.model_fields.items():
        schema = {**_NUMBER_OR_TEXT, "description": info.description or name}
        fields[name] = (
            Annotated[Any, WithJsonSchema(schema)],
            Field(None, title=name.replace("_", " ").capitalize(), description=info.description),
        )
    return fields


# Every policy value may be overridden; Policy itself checks the values.
PolicySpec: type[_Format] = create_model(
    "PolicySpec",
    __base__=_Format,
    __doc__="Overrides of the checking policy's tolerances (docs/policy.md).",
    **_policy_fields(),
)
PolicySpec.model_config["title"] = "Policy"


class ClaimFileSpec(_Format):
    """A claimcheck claim file: sources with their figures, and the claims that use them."""

    model_config = ConfigDict(title="claimcheck claim file")

    article: ArticleSpec | None = Field(
        None, title="Article", description="The story the claims come from."
    )
    sources: dict[Name, SourceSpec] | None = Field(
        None, title="Sources", description="Sources by id; a reference names a source by its id."
    )
    claims: list[ClaimSpec] = Field(
        title="Claims", description="The claims to check, in the order of the story."
    )
    policy: PolicySpec | None = Field(
        None, title="Policy", description="Overrides of the checking policy's tolerances."
    )


def json_schema() -> dict[str, Any]:
    """The JSON Schema of claim files (draft 2020-12)."""
    schema = ClaimFileSpec.model_json_schema(by_alias=True)
    _close_named_mappings(schema)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _close_named_mappings(node: Any) -> None:
    """Let editors flag a source id or figure name that a reference could not name."""
    if isinstance(node, dict):
        if "patternProperties" in node:
            node.setdefault("additionalProperties", False)
        for value in node.values():
            _close_named_mappings(value)
    elif isinstance(node, list):
        for value in node:
            _close_named_mappings(value)


def json_schema_text() -> str:
    """The JSON Schema as the text committed in docs/claim-file.schema.json."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"

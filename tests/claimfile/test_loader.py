"""Loading valid claim files: figures as written, series, references, locations, policy."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

import claimcheck
from claimcheck.claimfile.loader import load, loads
from claimcheck.claimfile.records import Role
from claimcheck.policy import DEFAULT_POLICY

ROOT = Path(__file__).resolve().parents[2]
WEST_MIDLANDS = ROOT / "claims" / "west-midlands-2016.yaml"

EXAMPLE = """\
article:
  title: A story
  url: https://example.org/story
  published: 2017-03-10
  author: A. Reporter
  text: story.txt
sources:
  foi:
    title: FOI response
    publisher: A police force
    url: https://example.org/foi
    retrieved: 2017-03-01
    figures:
      crimes_recorded: {2011: 151, 2016: 640}
      team_officers: 25
      detection_rate: "12.5%"
      average: 4.20
      budget: "£3.7m"
      by_year: {2011/12: 1, 2012-13: 2, q3: 3, possession: 4}
claims:
  - id: quadrupled
    quote: has more than quadrupled
    from: foi.crimes_recorded[2011]
    to: foi.crimes_recorded[2016]
  - id: team
    quote: a team of 25 officers
    figure: foi.team_officers
    note: From the police statement.
  - id: share
    quote: one in five
    says: one in five of the offences
    part: foi.by_year[q3]
    whole: foi.by_year[possession]
  - id: unsourced
    quote: almost 140 warrants
"""


@pytest.fixture
def example() -> claimcheck.ClaimFile:
    return loads(EXAMPLE, "claims/example.yaml")


def test_the_public_api_exposes_load_and_loads() -> None:
    assert claimcheck.load is load
    assert claimcheck.loads is loads


def test_claims_in_file_order(example: claimcheck.ClaimFile) -> None:
    assert [claim.id for claim in example.claims] == ["quadrupled", "team", "share", "unsourced"]
    assert example.claims[1].note == "From the police statement."
    assert example.claims[2].says == "one in five of the offences"
    assert example.claims[2].wording == "one in five of the offences"
    assert example.claims[3].references == {}


def test_references_resolve_to_figures(example: claimcheck.ClaimFile) -> None:
    references = example.claims[0].references
    assert set(references) == {Role.FROM, Role.TO}
    assert references[Role.FROM].figure.number.value == 151
    assert references[Role.TO].figure.number.value == 640
    assert references[Role.TO].written == "foi.crimes_recorded[2016]"
    assert references[Role.TO].series is example.series["foi.crimes_recorded"]
    team = example.claims[1].references[Role.FIGURE]
    assert team.series is None
    assert team.figure.ref == "foi.team_officers"


def test_figures_keep_the_precision_they_were_written_with(
    example: claimcheck.ClaimFile,
) -> None:
    average = example.figures["foi.average"].number
    assert (average.value, average.step) == (Fraction(21, 5), Fraction(1, 100))
    assert average.text == "4.20"
    officers = example.figures["foi.team_officers"].number
    assert (officers.value, officers.step) == (25, 1)
    rate = example.figures["foi.detection_rate"].number
    assert (rate.value, rate.unit.value) == (Fraction(25, 2), "percent")
    assert example.figures["foi.budget"].number.value == 3_700_000


def test_series_labels_are_text_as_written_in_file_order(example: claimcheck.ClaimFile) -> None:
    assert example.series["foi.by_year"].labels == ("2011/12", "2012-13", "q3", "possession")
    assert example.series["foi.crimes_recorded"].labels == ("2011", "2016")
    assert "foi.by_year[2012-13]" in example.figures


def test_locations_point_into_the_file(example: claimcheck.ClaimFile) -> None:
    claim = example.claims[0]
    assert str(claim.location) == "claims/example.yaml:21:5"
    assert str(claim.references[Role.FROM].location) == "claims/example.yaml:23:11"
    assert str(example.sources["foi"].location) == "claims/example.yaml:8:3"
    assert str(example.figures["foi.crimes_recorded[2016]"].location) == "claims/example.yaml:14:42"


def test_sources_and_article(example: claimcheck.ClaimFile) -> None:
    source = example.sources["foi"]
    assert (source.title, source.publisher, source.url, source.retrieved) == (
        "FOI response",
        "A police force",
        "https://example.org/foi",
        "2017-03-01",
    )
    article = example.article
    assert (article.title, article.published, article.author) == (
        "A story",
        "2017-03-10",
        "A. Reporter",
    )
    assert article.text_path == Path("claims/story.txt")
    assert example.policy is DEFAULT_POLICY


def test_policy_overrides_are_applied_exactly() -> None:
    text = "claims: []\npolicy:\n  about_supported: 0.15\n  small_base: 50\n"
    policy = loads(text).policy
    assert policy.about_supported == Fraction(15, 100)
    assert policy.small_base == 50
    assert policy.multiple_supported == DEFAULT_POLICY.multiple_supported


def test_a_file_of_unsourced_claims_needs_no_sources() -> None:
    claim_file = loads("claims:\n  - id: a\n    quote: almost 140 warrants\n")
    assert claim_file.sources == {}
    assert claim_file.path == "<string>"


def test_text_fields_take_any_plain_value_as_written() -> None:
    claim_file = loads("claims:\n  - id: 2016\n    quote: 640\n")
    assert (claim_file.claims[0].id, claim_file.claims[0].quote) == ("2016", "640")


def test_a_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffclaims: []\n".encode())
    assert load(path).claims == ()


def test_the_west_midlands_claim_file() -> None:
    claim_file = load(WEST_MIDLANDS)
    ids = [claim.id for claim in claim_file.claims]
    assert ids[:4] == ["crimes-quadrupled", "crimes-640", "arrests-691", "distribution-24-fold"]
    values = {ref: figure.number.value for ref, figure in claim_file.figures.items()}
    assert values == {
        "foi.crimes_recorded[2011]": 151,
        "foi.crimes_recorded[2016]": 640,
        "foi.arrests[2011]": 358,
        "foi.arrests[2016]": 691,
        "foi.distribution_offences[2011]": 12,
        "foi.distribution_offences[2016]": 288,
    }
    figure = claim_file.figures["foi.crimes_recorded[2016]"]
    assert figure.cell == "west-midlands-foi-2011-2016.csv row 3, column 'Crimes recorded'"
    unsourced = [claim.id for claim in claim_file.claims if not claim.references]
    assert unsourced == ["most-common-offence", "team-officers", "warrants", "arrests-since-june"]


def test_importing_the_loader_stays_light() -> None:
    code = (
        "import sys, claimcheck.claimfile.loader; "
        "print(sorted(m for m in ('claimcheck.engine', 'claimcheck.report', 'jsonschema', "
        "'hypothesis', 'numpy') if m in sys.modules))"
    )
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"

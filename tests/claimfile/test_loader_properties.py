"""Whatever text it is given, the loader returns a ClaimFile or raises ClaimFileError."""

from __future__ import annotations

import os
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.claimfile.loader import loads
from claimcheck.claimfile.records import ClaimFile
from claimcheck.errors import ClaimFileError

# LOADER_EXAMPLES=3000 runs a longer search locally; the suite keeps it quick.
_FAST = settings(
    max_examples=int(os.environ.get("LOADER_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Words that make YAML-ish text more likely to reach the checks after parsing.
_KEYS = st.sampled_from(
    [
        "article", "sources", "claims", "policy", "figures", "csv", "labels", "columns", "id",
        "quote", "says", "note", "from", "to", "figure", "part", "whole", "title", "text",
        "small_base", "about_supported", "2011", "q3", "foi", "x",
    ]
)  # fmt: skip
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(
        ["foi.x", "foi.x[2011]", "foi.x[q3]", "s.y", "12.5%", "£3.7m", "nan", "inf", "", "1/2"]
    ),
)
_VALUES: st.SearchStrategy[Any] = st.recursive(
    _SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.one_of(_KEYS, st.integers(), st.text(max_size=5)), children, max_size=5),
    ),
    max_leaves=25,
)
_DOCUMENTS = st.dictionaries(_KEYS, _VALUES, max_size=5)


def _loads_or_error(text: str) -> None:
    outcome: ClaimFile | ClaimFileError
    try:
        outcome = loads(text, "f.yaml")
    except ClaimFileError as error:
        outcome = error
    if isinstance(outcome, ClaimFileError):
        assert outcome.problems
        for problem in outcome.problems:
            assert problem.line >= 1
            assert problem.column >= 1
            assert problem.path
    else:
        assert isinstance(outcome, ClaimFile)


@_FAST
@given(st.text(max_size=200))
def test_arbitrary_text(text: str) -> None:
    _loads_or_error(text)


@_FAST
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>'\"#?,. \n\t%@`~12")), max_size=80))
def test_yaml_punctuation(text: str) -> None:
    _loads_or_error(text)


@_FAST
@given(_DOCUMENTS)
def test_arbitrary_yaml_structures(document: dict[str, Any]) -> None:
    _loads_or_error(yaml.safe_dump(document, allow_unicode=True))


@_FAST
@given(_DOCUMENTS, st.integers(min_value=0, max_value=400), st.text(max_size=4))
def test_yaml_structures_with_a_splice(document: dict[str, Any], at: int, splice: str) -> None:
    text = yaml.safe_dump(document, allow_unicode=True)
    _loads_or_error(text[:at] + splice + text[at:])


@_FAST
@given(
    st.lists(
        st.fixed_dictionaries(
            {"id": st.sampled_from(["a", "b", "c"]), "quote": st.text(max_size=10)},
            optional={
                "from": st.sampled_from(["foi.x[2011]", "foi.x[2016]", "foi.x", "foi.y", "z.x"]),
                "to": st.sampled_from(["foi.x[2016]", "foi.x[2020]", "foi.y"]),
                "figure": st.sampled_from(["foi.y", "foi.y[1]", "foi.x[2011]"]),
                "part": st.sampled_from(["foi.y", "foi.x[2011]"]),
                "whole": st.sampled_from(["foi.y", "foi.x[2016]"]),
            },
        ),
        max_size=5,
    )
)
def test_claims_against_real_sources(claims: list[dict[str, Any]]) -> None:
    document = {
        "sources": {"foi": {"figures": {"x": {2011: 151, 2016: 640}, "y": "12.5%"}}},
        "claims": claims,
    }
    _loads_or_error(yaml.safe_dump(document, allow_unicode=True))

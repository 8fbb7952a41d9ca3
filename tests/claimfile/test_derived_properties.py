"""Properties of the expression language: any text is an expression or a BadExpression, and an
expression written out again reads back to the same tree."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.claimfile.derived import NotWorkable, Value, work_out
from claimcheck.claimfile.expressions import (
    BadExpression,
    Binary,
    Constant,
    Expr,
    Negate,
    Ref,
    parse,
    show,
)
from claimcheck.claimfile.records import Figure, Source
from claimcheck.numbers.number import parse_number

_ALPHABET = "ab.[]()\"', +-*/×0123456789 per_"


@given(st.text(alphabet=_ALPHABET, max_size=60) | st.text(max_size=40))
def test_any_text_is_an_expression_or_a_problem(text: str) -> None:
    try:
        expr = parse(text)
    except BadExpression as error:
        offset = error.offset
    else:
        assert parse(show(expr)) == expr
        return
    assert 0 <= offset <= len(text)


_REFS = st.sampled_from(["a.x", "a.y[2023]", 't["Wales", 2023]', "b.z['net, total']"]).map(Ref)
_CONSTANTS = st.sampled_from(["1", "2.5", "100,000", "0", "7"]).map(
    lambda text: Constant(Fraction(text.replace(",", "")), text)
)


def _trees(leaves: st.SearchStrategy[Expr]) -> st.SearchStrategy[Expr]:
    return st.recursive(
        leaves,
        lambda inner: (
            st.builds(Negate, inner)
            | st.builds(Binary, st.sampled_from(["+", "-", "*", "/"]), inner, inner)
        ),
        max_leaves=12,
    )


_EXPRESSIONS = _trees(_REFS | _CONSTANTS)


@given(_EXPRESSIONS, st.booleans())
def test_an_expression_written_out_reads_back_the_same(expr: Expr, rate: bool) -> None:
    if rate:
        expr = Binary("per", expr, Constant(Fraction(1000), "1,000"))
    assert parse(show(expr)) == expr


_SOURCE = Source("a")


def _figure(ref: Ref) -> Figure:
    number = parse_number({"a.x": "4.2", "a.y[2023]": "640"}.get(ref.text, "12.5"))
    assert number is not None
    return Figure(_SOURCE, "x", None, number)


@given(_EXPRESSIONS)
def test_a_derived_value_lies_in_its_interval_or_is_not_workable(expr: Expr) -> None:
    try:
        value = work_out(expr, _figure)
    except NotWorkable:
        return
    assert isinstance(value, Value)
    assert value.low <= value.value <= value.high

"""The expression language of derived figures: a tokenizer and a recursive-descent parser.

An expression is built from references (``ons.births[2023]``, ``t["Wales", 2023]``), numbers
written in digits (``100,000``, ``2.5``), ``+ - * /``, parentheses and ``per``, which scales a
rate: ``births / population per 100,000`` is births per 100,000 people. ``per`` binds most
loosely and is written once, at the end. Nothing is ever evaluated by Python: the parser builds
a small tree that ``claimcheck.claimfile.derived`` works out exactly.

A badly written expression raises ``BadExpression`` with the offset of the fault, so the loader
can point at the very character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from claimcheck.text.lazy import lazy_pattern

MAX_LENGTH = 500
"""Longest expression read, in characters."""
MAX_TOKENS = 100
"""Most tokens in one expression: a derived figure is a short sum or ratio, not a program."""
MAX_DEPTH = 20
"""Deepest nesting of parentheses and signs."""


class BadExpression(ValueError):
    """An expression that cannot be read; ``offset`` is where, from its first character."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(frozen=True, slots=True)
class Constant:
    """A number written in the expression: exact."""

    value: Fraction
    text: str


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference to a figure; ``offset`` is where it is written in the expression."""

    text: str
    offset: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Negate:
    operand: Expr


@dataclass(frozen=True, slots=True)
class Binary:
    """``left op right``; ``op`` is one of + - * / per."""

    op: str
    left: Expr
    right: Expr
    offset: int = field(default=0, compare=False)


Expr = Constant | Ref | Negate | Binary


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # number, ref, op, end
    text: str
    offset: int


_NAME = r"[A-Za-z0-9_][A-Za-z0-9_-]*"
_BRACKET = r"\[(?:\"[^\"]*\"|'[^']*'|[^\[\]\"'])*\]"
_TOKEN = lazy_pattern(
    rf"(?P<space>\s+)"
    rf"|(?P<number>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![A-Za-z0-9_\[.]))"
    rf"|(?P<per>per(?![A-Za-z0-9_.\[-]))"
    rf"|(?P<ref>{_NAME}(?:\.{_NAME}(?:\s*{_BRACKET})?|\s*{_BRACKET}))"
    rf"|(?P<op>[-+*/()×÷−])"
)
_OPERATORS = {"×": "*", "÷": "/", "−": "-"}


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``; BadExpression at the first character that starts none."""
    if len(text) > MAX_LENGTH:
        raise BadExpression(f"the expression is longer than {MAX_LENGTH} characters", 0)
    tokens = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            bare = re.compile(_NAME).match(text, position)
            if bare is not None:
                raise BadExpression(
                    f"{bare.group()!r} is not a reference: write source.figure, "
                    'source.figure[label] or source["row", column]',
                    position,
                )
            raise BadExpression(f"{text[position]!r} cannot start a number or reference", position)
        kind = match.lastgroup or "space"
        if kind != "space":
            written = match.group()
            if kind in ("per", "op"):
                written = _OPERATORS.get(written, written)
                kind = "op"
            tokens.append(Token(kind, written, position))
            if len(tokens) > MAX_TOKENS:
                raise BadExpression(f"the expression has more than {MAX_TOKENS} parts", position)
        position = match.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


def parse(text: str) -> Expr:
    """The tree of an expression; BadExpression when it is not one."""
    return _Parser(tokenize(text)).whole()


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.at = 0
        self.depth = 0

    @property
    def token(self) -> Token:
        return self.tokens[self.at]

    def take(self) -> Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def whole(self) -> Expr:
        expr = self.sum()
        token = self.token
        if token.text == "per":
            self.take()
            expr = Binary("per", expr, self.sum(), token.offset)
            if self.token.text == "per":
                raise BadExpression("'per' is written once, at the end", self.token.offset)
        if self.token.kind != "end":
            raise BadExpression(
                f"expected an operator before {self.token.text!r}", self.token.offset
            )
        return expr

    def sum(self) -> Expr:
        expr = self.term()
        while self.token.text in ("+", "-"):
            token = self.take()
            expr = Binary(token.text, expr, self.term(), token.offset)
        return expr

    def term(self) -> Expr:
        expr = self.unary()
        while self.token.text in ("*", "/"):
            token = self.take()
            expr = Binary(token.text, expr, self.unary(), token.offset)
        return expr

    def unary(self) -> Expr:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise BadExpression(
                f"the expression nests more than {MAX_DEPTH} deep", self.token.offset
            )
        try:
            if self.token.text == "-":
                self.take()
                return Negate(self.unary())
            return self.atom()
        finally:
            self.depth -= 1

    def atom(self) -> Expr:
        token = self.take()
        if token.kind == "number":
            return Constant(Fraction(token.text.replace(",", "")), token.text)
        if token.kind == "ref":
            return Ref(token.text, token.offset)
        if token.text == "(":
            expr = self.sum()
            if self.token.text != ")":
                raise BadExpression(
                    f"'(' at character {token.offset + 1} is not closed", self.token.offset
                )
            self.take()
            return expr
        if token.kind == "end":
            raise BadExpression("the expression ends too soon", token.offset)
        raise BadExpression(f"expected a number or reference, not {token.text!r}", token.offset)


_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def show(expr: Expr) -> str:
    """The expression written out again, with the parentheses it needs."""
    if isinstance(expr, Constant):
        return expr.text
    if isinstance(expr, Ref):
        return expr.text
    if isinstance(expr, Negate):
        inner = show(expr.operand)
        return f"-{inner}" if isinstance(expr.operand, (Constant, Ref, Negate)) else f"-({inner})"
    if expr.op == "per":
        return f"{show(expr.left)} per {show(expr.right)}"
    level = _PRECEDENCE[expr.op]
    left = _side(expr.left, level, strict=False)
    right = _side(expr.right, level, strict=True)
    return f"{left} {expr.op} {right}"


def _side(expr: Expr, level: int, *, strict: bool) -> str:
    text = show(expr)
    if isinstance(expr, Binary):
        inner = _PRECEDENCE.get(expr.op, 0)
        if inner < level or (strict and inner == level):
            return f"({text})"
    return text


def references(expr: Expr) -> list[Ref]:
    """Every reference in the expression, in the order written."""
    if isinstance(expr, Ref):
        return [expr]
    if isinstance(expr, Negate):
        return references(expr.operand)
    if isinstance(expr, Binary):
        return [*references(expr.left), *references(expr.right)]
    return []

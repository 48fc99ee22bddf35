"""KPI formulas over measure ids: a tokenizer and a recursive-descent parser to a tree (never SQL text)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import schema
from .errors import KoersError

# `customers` is not a column: the compiler counts distinct customer_id on rows with orders.
DERIVED = ("customers",)
NAMES = (*schema.MEASURES, *DERIVED)


class FormulaError(KoersError):
    code = "formula.invalid"


class UnexpectedToken(FormulaError):
    code = "formula.unexpected_token"


class UnexpectedEnd(FormulaError):
    code = "formula.unexpected_end"


class UnknownMeasure(FormulaError):
    code = "formula.unknown_measure"


class NotARatio(FormulaError):
    code = "formula.not_a_ratio"


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Ref:
    measure: str


@dataclass(frozen=True)
class Neg:
    operand: object


@dataclass(frozen=True)
class Bin:
    op: str  # one of + - * /
    left: object
    right: object


@dataclass(frozen=True)
class Token:
    kind: str  # num, name, op, lpar, rpar, end
    text: str
    pos: int  # 1-based character position


# Typographic operators people paste from documents mean the ordinary ones.
_OPS = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "·": "*", "/": "/", "÷": "/"}
_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d*)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)|(\S))")


def tokenize(text: str) -> list[Token]:
    """Tokens of a formula; an unknown character is an UnexpectedToken."""
    out, i = [], 0
    while i < len(text):
        m = _TOKEN.match(text, i)
        if m is None:  # only whitespace left
            break
        num, name, other = m.groups()
        pos = m.start(m.lastindex) + 1 if m.lastindex else len(text) + 1
        i = m.end()
        if num is not None:
            out.append(Token("num", num, pos))
        elif name is not None:
            out.append(Token("name", name, pos))
        elif other in _OPS:
            out.append(Token("op", _OPS[other], pos))
        elif other in "()":
            out.append(Token("lpar" if other == "(" else "rpar", other, pos))
        elif other is not None:
            raise UnexpectedToken(token=other, position=pos, formula=text)
    return [*out, Token("end", "", len(text) + 1)]


class _Parser:
    def __init__(self, text: str, names: tuple[str, ...]):
        self.text, self.names = text, names
        self.tokens, self.i = tokenize(text), 0

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def fail(self, tok: Token):
        if tok.kind == "end":
            raise UnexpectedEnd(position=tok.pos, formula=self.text)
        raise UnexpectedToken(token=tok.text, position=tok.pos, formula=self.text)

    def expr(self):
        node = self.term()
        while self.peek().kind == "op" and self.peek().text in "+-":
            node = Bin(self.take().text, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek().kind == "op" and self.peek().text in "*/":
            node = Bin(self.take().text, node, self.unary())
        return node

    def unary(self):
        tok = self.peek()
        if tok.kind == "op" and tok.text in "+-":
            self.take()
            inner = self.unary()
            return Neg(inner) if tok.text == "-" else inner
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            value = float(tok.text)
            if not math.isfinite(value):
                self.fail(tok)
            return Num(value)
        if tok.kind == "name":
            if tok.text not in self.names:
                raise UnknownMeasure(token=tok.text, position=tok.pos, formula=self.text)
            return Ref(tok.text)
        if tok.kind == "lpar":
            node = self.expr()
            if self.peek().kind != "rpar":
                self.fail(self.peek())
            self.take()
            return node
        self.fail(tok)


def parse(text: str, names: tuple[str, ...] = NAMES):
    """The expression tree of a formula; raises a FormulaError pointing at the offending token."""
    p = _Parser(text, names)
    node = p.expr()
    if p.peek().kind != "end":
        p.fail(p.peek())
    return node


def measures(node) -> list[str]:
    """Measure ids a tree refers to, in order of first use."""
    if isinstance(node, Ref):
        return [node.measure]
    if isinstance(node, Neg):
        return measures(node.operand)
    if isinstance(node, Bin):
        return list(dict.fromkeys(measures(node.left) + measures(node.right)))
    return []


def _mul(a, b):
    if b is None:
        return a
    if a is None:
        return b
    return Bin("*", a, b)


def fraction(node) -> tuple[object, object | None]:
    """(numerator, denominator or None): the tree rewritten as one fraction."""
    if isinstance(node, (Num, Ref)):
        return node, None
    if isinstance(node, Neg):
        n, d = fraction(node.operand)
        return Neg(n), d
    ln, ld = fraction(node.left)
    rn, rd = fraction(node.right)
    if node.op == "*":
        return _mul(ln, rn), _mul(ld, rd)
    if node.op == "/":
        return _mul(ln, rd), _mul(ld, rn)
    if ld == rd:  # a/c + b/c and plain sums keep their denominator
        return Bin(node.op, ln, rn), ld
    return Bin(node.op, _mul(ln, rd), _mul(rn, ld)), _mul(ld, rd)


def is_linear(node) -> bool:
    """True when the tree is a constant plus constant multiples of measures."""
    if isinstance(node, (Num, Ref)):
        return True
    if isinstance(node, Neg):
        return is_linear(node.operand)
    if node.op in "+-":
        return is_linear(node.left) and is_linear(node.right)
    if node.op == "*":
        return is_linear(node.left) and is_linear(node.right) and not (measures(node.left) and measures(node.right))
    return is_linear(node.left) and not measures(node.right)


def ratio(text: str, names: tuple[str, ...] = NAMES) -> tuple[object, object | None]:
    """(numerator, denominator) of a formula, each linear in measure sums; None: no denominator."""
    num, den = fraction(parse(text, names))
    if den is not None and not measures(den):
        num, den = Bin("/", num, den), None  # dividing by a number is part of the numerator
    if not is_linear(num) or (den is not None and not is_linear(den)):
        raise NotARatio(formula=text)
    return num, den


_PREC = {"+": 1, "-": 1, "*": 2, "/": 2}
_SHOW = {"+": "+", "-": "−", "*": "×", "/": "÷"}


def to_text(node, parent: int = 0) -> str:
    """A tree as a person reads it: 'clicks ÷ impressions'."""
    if isinstance(node, Num):
        return f"{node.value:g}"
    if isinstance(node, Ref):
        return node.measure
    if isinstance(node, Neg):
        return "−" + to_text(node.operand, 3)
    prec = _PREC[node.op]
    s = f"{to_text(node.left, prec)} {_SHOW[node.op]} {to_text(node.right, prec + 1)}"
    return f"({s})" if prec < parent else s

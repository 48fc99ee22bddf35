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


class TooLong(FormulaError):
    code = "formula.too_long"


class TooDeep(FormulaError):
    code = "formula.too_deep"


# A KPI formula is a line of text: a few measures, numbers and parentheses. The limits keep every function that walks
# the tree (here and in the compiler) far from Python's recursion limit, and the SQL built from it small; the
# rewrite to one fraction (fraction()) may copy a denominator per level, so its size is checked too.
MAX_LENGTH = 500  # characters
MAX_DEPTH = 50  # levels of parentheses, minus signs and operators in a row
MAX_NODES = 5_000  # nodes of the tree once rewritten to one fraction


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
        self.depth = 0  # parentheses and minus signs open now: the parser recurses once per level

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

    def deeper(self, tok: Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise TooDeep(position=tok.pos, limit=MAX_DEPTH)

    def unary(self):
        tok = self.peek()
        if tok.kind == "op" and tok.text in "+-":
            self.take()
            self.deeper(tok)
            inner = self.unary()
            self.depth -= 1
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
            self.deeper(tok)
            node = self.expr()
            if self.peek().kind != "rpar":
                self.fail(self.peek())
            self.take()
            self.depth -= 1
            return node
        self.fail(tok)


def parse(text: str, names: tuple[str, ...] = NAMES):
    """The expression tree of a formula; raises a FormulaError pointing at the offending token."""
    if len(text) > MAX_LENGTH:
        raise TooLong(length=len(text), limit=MAX_LENGTH)
    p = _Parser(text, names)
    node = p.expr()
    if p.peek().kind != "end":
        p.fail(p.peek())
    if _size(node, MAX_DEPTH)[1] > MAX_DEPTH:  # `a + a + a ...` nests without parentheses
        raise TooDeep(position=1, limit=MAX_DEPTH)
    return node


def _children(node) -> tuple:
    if isinstance(node, Neg):
        return (node.operand,)
    if isinstance(node, Bin):
        return (node.left, node.right)
    return ()


def _size(root, max_depth: int | None = None) -> tuple[int, int]:
    """(nodes, depth) of a tree, shared subtrees counted each time they occur; no recursion, so any tree is safe.

    Stops counting (returns what it has) once the depth passes max_depth or the nodes pass MAX_NODES."""
    sizes: dict[int, tuple[int, int]] = {}
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        kids = _children(node)
        if done:
            n = 1 + sum(sizes[id(k)][0] for k in kids)
            d = 1 + max((sizes[id(k)][1] for k in kids), default=0)
            sizes[id(node)] = (min(n, MAX_NODES + 1), d)
            if max_depth is not None and d > max_depth:
                return sizes[id(node)]
            continue
        stack.append((node, True))
        stack.extend((k, False) for k in kids if id(k) not in sizes)
    return sizes[id(root)]


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
    if _size(num)[0] + (0 if den is None else _size(den)[0]) > MAX_NODES:
        raise TooDeep(position=1, limit=MAX_DEPTH)  # nested sums of fractions: the rewrite doubles per level
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

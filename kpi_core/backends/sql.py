"""DuckDB SQL as Spark SQL, by sqlglot: the compiler's queries and the facts_days view have one source text."""

from __future__ import annotations

from functools import lru_cache

from ..schema import FACT_COLUMNS, facts_days_ddl
from ..store.parquet_layout import column_type


@lru_cache(maxsize=4)
def facts_days_select(source: str = "facts") -> str:
    """The SELECT of schema.facts_days_ddl() over `source` in Spark SQL.

    Spark has no `* EXCLUDE/REPLACE` and no `UNION ALL BY NAME`: the stars are spelled out from the fact columns
    (sqlglot's qualify) and the union's right side is put in the left side's column order, which is what BY NAME
    means; the expressions themselves are the DuckDB view's, transpiled."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import ErrorLevel
    from sqlglot.optimizer.qualify import qualify

    query = sqlglot.parse_one(facts_days_ddl(source=source), read="duckdb").expression
    query = qualify(query, schema={source: {c: column_type(c) for c in FACT_COLUMNS}}, dialect="duckdb",
                    quote_identifiers=False)
    for union in list(query.find_all(exp.Union)):
        if union.args.get("by_name"):
            left, right = union.left, union.right
            named = dict(zip(right.named_selects, right.expressions, strict=True))
            if set(named) != set(left.named_selects):
                raise ValueError(f"facts_days: union sides differ: {sorted(set(named) ^ set(left.named_selects))}")
            right.set("expressions", [named[n] for n in left.named_selects])
            union.set("by_name", None)
    return query.sql("spark", unsupported_level=ErrorLevel.RAISE)


def _reads_facts_unaggregated(select) -> bool:
    from sqlglot import exp

    if not isinstance(select, exp.Select) or select.args.get("group") or select.find(exp.AggFunc):
        return False
    return any(t.name in ("facts", "facts_days") for t in select.find_all(exp.Table))


@lru_cache(maxsize=1024)
def for_spark(sql: str, prefix: str) -> tuple[tuple[tuple[str, str], ...], str]:
    """A compiled (DuckDB) query as Spark SQL: ([(view, its Spark SQL)], the query), parsed once.

    Its KPIs' UNION ALL is folded into one scan (_fold). Its CTEs still read more than once after that are computed
    once: Spark plans a CTE anew at every reference (the compiler's `base`, the sums per period, is read by the
    periods' spine and by the join); the caller materialises each view, in order, before the query. The folded
    branches read `j` once, so `j` stays inline (materialising it cost a quarter of the parity test's time). A CTE
    that only filters the facts stays inline: materialised, it would hold every column of every row.

    One parse, and one generation of each part: 0.2-0.3 s of sqlglot for a fifty-KPI query, where transpiling,
    folding and splitting as three passes over the text took 0.4-0.7 s."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.transforms import move_ctes_to_top_level

    # CTEs inside a subquery (compile_kpi wraps the compiled query) at the top, as Spark's SQL has them.
    tree = move_ctes_to_top_level(sqlglot.parse_one(sql, read="duckdb"))
    for node in list(tree.find_all(exp.Anonymous)):  # DuckDB's compensated sum: Spark has only its plain SUM
        if node.name.lower() == "fsum":
            node.replace(exp.Sum(this=node.expressions[0]))
    branches = _foldable(tree)
    later = branches[1:] if branches else []  # folded: the branches read their table once
    steps = []
    with_ = tree.args.get("with_")
    for cte in list(with_.expressions) if with_ else []:
        name = cte.alias
        refs = [t for t in tree.find_all(exp.Table) if t.name == name and not t.db and not _inside(t, cte)]
        read = [t for t in refs if not any(_inside(t, b) for b in later)]
        if len(read) < 2 or _reads_facts_unaggregated(cte.this):
            continue
        view = f"{prefix}_{name}"
        body = cte.this.copy()
        earlier = [c.copy() for c in with_.expressions[: with_.expressions.index(cte)]]
        if earlier:
            body.set("with_", exp.With(expressions=earlier))
        steps.append((view, _spark(body)))
        for t in refs:
            t.set("this", exp.to_identifier(view))
            if not t.alias:
                t.set("alias", exp.TableAlias(this=exp.to_identifier(name)))
        cte.pop()
    for cte in reversed(list(with_.expressions) if with_ else []):  # now read by nothing (spine, grid: in a view)
        if not any(t.name == cte.alias and not t.db and not _inside(t, cte) for t in tree.find_all(exp.Table)):
            cte.pop()
    if with_ is not None and not with_.expressions:
        with_.pop()
    return tuple(steps), _fold(tree, branches) if branches else _spark(tree)


def _spark(node) -> str:
    """A node as Spark SQL; anything sqlglot cannot carry over raises. `$name` parameters become Spark's `:name`
    markers: values stay apart, bound by the engine, never written into the text."""
    from sqlglot.errors import ErrorLevel

    return node.sql("spark", unsupported_level=ErrorLevel.RAISE)


def _inside(node, ancestor) -> bool:
    parent = node.parent
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent
    return False


def _branches(node) -> list | None:
    """The SELECTs of a chain of UNION ALLs, left to right; None when it is anything else."""
    from sqlglot import exp

    if isinstance(node, exp.Union) and not node.args.get("distinct") and not node.args.get("by_name"):
        left, right = _branches(node.left), _branches(node.right)
        return None if left is None or right is None else left + right
    return [node] if isinstance(node, exp.Select) else None


def _plain_over(select) -> str | None:
    """The table a SELECT reads when it only projects and filters that one table (no join, group, subquery)."""
    from sqlglot import exp

    from_ = select.args.get("from_")
    clauses = ("joins", "group", "having", "distinct", "order", "limit", "with_", "laterals")
    if from_ is None or not isinstance(from_.this, exp.Table) or any(select.args.get(k) for k in clauses):
        return None
    if any(select.find(t) for t in (exp.AggFunc, exp.Window, exp.Subquery, exp.Explode, exp.Inline)):
        return None
    return from_.this.sql("spark")


def _value_form(cols: dict) -> int:
    """How a compiled KPI branch's `value` follows from its other columns: 1 numerator / NULLIF(denominator, 0),
    2 the numerator itself, 0 neither (the value is then carried as its own expression)."""
    from sqlglot import exp

    value, num, den = (cols.get(n) for n in ("value", "numerator", "denominator"))
    if value is None or num is None:
        return 0
    if value == num:
        return 2
    quotient = isinstance(value, exp.Div) and isinstance(value.expression, exp.Nullif)
    if quotient and den is not None and value.this == num and value.expression.this == den and (
            value.expression.expression == exp.Literal.number(0)):
        return 1
    return 0


def _foldable(tree) -> list | None:
    """The SELECTs of a query's UNION ALL when each only projects and filters one and the same table (the
    compiler's KPI branches over its `j`), with the same columns; None otherwise."""
    from sqlglot import exp

    branches = _branches(tree) if isinstance(tree, exp.Union) else None
    if not branches or len(branches) < 2 or len({_plain_over(b) for b in branches}) != 1 or not _plain_over(
            branches[0]):
        return None
    names = branches[0].named_selects
    return branches if all(b.named_selects == names for b in branches) else None


def _fold(tree, branches: list) -> str:
    """A UNION ALL of SELECTs over one table (_foldable) as one scan of it, in Spark SQL.

    The compiler answers n KPIs with n SELECTs over its `j`; Spark plans, optimises and code-generates each
    branch on its own (fifty KPIs took minutes, and ran the driver out of heap). One scan emitting, per row,
    each branch's projection where its WHERE holds (INLINE over an array of structs) gives the same rows.
    A branch's `value` that is its numerator over its denominator (or its numerator) is worked out after the
    INLINE from those two fields rather than carried as a second copy of both formulas: Spark's planning time grows
    with the size of the expressions, and the same operation on the same two doubles gives the same value."""
    from sqlglot import exp

    names = branches[0].named_selects
    derive = {"numerator", "denominator", "value"} <= set(names) and not {"_value", "_form"} & set(names)
    items = []
    for b in branches:
        cols = {n: e.unalias() for n, e in zip(names, b.expressions, strict=True)}
        if derive:
            form = _value_form(cols)
            cols["value"] = exp.cast(exp.null(), "DOUBLE") if form else cols["value"]
            cols["_form"] = exp.Literal.number(form)
        fields = ", ".join(f"'{'_value' if n == 'value' else n}', {_spark(e)}" for n, e in cols.items())
        where = b.args.get("where")
        cond = _spark(where.this) if where else "TRUE"
        items.append(f"IF({cond}, NAMED_STRUCT({fields}), NULL)")
    source = _spark(branches[0].args["from_"].this)
    order = tree.args.get("order")
    with_ = tree.args.get("with_")
    rows = f"INLINE(FILTER(ARRAY({', '.join(items)}), _r -> _r IS NOT NULL))"
    select = "*"
    if derive:
        value = ("CASE _form WHEN 1 THEN numerator / NULLIF(denominator, 0) WHEN 2 THEN numerator "
                 "ELSE _value END AS value")
        select = ", ".join(value if n == "value" else n for n in names)
    return (f"{_spark(with_) + ' ' if with_ else ''}SELECT {select} FROM (SELECT {rows} FROM {source}) AS _u"
            f"{' ' + _spark(order) if order else ''}")

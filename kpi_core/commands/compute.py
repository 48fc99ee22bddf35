"""`compute FILE ... [--kpi ID ...]`: KPIs per period (and dimension) from exports or a workspace."""

from __future__ import annotations

from contextlib import ExitStack

from ..compiler import GRAINS  # the one list (the compiler imports nothing heavy)


def add_arguments(p, name: str) -> None:
    p.add_argument("files", nargs="*", metavar="FILE", help="export files (CSV, TSV, XLSX, XLS, ZIP)")
    p.add_argument("--kpi", nargs="+", action="extend", metavar="ID", help="KPI ids (default: all the data has)")
    p.add_argument("--by", choices=GRAINS, default="total", help="period grain (default: total)")
    p.add_argument("--dim", help="split by this dimension (channel, campaign, source_id, ...)")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day (inclusive)")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day (inclusive)")
    p.add_argument("--workspace", metavar="PATH", help="compute over this workspace (add files with `add` first)")
    p.add_argument("--use", nargs="+", action="extend", default=[], metavar="MEASURE=SOURCE[,SOURCE]",
                   help="source of truth for a measure, e.g. cost=google_ads,meta_ads (default: said in the notes)")
    from ..backends import add_argument as add_engine
    from ..ingest.period import add_argument

    add_argument(p)
    add_engine(p)


def _date(value: str | None, option: str = "--from"):
    from datetime import date

    from ..errors import error, shown
    from ..targets import years

    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise error("engine.bad_date", value=shown(value)) from None
    lo, hi = years()  # a day grain over year 1..9999 would build millions of periods
    if not lo <= day.year <= hi:
        raise error("cli.date_out_of_range", option=option, value=shown(value), min_year=lo, max_year=hi)
    return day


def _use(pairs: list[str]) -> dict[str, list[str]]:
    """['cost=google_ads,meta_ads'] -> {'cost': ['google_ads', 'meta_ads']}."""
    from ..errors import error
    from ..schema import MEASURES

    out = {}
    for pair in pairs:
        measure, _, tools = pair.partition("=")
        if measure not in MEASURES or not tools:
            raise error("engine.bad_use", value=pair)
        out[measure] = [t for t in tools.split(",") if t]
    return out


def _number(v):
    return None if v is None or v != v else float(v)  # NaN is no value


def _note(n: dict, lang: str) -> str:
    from ..i18n import t

    params = {k: v for k, v in n.items() if k != "code"}
    if isinstance(params.get("note"), dict):
        params["note"] = params["note"][lang]
    return t(n["code"], lang, **params)


def run(args) -> dict:
    from pathlib import Path

    from ..errors import error

    if not args.files and not args.workspace:
        raise error("engine.no_input")
    if args.files and args.workspace:  # computing must never change a workspace behind the user's back
        raise error("engine.files_with_workspace", workspace=args.workspace)
    use = _use(args.use)
    if args.workspace and not args.files and not Path(args.workspace).is_file():
        raise error("cli.file_not_found", file=args.workspace)
    from .. import kpis
    from ..compiler import Filters
    from ..ingest import each_export, read_export
    from ..workspace import Workspace

    filters = Filters(_date(args.date_from, "--from"), _date(args.date_to, "--to"))
    from ..ingest.period import given, zone

    period, tz = given(args.period), zone(args.timezone)
    ws = Workspace(args.workspace)
    files = ExitStack()  # a Mailchimp audience zip's files, unpacked while they are read and added
    try:
        # Files are read straight into the in-memory workspace's database: their rows are never copied out and back.
        into = ws.engine if args.workspace is None else None
        results = [read_export(p, name, lang=args.lang, period=period, into=into, zone=tz, said=said)
                   for f in args.files for p, name, said in files.enter_context(each_export(Path(f)))]
        lump = next((r for r in results if r.info.get("all_time")), None)
        if lump and (args.by != "total" or args.date_from or args.date_to or len(results) > 1):
            raise error("ingest.needs_period", file=lump.file, stated="All time")  # only a total over it all is honest
        # The same file twice counts once; a later file is the truth for the days it shares with an earlier one of
        # the same tool and account, which is said: days of the earlier file are left out.
        reports = ws.add_results(results, lang=args.lang) if results else []
        from ..backends import for_workspace

        engine = for_workspace(ws, getattr(args, "engine", None))  # the workspace's DuckDB, or Spark over its facts
        refused = []  # without --kpi: why a KPI the data has is not answered (its money cannot be summed)
        ids = args.kpi or [k.id for k in kpis.answerable(engine, kpis.present_kpis(engine), refused)]
        table = kpis.table_many(engine, ids, args.by, filters, args.dim, use or None) if ids else None
        money = kpis.money(engine)
    finally:
        files.close()
        ws.close()
    rows = []
    for r in table["rows"] if table else []:
        kpi, period, *rest = r
        row = {"kpi": kpi, "period": None if period is None else str(period)[:10]}
        if args.dim:
            row["dim"] = rest.pop(0)
        num, den, val, est = rest
        row.update(value=_number(val), numerator=_number(num), denominator=_number(den), estimated=bool(est))
        rows.append(row)
    table = table or {}
    left_out = list(dict.fromkeys(e.message(args.lang) for e in refused))  # each reason once
    replaced = [r["message"] for r in reports if r["status"] == "replaced"]
    notes = [*replaced, *left_out, *(_note(n, args.lang) for n in table.get("notes") or [])]
    from ..schema import MONEY

    # Said of the files whose money a KPI shown with a value rests on (an analytics file's revenue is not cpc's).
    shown = {m for k in {r["kpi"] for r in rows if r["value"] is not None} for m in kpis.get(k).measures} & set(MONEY)
    unnamed = [f for f, held in (money.unnamed if money else ()) if shown & set(held)]
    if unnamed:
        notes.append(_note({"code": "engine.currency_unnamed", "files": ", ".join(unnamed),
                            "currency": money.currency}, args.lang))
    if money and money.converted:
        notes.append(_note({"code": "engine.converted", "currencies": ", ".join(money.converted),
                            "target": money.currency}, args.lang))
    return {
        "currency": money.currency if money else None,
        "files": [r.info for r in results], "rows": rows, "notes": notes,
        "measure_sources": {m: list(s) for m, s in (table.get("measure_sources") or {}).items()},
        "explain": table.get("explain") or "",
    }


def _plain(v, lang: str) -> str:
    """A numerator or denominator as it sums: whole, or with its cents."""
    from ..i18n import fmt

    return fmt(v, "count", lang, decimals=None if v is None or float(v).is_integer() else 2)


def render(out: dict, args) -> str:
    from ..catalogue import catalogue
    from ..i18n import fmt, t

    lang, cat, currency = args.lang, catalogue(), out.get("currency") or "EUR"
    # What each file's reading said (a capped export, orders left out, periods spread over days), under the table as
    # in --json; with no rows it says why (Stripe payments all still Pending).
    said = [f"* {f['file']}: {w}" for f in out["files"] for w in f.get("warnings") or []]
    if not out["rows"]:
        return "\n".join([t("engine.table.no_rows", lang), *said, *(f"* {n}" for n in out["notes"])])
    head = ["kpi", "period", *(["dim"] if args.dim else []), "value", "numerator", "denominator"]
    names = {"dim": args.dim or ""}
    table = [[names.get(h) or t(f"engine.table.{h}", lang) for h in head]]
    for r in out["rows"]:
        unit = cat[r["kpi"]].unit if r["kpi"] in cat else "count"
        cells = {
            "kpi": r["kpi"], "period": r["period"] or t("engine.table.total", lang),
            "dim": t("engine.table.none", lang) if r.get("dim") is None else str(r["dim"]),
            "value": fmt(r["value"], unit, lang, currency), "numerator": _plain(r["numerator"], lang),
            "denominator": _plain(r["denominator"], lang),
        }
        table.append([cells[h] for h in head])
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    right = {"value", "numerator", "denominator"}
    lines = ["  ".join(c.rjust(w) if h in right else c.ljust(w) for c, w, h in zip(row, widths, head, strict=True))
             .rstrip() for row in table]
    lines += [*said, *(f"* {n}" for n in out["notes"])]
    return "\n".join(lines)

"""Adding one ReadResult: duplicate check, newest-wins replacement of overlapping days, and a report."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from functools import cache

from ..engine import registered
from ..errors import shown
from ..i18n import MONTHS_SHORT as MONTHS
from ..i18n import t
from ..schema import DIMENSIONS, MEASURES, PERIOD_END
from . import facts


@cache
def _part_sql() -> str:
    """SQL over a datasets row (source_id, file, info): which part of its tool's data the file is (Source.parts), NULL
    for the tool's main export. Read from the headers the dataset's info lists, so earlier uploads have theirs too."""
    from ..ingest.delimited import q
    from ..ingest.sources import SOURCES

    heads = ("list_transform(list_concat(json_keys(info, '$.mapping'), "
             "coalesce(json_extract_string(info, '$.unmapped[*]'), [])), lambda h: lower(trim(h)))")
    whens = []
    for src in SOURCES.values():
        for part, headers, pattern, unless in src.parts:
            said = ([f"list_has_any({heads}, [{', '.join(q(h.lower()) for h in headers)}])"] if headers else []) \
                + ([f"regexp_matches(lower(file), {q(pattern)})"] if pattern else [])
            main = f" AND NOT coalesce(list_has_any({heads}, [{', '.join(q(h.lower()) for h in unless)}]), FALSE)" \
                if unless else ""
            whens.append(f"WHEN source_id = {q(src.id)} AND ({' OR '.join(said)}){main} THEN {q(part)}")
    return f"(CASE {' '.join(whens)} END)" if whens else "NULL"


@cache
def _same() -> str:
    """Earlier datasets that a new export replaces days of: the same tool, account and part of its data. Sheets of no
    known tool are the same export only with the same columns: a leads sheet must not replace a costs sheet of the
    same dates."""
    return f"""SELECT id FROM datasets WHERE source_id = $src AND account IS NOT DISTINCT FROM $acct
               AND ($src <> 'generic' OR columns = $cols) AND {_part_sql()} IS NOT DISTINCT FROM $part"""


def add_result(cur, r, keep_both: bool, lang: str) -> dict:
    """Add r in the caller's transaction; returns the per-file report."""
    try:
        return _add(cur, r, keep_both, lang)
    finally:
        if hasattr(r.rows, "sql") and hasattr(r.rows, "schema") and not r.rows.kept:
            # rows the reader left in this database (ingest.result.Resident): added once, then gone, unless the
            # facts show them where they are (facts.adopt)
            cur.execute(f"DROP SCHEMA IF EXISTS {r.rows.schema} CASCADE")


def _add(cur, r, keep_both: bool, lang: str) -> dict:
    h = r.content_hash or rows_hash(r)
    report = {
        "file": r.file, "status": "added", "dataset_id": None, "source": r.source, "account": r.account,
        "rows": 0, "days_added": 0, "days_replaced": 0, "replaced_range": None, "replaced_datasets": [],
        "days_overlap": 0, "message": "",
    }
    dup = cur.execute("SELECT id FROM datasets WHERE content_hash = ?", [h]).fetchone()
    if dup:
        report.update(status="duplicate", dataset_id=dup[0])
        report["message"] = t("workspace.report.duplicate", lang, file=r.file, dataset_id=dup[0])
        return report

    ds_id = _new_id(cur, h)
    with registered(cur, "incoming", r.rows):
        end = f'coalesce("{PERIOD_END}", "date")' if PERIOD_END in r.rows.column_names else '"date"'
        rows, lo, hi = cur.execute(f'SELECT count(*), min("date"), max({end}) FROM incoming').fetchone()
        days = f'unnest(generate_series("date", {end}, INTERVAL 1 DAY))' if end != '"date"' else '"date"'
        new_days = {d for (d,) in cur.execute(f'SELECT DISTINCT CAST({days} AS DATE) FROM incoming').fetchall()}
        key = {"src": r.source, "acct": r.account, "cols": _columns(r), "lo": lo, "hi": hi}
        (key["part"],) = cur.execute(f"SELECT {_part_sql()} FROM (SELECT ? AS source_id, ? AS file, ? AS info)",
                                     [r.source, r.file, _json(r.info)]).fetchone()
        scope = _scope(r, key)
        # every day the earlier rows cover: a period row (Google Ads' default download) all of its days
        within = f"FROM facts WHERE date BETWEEN $lo AND $hi AND dataset_id IN ({_same()}){scope}"
        old = cur.execute(
            f"SELECT DISTINCT date, dataset_id {within} AND {PERIOD_END} IS NULL UNION "
            f"SELECT DISTINCT CAST(unnest(generate_series(date, {PERIOD_END}, INTERVAL 1 DAY)) AS DATE), dataset_id "
            f"{within} AND {PERIOD_END} IS NOT NULL",
            key,
        ).fetchall() if rows else []
        old_days = {d for d, _ in old}
        replace = bool(old) and not keep_both
        if rows and not keep_both:
            _refuse_split_periods(cur, r, key, scope)
        # The newest export is the truth for every day of its period, also days it has no rows for.
        twice = _in_another_account(cur, r, key) if rows else []
        spelled = _channel_spellings(cur, r) if rows else []
        gone = _what_goes(cur, r, key, scope) if replace else {}
        touched = facts.delete_days(cur, sorted({i for _, i in old}), lo, hi, r.scope) if replace else []
        made = _insert_facts(cur, ds_id, r, spelled)
        if facts.drop_empty(cur, touched) or made:  # the table it emptied may be the one it just filled again
            facts.rebuild_view(cur)
        _record(cur, ds_id, h, r, rows, lo, hi, keep_both)

    report.update(dataset_id=ds_id, rows=rows, days_added=len(new_days - old_days))
    if replace:
        report.update(
            status="replaced", days_replaced=len(old_days), replaced_datasets=sorted({i for _, i in old}),
            replaced_range={"from": min(old_days).isoformat(), "to": max(old_days).isoformat()},
        )
    report["days_overlap"] = len(new_days & old_days)
    report["message"] = _message(report, r, new_days, old_days, lang)
    if spelled:
        report["channels_spelled"] = [list(x) for x in spelled]
        report["message"] += " " + t("workspace.report.channel_spelling", lang,
                                     values=", ".join(f"'{shown(a)}' → '{shown(b)}'" for a, b in spelled))
    warnings = []  # also in the message, for a reader of the message alone
    if gone:
        report.update(gone)
        warnings.append(_gone_message(gone, lang))
    if twice:
        report["also_in"] = twice
        warnings.append(t("workspace.report.also_in", lang, campaigns=", ".join(c for c, _ in twice),
                          files=", ".join(dict.fromkeys(f for _, f in twice))))
    if warnings:
        report["warnings"] = warnings
        report["message"] += "".join(" " + w for w in warnings)
    return report


# A newer export of the same report revises its figures by a little (late conversions, invalid clicks); one that holds
# less than half of what the replaced days held is another, narrower report of the account (Google Ads' search terms or
# an Overview card by network beside the campaign report), whose days it would cut down.
NARROWER = 0.5


def _what_goes(cur, r, key: dict, scope: str) -> dict:
    """What replacing the earlier exports' days takes away beyond what this file brings back, before it is deleted:
    `replaced_lost` (each figure those days held that this file has no column for, with its sum: the newest export is
    the truth for its days, and says nothing of a figure it lacks) and `replaced_less` (each figure of both that this
    file holds less than NARROWER of). Empty when neither."""
    held = {d[0] for d in cur.execute("SELECT * FROM facts LIMIT 0").description}
    measures = [m for m in MEASURES if m in held]
    if not measures:
        return {}
    was = cur.execute(
        f"SELECT {', '.join(f'sum({m})' for m in measures)} FROM facts WHERE date BETWEEN $lo AND $hi "
        f"AND dataset_id IN ({_same()}){scope}", key).fetchone()
    shared = [m for m in measures if m in r.rows.column_names]
    now = dict(zip(shared, cur.execute(
        f"SELECT {', '.join(f'sum({m})' for m in shared)} FROM incoming").fetchone(), strict=True)) if shared else {}
    lost, less = [], []
    for m, before in zip(measures, was, strict=True):
        if not before:  # nothing of it on those days (NULL or 0): nothing goes
            continue
        if m not in now:
            lost.append({"measure": m, "before": before})
        elif before > 0 and (now[m] or 0) < NARROWER * before:
            less.append({"measure": m, "before": before, "after": now[m] or 0})
    return {k: v for k, v in (("replaced_lost", lost), ("replaced_less", less)) if v}


def _gone_message(gone: dict, lang: str) -> str:
    """The report's sentences on what replacing took away (_what_goes)."""
    from ..i18n import field_name, fmt_number

    def num(x: float) -> str:
        return fmt_number(x, lang, 0 if float(x).is_integer() else 2)

    said = []
    if lost := gone.get("replaced_lost"):
        said.append(t("workspace.report.replaced_lost", lang, measures=", ".join(
            f"{field_name(g['measure'], lang)} ({num(g['before'])})" for g in lost)))
    if less := gone.get("replaced_less"):
        said.append(t("workspace.report.replaced_less", lang, measures=", ".join(
            f"{field_name(g['measure'], lang)} ({num(g['before'])} → {num(g['after'])})" for g in less)))
    return " ".join(said)


def _in_another_account(cur, r, key: dict) -> list[tuple[str, str]]:
    """(campaign, file) of an earlier dataset of the tool that holds the same campaign on the same day under an
    account where only one of the two names one: a report of one campaign (Mailchimp's, which names no audience)
    beside the campaign list (each row under its audience). Which audience the report's is cannot be told, so
    neither replaces the other: said, as it may count twice."""
    if "campaign" not in r.rows.column_names or (not r.scope and r.account is None):
        return []
    params = {k: key[k] for k in ("src", "acct", "lo", "hi")}
    other = "SELECT id FROM datasets WHERE source_id = $src AND (account IS NULL) <> ($acct IS NULL)"
    if not cur.execute(f"{other} LIMIT 1", {k: params[k] for k in ("src", "acct")}).fetchone():
        return []  # the usual case, asked of the datasets alone: no look through the facts of a large upload
    return cur.execute(
        "SELECT DISTINCT f.campaign, d.file FROM facts f JOIN datasets d ON d.id = f.dataset_id "
        "WHERE d.source_id = $src AND (d.account IS NULL) <> ($acct IS NULL) AND f.date BETWEEN $lo AND $hi "
        "AND EXISTS (SELECT 1 FROM incoming i WHERE i.date = f.date AND i.campaign = f.campaign) ORDER BY 1, 2",
        params).fetchall()


def _channel_spellings(cur, r) -> list[tuple[str, str]]:
    """(the file's spelling, the workspace's) of each channel this file writes otherwise than the workspace already
    does in letter case alone: Pipedrive's 'Paid search' beside GA4's and HubSpot's 'Paid Search' is one channel,
    counted under the spelling that came first. A spelling the workspace already holds as it is stays."""
    if "channel" not in r.rows.column_names:
        return []
    if not cur.execute("SELECT 1 FROM facts WHERE channel IS NOT NULL LIMIT 1").fetchone():
        return []  # the first file with channels: nothing to meet
    return cur.execute(
        "SELECT i.channel, min(f.channel) FROM (SELECT DISTINCT channel FROM incoming WHERE channel IS NOT NULL) i "
        "JOIN (SELECT DISTINCT channel FROM facts WHERE channel IS NOT NULL) f ON lower(f.channel) = lower(i.channel) "
        "GROUP BY i.channel HAVING NOT bool_or(f.channel = i.channel) ORDER BY 1").fetchall()


def _scope(r, key: dict) -> str:
    """The condition that keeps an export's overlap to what it covers: a report of one campaign (r.scope) replaces
    only that campaign's rows of an earlier report, never another campaign's of the same day. Fills `key`."""
    conds = []
    for i, (dim, values) in enumerate(sorted(r.scope.items())):
        if dim not in DIMENSIONS:
            raise ValueError(f"{r.file}: scope outside the schema: {dim}")  # a reader bug
        key[f"scope{i}"] = list(values)
        conds.append(f" AND list_contains($scope{i}, {dim})")
    return "".join(conds)


def _refuse_split_periods(cur, r, key: dict, scope: str) -> None:
    """An earlier export's period row that reaches past this export's days cannot be split honestly: refused, with
    what to do, instead of being dropped whole or counted twice over the overlap."""
    end = f"coalesce({PERIOD_END}, date)"
    hit = cur.execute(
        f"SELECT dataset_id, min(date), max({end}) FROM facts WHERE dataset_id IN ({_same()}) AND {PERIOD_END} > date "
        f"AND date <= $hi AND {end} >= $lo AND (date < $lo OR {end} > $hi){scope} GROUP BY dataset_id ORDER BY 1 "
        "LIMIT 1",
        key,
    ).fetchone()
    if hit:
        from ..errors import error

        raise error("workspace.split_period", file=r.file, dataset_id=hit[0], old=f"{hit[1]} – {hit[2]}",
                    new=f"{key['lo']} – {key['hi']}")


def _columns(r) -> str:
    return json.dumps(sorted(c for c in r.rows.column_names if c != "date"))


def _insert_facts(cur, ds_id: str, r, spelled: list[tuple[str, str]]) -> bool:
    """Append r's rows to the table of its columns; True when that table is new (the view needs rebuilding). Each
    channel in `spelled` is stored in the workspace's spelling."""
    cols = [c for c in r.rows.column_names if c != "date"]
    unknown = set(cols) - set(DIMENSIONS) - set(MEASURES) - {PERIOD_END}
    if unknown:
        raise ValueError(f"{r.file}: columns outside the schema: {sorted(unknown)}")  # a reader bug
    exprs = [f'CAST(r."{c}" AS {facts.type_of(c)}) AS {c}' for c in cols]
    if "account" not in cols and r.account is not None:
        # The file names its account once (preamble or file name); every row belongs to it.
        cols.append("account")
        exprs.append("k.account")
    keys = [ds_id, r.source, r.account]
    select = ", ".join(["k.dataset_id", "k.source_id", 'CAST(r."date" AS DATE) AS date', *exprs])
    if not spelled and hasattr(r.rows, "sql") and facts.adopt(cur, ds_id, cols, select, keys, r.rows.sql,
                                                              r.rows.schema):
        r.rows.kept = True  # the facts show the reader's rows where they are
        return True
    k = "(SELECT ?::VARCHAR AS dataset_id, ?::VARCHAR AS source_id, ?::VARCHAR AS account)"
    made = facts.append(cur, ds_id, cols, f"SELECT {select} FROM incoming AS r CROSS JOIN {k} AS k", keys)
    for was, now in spelled:  # few rows: only files whose channels meet another spelling take this path
        facts.respell_channel(cur, ds_id, cols, was, now)
    return made


def _record(cur, ds_id, h, r, rows, lo, hi, keep_both) -> None:
    info = r.info
    cur.execute(
        """INSERT INTO datasets (id, file, content_hash, source_id, account, mapping, skipped, set_aside, info,
                                 rows, date_min, date_max, uploaded_at, keep_both, columns, currency)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [ds_id, r.file, h, r.source, r.account, _json(info.get("mapping")), _json(info.get("skipped")),
         _json([list(x) for x in r.set_aside]), _json(info), rows, lo, hi,
         datetime.now(UTC).replace(tzinfo=None), keep_both, _columns(r), _currency(info)],
    )


def _currency(info: dict) -> str | None:
    """The dataset's currency: the file's one code; for a file with amounts in several, their codes joined by ','
    (money.state refuses sums over them: no rate converts a file's rows one by one)."""
    return info.get("currency") or (",".join(info["currencies"]) if info.get("currencies") else None)


def _new_id(cur, h: str) -> str:
    # Short ids are typed on the command line; the same file always gets the same id.
    for n in (12, len(h)):
        cand = h[:n]
        if not cur.execute("SELECT 1 FROM datasets WHERE id = ?", [cand]).fetchone():
            return cand
    raise ValueError(f"dataset id {h} taken by a different file")


def rows_hash(r) -> str:
    """A content hash for a ReadResult that came without one (built in code, not read from a file)."""
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, r.rows.schema) as w:
        w.write_table(r.rows)
    return hashlib.sha256(f"{r.source}\x00{r.account}\x00".encode() + sink.getvalue().to_pybytes()).hexdigest()


def _json(v) -> str:
    return json.dumps(v, ensure_ascii=False, default=str)


def fmt_range(lo, hi, lang: str = "nl") -> str:
    """'1–31 Jan 2025', '15 Jan – 14 Feb 2025', '20 Dec 2024 – 10 Jan 2025' ('jan' in Dutch)."""
    m = MONTHS.get(lang, MONTHS["en"])
    if lo == hi:
        return f"{lo.day} {m[lo.month - 1]} {lo.year}"
    if (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.day}–{hi.day} {m[hi.month - 1]} {hi.year}"
    if lo.year == hi.year:
        return f"{lo.day} {m[lo.month - 1]} – {hi.day} {m[hi.month - 1]} {hi.year}"
    return f"{lo.day} {m[lo.month - 1]} {lo.year} – {hi.day} {m[hi.month - 1]} {hi.year}"


def source_name(source_id: str) -> str:
    """The tool's display name ('Google Ads') when ingestion knows it, else the id."""
    from ..ingest.sources import SOURCES

    src = SOURCES.get(source_id)
    return src.name if src else source_id


def _days(n: int, lang: str, kind: str = "") -> str:
    """'1 day', '3 days', '1 nieuwe dag' ..."""
    return t(("workspace.day" if n == 1 else "workspace.days") + kind, lang, n=n)


def _message(rep: dict, r, new_days: set, old_days: set, lang: str) -> str:
    acct = t("workspace.report.account", lang, account=r.account) if r.account else ""
    # rows as the user counts them in the file; a contacts export makes more facts (lead, MQL, ...) than rows
    common = dict(file=r.file, source=source_name(r.source), account=acct, rows=r.info.get("rows", rep["rows"]),
                  days_added=_days(rep["days_added"], lang), days_added_new=_days(rep["days_added"], lang, "_new"))
    common["range"] = fmt_range(min(new_days), max(new_days), lang) if new_days else "–"
    if rep["status"] == "replaced":
        return t("workspace.report.replaced", lang, days_replaced=_days(rep["days_replaced"], lang),
                 replaced_range=fmt_range(min(old_days), max(old_days), lang), **common)
    both = new_days & old_days
    if both:
        return t("workspace.report.kept_both", lang, days_overlap=_days(len(both), lang),
                 overlap_range=fmt_range(min(both), max(both), lang), **common)
    return t("workspace.report.added", lang, **common)


_LISTED = ("id", "file", "source", "account", "rows", "rows_now", "date_min", "date_max", "uploaded_at",
           "keep_both", "content_hash", "mapping", "skipped", "set_aside", "info")


def listing(cur) -> list[dict]:
    """Every dataset, oldest first, with rows_now: its rows not replaced by a later upload."""
    rows = cur.execute(
        """SELECT d.id, d.file, d.source_id, d.account, d.rows, coalesce(n.rows_now, 0), d.date_min, d.date_max,
                  d.uploaded_at, d.keep_both, d.content_hash, d.mapping, d.skipped, d.set_aside, d.info
           FROM datasets d LEFT JOIN (SELECT dataset_id, count(*) AS rows_now FROM facts GROUP BY 1) n
             ON n.dataset_id = d.id
           ORDER BY d.uploaded_at, d.id""").fetchall()
    out = []
    for row in rows:
        d = dict(zip(_LISTED, row, strict=True))
        for k in ("date_min", "date_max", "uploaded_at"):
            d[k] = d[k] and d[k].isoformat()
        for k in ("mapping", "skipped", "set_aside", "info"):
            d[k] = json.loads(d[k]) if d[k] else None
        out.append(d)
    return out


def remove(cur, dataset_id: str) -> int | None:
    """Delete a dataset and its rows in the caller's transaction; the rows deleted, None when it does not exist."""
    if not cur.execute("SELECT 1 FROM datasets WHERE id = ?", [dataset_id]).fetchone():
        return None
    n = facts.remove(cur, dataset_id)
    cur.execute("DELETE FROM datasets WHERE id = ?", [dataset_id])
    return n

"""Data: upload exports, see what was detected, fix uncertain column mappings, list and remove datasets."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from kpi_core import schema
from kpi_core.errors import KoersError
from kpi_core.i18n import fmt_date, fmt_number
from kpi_core.ingest import read_export
from kpi_core.ingest.period import Period
from kpi_core.ingest.sources import SOURCES
from ui import cache
from ui.state import empty_state, presenting, start_page

L, T, ws = start_page("ui.data.title")  # T speaks this run's language

REPORTS = "data.reports"
UPLOAD_DIR = Path(tempfile.gettempdir()) / "koers-uploads"
IGNORE = "—"
CHOICES = [IGNORE, "date", *schema.MEASURES, *schema.DIMENSIONS]


def _day(s) -> str:
    import datetime as dt

    return fmt_date(dt.date.fromisoformat(s), L) if s else "–"


def _headers(info: dict) -> list[str]:
    return list(info.get("mapping", {})) + list(info.get("unmapped", []))


def _period():
    """The period the user gave on the upload card for reports that state none ('All time'), or None."""
    picked = st.session_state.get("data.period") or ()
    return Period(picked[0], picked[1], "given") if len(picked) == 2 else None


def _read(path: Path, name: str, overrides: dict | None = None):
    """Read one export, with the given mapping or the one remembered for its tool and columns (one reading)."""
    return read_export(path, name=name, overrides=overrides or ws.mapping_override, lang=L, period=_period())


def _add(files) -> list[dict]:
    """Read and add every uploaded file; a file that fails is reported beside its name, the rest still go in."""
    UPLOAD_DIR.mkdir(parents=True, exist_ok=True)
    keep_both = st.session_state.get("data.keep_both", False)
    out = []
    bar = st.progress(0.0, text=T("ui.data.progress", done=0, total=len(files)))
    for i, f in enumerate(files):
        path = UPLOAD_DIR / f"{f.file_id}-{Path(f.name).name}"
        path.write_bytes(f.getvalue())
        entry = {"file": f.name, "path": str(path), "info": None, "report": None, "error": None}
        try:
            with st.spinner(T("ui.data.reading", file=f.name)):
                result = _read(path, f.name)
            entry["info"] = result.info
            entry["report"] = ws.add_results([result], keep_both=keep_both, lang=L)[0]
        except KoersError as e:
            entry["error"] = e.message(L)
        out.append(entry)
        bar.progress((i + 1) / len(files), text=T("ui.data.progress", done=i + 1, total=len(files)))
    bar.empty()
    return out


def _reread(entry: dict, mapping: dict) -> None:
    """Remember the corrected mapping for this tool and column set, and read the file again with it."""
    info = entry["info"]
    overrides = {h: (None if c == IGNORE else c) for h, c in mapping.items()}
    ws.remember_mapping(info["source"], _headers(info), overrides)
    old = (entry.get("report") or {}).get("dataset_id")
    if old and any(d["id"] == old for d in ws.datasets()):
        ws.remove(old)  # the same bytes would otherwise count as a duplicate of the first reading
    result = _read(Path(entry["path"]), entry["file"], overrides)
    entry["info"] = result.info
    entry["report"] = ws.add_results([result], lang=L)[0]
    entry["error"] = None


STATUS_ICON = {"added": ":material/check_circle:", "replaced": ":material/sync:", "kept_both": ":material/copy_all:",
               "duplicate": ":material/content_copy:", "error": ":material/error:"}


def _show(entry: dict, n: int) -> None:
    info, report, err = entry["info"], entry["report"], entry["error"]
    status = "error" if err else (report or {}).get("status", "added")
    with st.container(border=True):
        st.markdown(f"**{entry['file']}** · {STATUS_ICON.get(status, '')} {T('ui.data.status.' + status)}")
        if err:
            st.error(err, icon=":material/error:")
            return
        c1, c2, c3, c4 = st.columns([3, 1, 3, 1.3])
        # A tool name and a period are text, not figures: a caption and a bold line never cut them off as metrics do.
        c1.caption(T("ui.data.tool"))
        c1.markdown(f"**{info.get('source_name') or info['source']}**")
        c2.metric(T("ui.data.rows"), fmt_number(info["rows"], L))
        c3.caption(T("ui.data.period"))
        c3.markdown(f"**{_day(info.get('date_min'))} – {_day(info.get('date_max'))}**")
        skipped = {k: v for k, v in (info.get("skipped") or {}).items() if v}
        c4.metric(T("ui.data.skipped"), fmt_number(sum(skipped.values()), L))
        if skipped:
            st.caption(T("ui.data.skipped_why") + " " + ", ".join(
                f"{T('ui.data.reason.' + k)}: {fmt_number(v, L)}" for k, v in skipped.items()))
        if report and report.get("message"):
            (st.info if status == "duplicate" else st.success)(report["message"])
        for w in info.get("warnings") or []:
            st.warning(w, icon=":material/warning:")
        mapping = info.get("mapping") or {}
        table = pd.DataFrame([{T("ui.data.col.header"): h, T("ui.data.col.field"): m["canonical"],
                               T("ui.data.col.confidence"): m["confidence"]} for h, m in mapping.items()])
        unsure = {h: m for h, m in mapping.items() if m["confidence"] < 1}
        with st.expander(T("ui.data.mapping", n=len(mapping), unmapped=len(info.get("unmapped") or [])),
                         expanded=bool(unsure)):
            st.dataframe(table, hide_index=True, width="stretch", key=f"data.map.{n}",
                         column_config={T("ui.data.col.confidence"): st.column_config.ProgressColumn(
                             min_value=0.0, max_value=1.0, format="percent")})
            if info.get("unmapped"):
                st.caption(T("ui.data.unmapped", columns=", ".join(info["unmapped"])))
        if unsure and not presenting():
            st.markdown(f"**{T('ui.data.fix_title')}**")
            st.caption(T("ui.data.fix_help"))
            fix = pd.DataFrame({"header": list(unsure), "field": [m["canonical"] for m in unsure.values()]})
            edited = st.data_editor(
                fix, hide_index=True, key=f"data.fix.{n}", width="stretch", disabled=["header"],
                column_config={"header": st.column_config.TextColumn(T("ui.data.col.header")),
                               "field": st.column_config.SelectboxColumn(T("ui.data.col.field"), options=CHOICES,
                                                                         required=True)})
            if st.button(T("ui.data.fix_save"), key=f"data.fix_save.{n}", icon=":material/save:"):
                try:
                    full = {h: m["canonical"] for h, m in mapping.items()}
                    full.update(dict(zip(edited["header"], edited["field"], strict=True)))
                    _reread(entry, full)
                    st.rerun()
                except KoersError as e:
                    st.error(e.message(L))


if not presenting():
    with st.container(border=True):
        files = st.file_uploader(T("ui.data.upload"), accept_multiple_files=True, key="data.upload",
                                 help=T("ui.data.upload_help"),
                                 type=["csv", "tsv", "txt", "xlsx", "xlsm", "xls"])
        c1, c2, c3 = st.columns([1, 2, 2], vertical_alignment="bottom")
        c2.checkbox(T("ui.data.keep_both"), key="data.keep_both", help=T("ui.data.keep_both_help"))
        c3.date_input(T("ui.data.period_field"), value=[], key="data.period", help=T("ui.data.period_help"),
                      format="DD-MM-YYYY")
        if c1.button(T("ui.data.add"), key="data.add", type="primary", disabled=not files,
                     icon=":material/add:"):
            st.session_state[REPORTS] = _add(files)

reports = st.session_state.get(REPORTS) or []
if reports:
    st.subheader(T("ui.data.results"))
    for n, entry in enumerate(reports):
        _show(entry, n)

st.subheader(T("ui.data.datasets"))
sets = cache.datasets(str(ws.path), ws.version)
if not sets:
    empty_state("ui.empty.no_datasets")
    st.stop()
for d in sets:
    with st.container(border=True):
        c1, c2, c3, c4 = st.columns([4, 2, 3, 2], vertical_alignment="center")
        tool = SOURCES[d["source"]].name if d["source"] in SOURCES else d["source"]
        c1.markdown(f"**{d['file']}**  \n{tool}" + (f" · {d['account']}" if d.get("account") else ""))
        c2.markdown(T("ui.data.rows_now", rows=fmt_number(d["rows_now"], L), total=fmt_number(d["rows"], L)))
        c3.markdown(f"{_day(d['date_min'])} – {_day(d['date_max'])}")
        if not presenting() and c4.button(T("ui.data.remove"), key=f"data.remove.{d['id']}",
                                          icon=":material/delete:", help=T("ui.data.remove_help"),
                                          width="stretch"):
            try:
                ws.remove(d["id"])
                st.rerun()
            except KoersError as e:
                st.error(e.message(L))


def _rates() -> None:
    """Exchange rates per currency and month, for money in more currencies than the workspace's own."""
    money = ws.money()
    target = ws.settings()["currency"]
    with st.expander(T("ui.data.rates", target=target), expanded=bool(money.mixed)):
        if money.mixed:
            st.warning(T("ui.data.rates_needed", currencies=", ".join(money.mixed),
                         missing=", ".join(money.missing[:6]) or "-"), icon=":material/currency_exchange:")
        elif money.converted:
            st.caption(T("engine.converted", currencies=", ".join(money.converted), target=target))
        rows = [r for r in ws.rates() if r["to"] == target]
        table = pd.DataFrame(rows or [{"from": "USD", "month": "", "rate": None}], columns=["from", "month", "rate"])
        if presenting():
            st.dataframe(table, hide_index=True)
            return
        edited = st.data_editor(table, num_rows="dynamic", hide_index=True, key="data.rates", column_config={
            "from": st.column_config.TextColumn(T("ui.data.rate_from"), max_chars=3),
            "month": st.column_config.TextColumn(T("ui.data.rate_month"), help="2025-01"),
            "rate": st.column_config.NumberColumn(T("ui.data.rate_value", target=target), format="%.6f")})
        if st.button(T("ui.data.rates_save"), key="data.rates_save", icon=":material/save:"):
            try:
                for r in edited.dropna(subset=["rate"]).to_dict("records"):
                    ws.set_rate(str(r["from"]).strip().upper(), target, str(r["month"]).strip(), r["rate"])
                st.rerun()
            except KoersError as e:
                st.error(e.message(L))


_rates()

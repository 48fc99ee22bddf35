"""Uploading exports in one step: drop files, and each is read and added at once; a file whose columns Koers is
unsure of waits until the person has checked them. Files on disk live in a private folder per session (0700) and
are removed once they are done with."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import uuid
import weakref
from pathlib import Path

import pandas as pd
import streamlit as st

from kpi_core import schema
from kpi_core.errors import KoersError
from kpi_core.i18n import field_name, fmt_date, fmt_number, t, tn, tool_name
from ui.names import file_warning
from ui.text import bold, plain, plain_all

ENTRIES = "data.reports"
TYPES = ["csv", "tsv", "txt", "xlsx", "xlsm", "xls", "zip"]  # a zip: the export inside, or its files (ingest.archive)
IGNORE = ""
_DIR = "koers.upload_dir"
_N = "data.upload_n"
STATUS_ICON = {"added": ":material/check_circle:", "replaced": ":material/sync:", "kept_both": ":material/copy_all:",
               "duplicate": ":material/content_copy:", "error": ":material/error:",
               "pending": ":material/pending_actions:"}


# Files on disk

class _Folder:
    """A session's private upload folder; removed when the session's state is dropped or the process ends."""

    def __init__(self):
        self.path = Path(tempfile.mkdtemp(prefix="koers-upload-"))  # 0700: other users on the host cannot read it
        self._gone = weakref.finalize(self, shutil.rmtree, str(self.path), True)

    def remove(self) -> None:
        self._gone()


def folder() -> Path:
    """This session's private upload folder (made on first use)."""
    f = st.session_state.get(_DIR)
    if f is None or not f.path.is_dir():
        f = _Folder()
        st.session_state[_DIR] = f
    return f.path


def save(uploaded) -> Path:
    """Write an uploaded file into the private folder under a name of ours (the person's name is only shown)."""
    suffix = "".join(c for c in Path(uploaded.name).suffix.lower() if c.isalnum() or c == ".")[:8]
    path = folder() / f"upload-{uuid.uuid4().hex[:12]}{suffix}"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(uploaded.getvalue())
    return path


def discard(path) -> None:
    """Remove one saved upload; the folder goes too once it is empty."""
    if not path:
        return
    p = Path(path)
    p.unlink(missing_ok=True)
    f = st.session_state.get(_DIR)
    if f is not None and p.parent == f.path and f.path.is_dir() and not any(f.path.iterdir()):
        f.remove()
        del st.session_state[_DIR]


def _forget(entry: dict) -> None:
    discard(entry.get("path"))
    entry["path"] = None


def close_results(keep_errors: bool = True) -> None:
    """Put the upload results away; files that still wait for a decision stay (and errors that can be read again
    with a period, unless keep_errors is False)."""
    keep = []
    for e in st.session_state.get(ENTRIES) or []:
        if e.get("path") and (e["state"] == "pending" or (keep_errors and e["state"] == "error")):
            keep.append(e)
        else:
            _forget(e)
    st.session_state[ENTRIES] = keep


# Reading and adding

def _period():
    """The period given on the upload card for reports that state none ('All time'), or None."""
    from kpi_core.ingest.period import Period

    picked = st.session_state.get("data.period") or ()
    return Period(picked[0], picked[1], "given") if len(picked) == 2 else None


def _headers(info: dict) -> list[str]:
    return list(info.get("mapping") or {}) + list(info.get("unmapped") or [])


def open_columns(info: dict, ws) -> list[str]:
    """Columns to check before the file goes in: unsure ones, and for a sheet of no known tool the unrecognised ones
    nobody has decided on yet (a known tool's other columns are its status, ids and derived rates: left out)."""
    mapping = info.get("mapping") or {}
    out = [h for h, m in mapping.items() if m["confidence"] < 1]
    if info.get("source") == "generic":
        settled = ws.mapping_override("generic", _headers(info)) or {}
        out += [h for h in info.get("unmapped") or [] if h not in settled]
    return out


def _read(entry: dict, ws, lang: str, overrides=None):
    from kpi_core.ingest import read_export

    return read_export(Path(entry["path"]), name=entry["file"], overrides=overrides or ws.mapping_override,
                       lang=lang, period=_period(), zone=ws.settings()["timezone"], said=entry.get("said", ()))


def _add(entry: dict, ws, lang: str, result) -> None:
    entry["info"] = result.info
    entry["report"] = ws.add_results([result], keep_both=st.session_state.get("data.keep_both", False), lang=lang)[0]
    entry["state"] = "added"
    entry["error"] = None


def take(entry: dict, ws, lang: str) -> None:
    """Read one saved upload: add it, or let it wait when some columns need a person's eye."""
    try:
        result = _read(entry, ws, lang)
        if open_columns(result.info, ws):
            entry.update(info=result.info, state="pending", error=None)
            return
        _add(entry, ws, lang, result)
    except KoersError as e:
        entry.update(state="error", error=e.message(lang))


def apply_mapping(entry: dict, ws, lang: str, chosen: dict) -> None:
    """Remember the person's mapping for this tool and column set, and read the file again with it and add it
    (replacing an earlier reading of the same file)."""
    info = entry["info"]
    overrides = {h: (c or None) for h, c in chosen.items()}
    ws.remember_mapping(info["source"], _headers(info), overrides)
    old = (entry.get("report") or {}).get("dataset_id")
    if old and any(d["id"] == old for d in ws.datasets()):
        ws.remove(old)  # the same bytes would otherwise count as a duplicate of the first reading
    _add(entry, ws, lang, _read(entry, ws, lang, overrides))
    _forget(entry)  # done with: the mapping is remembered, the rows are in


def process(files, ws, lang: str) -> list[dict]:
    """Save, read and add dropped files; returns their entries (also kept in the session for the Data page)."""
    close_results()
    entries = list(st.session_state.get(ENTRIES) or [])
    new = [e for f in files for e in _entries(f, lang)]
    # On the books before any is read: a run stopped half-way (another click) leaves no saved file unknown, and the
    # next upload puts them away (close_results).
    st.session_state[ENTRIES] = entries + new
    bar = st.progress(0.0, text=t("ui.data.progress", lang, done=0, total=len(new)))
    for i, entry in enumerate(new):
        if entry["state"] is None:
            with st.spinner(t("ui.data.reading", lang, file=plain(entry["file"]))):
                take(entry, ws, lang)
        bar.progress((i + 1) / len(new), text=t("ui.data.progress", lang, done=i + 1, total=len(new)))
    bar.empty()
    return new


def _entries(f, lang: str) -> list[dict]:
    """The uploads one dropped file makes: itself, or each file of a Mailchimp audience zip (saved beside it)."""
    from kpi_core.ingest import members

    path = save(f)
    try:
        found = members(path, path.parent, f.name) or [(path, f.name, ())]
    except KoersError as e:  # a damaged or hostile zip: said on its card; reading it again would say no more
        discard(path)
        return [_entry(f.name, None, (), state="error", error=e.message(lang))]
    if found[0][0] != path:
        discard(path)  # the zip itself: its files are in
    return [_entry(name, p, said) for p, name, said in found]


def _entry(file: str, path: Path | None, said: tuple, state: str | None = None, error: str | None = None) -> dict:
    return {"id": uuid.uuid4().hex[:8], "file": file, "path": str(path) if path else None, "said": said, "info": None,
            "report": None, "error": error, "state": state}


def pending() -> list[dict]:
    """Uploads that wait for a decision."""
    return [e for e in st.session_state.get(ENTRIES) or [] if e["state"] == "pending"]


# Drawing

def _css(lang: str) -> None:
    """The uploader's own texts are English only: replace them with ours (the widget has no language setting)."""
    mb = int(os.environ.get("KOERS_MAX_FILE_MB") or 200)
    hint = t("ui.data.drop_hint", lang, mb=mb).replace('"', "'")
    browse = t("ui.data.browse", lang).replace('"', "'")
    st.html(f"""<style>
[data-testid="stFileUploaderDropzoneInstructions"] > div > span,
[data-testid="stFileUploaderDropzoneInstructions"] > div > small {{ display: none; }}
[data-testid="stFileUploaderDropzoneInstructions"] > div::after {{ content: "{hint}"; font-size: 0.875rem; }}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p {{ display: none; }}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"]::after {{ content: "{browse}"; }}
</style>""")


def box(lang: str, ws, *, options: bool = True):
    """The uploader. Dropped files are read and added at once (a first upload makes a workspace); returns the
    workspace the files went into, or None when nothing was dropped."""
    n = st.session_state.get(_N, 0)
    _css(lang)
    files = st.file_uploader(t("ui.data.upload", lang), accept_multiple_files=True, key=f"data.upload.{n}",
                             help=t("ui.data.upload_help", lang), type=TYPES)
    if options:
        c1, c2 = st.columns([1, 1], vertical_alignment="bottom")
        c1.checkbox(t("ui.data.keep_both", lang), key="data.keep_both", help=t("ui.data.keep_both_help", lang))
        c2.date_input(t("ui.data.period_field", lang), value=[], key="data.period",
                      help=t("ui.data.period_help", lang), format="DD-MM-YYYY")
    if not files:
        return None
    if ws is None:
        from ui import workspaces

        ws = workspaces.create(t("ui.side.first_name", lang))
        workspaces.choose(str(ws.path))
        st.session_state["koers.flash"] = ("success", t("ui.data.first_ws", lang, name=plain(workspaces.name(
            str(ws.path)))))
    process(files, ws, lang)
    st.session_state[_N] = n + 1  # a new, empty uploader: the files are in, a click cannot add them twice
    return ws


def _day(s, lang: str) -> str:
    return fmt_date(dt.date.fromisoformat(s), lang) if s else "–"


def choices(source_id: str) -> list[str]:
    """What a column of this tool's file can mean: nothing, the date, every measure and dimension, its own fields."""
    from kpi_core.ingest.sources import SOURCES

    src = SOURCES.get(source_id)
    own = [f for f in (src.fields if src is not None else {}) if f not in schema.MEASURES]
    return [IGNORE, "date", *schema.MEASURES, *schema.DIMENSIONS, *own]


def _editor(entry: dict, lang: str, first: list[str]) -> dict:
    """A choice per column (the ones to check first, the rest folded away); returns {header: field or ''}."""
    info = entry["info"]
    mapping = info.get("mapping") or {}
    headers = _headers(info)
    opts = choices(info["source"])
    label = lambda f: t("ui.data.ignore", lang) if f == IGNORE else field_name(f, lang)  # noqa: E731
    # names sorted as a person reads them, nothing and the date first
    opts = opts[:2] + sorted(opts[2:], key=lambda f: label(f).lower())
    chosen = {}

    def one(i: int, h: str, note: str = "") -> None:
        current = mapping.get(h, {}).get("canonical") or IGNORE
        a, b = st.columns([2, 3], vertical_alignment="center")
        a.markdown(bold(h) + (f"  \n:gray[{note}]" if note else ""))
        chosen[h] = b.selectbox(plain(h), opts, index=opts.index(current) if current in opts else 0,
                                key=f"data.map.{entry['id']}.{i}", format_func=label, label_visibility="collapsed")

    index = {h: i for i, h in enumerate(headers)}
    for h in first:
        sure = h in mapping
        one(index[h], h, t("ui.data.unsure" if sure else "ui.data.unused", lang))
    rest = [h for h in headers if h not in first]
    if rest:
        with st.expander(t("ui.data.all_columns", lang, n=len(rest)), expanded=not first):
            for h in rest:
                one(index[h], h)
    return chosen


def _summary(info: dict, lang: str) -> None:
    c1, c2, c3, c4 = st.columns([3, 1, 3, 1.3])
    # A tool name and a period are text, not figures: a caption and a bold line never cut them off as metrics do.
    c1.caption(t("ui.data.tool", lang))
    c1.markdown(bold(tool_name(info["source"], lang)))
    c2.metric(t("ui.data.rows", lang), fmt_number(info["rows"], lang))
    c3.caption(t("ui.data.period", lang))
    c3.markdown(f"**{_day(info.get('date_min'), lang)} – {_day(info.get('date_max'), lang)}**")
    skipped = {k: v for k, v in (info.get("skipped") or {}).items() if v}
    c4.metric(t("ui.data.skipped", lang), fmt_number(sum(skipped.values()), lang))
    if skipped:
        st.caption(t("ui.data.skipped_why", lang) + " " + ", ".join(
            f"{t('ui.data.reason.' + k, lang)}: {fmt_number(v, lang)}" for k, v in skipped.items()))


def _mapping_table(entry: dict, lang: str) -> None:
    info = entry["info"]
    mapping = info.get("mapping") or {}
    unmapped = info.get("unmapped") or []
    rows = [{t("ui.data.col.header", lang): h, t("ui.data.col.field", lang): field_name(m["canonical"], lang),
             t("ui.data.col.confidence", lang): m["confidence"]} for h, m in mapping.items()]
    with st.expander(t("ui.data.mapping", lang, n=tn("ui.data.columns", len(mapping), lang),
                       unmapped=tn("ui.data.columns", len(unmapped), lang))):
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key=f"data.maptable.{entry['id']}",
                     column_config={t("ui.data.col.confidence", lang): st.column_config.ProgressColumn(
                         min_value=0.0, max_value=1.0, format="percent")})
        if unmapped:
            st.caption(t("ui.data.unmapped", lang, columns=plain_all(unmapped)))


def show(entry: dict, lang: str, ws, editable: bool = True) -> None:
    """One upload's card: what was found and added, or what waits, with the decisions it needs."""
    info, report, state = entry["info"], entry["report"] or {}, entry["state"]
    status = state if state in ("pending", "error") else report.get("status", "added")
    with st.container(border=True):
        st.markdown(f"{bold(entry['file'])} · {STATUS_ICON.get(status, '')} {t('ui.data.status.' + status, lang)}")
        if state == "error":
            st.error(plain(entry["error"]), icon=":material/error:")
            if editable and entry.get("path"):
                a, b, _ = st.columns([1, 1, 3])
                if a.button(t("ui.data.retry", lang), key=f"data.retry.{entry['id']}", icon=":material/refresh:"):
                    take(entry, ws, lang)
                    st.rerun()
                if b.button(t("ui.data.discard", lang), key=f"data.discard.{entry['id']}"):
                    _forget(entry)
                    entry["state"] = "discarded"
                    st.rerun()
            return
        _summary(info, lang)
        if state == "pending":
            st.warning(t("ui.data.pending_help", lang), icon=":material/rule:")
            st.markdown(f"**{t('ui.data.open_columns', lang)}**")
            chosen = _editor(entry, lang, open_columns(info, ws)) if editable else {}
            if editable:
                a, b, _ = st.columns([1, 1, 3])
                if a.button(t("ui.data.confirm", lang), key=f"data.confirm.{entry['id']}", type="primary",
                            icon=":material/add:"):
                    _decide(entry, ws, lang, chosen)
                if b.button(t("ui.data.discard", lang), key=f"data.discard.{entry['id']}"):
                    _forget(entry)
                    entry["state"] = "discarded"
                    st.rerun()
            return
        if report.get("message"):  # what was added; what it may have cost (the report's warnings) stands apart
            notes = report.get("warnings", [])
            said = report["message"][:len(report["message"]) - sum(len(w) + 1 for w in notes)]
            (st.info if status == "duplicate" else st.success)(plain(said))
            for w in notes:
                st.warning(plain(w), icon=":material/warning:")
        codes = info.get("warning_codes")
        shown = [file_warning(c["code"], c["params"], lang) for c in codes] if codes else [
            plain(w) for w in info.get("warnings") or []]
        for w in shown:
            st.warning(w, icon=":material/warning:")
        _mapping_table(entry, lang)
        if editable and entry.get("path"):
            if st.toggle(t("ui.data.adjust", lang), key=f"data.adjust.{entry['id']}", help=t("ui.data.adjust_help",
                                                                                             lang)):
                chosen = _editor(entry, lang, [])
                if st.button(t("ui.data.fix_save", lang), key=f"data.fix_save.{entry['id']}", icon=":material/save:"):
                    _decide(entry, ws, lang, chosen)


def _decide(entry: dict, ws, lang: str, chosen: dict) -> None:
    try:
        apply_mapping(entry, ws, lang, chosen)
    except KoersError as e:
        entry.update(state="error", error=e.message(lang))
    st.rerun()


def results(lang: str, ws, editable: bool = True) -> None:
    """Every upload of this session that is still on the table, and a button to put them away."""
    entries = [e for e in st.session_state.get(ENTRIES) or [] if e["state"] != "discarded"]
    if not entries:
        return
    st.subheader(t("ui.data.results", lang))
    for e in entries:
        show(e, lang, ws, editable)
    if editable and any(e["state"] != "pending" for e in entries) and st.button(
            t("ui.data.done", lang), key="data.done", help=t("ui.data.done_help", lang), icon=":material/done_all:"):
        close_results(keep_errors=False)
        st.rerun()

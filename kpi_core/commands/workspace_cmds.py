"""Workspace commands: add, datasets, remove, export, import, demo."""

from __future__ import annotations

from pathlib import Path


def add_arguments(p, name: str) -> None:
    p.add_argument("--workspace", required=True, type=Path, help="workspace file (.duckdb)")
    if name == "add":
        p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="export files")
        p.add_argument("--keep-both", action="store_true", help="keep overlapping days of earlier uploads too")
        from ..ingest.period import add_argument

        add_argument(p)
    elif name == "remove":
        p.add_argument("dataset_id", metavar="DATASET_ID")
    elif name == "export":
        what = p.add_mutually_exclusive_group(required=True)
        what.add_argument("--to", type=Path, metavar="FILE", help="the export file to write (.zip)")
        what.add_argument("--parquet", type=Path, metavar="DIR",
                          help="write the facts as Parquet by tool and month, for Spark or DuckDB to read")
    elif name == "import":
        p.add_argument("file", type=Path, metavar="FILE", help="a workspace export (.zip)")
        p.add_argument("--replace", action="store_true",
                       help="replace an existing workspace (it is copied to its backups first)")


def run(args) -> dict:
    from ..errors import error
    from ..ingest.period import given, zone
    from ..workspace import Workspace

    cmd, path = args._cmd, args.workspace
    tz = zone(args.timezone) if cmd == "add" else None  # checked before a new workspace's file is made
    if cmd == "import":
        if not args.file.is_file():
            raise error("cli.file_not_found", file=str(args.file))
        ws = Workspace.import_from(args.file, path, replace=args.replace)
        counts = _counts(ws)
        return {"workspace": str(path), "file": str(args.file), **counts}
    if cmd == "demo":
        from ..store.demo import add_demo

        ws = Workspace(path)
        ws.set_setting("name", "Demo")
        return {"workspace": str(path), **add_demo(ws, lang=args.lang)}
    if cmd != "add" and not path.is_file():
        raise error("workspace.not_found", file=str(path))
    ws = Workspace(path)
    if cmd == "add":
        files = ws.add_files(args.files, keep_both=args.keep_both, lang=args.lang, period=given(args.period),
                             zone=tz)
        if files and all(f["status"] == "error" for f in files):  # nothing went in: an error, one line, exit 2
            raise error("workspace.nothing_added", detail=files[0]["message"],
                        more=len(files) - 1)
        return {"workspace": str(path), "files": files}
    if cmd == "datasets":
        return {"workspace": str(path), "datasets": ws.datasets()}
    if cmd == "remove":
        return ws.remove(args.dataset_id)
    if cmd == "export" and getattr(args, "parquet", None):
        from ..store.parquet_layout import export_workspace

        manifest = export_workspace(ws, args.parquet)
        return {"workspace": str(path), "folder": str(args.parquet), "rows": manifest["rows"],
                "files": manifest["files"], "currency": manifest["currency"]}
    if cmd == "export":
        manifest = ws.export_to(args.to)
        return {"workspace": str(path), "file": str(args.to), **_counts(ws, manifest["tables"])}
    raise ValueError(cmd)


def _counts(ws, tables: dict | None = None) -> dict:
    tables = tables or {name: ws.engine.rows(f"SELECT count(*) FROM {name}")[0][0]
                        for name in ("datasets", "facts", "targets")}
    return {"datasets": tables["datasets"], "facts": tables["facts"], "targets": tables["targets"]}


def render(out: dict, args) -> str:
    from ..i18n import t

    lang, cmd = args.lang, args._cmd
    if cmd in ("add", "demo"):
        lines = [r["message"] for r in out["files"]]
        if cmd == "demo":
            lines.append(t("workspace.cli.demo", lang, **out))
        return "\n".join(lines)
    if cmd == "datasets":
        if not out["datasets"]:
            return t("workspace.cli.no_datasets", lang)
        return "\n".join(
            t("workspace.cli.dataset", lang, **{**d, "account": f" ({d['account']})" if d["account"] else ""})
            for d in out["datasets"]
        )
    if cmd == "remove":
        return t("workspace.cli.removed", lang, **out)
    if cmd == "export" and "folder" in out:
        return t("workspace.cli.exported_parquet", lang, **out)
    if cmd == "export":
        return t("workspace.cli.exported", lang, **out)
    return t("workspace.cli.imported", lang, **out)

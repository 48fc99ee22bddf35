"""`restore --workspace W [--list] [--from BACKUP]`: the rolling backups of a workspace, and putting one back."""

from __future__ import annotations

from pathlib import Path


def add_arguments(p, name: str) -> None:
    p.add_argument("--workspace", required=True, type=Path, help="workspace file (.duckdb)")
    p.add_argument("--list", action="store_true", help="list the backups, newest first (the default)")
    p.add_argument("--from", dest="backup", metavar="BACKUP",
                   help="the backup to put back: a name from --list, or 'latest'")


def run(args) -> dict:
    from ..workspace import backup_list, restore
    from ..workspace_file import folder

    out = {"workspace": str(args.workspace), "folder": str(folder(args.workspace.resolve()))}
    if args.backup is not None and not args.list:
        out.update(restore(args.workspace, args.backup))
    out["backups"] = [{k: v for k, v in b.items() if k != "path"} for b in backup_list(args.workspace)]
    return out


def render(out: dict, args) -> str:
    from ..i18n import t

    lang = args.lang
    if "restored" in out:
        return t("workspace.cli.restored" if out["saved"] else "workspace.cli.restored_new", lang, **out)
    if not out["backups"]:
        return t("workspace.cli.no_backups", lang, **out)
    return "\n".join(t("workspace.cli.backup", lang, **b) for b in out["backups"])

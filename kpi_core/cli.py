"""`python -m kpi_core COMMAND`: one handler module per command in kpi_core/commands/, imported lazily."""

from __future__ import annotations

import argparse
import importlib
import json
import sys

# command name -> module in kpi_core.commands; each module has add_arguments(p) and run(args) -> dict
COMMANDS = {
    "inspect": "inspect",
    "compute": "compute",
    "catalog": "catalog",
    "add": "workspace_cmds",
    "datasets": "workspace_cmds",
    "remove": "workspace_cmds",
    "export": "workspace_cmds",
    "import": "workspace_cmds",
    "demo": "workspace_cmds",
    "targets": "targets",
    "plan": "plan",
    "rates": "rates",
}


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; only the chosen command's module is imported (fast start)."""
    p = argparse.ArgumentParser(prog="python -m kpi_core", description="Koers: KPIs from your exports.")
    p.add_argument("--lang", choices=("nl", "en"), default="en", help="language of messages")
    sub = p.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        sp = sub.add_parser(name)
        sp.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS)
        sp.add_argument("--json", action="store_true", help="print one JSON object")
        sp.set_defaults(_cmd=name)
        if name == command:
            _module(name).add_arguments(sp, name)
    return p


def _module(name: str):
    return importlib.import_module(f"kpi_core.commands.{COMMANDS[name]}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = next((a for a in argv if a in COMMANDS), None)
    args = parser(command).parse_args(argv)
    from .errors import KoersError

    mod = _module(args._cmd)
    try:
        out = mod.run(args)
    except KoersError as e:
        print(e.message(args.lang), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(out, ensure_ascii=False, default=str))
    else:
        print(mod.render(out, args))
    return 0

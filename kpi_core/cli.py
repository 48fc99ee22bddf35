"""`python -m kpi_core COMMAND`: one handler module per command in kpi_core/commands/, imported lazily."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
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
    "explain": "explain", "report": "report",
    "restore": "restore",
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
        text = json.dumps(out, ensure_ascii=False, default=str) if args.json else mod.render(out, args)
    except KoersError as e:
        print(_one_line(e.message(args.lang)), file=sys.stderr)
        return 2
    except Exception as e:  # a bug: one line and exit 1, never a traceback (tests set KOERS_STRICT to see it)
        if os.environ.get("KOERS_STRICT"):
            raise
        from .i18n import t

        print(_one_line(t("error", args.lang, detail=f"{type(e).__name__}: {e}")[:500]), file=sys.stderr)
        return 1
    finally:
        _close()
    try:
        print(_printable(text, args.json), flush=True)
    except BrokenPipeError:  # the reader stopped early (`| head`): no traceback, and none again at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


# Terminal controls (ESC, C1 such as CSI, bidi overrides) in names from files are shown escaped, never sent raw.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _printable(text: str, as_json: bool = False) -> str:
    """Output with terminal controls escaped: as JSON escapes in --json (still the same JSON), else as \\x1b."""
    return _CONTROLS.sub(lambda m: json.dumps(m[0])[1:-1] if as_json else repr(m[0])[1:-1], text)


def _one_line(text: str) -> str:
    return _printable(text).replace("\n", "\\n").replace("\t", " ")


def _close() -> None:
    """Close every DuckDB connection the command opened: one left open at exit can abort the interpreter."""
    if "kpi_core.workspace" in sys.modules:
        sys.modules["kpi_core.workspace"].close_all()
    elif "kpi_core.engine" in sys.modules:
        sys.modules["kpi_core.engine"].close_all()

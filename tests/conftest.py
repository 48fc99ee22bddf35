import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_data"
os.environ.setdefault("KOERS_DATA_DIR", str(ROOT / "data" / "test-workspaces"))
os.environ["KOERS_STRICT"] = "1"  # the app re-raises instead of showing its friendly error: tests see every bug


@pytest.fixture
def write(tmp_path):
    """Write text (or bytes) to a file in tmp_path and return its path."""

    def _write(name: str, content, encoding: str = "utf-8") -> Path:
        p = tmp_path / name
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_bytes(content.encode(encoding))
        return p

    return _write


@pytest.fixture
def run(capsys):
    """Run the CLI in this process: run(*argv) -> (exit code, stdout, stderr)."""
    from kpi_core import cli

    def call(*argv):
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture(scope="session")
def demo_copy(tmp_path_factory):
    """demo_copy(path, lang) -> the Workspace that build_demo(path, lang) makes. It is built once per language in each
    test process and copied to `path`, so every test still changes a workspace file of its own."""
    from kpi_core.workspace import Workspace, build_demo

    built: dict = {}

    def copy(path, lang: str | None = None):
        if lang not in built:
            built[lang] = tmp_path_factory.mktemp("demo") / "demo.duckdb"
            build_demo(built[lang], lang=lang).close()
        shutil.copyfile(built[lang], path)
        return Workspace(path)

    return copy

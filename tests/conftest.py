import os
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

import pytest

from kpi_core.workspace import Workspace, build_demo


@pytest.fixture(scope="session")
def demo_ws(tmp_path_factory):
    """A demo workspace file built once for the app tests."""
    path = tmp_path_factory.mktemp("ws") / "demo.duckdb"
    build_demo(path, lang="nl")
    return path.resolve()


@pytest.fixture
def empty_ws(tmp_path):
    """A new workspace file without data."""
    path = (tmp_path / "empty.duckdb").resolve()
    Workspace(path)
    return path

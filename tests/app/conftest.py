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


@pytest.fixture(autouse=True)
def navigation_app(monkeypatch):
    """Run pages as the server does once app.py has called st.navigation.

    Streamlit treats a `pages/` folder beside the main script as a legacy multipage app until st.navigation says
    otherwise; the server keeps that answer for the process, but AppTest forgets it before every run, so its second
    run would start pages/<page>.py without app.py (no sidebar)."""
    from streamlit.runtime.pages_manager import PagesManager

    init = PagesManager.__init__

    def navigation_init(self, *a, **k):
        init(self, *a, **k)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", navigation_init)


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path, monkeypatch):
    """Each test its own workspace folder: the app remembers the last workspace there, and one test's choice must
    not open in the next."""
    monkeypatch.setenv("KOERS_DATA_DIR", str(tmp_path / "data"))

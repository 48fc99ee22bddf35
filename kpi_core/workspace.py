"""Workspace: one DuckDB file with datasets, settings, mapping overrides, targets and check-ins.

Pages and the CLI call these methods, never SQL. A thin facade: it checks what comes in and calls store/
for the SQL (datasets.py, targets.py, settings.py, money.py, transfer.py) and workspace_file.py for the file.
One Engine (one DuckDB connection) per workspace file per process, shared by every thread; reads run on a cursor
per call, writes one at a time in a transaction.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from . import workspace_file as files
from .engine import STORAGE_VERSION, Engine
from .errors import KoersError, error, shown
from .schema import DEFAULT_ZONE
from .store import datasets as _datasets
from .store import demo as _demo
from .store import facts as _facts
from .store import migrations, transfer
from .store import settings as _settings
from .store import targets as _targets

_ENGINES: dict[Path, Engine] = {}
_ENGINES_LOCK = threading.Lock()

# timezone: the days of times a tool writes in UTC (Pipedrive, Stripe) are this zone's days
SETTINGS = {"name": "Koers", "language": "nl", "currency": "EUR", "fiscal_year_start": 1, "dashboard_kpis": [],
            "timezone": DEFAULT_ZONE}


def data_dir() -> Path:
    """Where named workspaces live: $KOERS_DATA_DIR, else ./data/workspaces/."""
    return Path(os.environ.get("KOERS_DATA_DIR") or "data/workspaces")


def list_workspaces() -> list[str]:
    """Names of the workspaces in the data directory."""
    return sorted(p.stem for p in data_dir().glob("*.duckdb"))


def _connect(path: Path) -> Engine:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_file() and path.stat().st_size:
        storage, version = files.inspect(path)
        if storage != STORAGE_VERSION and version:
            return files.upgrade_storage(path, storage)
        if 0 < version < migrations.CURRENT:
            files.copy(path, "migration")  # a migration is one-way
    engine = files.open_engine(path)
    try:
        migrations.migrate(engine)
    except BaseException:
        engine.close()
        raise
    return engine


def close_all() -> None:
    """Close every workspace and engine of this process (the CLI does, before it exits)."""
    from .engine import close_all as close_engines

    with _ENGINES_LOCK:
        _ENGINES.clear()
    close_engines()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _day(d) -> date:
    return d if isinstance(d, date) else date.fromisoformat(str(d))


class Workspace:
    """A workspace file (or an in-memory one when path is None), migrated to the current schema."""

    def __init__(self, path: Path | str | None = None):
        if path is None:
            self.path = None
            self.engine = Engine(None, facts=False)
            migrations.create(self.engine)
            return
        self.path = Path(path).resolve()
        with _ENGINES_LOCK:
            if self.path not in _ENGINES:
                _ENGINES[self.path] = _connect(self.path)
            self.engine = _ENGINES[self.path]

    @classmethod
    def shared(cls, path: Path | str) -> Workspace:
        """The workspace at path on this process's one Engine for that file (what every session should use). That
        engine answers KPI queries from a copy of the facts in memory while they are small (engine.COPY_ROWS): the
        app asks many small queries of one version."""
        ws = cls(path)
        ws.engine.keeps_copy = True
        return ws

    @classmethod
    def open_named(cls, name: str) -> Workspace:
        """The workspace called name in the data directory (created when new)."""
        if not re.fullmatch(r"[\w][\w \-]*", name):
            raise error("workspace.bad_name", name=name)
        return cls(data_dir() / f"{name}.duckdb")

    @property
    def version(self) -> int:
        """Bumped on every write in this process; put it in cache keys."""
        return self.engine.version

    def close(self) -> None:
        """Close the connection (for every Workspace object on this file in this process)."""
        with _ENGINES_LOCK:
            if self.path is not None and _ENGINES.get(self.path) is self.engine:
                del _ENGINES[self.path]
        self.engine.close()

    # Datasets

    def add_results(self, results: list, keep_both: bool = False, lang: str | None = None) -> list[dict]:
        """Add read exports, each in its own transaction; one report dict per result."""
        lang = lang or self.settings()["language"]
        for r in results:  # an 'All time' lump needs its days before it can sit beside dated data
            if r.info.get("all_time") and self.path is not None:
                raise error("ingest.needs_period", file=r.file, stated="All time")
        return [self.engine.write(lambda cur, r=r: _datasets.add_result(cur, r, keep_both, lang)) for r in results]

    def add_files(self, paths: list, keep_both: bool = False, lang: str | None = None, period=None,
                  zone: str | None = None) -> list[dict]:
        """Read and add export files; a file that cannot be read is reported and the others still go in.

        `period`: the ingest.period.Period of reports without dates that do not state theirs.
        `zone`: the time zone of days of times in UTC; the workspace's setting when None."""
        from . import ingest

        lang = lang or self.settings()["language"]
        zone = zone or self.settings()["timezone"]
        reports = []
        for p in paths:
            try:
                if not Path(p).is_file():
                    raise error("cli.not_a_file" if Path(p).is_dir() else "cli.file_not_found", file=Path(p).name)
                with ingest.each_export(Path(p)) as found:  # a Mailchimp audience zip: each of its files
                    for f, name, said in found:
                        try:
                            result = ingest.read_export(f, name, lang=lang, overrides=self.mapping_override,
                                                        period=period, zone=zone, said=said)
                            reports += self.add_results([result], keep_both, lang)
                        except KoersError as e:
                            reports.append(_error_report(name or Path(p).name, e, lang))
            except KoersError as e:
                reports.append(_error_report(Path(p).name, e, lang))
        return reports

    def datasets(self) -> list[dict]:
        """Every dataset, oldest first, with rows_now: its rows not replaced by a later upload."""
        return self._read(_datasets.listing)

    def remove(self, dataset_id: str) -> dict:
        """Delete a dataset and its rows; returns {'dataset_id', 'rows'} (rows deleted)."""

        def fn(cur):
            n = _datasets.remove(cur, dataset_id)
            if n is None:
                raise error("workspace.unknown_dataset", dataset_id=dataset_id)
            return {"dataset_id": dataset_id, "rows": n}

        return self.engine.write(fn)

    # Column-mapping overrides, remembered per source and header set

    def remember_mapping(self, source_id: str, headers: list[str], mapping: dict) -> None:
        """Remember the user's column mapping for this source and set of headers."""
        from .ingest.sources import SOURCES

        src = SOURCES.get(source_id)
        bad = [h for h, f in mapping.items() if f is not None and (src is None or not src.knows(f))]
        if src is None or bad:
            raise error("ingest.bad_override", file=source_id, column=shown(bad[0] if bad else ""),
                        field=shown(mapping.get(bad[0]) if bad else source_id))
        key, normed = _header_key(headers)
        self.engine.write(lambda cur: _settings.remember_mapping(cur, source_id, key, normed, mapping, _now()))

    def mapping_override(self, source_id: str, headers: list[str]) -> dict | None:
        """The remembered mapping for this source and header set, or None."""
        return self._read(_settings.mapping, source_id, _header_key(headers)[0])

    # Settings

    def settings(self) -> dict:
        """name, language, currency, fiscal_year_start (month 1-12); defaults for what was never set."""
        return {**SETTINGS, **self._read(_settings.settings)}

    def set_setting(self, key: str, value) -> None:
        """Set one setting, checked."""
        check_setting(key, value)

        def fn(cur):
            _settings.set_setting(cur, key, value)
            if key == "currency":  # money converts into the new currency
                _facts.rebuild_view(cur)

        self.engine.write(fn)

    # Currencies

    def set_rate(self, frm: str, to: str, month: str, rate) -> dict:
        """Record 1 `frm` = `rate` `to` for a month ('2025-01'); checked. Money converts from then on."""
        from .ingest.sources.base import CURRENCIES
        from .store import money

        try:
            day = datetime.strptime(month, "%Y-%m").date()
            value = float(rate)
        except (TypeError, ValueError):
            day, value = None, 0.0
        if frm not in CURRENCIES or to not in CURRENCIES or frm == to or day is None or not 0 < value < 1e9:
            raise error("workspace.bad_rate", value=shown(f"{frm} {to} {month} {rate}"))
        self.engine.write(lambda cur: (money.set_rate(cur, frm, to, day, value), _facts.rebuild_view(cur)))
        return {"from": frm, "to": to, "month": month, "rate": value}

    def rates(self) -> list[dict]:
        """Every recorded exchange rate."""
        from .store import money

        return self._read(money.rates)

    def money(self):
        """The currency results are in and what is converted or cannot be summed (store.money.Money)."""
        from .store import money

        return self._read(money.state)

    # Targets and check-ins

    def save_target(self, target: dict) -> str:
        """Insert or update a target by its 'id' (one is made when missing); check-ins are kept. Returns the id."""
        body = dict(target)
        body["id"] = str(body.get("id") or f"t-{uuid.uuid4().hex[:8]}")
        text, now = _targets.body_json(body), _now()
        self.engine.write(lambda cur: _targets.save(cur, body["id"], text, now))
        return body["id"]

    def save_targets(self, targets: list[dict]) -> list[str]:
        """Insert or update many targets (as save_target) in one transaction; returns their ids."""
        from datetime import timedelta

        now = _now()
        rows = []
        for i, target in enumerate(targets):
            body = dict(target)
            body["id"] = str(body.get("id") or f"t-{uuid.uuid4().hex[:8]}")
            at = now + timedelta(microseconds=i)  # targets list in the order they were created: the file's
            rows.append([body["id"], _targets.body_json(body), at, at])
        if len({r[0] for r in rows}) != len(rows):
            raise ValueError("save_targets: the same id twice")  # parse_yaml refuses that with its line
        if rows:
            import pyarrow as pa

            names = ("id", "body", "created_at", "updated_at")
            table = pa.table({k: [r[i] for r in rows] for i, k in enumerate(names)})
            # one statement: a row at a time takes minutes for thousands of targets
            self.engine.write(lambda cur: _targets.save_many(cur, table))
        return [r[0] for r in rows]

    def targets(self) -> list[dict]:
        """Every target body, in the order they were created (dates as ISO strings)."""
        return self._read(_targets.bodies)

    def target(self, target_id: str) -> dict | None:
        """One target body, or None."""
        return self._read(_targets.body, target_id)

    def delete_target(self, target_id: str) -> None:
        """Delete a target and its check-ins."""

        def fn(cur):
            if not _targets.exists(cur, target_id):
                raise error("workspace.unknown_target", target_id=target_id)
            _targets.delete(cur, target_id)

        self.engine.write(fn)

    def add_checkin(self, target_id: str, day, note: str, value: float | None = None) -> dict:
        """Add a dated check-in note (and optionally the measured value) to a target."""
        import math

        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                  or not math.isfinite(value)):
            raise error("workspace.bad_value", key="value", value=shown(value), expected="a number")

        def fn(cur):
            if not _targets.exists(cur, target_id):
                raise error("workspace.unknown_target", target_id=target_id)
            return _targets.add_checkin(cur, target_id, _day(day), note, value, _now())

        n = self.engine.write(fn)
        return {"target_id": target_id, "n": n, "date": _day(day).isoformat(), "note": note, "value": value}

    def checkins(self, target_id: str) -> list[dict]:
        """A target's check-ins by date."""
        return self._read(_targets.checkins, target_id)

    # Custom KPIs

    def save_custom_kpi(self, body: dict) -> str:
        """Validate and store a custom KPI {id, formula, name?, definition?, unit?, good?, kinds?, domain?}."""
        from .catalogue import custom_kpi

        body = dict(body)
        kid, text = body.pop("id"), body.pop("formula")
        custom_kpi(kid, text, **body)  # raises, pointing at the bad token, before anything is stored
        now = _now()
        self.engine.write(lambda cur: _settings.save_custom_kpi(cur, kid, {"id": kid, "formula": text, **body}, now))
        return kid

    def custom_kpi_bodies(self) -> list[dict]:
        """The stored custom KPIs as saved."""
        return self._read(_settings.custom_kpi_bodies)

    def custom_kpis(self) -> dict:
        """{id: Kpi} of the workspace's custom KPIs."""
        from .catalogue import custom_kpi

        out = {}
        for body in self.custom_kpi_bodies():
            body = dict(body)
            kid, text = body.pop("id"), body.pop("formula")
            out[kid] = custom_kpi(kid, text, **body)
        return out

    def kpis(self) -> dict:
        """Every KPI this workspace knows, by id: the catalogue's, then its own (their ids never clash). The one
        place a KPI id is looked up; `kpi` gives one of them."""
        from .catalogue import catalogue

        return {**catalogue(), **self.custom_kpis()}

    def kpi(self, kpi_id: str):
        """The Kpi for an id among `kpis()`, None when unknown (the catalogue is asked first: no formula parsed)."""
        from .catalogue import catalogue

        return catalogue().get(kpi_id) or self.custom_kpis().get(kpi_id)

    def delete_custom_kpi(self, kpi_id: str) -> None:
        """Remove a custom KPI (targets on it then fail their M check, they are not deleted)."""
        self.engine.write(lambda cur: _settings.delete_custom_kpi(cur, kpi_id))

    def _read(self, fn, *args):
        """fn(cursor, *args) on a cursor of this workspace: how the facade reads through store/."""
        with self.engine.cursor() as cur:
            return fn(cur, *args)

    # Moving

    def export_to(self, path: Path | str) -> dict:
        """Write the whole workspace to one file (zip of Parquet + manifest); returns the manifest.

        Never onto a workspace file (this one, its log, or another): the zip would replace it. A copy of the export
        is kept with the workspace's backups."""
        path = Path(path)
        own = () if self.path is None else (self.path, files.wal(self.path))
        if any(files.same_file(path, p) for p in own):
            raise error("workspace.export_onto_workspace", file=str(path))
        if path.is_file() and files.is_duckdb(path):
            raise error("workspace.export_onto_workspace", file=str(path))
        manifest = transfer.export_to(self.engine, path)
        if self.path is not None:
            files.keep_export(self.path, path)
        return manifest

    @classmethod
    def import_from(cls, file: Path | str, path: Path | str | None = None, replace: bool = False) -> Workspace:
        """A workspace at path (in memory when None) from an export file, checked in full before anything is
        written. An existing path is refused unless replace, and then copied to its backups first."""
        file = Path(file)
        manifest, tables = transfer.read_export(file)
        if path is None:
            ws = cls.__new__(cls)
            ws.path, ws.engine = None, files.built(Engine(None), file, manifest, tables)
            return ws
        path = Path(path).resolve()
        if path.exists():
            if not replace or not path.is_file():
                raise error("workspace.exists", file=str(path))
            _release(path)
            files.copy(path, "import")
        files.build_file(path, file, manifest, tables)
        return cls(path)


def _release(path: Path) -> None:
    """Before the file at path is replaced: close it in this process, refuse when another process has it open.

    Closed first: asking for the lock opens the file, and closing any handle on a file drops this process's locks on
    it, DuckDB's included."""
    with _ENGINES_LOCK:
        engine = _ENGINES.pop(path, None)
    if engine is not None:
        engine.close()  # checkpoints, so the copy about to be made is whole
    if files.held_elsewhere(path):
        raise error("workspace.locked", file=str(path))


def backup_list(path: Path | str) -> list[dict]:
    """The backups of the workspace at path, newest first (see workspace_file.py)."""
    return files.listing(Path(path).resolve())


def restore(path: Path | str, name: str) -> dict:
    """Put backup `name` (from backup_list, or 'latest') in place of the workspace at path, then open it as any
    workspace (checked again, migrated when older). See workspace_file.restore."""
    out = files.restore(Path(path).resolve(), name, _release)
    Workspace(path)
    return out


def build_demo(path: Path | str | None = None, lang: str | None = None) -> Workspace:
    """A workspace (in memory when path is None) with every sample_data/ export and the demo targets."""
    ws = Workspace(path)
    ws.set_setting("name", "Demo")
    _demo.add_demo(ws, lang=lang)
    return ws


def _header_key(headers: list[str]) -> tuple[str, list[str]]:
    # The same columns in another order or case are the same export layout.
    normed = sorted({h.strip().lower() for h in headers})
    return hashlib.sha256(json.dumps(normed).encode()).hexdigest()[:16], normed


def check_setting(key: str, value) -> None:
    """Refuse a setting Koers does not know or a value it cannot hold (set_setting, and every import)."""
    from .i18n import LANGS
    from .ingest.period import zones

    checks = {
        "name": (lambda v: isinstance(v, str) and v.strip() != "", "text"),
        "language": (lambda v: v in LANGS, " | ".join(LANGS)),
        "currency": (lambda v: isinstance(v, str) and re.fullmatch(r"[A-Z]{3}", v), "EUR, USD, GBP, ..."),
        "fiscal_year_start": (lambda v: isinstance(v, int) and 1 <= v <= 12, "1-12"),
        "dashboard_kpis": (lambda v: isinstance(v, list) and all(isinstance(k, str) and k for k in v), "KPI ids"),
        "timezone": (lambda v: isinstance(v, str) and v in zones(), "Europe/Amsterdam, Europe/Brussels, UTC, ..."),
    }
    if key not in checks:
        raise error("workspace.unknown_setting", key=key, known=", ".join(checks))
    ok, expected = checks[key]
    if not ok(value):
        raise error("workspace.bad_setting", key=key, value=value, expected=expected)


def _error_report(file: str, e: KoersError, lang: str) -> dict:
    return {
        "file": file, "status": "error", "dataset_id": None, "source": None, "account": None, "rows": 0,
        "days_added": 0, "days_replaced": 0, "replaced_range": None, "replaced_datasets": [], "days_overlap": 0,
        "message": e.message(lang),
    }

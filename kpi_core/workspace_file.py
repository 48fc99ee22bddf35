"""One workspace file on disk: checked before it is opened for writing, built from an export, and backed up.

Before DuckDB opens a workspace for writing, the file is read once without writing (inspect): a file that is not a
Koers workspace, one from a newer Koers, and one cut short or corrupted are refused with one line and left as they
are. A locked file is told from a damaged one by its lock, never by the text of DuckDB's message.

Backups of `clients/acme.duckdb` live in `clients/acme.backups/`: a copy of the file before every migration, every
import that replaces it and every restore (`<name>.<UTC time>.<reason>.duckdb`), and a copy of each of the last
exports (`<name>.<UTC time>.export.zip`). The newest KOERS_BACKUPS (default 5) of each kind are kept.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import sys
from datetime import UTC, datetime
from pathlib import Path

from .engine import Engine
from .engine import Error as engine_error
from .errors import KoersError, error, shown
from .store import migrations, transfer

KEPT = 5  # KOERS_BACKUPS
HEADER_BYTES = 3 * 4096  # DuckDB's main header and its two database headers come first in every file
_STAMP = "%Y%m%d-%H%M%S-%f"


def kept() -> int:
    """Backups kept of each kind: $KOERS_BACKUPS, else KEPT."""
    value = os.environ.get("KOERS_BACKUPS", "")
    return int(value) if value.isdigit() and int(value) > 0 else KEPT


def folder(path: Path) -> Path:
    """Where the backups of the workspace at path live."""
    return path.with_name(f"{path.stem}.backups")


def wal(path: Path) -> Path:
    """DuckDB's write-ahead log of a database file: part of it until the next checkpoint."""
    return path.with_name(path.name + ".wal")


def is_duckdb(path: Path) -> bool:
    """Whether the file starts like a DuckDB database (its magic bytes), whatever else is wrong with it."""
    try:
        with path.open("rb") as f:
            return f.read(12)[8:12] == b"DUCK"
    except OSError:
        return False


def held_elsewhere(path: Path) -> bool | None:
    """Whether another process holds DuckDB's lock on the file (None: cannot tell on this system).

    DuckDB locks a database file with fcntl; F_GETLK asks who holds a lock without taking one. This is how a locked
    workspace is told from a damaged one: both fail to open with the same kind of DuckDB error."""
    try:
        import fcntl
    except ImportError:
        return None
    # struct flock differs per system: Linux puts type and whence first, macOS and the BSDs last.
    layout = "hhqqi4x" if sys.platform.startswith("linux") else "qqihh" if sys.platform == "darwin" else None
    if layout is None:
        return None
    ask = (fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0) if layout == "hhqqi4x" else (0, 0, 0, fcntl.F_WRLCK, os.SEEK_SET)
    try:
        with path.open("rb") as f:
            got = struct.unpack(layout, fcntl.fcntl(f.fileno(), fcntl.F_GETLK, struct.pack(layout, *ask)))
    except OSError:
        return None
    kind = got[0] if layout == "hhqqi4x" else got[3]
    return kind != fcntl.F_UNLCK


def copy(path: Path, reason: str) -> Path | None:
    """Copy the workspace file (and its WAL) into its backup folder before a change; the copy, or None if no file."""
    if not path.is_file() or not path.stat().st_size:
        return None
    return _keep(path, reason, ".duckdb")


def keep_export(path: Path, export: Path) -> Path:
    """Keep a copy of an export of the workspace at path with its backups."""
    return _keep(export, "export", ".zip", owner=path)


def _keep(src: Path, reason: str, ext: str, owner: Path | None = None) -> Path:
    owner = owner or src
    where = folder(owner)
    where.mkdir(parents=True, exist_ok=True)
    dst = where / f"{owner.stem}.{datetime.now(UTC).strftime(_STAMP)}.{reason}{ext}"
    part = dst.with_name(dst.name + ".part")
    try:
        shutil.copyfile(src, part)
        if ext == ".duckdb" and wal(src).is_file():
            shutil.copyfile(wal(src), wal(dst))
    except BaseException:
        part.unlink(missing_ok=True)
        wal(dst).unlink(missing_ok=True)
        raise
    os.replace(part, dst)  # a backup is whole or not there
    _prune(owner, ext)
    return dst


def _prune(owner: Path, ext: str) -> None:
    for old in [b["path"] for b in listing(owner) if b["path"].suffix == ext][kept():]:
        old.unlink(missing_ok=True)
        wal(old).unlink(missing_ok=True)


def listing(path: Path) -> list[dict]:
    """The backups of the workspace at path, newest first: name, reason, kind (copy/export), created, size, path."""
    where, out = folder(path), []
    if not where.is_dir():
        return out
    for p in where.iterdir():
        if p.suffix not in (".duckdb", ".zip") or not p.name.startswith(f"{path.stem}."):
            continue
        stamp, _, reason = p.name[len(path.stem) + 1: -len(p.suffix)].partition(".")
        try:
            created = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue  # not one of ours
        out.append({"name": p.name, "reason": reason, "kind": "export" if p.suffix == ".zip" else "copy",
                    "created": created.isoformat(timespec="seconds"), "size": p.stat().st_size, "path": p})
    return sorted(out, key=lambda b: b["name"][len(path.stem):], reverse=True)


def _unopenable(path: Path) -> KoersError:
    """Why a workspace file DuckDB could not open: held by another process, or damaged. Decided by the file's lock,
    never by the text of DuckDB's message (a checksum error 'in block ...' once read as 'locked')."""
    if held_elsewhere(path):
        return error("workspace.locked", file=str(path))
    return error("workspace.damaged", file=str(path))


def open_engine(path: Path, read_only: bool = False) -> Engine:
    try:
        return Engine(path, read_only=read_only)
    except engine_error as e:
        raise _unopenable(path) from e


def inspect(path: Path) -> tuple[str | None, int]:
    """(storage format, schema version) of an existing workspace file, read without writing to it.

    A file that is not DuckDB, a DuckDB database that is not a Koers workspace, one made by a newer Koers, and one
    that is cut short or corrupted are refused with one line here, before anything opens it for writing. Every
    table is read once in full, so damage anywhere in the data shows now, not halfway through a change."""
    if not is_duckdb(path):
        raise error("workspace.not_a_workspace", file=str(path))
    if path.stat().st_size < HEADER_BYTES:
        raise error("workspace.damaged", file=str(path))
    ro = open_engine(path, read_only=True)
    try:
        tables = {t for (t,) in ro.rows("SELECT table_name FROM duckdb_tables() WHERE database_name = "
                                        "current_database() AND schema_name = 'main'")}
        if not tables:
            return ro.storage_version(), 0  # an empty database: nothing to lose, it becomes a workspace
        if not {"schema_version", "datasets"} <= tables:
            raise error("workspace.not_a_workspace", file=str(path))
        version = ro.rows("SELECT coalesce(max(version), 0) FROM schema_version")[0][0]
        if version < 1:
            raise error("workspace.not_a_workspace", file=str(path))
        if version > migrations.CURRENT:
            raise error("workspace.too_new", file=str(path), version=version, supported=migrations.CURRENT)
        # Every value of every table read once: damage anywhere shows now. Koers's tables have plain names; only
        # those reach the SQL, and this connection cannot write.
        for name in sorted(t for t in tables if re.fullmatch(r"[a-z_][a-z0-9_]*", t)):
            ro.rows(f"SELECT count(*), max(hash(COLUMNS(*))) FROM {name}")
        return ro.storage_version(), version
    except engine_error as e:
        raise error("workspace.damaged", file=str(path)) from e
    finally:
        ro.close()


def upgrade_storage(path: Path, old: str | None) -> Engine:
    """Rebuild a workspace written in an older DuckDB storage format in the current one; returns the new Engine.

    One-way (an older Koers cannot read the result), so the old file is kept next to it as
    `<name>.duckdb.<old format>.bak`. The rebuild goes through the workspace export (Parquet + manifest, checked
    totals) into a temporary file that replaces the workspace in one rename: a failure leaves the old file as it was.
    """
    import tempfile

    old = (old or "unknown").strip("+")
    with tempfile.TemporaryDirectory(prefix="koers-upgrade-") as tmpdir:
        bundle = Path(tmpdir) / "workspace.zip"
        engine = open_engine(path, read_only=True)
        try:
            transfer.export_to(engine, bundle)
        finally:
            engine.close()
        bak = path.with_name(f"{path.name}.{old}.bak")
        shutil.copy2(path, bak)
        if wal(path).is_file():  # read-only: the log was read, not folded into the file
            shutil.copy2(wal(path), wal(bak))
        build_file(path, bundle, *transfer.read_export(bundle, trusted=True))
    return open_engine(path)


def built(engine: Engine, file: Path, manifest: dict, tables: dict) -> Engine:
    """engine (empty) filled from an export: loaded at the exporter's schema version, then migrated like any older
    workspace. Closed when that fails."""
    try:
        migrations.migrate(engine, upto=manifest["schema_version"])
        transfer.load(engine, file, manifest, tables)
        migrations.migrate(engine)
    except BaseException:
        engine.close()
        raise
    return engine


def build_file(path: Path, file: Path, manifest: dict, tables: dict) -> None:
    """A workspace file at path from an export, built under a temporary name and renamed at the end (replacing
    what is at path): a failure leaves nothing behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.importing")
    unlink(tmp)
    try:
        built(Engine(tmp), file, manifest, tables).close()
    except BaseException:
        unlink(tmp)
        raise
    unlink(wal(path))  # the log of the file being replaced would be replayed onto the new one
    os.replace(tmp, path)


def unlink(db: Path) -> None:
    for p in (db, db.with_name(db.name + ".wal")):
        p.unlink(missing_ok=True)


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def restore(path: Path, name: str, release) -> dict:
    """Put backup `name` (from listing(), or 'latest') in place of the workspace file at path.

    The backup is checked as an import is (an export) or as a workspace file is on opening (a copy) before anything
    changes, and is taken aside before the current file, damaged or not, is copied to the backups (that copy may push
    the oldest backup out), so a restore can be undone too. `release(path)` closes the file in this process."""
    found = listing(path)
    chosen = found[:1] if name == "latest" else [b for b in found if b["name"] == name]
    if not chosen:
        raise error("workspace.no_backup", file=str(path), name=shown(name), folder=str(folder(path)),
                    count=len(found))
    src, tmp = chosen[0]["path"], path.with_name(f".{path.name}.restoring")
    unlink(tmp)
    try:
        if src.suffix == ".zip":
            manifest, tables = transfer.read_export(src)
            build_file(tmp, src, manifest, tables)
        else:
            inspect(src)  # read-only: the backup itself is never written
            shutil.copyfile(src, tmp)
            if wal(src).is_file():
                shutil.copyfile(wal(src), wal(tmp))
        saved = None
        if path.exists():
            release(path)
            saved = copy(path, "restore")
    except BaseException:
        unlink(tmp)
        raise
    unlink(wal(path))
    os.replace(tmp, path)
    if wal(tmp).is_file():
        os.replace(wal(tmp), wal(path))
    return {"workspace": str(path), "restored": chosen[0]["name"], "saved": saved.name if saved else None}

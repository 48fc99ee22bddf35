"""Zip archives of exports: the table inside is read as the export, or the archive is refused naming its files.

Google Search Console's Performance > Export > Download CSV gives a .zip of seven tables (ryanpate/invoice-generator
`invoicekits.com-Performance/`): `Chart.csv` (clicks, impressions, CTR and position by day; `Dates.csv` in older
downloads) and the same clicks broken down in `Queries.csv`, `Pages.csv`, `Countries.csv`, `Devices.csv` and
`Search appearance.csv`, with `Filters.csv` saying what was chosen ('Date,Last 3 months'). Such a .zip was refused as
a damaged Excel file. The chart is read: it holds every click once, on its day; the breakdowns count the same clicks
again, and have no dates. An archive of one table is read as that table; any other archive is refused with its
files named, so the user can upload the one they mean.

Bounds: a zip of more than MAX_ENTRIES files is refused before its directory is read; only the tables read are
unpacked, deflated or stored as every export tool writes it (bzip2 and LZMA, whose reads zipfile does not bound, are
refused), to a private copy of at most the upload limit (a member that says it is small and unpacks on is cut at the
size it said and refused as damaged); an archive inside an archive is not opened.

Mailchimp's Audience > Export gives a .zip of one file per kind of member (subscribed, unsubscribed, cleaned, and
non-subscribed contacts): each holds other people, so the archive is no one table. `members()` unpacks such a zip into
its files, under the same bounds, and each is then read and added as an upload of its own.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from ..errors import error, shown

TABLES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls")
CHART = ("chart.csv", "dates.csv")  # Search Console's table by day, newest name first
BREAKDOWNS = {"queries.csv", "pages.csv", "countries.csv", "devices.csv", "search appearance.csv", "filters.csv"}
_CHUNK = 1 << 20
MAX_ENTRIES = 1000  # files in one zip: a tool's export holds a few; a million empty names cost seconds and memory
# Mailchimp's audience export: one file each of the subscribed, unsubscribed, cleaned (and non-subscribed) members
_MEMBERS = re.compile(r"(subscribed|unsubscribed|cleaned|non[_-]?subscribed)_(members|email)_export_.*\.csv")


def is_archive(path: Path) -> bool:
    """A zip that is no workbook (an .xlsx is a zip holding `[Content_Types].xml`)."""
    with open(path, "rb") as fh:
        if fh.read(4) not in (b"PK\x03\x04", b"PK\x05\x06"):  # others are told by their first bytes, no zipfile
            return False
    entries = _entries(path)
    if entries is None or entries > MAX_ENTRIES:  # said by opened(), before zipfile reads a directory that big
        return path.suffix.lower() == ".zip"
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            return "[Content_Types].xml" not in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return path.suffix.lower() == ".zip"  # damaged: said as a damaged zip file, or as a damaged workbook


def _entries(path: Path) -> int | None:
    """The number of files the zip's last record says it holds (65,535 for any zip64 count), None when there is none.
    Read from the file's last 64 KiB: zipfile would parse the whole directory, a million names, to count them."""
    with open(path, "rb") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        fh.seek(max(0, size - (1 << 16) - 22))
        tail = fh.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 12:
        return None
    return int.from_bytes(tail[at + 10:at + 12], "little")


def _files(z) -> list:
    """The archive's files, without folders and the hidden files a Mac adds when it zips (`__MACOSX/`, `._x`)."""
    return [i for i in z.infolist() if not i.is_dir() and "__MACOSX" not in i.filename.split("/")
            and not PurePosixPath(i.filename).name.startswith(".")]


def choose(z, file: str) -> tuple:
    """(The zipfile.ZipInfo of the table to read, 'search_console' or 'one', the other files' names); refused when
    it is not clear which table the archive's download is."""
    files = _files(z)
    names = [PurePosixPath(i.filename).name for i in files]
    tables = [i for i, n in zip(files, names, strict=True) if PurePosixPath(n).suffix.lower() in TABLES]
    lower = {n.lower() for n in names}
    charts = [i for i, n in enumerate(names) if n.lower() in CHART]
    if len(charts) == 1 and len(names) > 1 and lower <= BREAKDOWNS | set(CHART):  # two sites' exports: asked
        at = charts[0]
        return files[at], "search_console", [n for i, n in enumerate(names) if i != at]
    if "manifest.json" in lower and all(n == "manifest.json" or n.endswith(".parquet") for n in lower):
        raise error("ingest.archive_workspace", file=file)  # store/transfer.export_to's zip: a workspace, not data
    if len(tables) == 1:
        return tables[0], "one", [n for n in names if n != PurePosixPath(tables[0].filename).name]
    listed = ", ".join(shown(n, 40) for n in names[:8]) + (", …" if len(names) > 8 else "")
    if not tables:
        raise error("ingest.archive_no_table", file=file, files=listed or "-")
    if _audience(names):
        raise error("ingest.archive_audience", file=file, files=listed)
    raise error("ingest.archive_choose", file=file, files=listed)


def _audience(names: list[str]) -> bool:
    """Whether these are the files of Mailchimp's Audience > Export: two or more member files, one of each kind."""
    kinds = [re.sub("[_-]", "", m.group(1)) for m in map(_MEMBERS.match, (n.lower() for n in names)) if m]
    return len(names) > 1 and len(kinds) == len(names) and len(set(kinds)) == len(kinds)


@contextmanager
def opened(path: Path, file: str):
    """Yields (a private copy of the chosen table, its name, how it was chosen, the other files' names)."""
    import tempfile

    with _zip(path, file) as z:
        info, how, others = choose(z, file)
        copy = _unpack(z, info, file, Path(tempfile.gettempdir()))
    try:
        yield copy, shown(PurePosixPath(info.filename).name, 80), how, [shown(n, 40) for n in others]
    finally:
        os.unlink(copy)


def members(path: Path, file: str, folder: Path) -> tuple[list[tuple[Path, str]], list[tuple[str, str]]] | None:
    """Mailchimp's audience zip unpacked into `folder`: ([(a member file's private copy, its name)], in the archive's
    order, [(a file left out, the code of why)]): the non-subscribed contacts' file, refused by its name
    (sources.refused_name), is left out, not unpacked, and a file of no members (its header alone: an audience without
    cleaned members) is left out. None for any other file, which is read as it is (a zip as one table, or refused;
    a folder, a missing file or one over the upload limit said so by the reading)."""
    from .reader import max_bytes
    from .sources import refused_name

    if not path.is_file() or path.stat().st_size > max_bytes() or not is_archive(path):
        return None
    with _zip(path, file) as z:
        files = _files(z)
        if not _audience([PurePosixPath(i.filename).name for i in files]):
            return None
        out: list[tuple[Path, str]] = []
        left: list[tuple[str, str]] = []
        try:
            for info in files:
                name = PurePosixPath(info.filename).name
                if code := refused_name(name):
                    left.append((shown(name, 80), code))
                    continue
                copy = _unpack(z, info, file, folder)
                if _has_rows(copy):
                    out.append((copy, shown(name, 80)))
                else:
                    copy.unlink()
                    left.append((shown(name, 80), "ingest.archive_member_empty"))
            if not out:
                raise error("ingest.archive_no_members", file=file, files=", ".join(n for n, _ in left))
        except BaseException:
            for p, _ in out:
                p.unlink(missing_ok=True)
            raise
    return out, left


def _has_rows(copy: Path) -> bool:
    """Whether a member file holds a line after its header (one of 64 KiB or more surely does)."""
    with open(copy, "rb") as fh:
        head = fh.read(1 << 16)
    return len(head) == 1 << 16 or sum(1 for line in head.splitlines() if line.strip()) > 1


@contextmanager
def _zip(path: Path, file: str):
    """The archive opened by zipfile, once its last record shows no more than MAX_ENTRIES files; damage found while
    it is open is said as a damaged zip."""
    import zipfile
    import zlib

    entries = _entries(path)
    if entries is not None and entries > MAX_ENTRIES:
        raise error("ingest.archive_too_many", file=file, limit=MAX_ENTRIES)
    try:
        with zipfile.ZipFile(path) as z:
            yield z
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError, EOFError, OSError,
            ValueError) as e:
        raise error("ingest.archive_corrupt", file=file, detail=shown(str(e), 120)) from None


def _unpack(z, info, file: str, folder: Path) -> Path:
    """One member copied to a private file in `folder`, within the bounds above; refused when it is encrypted, packed
    otherwise than exports are, larger than an upload may be, or an archive itself."""
    import shutil
    import tempfile
    import zipfile

    from .reader import max_bytes

    limit = max_bytes()
    name = PurePosixPath(info.filename).name  # never a path followed: the copy is a private file of ours
    if info.flag_bits & 0x1:
        raise error("ingest.archive_encrypted", file=file, member=shown(name))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        # zipfile bounds what one read unpacks for deflate alone: a bzip2 or LZMA member of a few kilobytes can ask
        # for gigabytes before the size it said is checked. Exports are deflated.
        raise error("ingest.archive_packing", file=file, member=shown(name))
    if info.file_size > limit:
        raise error("ingest.too_large", file=f"{file} › {shown(name)}", size_mb=round(info.file_size / 2**20),
                    limit_mb=round(limit / 2**20))
    fd, copy = tempfile.mkstemp(suffix=PurePosixPath(name).suffix.lower(), prefix="koers-zip-", dir=folder)
    try:
        # zipfile unpacks no more than the directory's size (checked above) and checks the CRC at the end: a member
        # that says it is small and unpacks on is cut there and said as damaged.
        with os.fdopen(fd, "wb") as out, z.open(info) as src:
            shutil.copyfileobj(src, out, _CHUNK)
    except BaseException:
        os.unlink(copy)
        raise
    if PurePosixPath(name).suffix.lower() not in (".xlsx", ".xlsm") and is_archive(Path(copy)):
        os.unlink(copy)
        raise error("ingest.archive_nested", file=file, member=shown(name))
    return Path(copy)
